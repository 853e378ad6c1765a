// The code generator's view of a function with user calls: blocks split into nodes at user calls, the nodes
// where generated code can be (re-)entered (dispatch heads), and which register slots are live at each
// resume point (what a call must save to the register stack and the resumed code must reload).
//
// Invariants:
//  - Node 0 is the first piece of the entry block. A block with k user calls becomes k + 1 nodes; a call
//    node has no successor edges (it returns a CALL signal to the machine); its `resume` node continues the
//    block after the call. Only blocks reachable from the entry get nodes.
//  - Heads are the entry, every resume node, and every node reachable from two heads without passing
//    through a head (a join of two regions, e.g. the header of a loop that contains a call). Every other
//    node is owned by exactly one head: its region is structured as nested loops (codegen-cfg.ts), so a
//    call-free loop inside a function with calls stays one JS loop.
//  - Liveness is computed on register slots (slot aliasing of SelectN/Arg is in the slot map): a slot is
//    live at a resume node when some path from it reads the slot before writing it. Slots below
//    `fixedSlots` (parameters, frame, closure pointer) are never written by generated code and are not
//    tracked: the generated function reloads them on every entry.

import type { Block, Value } from '../../compiler/ssa/ir.js';
import type { Edge } from './program.js';
import { slotWidth } from './program.js';

/** CodeNode is one straight-line piece of a block: values up to a user call or the block's terminator. */
export interface CodeNode {
  readonly block: Block;
  /** The piece's values in block order (a block's phis are in its first piece). */
  readonly values: readonly Value[];
  /** The user call ending the piece, or undefined when the block's terminator ends it. */
  readonly call: Value | undefined;
  /** Nodes of the block's successors, one per successor edge (empty for a call node). */
  readonly succs: number[];
  /** For a call node: the node continuing after the call; otherwise -1. */
  readonly resume: number;
}

/** splitNodes cuts the reachable blocks of a function (entry first) at its user calls. */
export function splitNodes(blocks: readonly Block[], isUserCall: (v: Value) => boolean): CodeNode[] {
  const entry = blocks[0];
  if (entry === undefined) return [];
  const reachable: Block[] = [entry];
  const seen = new Set<number>([entry.id]);
  for (let i = 0; i < reachable.length; i++) {
    for (const s of reachable[i]!.succs) {
      if (!seen.has(s.id)) {
        seen.add(s.id);
        reachable.push(s);
      }
    }
  }
  const nodes: CodeNode[] = [];
  const firstNode = new Map<number, number>();
  const lastNodes: Array<{ node: CodeNode; block: Block }> = [];
  for (const block of reachable) {
    firstNode.set(block.id, nodes.length);
    let values: Value[] = [];
    for (const v of block.values) {
      if (!isUserCall(v)) {
        values.push(v);
        continue;
      }
      nodes.push({ block, values, call: v, succs: [], resume: nodes.length + 1 });
      values = [];
    }
    const last: CodeNode = { block, values, call: undefined, succs: [], resume: -1 };
    nodes.push(last);
    lastNodes.push({ node: last, block });
  }
  for (const { node, block } of lastNodes) for (const s of block.succs) node.succs.push(firstNode.get(s.id)!);
  return nodes;
}

/** Dispatch is the heads of a node graph and the head owning each node. */
export interface Dispatch {
  /** Head nodes: the entry first, then resume nodes and region joins in node order. */
  readonly heads: number[];
  /** owner[n]: the head whose region contains n (a head owns itself). */
  readonly owner: Int32Array;
}

/** dispatchHeads finds the heads: entry and resume nodes, then joins of regions until every node has one owner. */
export function dispatchHeads(nodes: readonly CodeNode[]): Dispatch {
  const isHead = new Uint8Array(nodes.length);
  isHead[0] = 1;
  for (const n of nodes) if (n.resume >= 0) isHead[n.resume] = 1;
  const owner = new Int32Array(nodes.length);
  for (;;) {
    owner.fill(-1);
    let joins = 0;
    for (let h = 0; h < nodes.length; h++) {
      if (!isHead[h]) continue;
      owner[h] = h;
      const work = [h];
      while (work.length > 0) {
        for (const t of nodes[work.pop()!]!.succs) {
          if (isHead[t] || owner[t] === h) continue;
          if (owner[t] === -1) {
            owner[t] = h;
            work.push(t);
          } else {
            isHead[t] = 1; // reached from two regions: a join becomes a head of its own
            joins++;
          }
        }
      }
    }
    if (joins === 0) break;
  }
  const heads: number[] = [];
  for (let n = 0; n < nodes.length; n++) if (isHead[n]) heads.push(n);
  return { heads, owner };
}

/** SlotAccess is what liveness needs to know about the slots a node's code reads and writes. */
export interface SlotAccess {
  /** Register slots of the function (every slot is below). */
  readonly nslots: number;
  /** First slot generated code may write (lower slots are reloaded on every entry). */
  readonly fixedSlots: number;
  slotOf(v: Value): number;
  /** Whether v's code writes v's slots (false for values aliasing other slots or producing no code). */
  writes(v: Value): boolean;
  /** Slots read by a node's ending: the branch condition, the results of a return, a call's arguments. */
  endReads(n: CodeNode): Iterable<number>;
  /** Slots written when a call returns (its results). */
  callResults(n: CodeNode): Iterable<number>;
  /** Phi copies along successor edge i of node n. */
  edge(n: CodeNode, i: number): Edge;
}

/** Bits is a fixed-size set of slots (one bit per slot): `words` words of a shared pool from `off`. */
class Bits {
  constructor(
    readonly w: Uint32Array,
    readonly off: number,
    readonly words: number,
  ) {}
  add(slot: number): void {
    this.w[this.off + (slot >>> 5)]! |= 1 << (slot & 31);
  }
  has(slot: number): boolean {
    return (this.w[this.off + (slot >>> 5)]! & (1 << (slot & 31))) !== 0;
  }
  slots(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.words; i++) {
      const word = this.w[this.off + i]!;
      for (let k = 0; k < 32; k++) if (word & (1 << k)) out.push(i * 32 + k);
    }
    return out;
  }
}

/** liveAtResume returns, for every resume node, the tracked slots live on entry to it (sorted). */
export function liveAtResume(nodes: readonly CodeNode[], acc: SlotAccess): Map<number, number[]> {
  const words = (acc.nslots + 31) >>> 5;
  // One pool for every set (typed arrays are costly to allocate one by one): 4 per node, 2 per edge.
  const rows = nodes.reduce((k, n) => k + 4 + 2 * n.succs.length, 0);
  const pool = new Uint32Array(rows * words);
  let nextRow = 0;
  const bits = (slots: Iterable<number> = []): Bits => {
    const b = new Bits(pool, nextRow++ * words, words);
    for (const s of slots) if (s >= acc.fixedSlots) b.add(s);
    return b;
  };
  // Upward-exposed reads and writes of each node, its ending included.
  const uses: Bits[] = [];
  const defs: Bits[] = [];
  for (const n of nodes) {
    const use = bits();
    const def = bits();
    const read = (slot: number): void => {
      if (slot >= acc.fixedSlots && !def.has(slot)) use.add(slot);
    };
    for (const v of n.values) {
      if (v.op === 'Phi') continue;
      for (const a of v.args) {
        const w = slotWidth(a.type);
        if (w === 0) continue;
        const s = acc.slotOf(a);
        for (let k = 0; k < w; k++) read(s + k);
      }
      const width = slotWidth(v.type);
      if (width > 0 && acc.writes(v)) {
        const s = acc.slotOf(v);
        for (let k = 0; k < width; k++) if (s + k >= acc.fixedSlots) def.add(s + k);
      }
    }
    for (const slot of acc.endReads(n)) read(slot);
    uses.push(use);
    defs.push(def);
  }
  // Per successor edge: slots the edge's copies write (killed) and read.
  const edges = nodes.map((n) =>
    n.succs.map((_, i) => {
      const e = acc.edge(n, i);
      return { kill: bits(e.to), gen: bits(e.from) };
    }),
  );
  const results = nodes.map((n) => bits(n.call === undefined ? [] : acc.callResults(n)));
  const liveIn = nodes.map(() => bits());
  const out = new Uint32Array(words);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i]!;
      out.fill(0);
      if (n.resume >= 0) {
        const after = liveIn[n.resume]!.off;
        const res = results[i]!.off;
        for (let k = 0; k < words; k++) out[k]! |= pool[after + k]! & ~pool[res + k]!;
      }
      n.succs.forEach((t, j) => {
        const e = edges[i]![j]!;
        const after = liveIn[t]!.off;
        for (let k = 0; k < words; k++)
          out[k]! |= (pool[after + k]! & ~pool[e.kill.off + k]!) | pool[e.gen.off + k]!;
      });
      const live = liveIn[i]!.off;
      const use = uses[i]!.off;
      const def = defs[i]!.off;
      for (let k = 0; k < words; k++) {
        const next = (pool[use + k]! | (out[k]! & ~pool[def + k]!)) >>> 0;
        if (next !== pool[live + k]) {
          pool[live + k] = next;
          changed = true;
        }
      }
    }
  }
  const live = new Map<number, number[]>();
  for (const n of nodes) if (n.resume >= 0) live.set(n.resume, liveIn[n.resume]!.slots());
  return live;
}
