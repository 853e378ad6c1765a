// Helpers shared by the passes: use rewriting through Copy chains and value removal.
//
// Invariant: these keep preds/succs and phi arity consistent; they never touch the memory chain order.

import type { Block, Func, Value } from '../ir.js';

/** copySource follows a chain of Copy values to the first non-Copy value. */
export function copySource(v: Value): Value {
  let x = v;
  for (let i = 0; x.op === 'Copy' && x.args[0] && x.args[0] !== x && i < 1_000_000; i++) x = x.args[0];
  return x;
}

/** uses counts how many times each value is used as an arg or control. */
export function useCounts(f: Func): Map<Value, number> {
  const n = new Map<Value, number>();
  const inc = (v: Value): void => void n.set(v, (n.get(v) ?? 0) + 1);
  for (const b of f.blocks) {
    for (const v of b.values) for (const a of v.args) inc(a);
    for (const c of b.controls) inc(c);
  }
  return n;
}

/** removeEdge deletes the i-th successor edge of b, dropping the matching phi args in the successor. */
export function removeEdge(b: Block, i: number): void {
  const s = b.succs[i]!;
  b.succs.splice(i, 1);
  const j = s.preds.indexOf(b);
  s.preds.splice(j, 1);
  for (const v of s.values) if (v.op === 'Phi') v.args.splice(j, 1);
}
