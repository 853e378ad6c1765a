// Parallel assignment `a, m[k], *p = x, y, z` in gc's order (walk/assign.go ascompatee): operands of the
// targets and call results first (order.go; the plain map and key operands of a 'lazymap' target are read
// right after the calls, as maps.ts beginMapIndex describes), then "early" copies of the right-hand sides that an earlier
// assignment of the same statement could change, then each assignment in turn: the target's address
// (mapassign for a map element) and only then its not-yet-evaluated right-hand side.
//
// This is why `m[a], m[b] = m[b], m[a]` runs mapaccess1(m[a]), mapassign(m[a]), mapaccess1(m[b]),
// mapassign(m[b]): the second right-hand side reads memory after a memory write, so it is copied early.
//
// Invariants:
//  - affected() is conservative, as gc's: any expression reading memory is affected once an earlier
//    target wrote memory (a map element, a dereference, a global or an address-taken variable); a local
//    SSA variable assigned earlier affects exactly the expressions that mention it.
//  - Composite values copied early are snapshotted into a temp (their value form is an address).

import type { Expr, Node } from '../../syntax/index.js';
import type { MapT, Type, Var } from '../../types/index.js';
import type { SsaType, Value } from '../ir.js';
import { ptrTo } from '../types.js';
import { isComposite, ssaType, store, type Ctx } from './ctx.js';
import { convertTo, expr, typeOf } from './expr.js';
import { mapAssignPtr } from './maps.js';

/** Target mirrors stmt.ts's evaluated assignment target. */
export type ParallelTarget =
  | { kind: 'var'; v: Var }
  | { kind: 'addr'; a: Value; t: import('../../types/index.js').Type }
  | { kind: 'map'; r: import('./maps.js').MapRef }
  | { kind: 'lazymap'; mt: MapT; finish: () => import('./maps.js').MapRef }
  | { kind: 'blank' };

/**
 * resolveTarget reads the plain operands of a 'lazymap' target (maps.ts beginMapIndex): done right after
 * the calls on the right, before any assignment, which is where or as if ascompatee reads them (an
 * operand an earlier assignment could change is copied early; no other may change before its turn).
 */
export function resolveTarget(t: ParallelTarget): ParallelTarget {
  return t.kind === 'lazymap' ? { kind: 'map', r: t.finish() } : t;
}

/** Arithmetic-like nodes gc's readsMemory knows do not read memory by themselves. */
const NON_MEMORY_BINARY = new Set(['+', '-', '*', '/', '%', '&', '|', '^', '&^', '<<', '>>', '&&', '||']);
const NON_MEMORY_UNARY = new Set(['+', '-', '^']);

/**
 * parallelAssign performs `lhs = rhs` (same lengths) given the already evaluated targets. `assign`
 * stores a value into a non-map target.
 */
export function parallelAssign(
  c: Ctx,
  pending: readonly ParallelTarget[],
  rhs: readonly Expr[],
  assign: (t: ParallelTarget, v: Value) => void,
): void {
  const vals: (Value | undefined)[] = rhs.map((r, i) =>
    isCall(c, r) ? valueFor(c, r, pending[i]!) : undefined,
  );
  const targets = pending.map(resolveTarget);
  const early = new Set<number>();
  const assigned = new Set<Var>();
  let memWrite = false;
  targets.forEach((t, i) => {
    if (vals[i] === undefined && affected(c, rhs[i]!, assigned, memWrite)) early.add(i);
    if (t.kind === 'blank') return;
    if (t.kind === 'var' && !readsMemoryVar(c, t.v)) assigned.add(t.v);
    else memWrite = true;
  });
  for (const i of early) {
    const goType = valueType(c, rhs[i]!, targets[i]!);
    vals[i] = snapshot(c, valueFor(c, rhs[i]!, targets[i]!), ssaType(goType));
  }
  targets.forEach((t, i) => {
    if (t.kind === 'map') {
      const p = mapAssignPtr(c, t.r);
      const v = vals[i] ?? valueFor(c, rhs[i]!, t);
      store(c, p, v, ssaTypeOfPtr(p));
      return;
    }
    assign(t, vals[i] ?? valueFor(c, rhs[i]!, t));
  });
}

function ssaTypeOfPtr(p: Value): import('../ir.js').SsaType {
  return p.type.elem!;
}

/** isCall: e is a call (not a conversion) whose results parallelAssign evaluates before anything else. */
export function isCall(c: Ctx, e: Expr): boolean {
  const inner = e.kind === 'ParenExpr' ? e.x : e;
  return inner.kind === 'CallExpr' && c.p.info.calls.get(inner)?.kind !== 'conversion';
}

function valueFor(c: Ctx, e: Expr, t: ParallelTarget): Value {
  switch (t.kind) {
    case 'var':
      return convertTo(c, e, t.v.type);
    case 'addr':
      return convertTo(c, e, t.t);
    case 'map':
      return convertTo(c, e, t.r.mt.elem);
    case 'lazymap':
      return convertTo(c, e, t.mt.elem);
    case 'blank':
      return expr(c, e);
  }
}

/** valueType is the Go type of the value valueFor gives: the target's type (the RHS's own for `_`). */
function valueType(c: Ctx, e: Expr, t: ParallelTarget): Type {
  switch (t.kind) {
    case 'var':
      return t.v.type;
    case 'addr':
      return t.t;
    case 'map':
      return t.r.mt.elem;
    case 'lazymap':
      return t.mt.elem;
    case 'blank':
      return typeOf(c, e);
  }
}

/**
 * snapshot copies a composite value (struct/array of SSA type st, held as an address) into a fresh temp so
 * later stores cannot change it. A pointer (even to a struct) is a plain value and is never copied.
 */
function snapshot(c: Ctx, v: Value, st: SsaType): Value {
  if (!isComposite(st)) return v;
  const fb = c.fb;
  const tmp = fb.localAddr(fb.newAutotmp(st), ptrTo(st));
  store(c, tmp, v, st);
  return tmp;
}

/** readsMemoryVar: the variable lives in memory others may write (global, address-taken, heap, captured). */
function readsMemoryVar(c: Ctx, v: Var): boolean {
  if (v.isGlobal) return true;
  const home = c.homes.get(v);
  return home !== undefined && home.kind !== 'ssa' && (c.p.addrTaken.has(v) || home.kind !== 'stack');
}

/** affected: could evaluating e give a different result after the assignments made so far? */
function affected(c: Ctx, e: Expr, assigned: ReadonlySet<Var>, memWrite: boolean): boolean {
  let hit = false;
  const visit = (x: unknown): void => {
    if (hit || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (!('kind' in x)) return;
    const n = x as Node;
    if (n.kind === 'Ident') {
      const o = c.p.info.uses.get(n);
      if (o?.kind === 'Var' && (assigned.has(o) || (memWrite && readsMemoryVar(c, o)))) hit = true;
      return;
    }
    if (memWrite && readsMemory(c, n)) {
      hit = true;
      return;
    }
    for (const [k, val] of Object.entries(n)) if (k !== 'pos' && typeof val === 'object') visit(val);
  };
  visit(e);
  return hit;
}

/** readsMemory mirrors gc's readsMemory for non-name nodes: only arithmetic, literals and conversions don't. */
function readsMemory(c: Ctx, n: Node): boolean {
  switch (n.kind) {
    case 'BasicLit':
    case 'ParenExpr':
      return false;
    case 'BinaryExpr':
      return !NON_MEMORY_BINARY.has(n.op);
    case 'UnaryExpr':
      return !NON_MEMORY_UNARY.has(n.op);
    case 'SelectorExpr': {
      const sel = c.p.info.selections.get(n);
      return sel?.kind !== 'field' || sel.indirect;
    }
    case 'CallExpr':
      return c.p.info.calls.get(n)?.kind !== 'conversion';
    default:
      return c.p.info.types.get(n as Expr)?.mode !== 'constant' && !isTypeExpr(n);
  }
}

function isTypeExpr(n: Node): boolean {
  return ['ArrayType', 'SliceType', 'MapType', 'StructType', 'FuncType'].includes(n.kind);
}

export { typeOf };
