// Structured control flow for the code generator: turns a reducible region of a control-flow graph into nested
// JavaScript `L: for (;;) { ... }` loops and `B: { ... }` blocks with labelled continue/break, following Ramsey,
// "Beyond Relooper" (ICFP 2022): a node's code is emitted once, inside its immediate dominator's code.
//
// Invariants:
//  - The graph is abstract: nodes are numbers, `succs(n)` lists n's successor edges in order. A region is the
//    nodes reachable from its entry through edges whose target is `inside`; an edge to a node outside the
//    region is emitted by the emitter (`leave`), never followed.
//  - Region nodes are numbered in reverse postorder (RPO) from the entry; unreachable nodes are not emitted.
//  - An edge p -> t is backward when rpo(t) <= rpo(p); it must target a dominator of p (a loop header),
//    otherwise the region is irreducible and `structure` returns undefined (the caller keeps the interpreter).
//  - A merge node has two or more forward in-edges; it is emitted after a `B<id>: { ... }` block that every
//    branch to it leaves with `break B<id>`. A loop header's code is wrapped in `L<id>: for (;;) { ... }` and
//    back edges are `continue L<id>`. Any other target has one forward in-edge and is emitted in place.
//  - Every emitted path ends in an explicit transfer (continue, break, return, throw): nothing falls through.

/** CfgRegion is the part of a graph to structure. */
export interface CfgRegion {
  readonly entry: number;
  /** Successor nodes of n, one per outgoing edge (an edge's index is its position). */
  succs(n: number): readonly number[];
  /** Whether node t belongs to the region (edges to other nodes leave it). */
  inside(t: number): boolean;
}

/** Emitter is what the structurer needs from the code generator. */
export interface CfgEmitter {
  /** The statements of a node, without its terminator. */
  body(n: number): string;
  /** The terminator of n, given the JS text transferring control along successor edge i (phi copies done). */
  end(n: number, transfer: (i: number) => string): string;
  /** The phi copies of successor edge i of n. */
  copies(n: number, i: number): string;
  /** The JS text transferring control to t, outside the region (after the edge's copies). */
  leave(t: number): string;
}

/** MaxDepth bounds the dominator-tree depth the recursive emitter will walk (host stack safety). */
const MaxDepth = 2000;

/** structure returns the JS statements of a region, or undefined when it is irreducible or too deep. */
export function structure(region: CfgRegion, em: CfgEmitter): string | undefined {
  const inner = (n: number): number[] => region.succs(n).filter((t) => region.inside(t));
  // Reverse postorder by an iterative DFS.
  const post: number[] = [];
  const seen = new Set<number>([region.entry]);
  const stack: Array<{ n: number; succs: number[]; i: number }> = [
    { n: region.entry, succs: inner(region.entry), i: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.succs[top.i++];
    if (next === undefined) {
      post.push(top.n);
      stack.pop();
    } else if (!seen.has(next)) {
      seen.add(next);
      stack.push({ n: next, succs: inner(next), i: 0 });
    }
  }
  const order = post.reverse();
  const rpo = new Map<number, number>();
  order.forEach((n, i) => rpo.set(n, i));
  const num = (n: number): number => rpo.get(n)!;
  const preds: number[][] = order.map(() => []);
  for (const n of order) for (const t of inner(n)) preds[num(t)]!.push(num(n));

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
      for (const pi of preds[i]!) {
        if (idom[pi] === -1) continue;
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
  for (let p = 0; p < order.length; p++) {
    for (const s of inner(order[p]!)) {
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
      const n = order[x]!;
      return em.body(n) + '\n' + em.end(n, (i) => branch(n, i));
    }
    return `B${y}: {\n${nodeWithin(x, ys, k + 1)}\n}\n${doTree(y)}`;
  };
  const branch = (n: number, i: number): string => {
    const target = region.succs(n)[i]!;
    const copies = em.copies(n, i);
    let go: string;
    if (!region.inside(target)) go = em.leave(target);
    else {
      const p = num(n);
      const t = num(target);
      if (t <= p) go = `continue L${t};`;
      else if (isMerge(t)) go = `break B${t};`;
      else go = doTree(t);
    }
    return `{ ${copies}\n${go} }`;
  };
  return doTree(0);
}
