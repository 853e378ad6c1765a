// Library facade: the public API the CLI and tests call. Runs the phases in order and stops after the first
// phase that reports errors, as gc does (syntax errors suppress type checking).
//
// Invariant: never throws for bad user input; returns finalized diagnostics (sorted, deduplicated, capped at
// 10 with `too many errors`). Internal bugs propagate as InternalError.

import { finalizeDiagnostics, type Diagnostic } from './diag/index.js';
import { parse, type File } from './syntax/index.js';
import { check, type TypeInfo } from './types/index.js';

export { formatDiagnostic, InternalError, type Diagnostic } from './diag/index.js';

export interface FrontEndResult {
  readonly file: File | undefined;
  readonly info: TypeInfo | undefined;
  /** Finalized diagnostics; empty when the program is valid. */
  readonly diags: Diagnostic[];
}

/** checkSource parses and type-checks a source text; `info` is set only when there were no errors. */
export function checkSource(src: string): FrontEndResult {
  const parsed = parse(src);
  if (parsed.diags.length > 0) {
    return { file: parsed.file, info: undefined, diags: finalizeDiagnostics(parsed.diags) };
  }
  const checked = check(parsed.file);
  if (checked.diags.length > 0) {
    return { file: parsed.file, info: undefined, diags: finalizeDiagnostics(checked.diags) };
  }
  return { file: parsed.file, info: checked.info, diags: [] };
}
