// Block layout: the order gc emits blocks in (ssa/layout.go's layoutOrder), used to print functions and
// to list runtime calls in the order `go tool compile -S` shows them.
//
// gc lays out after the `critical` pass has split every critical edge (an edge from a block with several
// successors to a block with several predecessors) with an empty block; those empty blocks change which
// block comes next, so the layout here runs on the CFG with such virtual blocks and drops them from the
// result.
//
// Algorithm (layout.go): Exit blocks, and blocks all of whose successors are exit blocks, go last. Start
// at the entry; after placing b, visit its successors in reverse, decrementing their unplaced-predecessor
// counts (reaching zero: push on the zero-degree stack, else on the successor stack). Next is b's likely
// successor if unplaced; else the top unplaced zero-degree block; else the most recent unplaced successor;
// else any non-exit block; else an exit block.

import type { Block, Func } from './ir.js';

/** Node is a block of the layout CFG: a real block or the empty block splitting a critical edge. */
interface Node {
  readonly block: Block | undefined;
  readonly succs: Node[];
  npreds: number;
  readonly likely: Node | undefined;
  exit: boolean;
}

function layoutGraph(f: Func): Node[] {
  const real = new Map<Block, Node>();
  const nodes: Node[] = [];
  for (const b of f.blocks) {
    const n: Node = {
      block: b,
      succs: [],
      npreds: b.preds.length,
      likely: undefined,
      exit: b.kind === 'Exit',
    };
    real.set(b, n);
    nodes.push(n);
  }
  const split: Node[] = [];
  for (const b of f.blocks) {
    const n = real.get(b)!;
    for (const s of b.succs) {
      const target = real.get(s)!;
      if (b.succs.length > 1 && s.preds.length > 1) {
        const mid: Node = { block: undefined, succs: [target], npreds: 1, likely: undefined, exit: false };
        split.push(mid);
        n.succs.push(mid);
      } else n.succs.push(target);
    }
    if (b.kind === 'If' && b.likely) {
      const likely = n.succs[b.likely === 'likely' ? 0 : 1];
      (n as { likely: Node | undefined }).likely = likely;
    }
  }
  return [...nodes, ...split];
}

export function layoutOrder(f: Func): Block[] {
  if (f.blocks.length === 0) return [];
  const nodes = layoutGraph(f);
  const preds = new Map<Node, Node[]>();
  for (const n of nodes) for (const s of n.succs) (preds.get(s) ?? preds.set(s, []).get(s)!).push(n);
  // Blocks post-dominated by exits are laid out last, with the exits.
  for (let changed = true; changed;) {
    changed = false;
    for (const n of nodes) {
      if (!n.exit) continue;
      for (const p of preds.get(n) ?? []) {
        if (p.exit || !p.succs.every((s) => s.exit)) continue;
        p.exit = true;
        changed = true;
      }
    }
  }
  const indegree = new Map<Node, number>();
  const zerodegree: Node[] = [];
  const posdegree: Node[] = [];
  for (const n of nodes) {
    if (n.exit) continue;
    indegree.set(n, n.npreds);
    if (n.npreds === 0) zerodegree.push(n);
    else posdegree.push(n);
  }
  const exits = nodes.filter((n) => n.exit);
  const placed = new Set<Node>();
  const order: Node[] = [];
  const succStack: Node[] = [];
  const popUnplaced = (stack: Node[]): Node | undefined => {
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (!placed.has(c)) return c;
    }
    return undefined;
  };
  let next: Node | undefined = nodes[0];
  while (next) {
    const b: Node = next;
    placed.add(b);
    order.push(b);
    if (order.length === nodes.length) break;
    for (let i = b.succs.length - 1; i >= 0; i--) {
      const s = b.succs[i]!;
      const d = (indegree.get(s) ?? 0) - 1;
      indegree.set(s, d);
      if (d === 0) zerodegree.push(s);
      else succStack.push(s);
    }
    if (b.likely && !placed.has(b.likely)) {
      next = b.likely;
      continue;
    }
    next = popUnplaced(zerodegree) ?? popUnplaced(succStack) ?? popUnplaced(posdegree) ?? popUnplaced(exits);
  }
  return order.flatMap((n) => (n.block ? [n.block] : []));
}
