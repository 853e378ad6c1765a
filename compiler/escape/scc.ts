// Batches: the static call graph's strongly connected components, callees before callers, exactly in the
// order gc's ir.VisitFuncsBottomUp produces them (Tarjan over functions in declaration order; a closure
// always joins the batch of its enclosing function; functions referenced are visited in body order).
//
// Invariant: every declared function with a body appears in exactly one batch; the first function of a
// batch is the one whose visit closed the component, followed by the functions pushed after it.

import type { IRFunc, IRProgram } from './ir.js';
import { visitStmts } from './visit.js';

export interface FuncBatch {
  readonly fns: readonly IRFunc[];
  readonly recursive: boolean;
}

export function bottomUpBatches(prog: IRProgram): FuncBatch[] {
  const batches: FuncBatch[] = [];
  const nodeID = new Map<IRFunc, number>();
  const stack: IRFunc[] = [];
  let visitgen = 0;
  const DONE = Number.MAX_SAFE_INTEGER;

  const visit = (n: IRFunc): number => {
    const seen = nodeID.get(n);
    if (seen !== undefined && seen > 0) return seen;
    visitgen++;
    const id = visitgen;
    nodeID.set(n, id);
    visitgen++;
    let min = visitgen;
    stack.push(n);
    const reach = (fn: IRFunc | undefined): void => {
      if (!fn || fn.bodyless) return;
      const m = visit(fn);
      if (m < min) min = m;
    };
    visitStmts(
      n.body,
      (e) => {
        if (e.op === 'FUNCNAME') reach(e.fn);
        else if (e.op === 'CLOSURE') reach(e.fn);
      },
      false,
    );
    const hidden = n.outer !== undefined;
    if ((min === id || min === id + 1) && !hidden) {
      const recursive = min === id;
      let i = stack.length - 1;
      for (; i >= 0; i--) {
        const x = stack[i]!;
        nodeID.set(x, DONE);
        if (x === n) break;
      }
      batches.push({ fns: stack.slice(i), recursive });
      stack.length = i;
    }
    return min;
  };
  for (const fn of prog.funcs) if (!fn.bodyless) visit(fn);
  return batches;
}
