// Finishing a batch (gc's batch.finish and paramTag): parameter tags and their -m messages first, then one
// verdict per location in creation order: `moved to heap: x`, `<expr> escapes to heap`,
// `<expr> does not escape`. Decisions are also returned as data for later phases.
//
// Invariants:
//  - Param messages are printed only for params whose type has pointers and whose own location does not
//    escape; unnamed params get an empty tag and no message.
//  - Non-escaping variables print nothing; every allocation site prints exactly one verdict.

import { hasPointers } from '../types/index.js';
import type { Batch } from './batch.js';
import { explainName } from './batch.js';
import { Leaks } from './graph.js';
import type { IRFunc } from './ir.js';

/** paramTags computes (and reports) the tags of every receiver/param of fn, in order. */
export function paramTags(b: Batch, fn: IRFunc): Leaks[] {
  const diagnose = !fn.wrapper;
  return fn.params.map((p, i) => {
    const t = fn.paramTypes[i]!;
    if (fn.bodyless) {
      if (!hasPointers(t)) return Leaks.heapAll();
      if (p && diagnose) b.emit(p.pos, [`leaking param: ${p.name}`], 1, b.varLocs.get(p), 'verdict');
      return Leaks.heapAll();
    }
    if (!hasPointers(t)) return Leaks.heapAll();
    if (!p || p.name === '_') return new Leaks();
    const loc = b.oldLoc(p);
    const esc = loc.paramEsc.copy();
    esc.optimize();
    if (diagnose && !loc.escapes) {
      if (esc.empty()) b.emit(p.pos, [`${p.name} does not escape`], 1, loc, 'verdict');
      const x = esc.heap();
      if (x === 0) b.emit(p.pos, [`leaking param: ${p.name}`], 1, loc, 'verdict');
      else if (x > 0) b.emit(p.pos, [`leaking param content: ${p.name}`], 1, loc, 'verdict');
      for (let i = 0; i < 7; i++) {
        const r = esc.result(i);
        if (r < 0) continue;
        const res = fn.results[i]?.name ?? `~r${i}`;
        b.emit(p.pos, [`leaking param: ${p.name} to result ${res} level=${r}`], 1, loc, 'verdict');
      }
    }
    return esc;
  });
}

/** locationVerdicts prints the verdict of every location of the batch, in creation order. */
export function locationVerdicts(b: Batch): void {
  for (const loc of b.allLocs) {
    const n = loc.n;
    if (!n) continue;
    if (loc.escapes) {
      if (n.kind === 'var') b.emit(n.v.pos, [`moved to heap: ${n.v.name}`], 1, loc, 'verdict');
      else b.emit(n.e.pos, [`${explainName(loc)} escapes to heap`], 1, loc, 'verdict');
    } else if (n.kind === 'expr') {
      b.emit(n.e.pos, [`${explainName(loc)} does not escape`], 1, loc, 'verdict');
    }
  }
}
