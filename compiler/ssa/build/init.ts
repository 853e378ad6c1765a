// Package initialisation: the order in which package-level variables are initialised (the Go spec's
// "Package initialization", as types2/initorder.go computes it) and the synthesized `main.init` function
// that runs their initialisers, then the user's `func init()`s (`main.init.0`, `main.init.1`, ...).
//
// Invariants:
//  - A variable depends on every package-level variable and function its initialiser mentions, and a
//    function on everything its body mentions (transitively through functions and methods).
//  - Order: repeatedly the earliest-declared variable whose dependencies are all initialised. A
//    `var a, b = f()` spec is one unit, emitted when its first variable is.
//  - Variables without an initialiser need no code (static memory starts zeroed).
//  - `main.init` exists only when there is something to run; the executor calls it before `main.main`.

import type { Expr, File, FuncDecl, Ident, Node, VarDecl } from '../../syntax/index.js';
import type { Func as GoFunc, TypeInfo, Var } from '../../types/index.js';
import type { ProgramCtx } from './ctx.js';
import { buildSynthetic } from './func-body.js';
import { assignList } from './stmt.js';

/** InitUnit is one initialisation: the variables of a spec with values (all of them for `a, b = f()`). */
interface InitUnit {
  readonly decl: VarDecl;
  readonly lhs: readonly Ident[];
  readonly rhs: readonly Expr[];
}

/** userInitName gives the linker names of `func init()` declarations in source order. */
export function userInitNames(file: File): Map<FuncDecl, string> {
  const out = new Map<FuncDecl, string>();
  for (const d of file.decls)
    if (d.kind === 'FuncDecl' && !d.recv && d.name.name === 'init') out.set(d, `main.init.${out.size}`);
  return out;
}

/** buildInit appends `main.init` to the program when globals need initialising or user inits exist. */
export function buildInit(p: ProgramCtx, userInits: readonly string[]): void {
  const units = initOrder(p.file, p.info);
  if (units.length === 0 && userInits.length === 0) return;
  const lines = units.map((u) => u.decl.pos.line);
  buildSynthetic(p, 'main.init', lines, (c) => {
    for (const u of units) {
      c.fb.pos = { line: u.decl.pos.line, stmt: true };
      assignList(c, u.lhs, u.rhs, false);
    }
    for (const name of userInits) c.fb.call(name, [], []);
  });
}

/** initOrder lists the initialisation units in Go's order. */
export function initOrder(file: File, info: TypeInfo): InitUnit[] {
  const unitOf = new Map<Var, InitUnit>();
  const vars: Var[] = [];
  for (const d of file.decls) {
    if (d.kind !== 'VarDecl' || d.values.length === 0) continue;
    const single = d.values.length === 1 && d.names.length > 1;
    d.names.forEach((n, i) => {
      const v = info.defs.get(n);
      if (v?.kind !== 'Var') return;
      const unit: InitUnit = single
        ? { decl: d, lhs: d.names, rhs: d.values }
        : { decl: d, lhs: [n], rhs: [d.values[i]!] };
      unitOf.set(v, unit);
      vars.push(v);
    });
  }
  const deps = new Map<Var, Set<Var>>();
  for (const v of vars) deps.set(v, varsReached(unitOf.get(v)!.rhs, info));
  const done = new Set<Var>();
  const emitted = new Set<InitUnit>();
  const order: InitUnit[] = [];
  while (done.size < vars.length) {
    const next = vars.find(
      (v) => !done.has(v) && [...deps.get(v)!].every((d) => done.has(d) || !unitOf.has(d) || d === v),
    );
    // A cycle is a type-check error ("initialization cycle"); fall back to declaration order.
    const pick = next ?? vars.find((v) => !done.has(v))!;
    const unit = unitOf.get(pick)!;
    for (const n of unit.lhs) {
      const v = info.defs.get(n);
      if (v?.kind === 'Var') done.add(v);
    }
    if (!emitted.has(unit)) (emitted.add(unit), order.push(unit));
  }
  return order;
}

/** varsReached is the set of package-level variables that evaluating `roots` may read. */
function varsReached(roots: readonly Node[], info: TypeInfo): Set<Var> {
  const out = new Set<Var>();
  const seenFuncs = new Set<GoFunc>();
  const work: Node[] = [...roots];
  const useFunc = (f: GoFunc): void => {
    if (seenFuncs.has(f) || !f.decl?.body) return;
    seenFuncs.add(f);
    work.push(f.decl.body);
  };
  while (work.length > 0) {
    const n = work.pop()!;
    walk(n, (x) => {
      if (x.kind === 'Ident') {
        const o = info.uses.get(x);
        if (o?.kind === 'Var' && o.isGlobal) out.add(o);
        else if (o?.kind === 'Func') useFunc(o);
      } else if (x.kind === 'SelectorExpr') {
        const sel = info.selections.get(x);
        if (sel?.obj.kind === 'Func') useFunc(sel.obj);
      }
    });
  }
  return out;
}

/** walk calls fn on every AST node under n (n included). */
function walk(n: Node, fn: (x: Node) => void): void {
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (!('kind' in x)) return;
    const node = x as Node;
    fn(node);
    for (const [k, val] of Object.entries(node)) if (k !== 'pos' && typeof val === 'object') visit(val);
  };
  visit(n);
}
