// Types of scripts/asmcheck-lib.mjs (Go's asmcheck comment rules, shared with the Go verification script).
export interface Check {
  readonly negate: boolean;
  readonly re: string;
  readonly line: number;
}
export function parseChecks(src: string, arch?: string): Map<number, Check[]>;
export function runChecks(checks: Map<number, Check[]>, instrsByLine: Map<number, string[]>): string[];
export function countChecks(checks: Map<number, Check[]>): number;
export function instrsFromListing(listing: string, file: string): Map<number, string[]>;
