// The escape graph: locations, dereference-counted edges, holes (evaluation contexts) and leak tags,
// after gc's escape/graph.go and leaks.go.
//
// Model: every variable and every allocating expression is a Location. An assignment `dst = src` with
// `derefs` = (#dereferences − #address-ofs) adds the edge dst ← src (stored on dst, "incoming"), with
// derefs ≥ −1: `p = &q` is −1, `p = q` 0, `p = *q` 1. A Hole is "where the value being evaluated goes":
// a destination plus the derefs accumulated so far and the notes that explain the path (-m=2).
//
// Invariants:
//  - derefs on edges and holes never go below −1 (InternalError otherwise).
//  - Leaks keep, per parameter, the minimal derefs of a flow to the heap (slot 0) and to each of the first
//    7 results (slots 1..7), stored as derefs+1 with 0 meaning "no flow", exactly like gc's 8-byte tag.

import type { Pos } from '../diag/index.js';
import { InternalError } from '../diag/index.js';
import type { Var } from '../types/index.js';
import type { IRExpr, IRFunc, IRStmt } from './ir.js';

/** What a location stands for: a variable, an allocating expression, or nothing (temps, heap, blank). */
export type LocNode =
  | { readonly kind: 'var'; readonly v: Var; readonly fn: IRFunc }
  | { readonly kind: 'expr'; readonly e: IRExpr };

/** A note explains one step of a flow: the node where it happened and why (`assign`, `spill`, ...). */
export interface Note {
  readonly next: Note | undefined;
  readonly where: IRExpr | IRStmt | NoteVar;
  readonly why: string;
}

/** NoteVar is a closure variable reference used as a note's `where` (printed as its name). */
export interface NoteVar {
  readonly op: 'NOTEVAR';
  readonly pos: Pos;
  readonly name: string;
}

export interface Edge {
  readonly src: Location;
  readonly derefs: number;
  readonly notes: Note | undefined;
}

export class Location {
  readonly edges: Edge[] = [];
  /** 1-based result index for result variables, 0 otherwise. */
  resultIndex = 0;
  // Walk scratch space (solve.ts).
  derefs = 0;
  walkgen = 0;
  dst: Location | undefined = undefined;
  dstEdgeIdx = 0;
  queued = false;
  // Results.
  escapes = false;
  readonly paramEsc = new Leaks();
  captured = false;
  reassigned = false;
  addrtaken = false;

  constructor(
    readonly n: LocNode | undefined,
    readonly curfn: IRFunc | undefined,
    public loopDepth: number,
    public transient: boolean,
    readonly label = '',
  ) {}

  isParam(): boolean {
    return this.n?.kind === 'var' && this.n.v.isParam && !this.n.v.isResult;
  }

  isResult(): boolean {
    return this.n?.kind === 'var' && this.n.v.isResult;
  }

  asHole(): Hole {
    return new Hole(this, 0, undefined, false);
  }

  pos(): Pos {
    if (!this.n) throw new InternalError('escape', 'position of a location without node');
    return this.n.kind === 'var' ? this.n.v.pos : this.n.e.pos;
  }
}

/** Hole is an evaluation context: where a value goes, with accumulated derefs and explanation notes. */
export class Hole {
  constructor(
    readonly dst: Location,
    readonly derefs: number,
    readonly notes: Note | undefined,
    readonly addrtaken: boolean,
  ) {}

  note(where: IRExpr | IRStmt | NoteVar, why: string): Hole {
    return new Hole(this.dst, this.derefs, { next: this.notes, where, why }, this.addrtaken);
  }

  shift(delta: number): Hole {
    const derefs = this.derefs + delta;
    if (derefs < -1) throw new InternalError('escape', `derefs underflow: ${derefs}`);
    return new Hole(this.dst, derefs, this.notes, delta < 0);
  }

  deref(where: IRExpr | IRStmt, why: string): Hole {
    return this.shift(1).note(where, why);
  }

  addr(where: IRExpr | IRStmt | NoteVar, why: string): Hole {
    return this.shift(-1).note(where, why);
  }

  withDst(dst: Location): Hole {
    return new Hole(dst, this.derefs, this.notes, this.addrtaken);
  }
}

/** NumEscResults is how many results a parameter tag can describe (gc's numEscResults). */
export const NumEscResults = 7;

/** Leaks is gc's parameter tag: minimal derefs of flows to the heap and to each result; -1 = none. */
export class Leaks {
  readonly slots: number[] = new Array<number>(1 + NumEscResults).fill(0);

  static heapAll(): Leaks {
    const l = new Leaks();
    l.addHeap(0);
    return l;
  }

  copy(): Leaks {
    const l = new Leaks();
    for (let i = 0; i < this.slots.length; i++) l.slots[i] = this.slots[i]!;
    return l;
  }

  empty(): boolean {
    return this.slots.every((s) => s === 0);
  }

  heap(): number {
    return this.get(0);
  }

  result(i: number): number {
    return this.get(1 + i);
  }

  addHeap(derefs: number): void {
    this.add(0, derefs);
  }

  addResult(i: number, derefs: number): void {
    this.add(1 + i, derefs);
  }

  /** optimize drops result leaks that are no better than the heap leak (gc's Leaks.Optimize). */
  optimize(): void {
    const x = this.heap();
    if (x < 0) return;
    for (let i = 0; i < NumEscResults; i++) if (this.result(i) >= x) this.set(1 + i, -1);
  }

  private get(i: number): number {
    return this.slots[i]! - 1;
  }

  private add(i: number, derefs: number): void {
    const old = this.get(i);
    if (old < 0 || derefs < old) this.set(i, derefs);
  }

  private set(i: number, derefs: number): void {
    const v = Math.min(derefs + 1, 255);
    if (v < 0) throw new InternalError('escape', `invalid derefs count: ${derefs}`);
    this.slots[i] = v;
  }
}
