// deadcode: removes unreachable blocks and dead values (Go's deadcode).
//
// Preconditions: none. Steps: a First block drops its never-taken edge and becomes Plain; blocks not
// reachable from the entry are deleted (phi args from them dropped); a phi left with one arg becomes a
// Copy; values not live are deleted. Live: block controls, values that produce or thread memory, calls,
// void values (NilCheck), and, transitively, their args.
// Postconditions: every block is reachable; every value is live. Invalidates: dominators (blocks go).

import { opInfo } from '../ops.js';
import { resetToCopy, type Block, type Func, type Value } from '../ir.js';
import { removeEdge } from './util.js';

export function deadcode(f: Func): void {
  for (const b of f.blocks) {
    if (b.kind !== 'First') continue;
    removeEdge(b, 1);
    b.kind = 'Plain';
  }
  const entry = f.blocks[0];
  if (!entry) return;
  const reach = new Set<Block>([entry]);
  const work = [entry];
  while (work.length > 0) for (const s of work.pop()!.succs) if (!reach.has(s)) (reach.add(s), work.push(s));
  for (const b of f.blocks) {
    if (reach.has(b)) continue;
    while (b.succs.length > 0) removeEdge(b, b.succs.length - 1);
  }
  f.blocks = f.blocks.filter((b) => reach.has(b));
  for (const b of f.blocks) {
    const phis = b.values.filter((v) => v.op === 'Phi');
    for (const v of phis) if (v.args.length === 1) resetToCopy(v, v.args[0]!);
    if (phis.some((v) => v.op === 'Copy')) {
      b.values = [...b.values.filter((v) => v.op === 'Phi'), ...b.values.filter((v) => v.op !== 'Phi')];
    }
  }
  const live = new Set<Value>();
  const stack: Value[] = [];
  const mark = (v: Value): void => {
    if (live.has(v)) return;
    live.add(v);
    stack.push(v);
  };
  for (const b of f.blocks) {
    for (const c of b.controls) mark(c);
    for (const v of b.values) {
      const info = opInfo(v.op);
      if (info.call || v.type.cls === 'mem' || v.type.cls === 'void' || v.op === 'InitMem') mark(v);
    }
  }
  while (stack.length > 0) for (const a of stack.pop()!.args) mark(a);
  for (const b of f.blocks) b.values = b.values.filter((v) => live.has(v));
  for (const n of f.names) n.values = n.values.filter((v) => live.has(v));
  f.names = f.names.filter((n) => n.values.length > 0);
}
