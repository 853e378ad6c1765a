// Phase entry: source text → AST + syntax diagnostics. The only export other folders may use.
//
// Invariants: never throws on user input (every rejection is a positioned Diagnostic); the returned File is
// complete enough for the checker even after errors (BadExpr/BadStmt placeholders), but callers stop before
// type checking when any syntax diagnostic was reported, as gc does.

import type { Diagnostic } from '../diag/index.js';
import type { File } from './ast.js';

export type * from './ast.js';
export { startPos } from './ast.js';

export interface ParseResult {
  readonly file: File;
  readonly diags: Diagnostic[];
}

/** parse lexes and parses one mini-Go source file. */
export function parse(src: string): ParseResult {
  void src;
  throw new Error('parse: not implemented yet');
}
