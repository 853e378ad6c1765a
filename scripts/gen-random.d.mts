// Types of scripts/gen-random.mjs (the random map-program generator used by test/random/).
export class Rng {
  constructor(seed: number);
  next(): number;
  int(n: number): number;
  range(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}
export const GeneratorVersion: string;
/** version defaults to GeneratorVersion; older versions stay reproducible. */
export const GeneratorVersions: readonly string[];
export function generateProgram(seed: number, version?: string): string;
