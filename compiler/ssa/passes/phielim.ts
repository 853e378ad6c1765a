// phielim: a Phi whose args are all the same value w (or the phi itself) becomes `Copy w` (Go's phielim).
//
// Preconditions: none. Postconditions: no such trivial phi remains (iterated to a fixed point). The new
// Copies are left for copyelim. Invalidates: nothing (the CFG is unchanged).

import { resetToCopy, type Func, type Value } from '../ir.js';
import { copySource } from './util.js';

function trivialSource(v: Value): Value | undefined {
  let w: Value | undefined;
  for (const a0 of v.args) {
    const a = copySource(a0);
    if (a === v || a === w) continue;
    if (w) return undefined;
    w = a;
  }
  return w;
}

export function phielim(f: Func): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const b of f.blocks) {
      for (const v of b.values) {
        if (v.op !== 'Phi') continue;
        const w = trivialSource(v);
        if (!w) continue;
        resetToCopy(v, w);
        changed = true;
      }
      // Copies made from phis must not sit among the phis (phis stay first).
      const phis = b.values.filter((v) => v.op === 'Phi');
      const rest = b.values.filter((v) => v.op !== 'Phi');
      b.values = [...phis, ...rest];
    }
  }
}
