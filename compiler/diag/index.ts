// Diagnostics: the one type every phase uses to report user errors, plus Go-style rendering.
//
// Invariants:
//  - User errors are never thrown; a phase returns `Diagnostic[]`. Internal bugs throw `InternalError`,
//    which names the phase, and are never shown as user diagnostics.
//  - Positions are 1-based line and 1-based *byte* column, exactly as gc prints them.
//  - Rendering is `FILE:LINE:COL: message` with FILE exactly as the user gave it (no `./` added).
//  - `finalizeDiagnostics` mirrors gc's ErrorfAt/FlushErrors: count errors in report order, stop at the
//    10th with `too many errors` (gc's default without -e), then sort by position and drop duplicates.

/** Pos is a source position: 1-based line, 1-based byte column, and 0-based UTF-16 offset into the source. */
export interface Pos {
  readonly line: number;
  readonly col: number;
  readonly offset: number;
}

export type Severity = 'error' | 'remark';

/** Diagnostic is one message tied to a source position. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly pos: Pos;
  readonly msg: string;
  /** Extra lines printed after the message, each already indented with a tab as gc does. */
  readonly related?: readonly string[];
}

/** NoPos marks a node that has no source position (e.g. synthesized nodes). */
export const NoPos: Pos = { line: 0, col: 0, offset: -1 };

export function errorAt(pos: Pos, msg: string): Diagnostic {
  return { severity: 'error', pos, msg };
}

/** comparePos orders positions by line, then column. */
export function comparePos(a: Pos, b: Pos): number {
  return a.line - b.line || a.col - b.col;
}

/** MaxErrors is gc's limit before it prints `too many errors` and stops. */
export const MaxErrors = 10;

/**
 * finalizeDiagnostics mirrors gc's ErrorfAt + FlushErrors. `diags` must be in *report order*. Like gc, it
 * drops a syntax error on a line that already has one and a repeat of the previous error's text on the
 * same line, stops at the 10th error (gc exits there even when no more errors follow), sorts what it kept
 * by position, removes exact duplicates, and then appends `too many errors` at the 10th error's position.
 */
export function finalizeDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  const kept: Diagnostic[] = [];
  let lastSyntaxLine = -1;
  let lastOther: Diagnostic | undefined;
  let errors = 0;
  let stoppedAt: Pos | undefined;
  for (const d of diags) {
    if (d.severity === 'error') {
      if (d.msg.startsWith('syntax error')) {
        if (d.pos.line === lastSyntaxLine) continue;
        lastSyntaxLine = d.pos.line;
      } else {
        if (lastOther && lastOther.pos.line === d.pos.line && lastOther.msg === d.msg) continue;
        lastOther = d;
      }
    }
    kept.push(d);
    if (d.severity === 'error' && ++errors === MaxErrors) {
      stoppedAt = d.pos;
      break;
    }
  }
  const sorted = kept.sort((a, b) => comparePos(a.pos, b.pos));
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.pos.line === d.pos.line && prev.pos.col === d.pos.col && prev.msg === d.msg) continue;
    out.push(d);
  }
  if (stoppedAt) out.push({ severity: 'error', pos: stoppedAt, msg: 'too many errors' });
  return out;
}

/** formatDiagnostic renders `FILE:LINE:COL: message` (plus related lines) without a trailing newline. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const head = d.pos.line > 0 ? `${file}:${d.pos.line}:${d.pos.col}: ${d.msg}` : `${file}: ${d.msg}`;
  return d.related && d.related.length > 0 ? [head, ...d.related].join('\n') : head;
}

/** InternalError is a bug in mgo, never a user error. It names the phase it came from. */
export class InternalError extends Error {
  constructor(
    readonly phase: string,
    message: string,
  ) {
    super(`internal compiler error in ${phase}: ${message}`);
    this.name = 'InternalError';
  }
}

/** assertNever closes exhaustive switches over node kinds, op kinds and token kinds. */
export function assertNever(x: never, phase = 'unknown'): never {
  throw new InternalError(phase, `unexpected value ${JSON.stringify(x)}`);
}
