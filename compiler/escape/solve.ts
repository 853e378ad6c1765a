// Solving the escape graph (gc's escape/solve.go): for every root location, a shortest-path walk over
// incoming edges computes the minimal derefs from each reachable location to the root; a location whose
// *address* reaches a root that outlives it escapes, and a parameter reaching a root records a leak.
//
// Invariants:
//  - walkAll starts with every location and then the heap on a LIFO queue (so the heap is walked first), and
//    re-enqueues a location whenever it starts escaping or stops being transient.
//  - In walkOne, a negative derefs (address-of) is clamped to 0 before propagating further: `root = &l;
//    l = x` does not make x's address reach root.
//  - Under -m=2 each new decision prints its explanation path at the moment it is made, like gc.

import type { Pos } from '../diag/index.js';
import { InternalError } from '../diag/index.js';
import type { Batch } from './batch.js';
import { explainName } from './batch.js';
import type { Location } from './graph.js';
import type { IRFunc } from './ir.js';

export function walkAll(b: Batch): void {
  const todo: Location[] = [];
  const enqueue = (loc: Location): void => {
    if (!loc.queued) {
      todo.push(loc);
      loc.queued = true;
    }
  };
  for (const loc of b.allLocs) enqueue(loc);
  enqueue(b.heapLoc);
  let walkgen = 0;
  while (todo.length > 0) {
    const root = todo.pop()!;
    root.queued = false;
    walkgen++;
    walkOne(b, root, walkgen, enqueue);
  }
}

function walkOne(b: Batch, root: Location, walkgen: number, enqueue: (l: Location) => void): void {
  root.walkgen = walkgen;
  root.derefs = 0;
  root.dst = undefined;
  const todo: Location[] = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    const addressOf = derefs < 0;
    if (addressOf) {
      derefs = 0;
      if (!root.transient && l.transient) {
        l.transient = false;
        enqueue(l);
      }
    }
    if (outlives(root, l)) {
      if (l.isParam()) {
        if (!l.escapes) {
          const pos = l.pos();
          b.emit(
            pos,
            [`parameter ${explainName(l)} leaks to ${b.explainLoc(root)} with derefs=${derefs}:`],
            2,
            l,
            'explain',
          );
          explainPath(b, root, l);
        }
        leakTo(l, root, derefs);
      }
      if (addressOf && !l.escapes) {
        b.emit(l.pos(), [`${explainName(l)} escapes to heap:`], 2, l, 'explain');
        explainPath(b, root, l);
        l.escapes = true;
        enqueue(l);
        continue;
      }
    }
    l.edges.forEach((edge, i) => {
      if (edge.src.escapes) return;
      const d = derefs + edge.derefs;
      if (edge.src.walkgen !== walkgen || edge.src.derefs > d) {
        edge.src.walkgen = walkgen;
        edge.src.derefs = d;
        edge.src.dst = l;
        edge.src.dstEdgeIdx = i;
        todo.push(edge.src);
      }
    });
  }
}

function leakTo(l: Location, sink: Location, derefs: number): void {
  if (!sink.escapes && sink.isResult() && sink.curfn === l.curfn) {
    const ri = sink.resultIndex - 1;
    if (ri < 7) {
      l.paramEsc.addResult(ri, derefs);
      return;
    }
  }
  l.paramEsc.addHeap(derefs);
}

function explainPath(b: Batch, root: Location, src0: Location): void {
  const visited = new Set<Location>();
  let src = src0;
  const pos: Pos = src.pos();
  for (;;) {
    if (visited.has(src)) {
      b.emit(
        pos,
        ['   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518'],
        2,
        src0,
        'explain',
      );
      break;
    }
    visited.add(src);
    const dst = src.dst;
    if (!dst) throw new InternalError('escape', 'explainPath: location without dst');
    const edge = dst.edges[src.dstEdgeIdx];
    if (!edge || edge.src !== src) throw new InternalError('escape', 'path inconsistency');
    b.explainFlow(pos, dst, src, edge.derefs, edge.notes, src0);
    if (dst === root) break;
    src = dst;
  }
}

/** outlives reports whether values stored in l may survive beyond other's lifetime (gc's outlives). */
function outlives(l: Location, other: Location): boolean {
  if (l.escapes) return true;
  if (l.isResult()) {
    if (l.curfn && other.curfn && containsClosure(other.curfn, l.curfn) && l.curfn.closureCalled)
      return false;
    return true;
  }
  if (l.curfn && l.curfn === other.curfn && l.loopDepth < other.loopDepth) return true;
  if (l.curfn && other.curfn && containsClosure(l.curfn, other.curfn)) return true;
  return false;
}

/** containsClosure reports whether c is a closure nested (at any depth) inside f. */
function containsClosure(f: IRFunc, c: IRFunc): boolean {
  if (f === c) return false;
  for (let x = c.outer; x; x = x.outer) if (x === f) return true;
  return false;
}
