// StaticValue for callees (gc's ir.StaticValue): a call through a local variable is a static call when the
// variable is defined once (`f := func(...) {...}` or `f := g`) and never reassigned nor address-taken.
//
// Invariant: computed once per file from the whole IR (all assignments anywhere, closures included), so a
// later reassignment in the function or in a closure disables the shortcut, as gc's ir.Reassigned does.

import type { Var } from '../types/index.js';
import type { IRExpr, IRFunc, IRProgram, IRStmt } from './ir.js';
import { allFuncs, visitStmts } from './visit.js';

export interface StaticInfo {
  /** staticFunc returns the function a call's `fun` expression statically denotes, if any. */
  staticFunc(fun: IRExpr): IRFunc | undefined;
  /** firstUse returns the first reference to v inside closure fn (nested closures included). */
  firstUse(fn: IRFunc, v: Var): IRExpr | undefined;
  /** captureOrder lists fn's captured variables in gc's ClosureVars order (first reference in irgen order). */
  captureOrder(fn: IRFunc): Var[];
}

export function computeStatics(prog: IRProgram): StaticInfo {
  const defValue = new Map<Var, IRExpr>();
  const spoiled = new Set<Var>();
  const funcs = prog.funcs.flatMap(allFuncs);
  for (const fn of funcs) {
    const walk = (list: readonly IRStmt[]): void => {
      for (const s of list) {
        if (s.op === 'AS' && s.x?.op === 'NAME') {
          if (s.defines.includes(s.x.v) && s.y && s.def) defValue.set(s.x.v, s.y);
          else spoiled.add(s.x.v);
        } else if (s.op === 'AS2' || s.op === 'AS2MAPR' || s.op === 'AS2FUNC') {
          for (const x of s.lhs) if (x?.op === 'NAME') spoiled.add(x.v);
        } else if (s.op === 'ASOP' && s.x.op === 'NAME') spoiled.add(s.x.v);
        else if (s.op === 'RANGE') {
          if (s.key?.op === 'NAME') spoiled.add(s.key.v);
          if (s.value?.op === 'NAME') spoiled.add(s.value.v);
        }
        if (s.op === 'BLOCK') walk(s.list);
        if (s.op === 'IF') {
          walk(s.init);
          walk(s.body);
          walk(s.els);
        }
        if (s.op === 'FOR') {
          walk(s.init);
          if (s.post) walk([s.post]);
          walk(s.body);
        }
        if (s.op === 'RANGE') walk(s.body);
        if (s.op === 'SWITCH') {
          walk(s.init);
          for (const c of s.cases) walk(c.body);
        }
      }
    };
    walk(fn.body);
    visitStmts(
      fn.body,
      (e) => {
        if (e.op === 'ADDR' && e.x.op === 'NAME') spoiled.add(e.x.v);
      },
      false,
    );
  }
  const staticFunc = (fun: IRExpr, depth = 0): IRFunc | undefined => {
    if (depth > 16) return undefined;
    if (fun.op === 'FUNCNAME') return fun.fn;
    if (fun.op === 'CLOSURE') return fun.fn;
    if (fun.op === 'CONV') return staticFunc(fun.x, depth + 1);
    if (fun.op === 'NAME' && !spoiled.has(fun.v)) {
      const def = defValue.get(fun.v);
      if (def) return staticFunc(def, depth + 1);
    }
    return undefined;
  };
  const firstUse = (fn: IRFunc, v: Var): IRExpr | undefined => {
    let best: IRExpr | undefined;
    let bestSeq = Infinity;
    visitStmts(
      fn.body,
      (e) => {
        if (e.op !== 'NAME' || e.v !== v) return;
        const seq = prog.nameSeq.get(e) ?? Infinity;
        if (!best || seq < bestSeq) {
          best = e;
          bestSeq = seq;
        }
      },
      true,
    );
    return best;
  };
  const captureOrder = (fn: IRFunc): Var[] => {
    const seqOf = (v: Var): number => {
      const use = firstUse(fn, v);
      return use ? (prog.nameSeq.get(use) ?? Infinity) : Infinity;
    };
    return [...fn.captures].sort((a, b) => seqOf(a) - seqOf(b));
  };
  return { staticFunc, firstUse, captureOrder };
}
