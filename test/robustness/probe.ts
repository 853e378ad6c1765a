// Probe: runs one input through checkSource and classifies what went wrong, plus a cheap minimizer.
//
// Invariants checked per input: checkSource returns (any throw, InternalError included, is a failure);
// it finishes within SlowInputMs; every diagnostic it returns has a position inside the file (line >= 1,
// col >= 1, line at most one past the last line), except the linker's position-less missing-main error; there are at most MaxErrors errors plus `too many
// errors`; and, when asked, a second run gives the same diagnostics (no state leaks between runs).

import { checkSource, formatDiagnostic, type Diagnostic } from '../../compiler/index.js';

const MaxErrors = 10;

/** SlowInputMs is the per-input time limit; corpus-sized inputs take about a millisecond. */
export const SlowInputMs = 2_000;

export type FailureKind = 'exception' | 'slow' | 'unpositioned' | 'uncapped' | 'nondeterministic';

export interface ProbeFailure {
  readonly kind: FailureKind;
  readonly detail: string;
}

/**
 * isLinkError reports Go's one position-less diagnostic in the subset: the linker's complaint about a
 * main package without func main (gc itself accepts such a file; mgo reports it as go build does).
 */
function isLinkError(d: Diagnostic): boolean {
  return d.pos.line === 0 && d.msg.endsWith('function main is undeclared in the main package');
}

function render(diags: readonly Diagnostic[]): string {
  return diags.map((d) => formatDiagnostic('f', d)).join('\n');
}

/** probe checks one input and returns its failure, or undefined when checkSource behaved. */
export function probe(src: string, checkDeterminism = false): ProbeFailure | undefined {
  const start = performance.now();
  let diags: Diagnostic[];
  try {
    diags = checkSource(src).diags;
  } catch (e) {
    const err = e as Error;
    return {
      kind: 'exception',
      detail: `${err.name}: ${err.message}\n${(err.stack ?? '').split('\n').slice(1, 6).join('\n')}`,
    };
  }
  const ms = performance.now() - start;
  if (ms > SlowInputMs) return { kind: 'slow', detail: `took ${ms.toFixed(0)} ms` };
  const lastLine = src.split('\n').length + 1;
  const bad = diags.find(
    (d) => !isLinkError(d) && !(d.pos.line >= 1 && d.pos.col >= 1 && d.pos.line <= lastLine),
  );
  if (bad)
    return { kind: 'unpositioned', detail: `diagnostic without a valid position: ${JSON.stringify(bad)}` };
  if (diags.filter((d) => d.msg !== 'too many errors').length > MaxErrors) {
    return { kind: 'uncapped', detail: `${diags.length} diagnostics, more than ${MaxErrors} errors` };
  }
  if (checkDeterminism) {
    let again: string;
    try {
      again = render(checkSource(src).diags);
    } catch (e) {
      return { kind: 'nondeterministic', detail: `second run threw: ${(e as Error).message}` };
    }
    if (again !== render(diags)) {
      return { kind: 'nondeterministic', detail: `first run:\n${render(diags)}\nsecond run:\n${again}` };
    }
  }
  return undefined;
}

/** minimizeFailure shrinks an input while probe still fails with the same kind (slow inputs are kept). */
export function minimizeFailure(src: string, kind: FailureKind): string {
  if (kind === 'slow') return src; // every probe would be slow; keep the original
  return minimize(src, (s) => probe(s, kind === 'nondeterministic')?.kind === kind);
}

/**
 * minimize shrinks an input while `stillFails` holds, deleting chunks of characters of halving size
 * (a cheap delta debugging). Bounded by maxProbes so a failure report stays cheap.
 */
export function minimize(src: string, stillFailsPredicate: (s: string) => boolean, maxProbes = 300): string {
  let best = src;
  let probes = 0;
  const stillFails = (s: string) => {
    probes++;
    return stillFailsPredicate(s);
  };
  for (let chunk = Math.max(1, Math.floor(best.length / 2)); chunk >= 1 && probes < maxProbes;) {
    let shrunk = false;
    for (let i = 0; i < best.length && probes < maxProbes;) {
      const candidate = best.slice(0, i) + best.slice(i + chunk);
      if (candidate !== best && stillFails(candidate)) {
        best = candidate;
        shrunk = true;
      } else {
        i += chunk;
      }
    }
    if (!shrunk) chunk = Math.floor(chunk / 2);
  }
  return best;
}
