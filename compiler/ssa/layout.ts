// Block layout: the order gc emits blocks in (ssa/layout.go's greedy algorithm), used to print functions
// and to list runtime calls in the order `go tool compile -S` shows them.
//
// Algorithm (layout.go): start at the entry; after placing b, take its likely successor if unplaced;
// otherwise the unplaced non-Exit successor with the fewest unplaced predecessors; otherwise a block all
// of whose predecessors are placed (most recent first); otherwise any remaining block; Exit blocks last.

import type { Block, Func } from './ir.js';

export function layoutOrder(f: Func): Block[] {
  const entry = f.blocks[0];
  if (!entry) return [];
  const placed = new Set<Block>();
  const indegree = new Map<Block, number>();
  for (const b of f.blocks) indegree.set(b, b.preds.length);
  const order: Block[] = [];
  const zerodegree: Block[] = [];
  const succStack: Block[] = [];
  const exits = f.blocks.filter((b) => b.kind === 'Exit');
  let next: Block | undefined = entry;
  while (next) {
    const b: Block = next;
    placed.add(b);
    order.push(b);
    for (const s of b.succs) {
      if (placed.has(s)) continue;
      const d = (indegree.get(s) ?? 0) - 1;
      indegree.set(s, d);
      if (d === 0) zerodegree.push(s);
      else succStack.push(s);
    }
    next = undefined;
    let likely: Block | undefined;
    if (b.kind === 'If' && b.likely === 'likely') likely = b.succs[0];
    if (b.kind === 'If' && b.likely === 'unlikely') likely = b.succs[1];
    if (likely && !placed.has(likely)) {
      next = likely;
      continue;
    }
    let min = Infinity;
    for (const s of b.succs) {
      if (placed.has(s) || s.kind === 'Exit') continue;
      const d = indegree.get(s) ?? 0;
      if (d < min) {
        min = d;
        next = s;
      }
    }
    if (next) continue;
    while (zerodegree.length > 0) {
      const c = zerodegree.pop()!;
      if (!placed.has(c) && c.kind !== 'Exit') {
        next = c;
        break;
      }
    }
    if (next) continue;
    while (succStack.length > 0) {
      const c = succStack.pop()!;
      if (!placed.has(c) && c.kind !== 'Exit') {
        next = c;
        break;
      }
    }
    if (next) continue;
    next = exits.find((e) => !placed.has(e)) ?? f.blocks.find((x) => !placed.has(x));
  }
  return order;
}
