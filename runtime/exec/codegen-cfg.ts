// Structured control flow for the code generator: turns a function's reducible CFG into nested JavaScript
// `L: for (;;) { ... }` loops and `B: { ... }` blocks with labelled continue/break, following Ramsey,
// "Beyond Relooper" (ICFP 2022): a node's code is emitted once, inside its immediate dominator's code.
//
// Invariants:
//  - Blocks are numbered in reverse postorder (RPO) from the entry; unreachable blocks are not emitted.
//  - An edge p -> t is backward when rpo(t) <= rpo(p); it must target a dominator of p (a loop header),
//    otherwise the CFG is irreducible and `structure` returns undefined (the caller keeps the interpreter).
//  - A merge node has two or more forward in-edges; it is emitted after a `B<id>: { ... }` block that every
//    branch to it leaves with `break B<id>`. A loop header's code is wrapped in `L<id>: for (;;) { ... }` and
//    back edges are `continue L<id>`. Any other target has one forward in-edge and is emitted in place.
//  - Every emitted path ends in an explicit transfer (continue, break, return, throw): nothing falls through.

import type { Block, Func } from '../../compiler/ssa/ir.js';

/** Emitter is what the structurer needs from the code generator. */
export interface CfgEmitter {
  /** The statements of a block, without its terminator. */
  body(b: Block): string;
  /** The terminator of b, given the JS text transferring control along successor edge i (phi copies done). */
  end(b: Block, transfer: (i: number) => string): string;
  /** The phi copies of successor edge i of b. */
  copies(b: Block, i: number): string;
}

/** MaxDepth bounds the dominator-tree depth the recursive emitter will walk (host stack safety). */
const MaxDepth = 2000;

/** structure returns the JS statements of f's body, or undefined when the CFG is irreducible or too deep. */
export function structure(f: Func, em: CfgEmitter): string | undefined {
  const entry = f.blocks[0];
  if (entry === undefined) return undefined;
  // Reverse postorder by an iterative DFS.
  const post: Block[] = [];
  const seen = new Set<number>([entry.id]);
  const stack: Array<{ b: Block; i: number }> = [{ b: entry, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.b.succs[top.i++];
    if (next === undefined) {
      post.push(top.b);
      stack.pop();
    } else if (!seen.has(next.id)) {
      seen.add(next.id);
      stack.push({ b: next, i: 0 });
    }
  }
  const order = post.reverse();
  const rpo = new Map<number, number>();
  order.forEach((b, i) => rpo.set(b.id, i));
  const num = (b: Block): number => rpo.get(b.id)!;

  // Immediate dominators (Cooper, Harvey, Kennedy), indexed by RPO number.
  const idom = new Array<number>(order.length).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a > b) a = idom[a]!;
      while (b > a) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i < order.length; i++) {
      let d = -1;
      for (const p of order[i]!.preds) {
        const pi = rpo.get(p.id);
        if (pi === undefined || idom[pi] === -1) continue;
        d = d === -1 ? pi : intersect(pi, d);
      }
      if (d !== idom[i]) {
        idom[i] = d;
        changed = true;
      }
    }
  }
  const dominates = (a: number, b: number): boolean => {
    while (b > a) b = idom[b]!;
    return a === b;
  };

  const forwardIn = new Array<number>(order.length).fill(0);
  const loopHeader = new Array<boolean>(order.length).fill(false);
  for (const b of order) {
    for (const s of b.succs) {
      const p = num(b);
      const t = num(s);
      if (t <= p) {
        if (!dominates(t, p)) return undefined;
        loopHeader[t] = true;
      } else forwardIn[t]!++;
    }
  }
  const children: number[][] = order.map(() => []);
  const depth = new Array<number>(order.length).fill(0);
  for (let i = 1; i < order.length; i++) {
    children[idom[i]!]!.push(i);
    depth[i] = depth[idom[i]!]! + 1;
    if (depth[i]! > MaxDepth) return undefined;
  }
  const isMerge = (i: number): boolean => forwardIn[i]! >= 2;

  const doTree = (x: number): string => {
    const merges = children[x]!.filter(isMerge).sort((a, b) => b - a);
    const code = nodeWithin(x, merges, 0);
    return loopHeader[x] ? `L${x}: for (;;) {\n${code}\n}` : code;
  };
  const nodeWithin = (x: number, ys: number[], k: number): string => {
    const y = ys[k];
    if (y === undefined) {
      const b = order[x]!;
      return em.body(b) + '\n' + em.end(b, (i) => branch(b, i));
    }
    return `B${y}: {\n${nodeWithin(x, ys, k + 1)}\n}\n${doTree(y)}`;
  };
  const branch = (b: Block, i: number): string => {
    const p = num(b);
    const t = num(b.succs[i]!);
    const copies = em.copies(b, i);
    let go: string;
    if (t <= p) go = `continue L${t};`;
    else if (isMerge(t)) go = `break B${t};`;
    else go = doTree(t);
    return `{ ${copies}\n${go} }`;
  };
  return doTree(0);
}
