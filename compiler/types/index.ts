// Phase entry: type-check a parsed File. Results go to side tables (TypeInfo); the AST is never mutated.
// (Stub: the checker lands in this folder; this signature is the contract other phases build on.)

import type { Diagnostic } from '../diag/index.js';
import type { File } from '../syntax/index.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TypeInfo {}

export interface CheckResult {
  readonly info: TypeInfo;
  readonly diags: Diagnostic[];
}

/** check type-checks one file with Go 1.19's rules for the mini-Go subset. */
export function check(file: File): CheckResult {
  void file;
  return { info: {}, diags: [] };
}
