// Dominators (Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm") over a Func's reachable
// blocks, for the verifier (definitions dominate uses), cse and nilcheckelim.
//
// Invariant: computed on demand from the current CFG; any pass that changes edges invalidates it (passes
// recompute rather than cache).

import type { Block, Func } from './ir.js';

export interface DomTree {
  /** Immediate dominator (the entry maps to itself); unreachable blocks are absent. */
  readonly idom: Map<Block, Block>;
  /** Children in the dominator tree, in reverse-postorder. */
  readonly children: Map<Block, Block[]>;
  /** Reverse postorder of the reachable blocks. */
  readonly rpo: Block[];
  dominates(a: Block, b: Block): boolean;
}

export function postorder(f: Func): Block[] {
  const entry = f.blocks[0];
  if (!entry) return [];
  const seen = new Set<Block>([entry]);
  const out: Block[] = [];
  const stack: { b: Block; i: number }[] = [{ b: entry, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const s = top.b.succs[top.i++];
    if (s === undefined) {
      out.push(top.b);
      stack.pop();
    } else if (!seen.has(s)) {
      seen.add(s);
      stack.push({ b: s, i: 0 });
    }
  }
  return out;
}

export function dominators(f: Func): DomTree {
  const po = postorder(f);
  const rpo = [...po].reverse();
  const index = new Map<Block, number>();
  po.forEach((b, i) => index.set(b, i));
  const idom = new Map<Block, Block>();
  const entry = rpo[0];
  if (entry) idom.set(entry, entry);
  const intersect = (a: Block, b: Block): Block => {
    while (a !== b) {
      while (index.get(a)! < index.get(b)!) a = idom.get(a)!;
      while (index.get(b)! < index.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const b of rpo.slice(1)) {
      let d: Block | undefined;
      for (const p of b.preds) {
        if (!idom.has(p)) continue;
        d = d === undefined ? p : intersect(p, d);
      }
      if (d && idom.get(b) !== d) {
        idom.set(b, d);
        changed = true;
      }
    }
  }
  const children = new Map<Block, Block[]>();
  for (const b of rpo) children.set(b, []);
  for (const b of rpo.slice(1)) children.get(idom.get(b)!)!.push(b);
  return {
    idom,
    children,
    rpo,
    dominates(a: Block, b: Block): boolean {
      if (!idom.has(b)) return true;
      for (let x = b; ; x = idom.get(x)!) {
        if (x === a) return true;
        if (x === entry) return false;
      }
    },
  };
}
