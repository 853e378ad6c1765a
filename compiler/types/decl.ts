// Declarations: collect package-level objects, resolve them on demand (any order, as Go allows), attach
// methods to their receiver types, and check local var/const/type declarations.
//
// Invariants:
//  - Every package-level object has a PkgDecl; resolveObj checks it exactly once ('done'), and a lookup of
//    an object that is being resolved ('resolving') is a cycle: fine for type names (Named exists already),
//    reported for consts/vars.
//  - Local declarations are declared in the current scope only after their initializers are checked
//    (a var is not in scope in its own initializer), except type names (in scope in their own definition).

import type { ConstDecl, Expr, FuncDecl, Ident, TypeDecl, VarDecl } from '../syntax/index.js';

import type { Checker, Operand } from './checker.js';
import { UnknownValue } from './constant.js';
import { evalExpr } from './expr.js';
import { initConst, initVar, initVars } from './assign.js';
import { funcType, typeOf } from './typexpr.js';
import type { Const, Func, Named, Obj, TypeName, Var } from './types.js';
import { isConstType, isInvalid, newVar, under } from './types.js';
import { typeString } from './typestring.js';
import { exprString } from './exprstring.js';
import { InvalidType } from './universe.js';
import { validType } from './validtype.js';

/** PkgDecl is the declaration of one package-level object, kept in Checker.pkgDecls until resolved. */
export type PkgDecl =
  | { kind: 'var'; decl: VarDecl; lhs: Var[]; index: number; state: State }
  | { kind: 'const'; decl: ConstDecl; index: number; state: State }
  | { kind: 'type'; decl: TypeDecl; state: State }
  | { kind: 'func'; decl: FuncDecl; state: State };

type State = { v: 'unresolved' | 'resolving' | 'done' };

/** collectObjects declares all package-level names and returns the function declarations in source order. */
export function collectObjects(
  c: Checker,
  decls: readonly (VarDecl | ConstDecl | TypeDecl | FuncDecl)[],
): Func[] {
  const funcs: Func[] = [];
  const methods: { fn: Func; decl: FuncDecl }[] = [];
  for (const d of decls) {
    switch (d.kind) {
      case 'VarDecl': {
        const state: State = { v: 'unresolved' };
        const lhs = d.names.map((id) => newVar(id.name, id.pos, InvalidType, { isGlobal: true }));
        lhs.forEach((v, i) => {
          c.declare(d.names[i]!, v);
          c.info.globals.push(v);
          c.pkgDecls.set(v, { kind: 'var', decl: d, lhs, index: i, state });
        });
        break;
      }
      case 'ConstDecl':
        d.names.forEach((id, i) => {
          const k: Const = {
            kind: 'Const',
            name: id.name,
            pos: id.pos,
            type: InvalidType,
            value: UnknownValue,
          };
          c.declare(id, k);
          c.pkgDecls.set(k, { kind: 'const', decl: d, index: i, state: { v: 'unresolved' } });
        });
        break;
      case 'TypeDecl': {
        const tn = newTypeName(d);
        c.declare(d.name, tn);
        c.pkgDecls.set(tn, { kind: 'type', decl: d, state: { v: 'unresolved' } });
        break;
      }
      case 'FuncDecl': {
        const fn: Func = {
          kind: 'Func',
          name: d.name.name,
          pos: d.name.pos,
          type: { kind: 'Signature', recv: undefined, params: [], results: [], variadic: false },
          decl: d,
          ptrRecv: d.recv !== undefined && d.recv.type.kind === 'StarExpr',
          pkg: undefined,
        };
        c.info.funcs.set(d, fn);
        c.pkgDecls.set(fn, { kind: 'func', decl: d, state: { v: 'unresolved' } });
        funcs.push(fn);
        if (d.recv) methods.push({ fn, decl: d });
        else if (d.name.name === 'init') {
          c.info.defs.append(d.name, fn);
          if (d.type.params.length > 0 || d.type.results.length > 0) {
            c.error(d.name, 'func init must have no arguments and no return values');
          }
        } else {
          if (d.name.name === 'main' && (d.type.params.length > 0 || d.type.results.length > 0)) {
            c.error(d.name, 'func main must have no arguments and no return values');
          }
          c.declare(d.name, fn);
        }
        break;
      }
    }
  }
  for (const { fn, decl } of methods) attachMethod(c, fn, decl);
  return funcs;
}

function newTypeName(d: TypeDecl): TypeName {
  const tn: TypeName = {
    kind: 'TypeName',
    name: d.name.name,
    pos: d.name.pos,
    type: InvalidType,
    isAlias: d.alias,
  };
  if (!d.alias) {
    const named: Named = { kind: 'Named', obj: tn, underlying: InvalidType, methods: [] };
    tn.type = named;
  }
  return tn;
}

function attachMethod(c: Checker, fn: Func, d: FuncDecl): void {
  c.info.defs.append(d.name, fn);
  const rt = d.recv!.type;
  const base = rt.kind === 'StarExpr' ? rt.x : rt;
  if (base.kind !== 'Ident') return;
  const obj = c.lookupPackage(base.name);
  if (!obj || obj.kind !== 'TypeName' || obj.type.kind !== 'Named') return; // reported when the receiver type is resolved
  if (d.name.name === '_') return;
  const named = obj.type;
  const alt = named.methods.find((m) => m.name === d.name.name);
  if (alt) {
    c.error(d.name, `${named.obj.name}.${d.name.name} redeclared in this block`, [
      `\t${alt.pos.line}:${alt.pos.col}: other declaration of ${d.name.name}`,
    ]);
    return;
  }
  named.methods.push(fn);
}

/**
 * packageObjects resolves every package-level object: type declarations first, then the rest in order. The
 * objects are the package scope's, then the functions (in source order, from collectObjects) that are not in
 * it: methods, init, `_` and redeclared names, i.e. those the package-level name does not denote.
 */
export function packageObjects(c: Checker, funcs: readonly Func[]): void {
  const all: Obj[] = [...c.pkgScope.objs];
  for (const f of funcs) if (c.lookupPackage(f.name) !== f) all.push(f);
  const isType = (o: Obj): boolean => o.kind === 'TypeName';
  for (const o of all) if (isType(o) && !(o as TypeName).isAlias) resolveObj(c, o);
  for (const o of all) if (isType(o)) resolveObj(c, o);
  for (const o of all) if (!isType(o)) resolveObj(c, o);
}

/** resolveObj type-checks the declaration of a package-level object on first use. */
export function resolveObj(c: Checker, obj: Obj): void {
  if (c.allResolved) return;
  const pd = c.pkgDecls.get(obj);
  if (!pd || pd.state.v === 'done') return;
  if (pd.state.v === 'resolving') {
    if (pd.kind === 'type' || pd.kind === 'func') return;
    c.error(obj.pos, `initialization cycle or invalid recursive reference to ${obj.name}`);
    return;
  }
  pd.state.v = 'resolving';
  // Package-level declarations are checked outside any function, seeing only package-level names.
  const savedScope = c.scope;
  const savedFn = c.fn;
  const savedIota = c.iota;
  const savedHide = c.hideLocals();
  c.scope = c.pkgScope;
  c.fn = undefined;
  c.iota = undefined;
  switch (pd.kind) {
    case 'var':
      varDecl(c, pd.decl, pd.lhs, pd.index);
      break;
    case 'const':
      constDecl(c, pd.decl, obj as Const, pd.index);
      break;
    case 'type':
      typeDecl(c, pd.decl, obj as TypeName);
      break;
    case 'func':
      funcDeclSig(c, pd.decl, obj as Func);
      break;
  }
  pd.state.v = 'done';
  c.scope = savedScope;
  c.fn = savedFn;
  c.iota = savedIota;
  c.hideTop = savedHide;
}

function varDecl(c: Checker, d: VarDecl, lhs: Var[], index: number): void {
  const declared = d.type ? typeOf(c, d.type) : undefined;
  const values = d.values;
  if (values.length === lhs.length || values.length === 0) {
    const v = lhs[index]!;
    if (declared) v.type = declared;
    const init = values[index];
    if (init) {
      const x = evalExpr(c, init, false);
      initVar(c, v, x, 'variable declaration', declared === undefined);
    }
    return;
  }
  if (index !== 0) return; // a multi-value initializer is checked once, for all names
  for (const v of lhs) if (declared) v.type = declared;
  if (values.length === 1) {
    initVars(c, lhs, values, undefined, declared === undefined);
    return;
  }
  arityError(c, d.names, values);
  for (const v of lhs) v.used = true;
}

function arityError(c: Checker, names: readonly Ident[], values: readonly Expr[]): void {
  if (names.length < values.length) {
    const n = values[names.length]!;
    c.error(n, `extra init expr ${exprString(n)}`);
  } else {
    const n = names[values.length]!;
    c.error(n, `missing init expr for ${n.name}`);
  }
}

function constDecl(c: Checker, d: ConstDecl, k: Const, index: number): void {
  c.iota = d.iota;
  let declared: import('./types.js').Type | undefined;
  if (d.type) {
    const t = typeOf(c, d.type);
    if (!isConstType(t)) {
      if (!isInvalid(under(t))) c.error(d.type, `invalid constant type ${typeString(t)}`);
      k.type = InvalidType;
      return;
    }
    declared = t;
  }
  const init = d.values[index];
  if (!init) {
    if (index === d.values.length && !d.implicit) arityError(c, d.names, d.values);
    else if (d.values.length === 0) c.error(d.names[0]!, `missing init expr for ${d.names[0]!.name}`);
    k.type = InvalidType;
    return;
  }
  if (index === 0 && d.names.length < d.values.length && !d.implicit) arityError(c, d.names, d.values);
  const x: Operand = evalExpr(c, init, false);
  initConst(c, k, x, declared);
}

function typeDecl(c: Checker, d: TypeDecl, tn: TypeName): void {
  // Like types2, the recursive-type check of a package-level type is queued before its right-hand side is
  // checked (so it reports before map-key checks queued by that side); a local type is checked at once.
  const declared = tn.type.kind === 'Named' ? tn.type : undefined;
  if (declared && !c.fn) c.laterChecks.push(() => validType(c, declared));
  const rhs = typeOf(c, d.type);
  if (declared) c.namedRHS.set(declared, rhs);
  if (tn.type.kind === 'Named') {
    const named = tn.type;
    named.underlying = under(rhs);
    if (named.underlying.kind === 'Named') named.underlying = InvalidType;
  } else {
    tn.type = rhs;
  }
}

function funcDeclSig(c: Checker, d: FuncDecl, fn: Func): void {
  const sig = funcType(c, d.type, d.recv, d);
  fn.type = sig;
  c.info.signatures.set(d, sig);
  if (d.recv && sig.recv) {
    const rt = sig.recv.type;
    const base = rt.kind === 'Pointer' ? rt.elem : rt;
    if (base.kind === 'Basic' && !isInvalid(base)) {
      c.error(d.recv, `cannot define new methods on non-local type ${typeString(base)}`);
    } else if (!isInvalid(base) && base.kind !== 'Named') {
      c.error(d.recv.type, `invalid receiver type ${typeString(rt)}`);
    } else if (
      base.kind === 'Named' &&
      (under(base).kind === 'Pointer' || under(base).kind === 'Interface')
    ) {
      c.error(d.recv.type, `invalid receiver type ${typeString(rt)} (pointer or interface type)`);
    } else if (base.kind === 'Named') {
      const field =
        under(base).kind === 'Struct'
          ? (under(base) as import('./types.js').Struct).fields.find((f) => f.name === d.name.name)
          : undefined;
      if (field)
        c.error(d.name, `field and method with the same name ${d.name.name}`, [
          `\t${field.pos.line}:${field.pos.col}: other declaration of ${d.name.name}`,
        ]);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Local declarations

/** localVarDecl checks `var a, b T = x, y` inside a function and declares the names afterwards. */
export function localVarDecl(c: Checker, d: VarDecl): void {
  const lhs = d.names.map((id) => newVar(id.name, id.pos, InvalidType, { func: c.fn?.node }));
  const declared = d.type ? typeOf(c, d.type) : undefined;
  if (declared) for (const v of lhs) v.type = declared;
  if (d.values.length === lhs.length) {
    lhs.forEach((v, i) =>
      initVar(c, v, evalExpr(c, d.values[i]!, false), 'variable declaration', declared === undefined),
    );
  } else if (d.values.length === 1) {
    initVars(c, lhs, d.values, undefined, declared === undefined);
  } else if (d.values.length > 0) {
    for (const e of d.values) evalExpr(c, e, false);
    arityError(c, d.names, d.values);
    for (const v of lhs) v.used = true;
  }
  lhs.forEach((v, i) => c.declare(d.names[i]!, v));
}

/** localConstDecl checks a const spec inside a function. */
export function localConstDecl(c: Checker, d: ConstDecl): void {
  const ks: Const[] = d.names.map((id) => ({
    kind: 'Const',
    name: id.name,
    pos: id.pos,
    type: InvalidType,
    value: UnknownValue,
  }));
  const saved = c.iota;
  ks.forEach((k, i) => constDecl(c, d, k, i));
  c.iota = saved;
  ks.forEach((k, i) => c.declare(d.names[i]!, k));
}

/** localTypeDecl checks `type T U` inside a function (T is in scope in U). */
export function localTypeDecl(c: Checker, d: TypeDecl): void {
  const tn = newTypeName(d);
  c.declare(d.name, tn);
  typeDecl(c, d, tn);
  if (tn.type.kind === 'Named') validType(c, tn.type);
}
