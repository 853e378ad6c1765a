// Batch: the state of analysing one group of functions together (gc's escape.batch): every location
// created so far, the heap and blank locations, pending closures, and the emitted -m lines.
//
// Invariants:
//  - `allLocs` is in creation order; that order decides the order of the "moved to heap" / "escapes to
//    heap" / "does not escape" lines, as in gc.
//  - Variable locations are found through `varLocs` (canonical variable → location); a captured variable
//    used inside a closure maps to the location of the variable in the function that declares it.
//  - `flow` is the only way to add edges; it applies gc's shortcuts (blank sink, self-assignment, address
//    stored into an already escaping location).

import type { Pos } from '../diag/index.js';
import { InternalError } from '../diag/index.js';
import type { Var } from '../types/index.js';
import { Hole, Location, type Note } from './graph.js';
import type { IRFunc } from './ir.js';
import { fmtNode } from './irfmt.js';

/** A piece of an output line: literal text or a position rendered as FILE:LINE:COL. */
export type LinePart = string | { readonly at: Pos };

/** EscapeLine is one line gc prints under -m (level 1) or only under -m=2 (level 2). */
export interface EscapeLine {
  readonly pos: Pos;
  readonly parts: readonly LinePart[];
  readonly level: 1 | 2;
  /** The location the line is about, for grouping explanations with verdicts (JSON output). */
  readonly subject: Location | undefined;
  /** 'verdict' lines are the -m=1 decisions; 'explain' lines belong to the explanation of `subject`. */
  readonly role: 'verdict' | 'explain' | 'info';
}

export class Batch {
  readonly allLocs: Location[] = [];
  readonly heapLoc = new Location(undefined, undefined, 0, false, '{heap}');
  readonly blankLoc = new Location(undefined, undefined, 0, false, '{blank}');
  readonly closures: { k: Hole; fn: IRFunc }[] = [];

  constructor(
    readonly varLocs: Map<Var, Location>,
    readonly out: EscapeLine[],
  ) {
    this.heapLoc.escapes = true;
  }

  heapHole(): Hole {
    return this.heapLoc.asHole();
  }

  discardHole(): Hole {
    return this.blankLoc.asHole();
  }

  newLoc(n: Location['n'], curfn: IRFunc, loopDepth: number, transient: boolean): Location {
    const loc = new Location(n, curfn, loopDepth, transient);
    this.allLocs.push(loc);
    if (n && n.kind === 'var') {
      if (this.varLocs.has(n.v)) throw new InternalError('escape', `${n.v.name} already has a location`);
      this.varLocs.set(n.v, loc);
    }
    return loc;
  }

  oldLoc(v: Var): Location {
    const loc = this.varLocs.get(v);
    if (!loc) throw new InternalError('escape', `${v.name} has no location`);
    return loc;
  }

  /** flow records dst ← src as described by hole k (gc's batch.flow). */
  flow(k: Hole, src: Location): void {
    if (k.addrtaken) src.addrtaken = true;
    const dst = k.dst;
    if (dst === this.blankLoc) return;
    if (dst === src && k.derefs >= 0) return;
    if (dst.escapes && k.derefs < 0) {
      const pos = src.pos();
      this.emit(pos, [`${explainName(src)} escapes to heap:`], 2, src, 'explain');
      this.explainFlow(pos, dst, src, k.derefs, k.notes, src);
      src.escapes = true;
      return;
    }
    dst.edges.push({ src, derefs: k.derefs, notes: k.notes });
  }

  /** explainFlow prints one `flow:` line and its `from` notes (gc's explainFlow). */
  explainFlow(
    pos: Pos,
    dst: Location,
    src: Location,
    derefs: number,
    notes: Note | undefined,
    subject: Location,
  ): void {
    const ops = derefs >= 0 ? '*'.repeat(derefs) : '&';
    this.emit(
      pos,
      [`   flow: ${this.explainLoc(dst)} = ${ops}${this.explainLoc(src)}:`],
      2,
      subject,
      'explain',
    );
    for (let note = notes; note; note = note.next) {
      const where = note.where.op === 'NOTEVAR' ? note.where.name : fmtNode(note.where);
      this.emit(pos, [`     from ${where} (${note.why}) at `, { at: note.where.pos }], 2, subject, 'explain');
    }
  }

  explainLoc(l: Location): string {
    if (l === this.heapLoc) return '{heap}';
    if (!l.n) return '{temp}';
    if (l.n.kind === 'var') return l.n.v.name;
    return `{storage for ${explainName(l)}}`;
  }

  emit(
    pos: Pos,
    parts: LinePart[],
    level: 1 | 2,
    subject: Location | undefined,
    role: EscapeLine['role'],
  ): void {
    this.out.push({ pos, parts, level, subject, role });
  }
}

/** explainName prints a location's node as gc's %v: the variable name or the expression. */
export function explainName(l: Location): string {
  if (!l.n) return '{temp}';
  return l.n.kind === 'var' ? l.n.v.name : fmtNode(l.n.e);
}
