// Assignability, implicit conversion of untyped operands, and the assignment forms (var init, =, :=,
// return), with types2's wording (CompilerErrorMessages mode, as gc uses it).
//
// Invariants: after `assignment(x, T)` succeeds, x is typed (its untyped expression tree was retyped via
// convertUntyped); on failure x.mode is 'invalid' and exactly one error was reported.

import type { Pos } from '../diag/index.js';
import type { Expr, Ident } from '../syntax/index.js';
import type { Checker, Operand } from './checker.js';
import { failed } from './checker.js';
import { constString, toInt, toNumber, makeFloat64, type ConstValue } from './constant.js';
import { evalExpr, evalExprList } from './expr.js';
import { updateExprType } from './untyped.js';
import { operandString } from './operand.js';
import type { Basic, Const, Type, Var } from './types.js';
import {
  BasicFlag,
  basicFlags,
  hasNil,
  identical,
  isBoolean,
  isInteger,
  isInvalid,
  isNumeric,
  isString,
  isUntyped,
  newVar,
  under,
} from './types.js';
import { typeString } from './typestring.js';
import { InvalidType, Typ } from './universe.js';
import { exprString } from './exprstring.js';

const INT_RANGE: Partial<Record<Basic['basic'], readonly [bigint, bigint]>> = {
  int: [-(1n << 63n), (1n << 63n) - 1n],
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-(1n << 31n), (1n << 31n) - 1n],
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  uint: [0n, (1n << 64n) - 1n],
  uint8: [0n, 255n],
  uint16: [0n, 65535n],
  uint32: [0n, (1n << 32n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
  uintptr: [0n, (1n << 64n) - 1n],
};

export type ConvCode = 'ok' | 'truncated' | 'overflows' | 'invalid';
/** ConvFailure says why a constant does not fit a type. */
export type ConvFailure = Exclude<ConvCode, 'ok'>;

function conversionFailure(xType: Type, t: Basic): ConvFailure {
  if (isNumeric(xType) && isNumeric(t)) return !isInteger(xType) && isInteger(t) ? 'truncated' : 'overflows';
  return 'invalid';
}

/** representable returns constant v rounded to basic type t, or why it does not fit (a string code). */
export function representable(v: ConstValue, xType: Type, t: Basic): ConstValue | ConvFailure {
  if (v.kind === 'unknown') return v;
  const flags = basicFlags(t);
  if (flags & BasicFlag.Integer) {
    const iv = v.kind === 'int' ? v : toInt(v);
    if (iv.kind !== 'int') return conversionFailure(xType, t);
    const range = INT_RANGE[t.basic];
    if (range && (iv.value < range[0] || iv.value > range[1])) return conversionFailure(xType, t);
    return iv;
  }
  if (flags & BasicFlag.Float) {
    if (v.kind !== 'int' && v.kind !== 'float') return conversionFailure(xType, t);
    if (flags & BasicFlag.Untyped) return v;
    let f = toNumber(v);
    if (t.basic === 'float32') f = Math.fround(f);
    if (!Number.isFinite(f)) return conversionFailure(xType, t);
    return makeFloat64(f);
  }
  if (flags & BasicFlag.String) return v.kind === 'string' ? v : conversionFailure(xType, t);
  if (flags & BasicFlag.Boolean) return v.kind === 'bool' ? v : conversionFailure(xType, t);
  return conversionFailure(xType, t);
}

/** defaultType maps an untyped type to its default type (untyped int → int, ...). */
export function defaultType(t: Type): Type {
  if (t.kind !== 'Basic') return t;
  switch (t.basic) {
    case 'untyped bool':
      return Typ.bool;
    case 'untyped int':
      return Typ.int;
    case 'untyped rune':
      return Typ.int32 === t ? t : RuneDefault;
    case 'untyped float':
      return Typ.float64;
    case 'untyped string':
      return Typ.string;
    default:
      return t;
  }
}
import { RuneType as RuneDefault } from './universe.js';

const UNTYPED_ORDER: Partial<Record<Basic['basic'], number>> = {
  'untyped int': 1,
  'untyped rune': 2,
  'untyped float': 3,
};

/**
 * implicitValue is the rounded constant computed by the last successful implicitType call: a scratch output
 * read right after the call (it avoids allocating a result object on this hot path).
 */
let implicitValue: ConstValue | undefined;

/**
 * implicitType computes the type an untyped operand takes in a context of type `target` (its rounded value
 * goes to implicitValue), or why it cannot (a ConvFailure string). A typed operand keeps its type.
 */
export function implicitType(x: Operand, target: Type): Type | ConvFailure {
  implicitValue = undefined;
  if (x.mode === 'invalid' || !isUntyped(x.type) || isInvalid(target)) return x.type;
  const xt = x.type as Basic;
  if (isUntyped(target)) {
    const tt = target as Basic;
    if (isNumeric(xt) && isNumeric(tt))
      return (UNTYPED_ORDER[xt.basic] ?? 0) < (UNTYPED_ORDER[tt.basic] ?? 0) ? target : xt;
    return xt.basic === tt.basic ? xt : 'invalid';
  }
  if (x.mode === 'nilvalue' || xt.basic === 'untyped nil') return hasNil(target) ? target : 'invalid';
  const u = under(target);
  if (u.kind === 'Basic') {
    if (x.mode === 'constant' && x.value) {
      const r = representable(x.value, xt, u);
      if (typeof r === 'string') return r;
      implicitValue = r;
      return target;
    }
    const ok =
      xt.basic === 'untyped bool'
        ? isBoolean(target)
        : xt.basic === 'untyped string'
          ? isString(target)
          : isNumeric(target);
    return ok ? target : 'invalid';
  }
  if (u.kind === 'Interface') return u.methods.length > 0 ? 'invalid' : defaultType(xt);
  return 'invalid';
}

/** convertUntyped converts an untyped operand to target (binary operands, conversions' implicit part). */
export function convertUntyped(c: Checker, x: Operand, target: Type): void {
  if (!isUntyped(x.type)) return;
  const r = implicitType(x, target);
  if (typeof r === 'string') {
    invalidConversion(c, r, x, under(target));
    x.mode = 'invalid';
    return;
  }
  if (implicitValue) x.value = implicitValue;
  if (r !== x.type) {
    x.type = r;
    updateExprType(c, x.expr, x.rec, r, false);
  }
}

export function invalidConversion(c: Checker, code: ConvFailure, x: Operand, target: Type): void {
  const xs = operandString(x);
  const ts = typeString(target);
  if (code === 'truncated') c.error(x.expr, `${xs} truncated to ${ts}`);
  else if (code === 'overflows') c.error(x.expr, `${xs} overflows ${ts}`);
  else c.error(x.expr, `cannot convert ${xs} to ${ts}`);
}

/** assignableTo reports whether x can be assigned to a variable of type T (spec "Assignability"). */
export function assignableTo(x: Operand, T: Type): boolean {
  if (x.mode === 'invalid' || isInvalid(T)) return true;
  const V = x.type;
  if (identical(V, T)) return true;
  const Vu = under(V);
  const Tu = under(T);
  if (isUntyped(Vu)) return typeof implicitType(x, T) !== 'string';
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  if (Tu.kind === 'Interface')
    return implementsIface(
      V,
      Tu.methods.map((m) => m.name),
    );
  return false;
}

function hasName(t: Type): boolean {
  return t.kind === 'Basic' || t.kind === 'Named';
}

function implementsIface(V: Type, methods: readonly string[]): boolean {
  if (methods.length === 0) return true;
  const base = V.kind === 'Pointer' ? V.elem : V;
  if (base.kind !== 'Named') return under(V).kind === 'Interface';
  return methods.every((m) => base.methods.some((f) => f.name === m && (V.kind === 'Pointer' || !f.ptrRecv)));
}

/**
 * assignment checks that x can be assigned to T (undefined T: blank `_`) in the given context; the message
 * context is `context` followed by `contextExpr` when given (`argument to f`), built only on error.
 */
export function assignment(
  c: Checker,
  x: Operand,
  T: Type | undefined,
  context: string,
  contextExpr?: Expr,
): void {
  singleValue(c, x);
  switch (x.mode) {
    case 'invalid':
      return;
    case 'constant':
    case 'variable':
    case 'mapindex':
    case 'value':
    case 'nilvalue':
    case 'commaok':
      break;
    default:
      c.error(
        x.expr,
        `cannot assign ${operandString(x)} to ${T ? typeString(T) : '_'} in ${contextText(context, contextExpr)}`,
      );
      x.mode = 'invalid';
      return;
  }
  if (isUntyped(x.type)) {
    let target = T;
    if (x.mode === 'nilvalue' || (x.type.kind === 'Basic' && x.type.basic === 'untyped nil')) {
      if (!T) {
        c.error(x.expr, `use of untyped nil in ${contextText(context, contextExpr)}`);
        x.mode = 'invalid';
        return;
      }
    } else if (!T || under(T).kind === 'Interface') {
      target = defaultType(x.type);
    }
    const r = implicitType(x, target!);
    if (typeof r === 'string') {
      let msg = `cannot use ${operandString(x)} as ${typeString(target!)} value in ${contextText(context, contextExpr)}`;
      if (r === 'truncated') msg += ' (truncated)';
      else if (r === 'overflows') msg += ' (overflows)';
      c.error(x.expr, msg);
      x.mode = 'invalid';
      return;
    }
    if (implicitValue) x.value = implicitValue;
    if (r !== x.type) {
      x.type = r;
      updateExprType(c, x.expr, x.rec, r, false);
    }
  }
  if (!T || x.type === T) return;
  if (!assignableTo(x, T)) {
    let reason = '';
    const Tu = under(T);
    if (Tu.kind === 'Interface' && Tu.methods.length > 0) {
      const m = Tu.methods[0]!;
      reason = `${typeString(x.type)} does not implement ${typeString(T)} (missing ${m.name} method)`;
    }
    c.error(
      x.expr,
      `cannot use ${operandString(x)} as type ${typeString(T)} in ${contextText(context, contextExpr)}${reason ? ':\n\t' + reason : ''}`,
    );
    x.mode = 'invalid';
  }
}

function contextText(context: string, contextExpr: Expr | undefined): string {
  return contextExpr ? `${context} ${exprString(contextExpr)}` : context;
}

/** singleValue reports a multi-value call used where one value is expected. */
export function singleValue(c: Checker, x: Operand): void {
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    c.error(x.expr, `multiple-value ${operandString(x)} in single-value context`);
    x.mode = 'invalid';
  }
}

/** initConst checks a constant initializer. */
export function initConst(c: Checker, k: Const, x: Operand, declared: Type | undefined): void {
  if (x.mode === 'invalid' || isInvalid(x.type)) {
    k.type = declared ?? InvalidType;
    return;
  }
  if (x.mode !== 'constant') {
    c.error(x.expr, `${operandString(x)} is not constant`);
    k.type = InvalidType;
    return;
  }
  k.type = declared ?? x.type;
  assignment(c, x, k.type, 'constant declaration');
  if (failed(x)) return;
  if (x.value) k.value = x.value;
}

/** initVar initializes v from x; `infer` means v has no declared type and takes x's (default) type. */
export function initVar(c: Checker, v: Var, x: Operand, context: string, infer: boolean): Type | undefined {
  if (x.mode === 'invalid' || isInvalid(x.type) || (!infer && isInvalid(v.type))) {
    if (infer) v.type = InvalidType;
    v.used = true;
    return undefined;
  }
  if (infer) {
    let t = x.type;
    if (isUntyped(t)) {
      if (t.kind === 'Basic' && t.basic === 'untyped nil') {
        c.error(x.expr, `use of untyped nil in ${context}`);
        v.type = InvalidType;
        return undefined;
      }
      t = defaultType(t);
    }
    v.type = t;
  }
  assignment(c, x, v.type, context);
  if (failed(x)) {
    v.used = true;
    return undefined;
  }
  return x.type;
}

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n !== 1 ? 's' : ''}`;
}

/** assignError reports `assignment mismatch: ...`. */
function assignError(c: Checker, rhs: readonly Expr[], nvars: number, nvals: number): void {
  const rhs0 = rhs[0]!;
  const vars = measure(nvars, 'variable');
  const vals = measure(nvals, 'value');
  const call = unparen(rhs0);
  if (rhs.length === 1 && call.kind === 'CallExpr') {
    c.error(rhs0, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
    return;
  }
  c.error(rhs0, `assignment mismatch: ${vars} but ${vals}`);
}

export function unparen(e: Expr): Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** typesSummary renders `(int, number, string)` for have/want lines. */
export function typesSummary(types: readonly Type[], variadic: boolean): string {
  return `(${types
    .map((t, i) => {
      if (isInvalid(t)) return '<T>';
      if (isUntyped(t) && t.kind === 'Basic') return isNumeric(t) ? 'number' : t.name.replace('untyped ', '');
      if (variadic && i === types.length - 1 && t.kind === 'Slice') return '...' + typeString(t.elem);
      return typeString(t);
    })
    .join(', ')})`;
}

/** initVars checks `lhs... = rhs...` for declarations and return statements (returnPos set). */
export function initVars(
  c: Checker,
  lhs: Var[],
  origRhs: readonly Expr[],
  returnStmt: Expr | { pos: import('../diag/index.js').Pos } | undefined,
  infer: boolean,
): void {
  const rhs = evalExprList(c, origRhs, lhs.length === 2 && returnStmt === undefined);
  if (lhs.length !== rhs.length) {
    for (const v of lhs) {
      v.used = true;
      if (infer) v.type = InvalidType;
    }
    if (rhs.some((x) => x.mode === 'invalid')) return;
    if (returnStmt) {
      let at: Expr | import('../diag/index.js').Pos = 'kind' in returnStmt ? returnStmt : returnStmt.pos;
      let qualifier = 'not enough';
      if (rhs.length > lhs.length) {
        at = rhs[lhs.length]!.expr;
        qualifier = 'too many';
      } else if (rhs.length > 0) at = rhs[rhs.length - 1]!.expr;
      c.error(at, `${qualifier} return values`, [
        `\thave ${typesSummary(
          rhs.map((x) => x.type),
          false,
        )}`,
        `\twant ${typesSummary(
          lhs.map((v) => v.type),
          false,
        )}`,
      ]);
      return;
    }
    assignError(c, origRhs, lhs.length, rhs.length);
    return;
  }
  const context = returnStmt ? 'return statement' : 'assignment';
  let ok = true;
  lhs.forEach((v, i) => {
    if (initVar(c, v, rhs[i]!, context, infer) === undefined) ok = false;
  });
  if (!ok) for (const v of lhs) v.used = true;
}

/** assignVar checks one `lhs = x` (lhs evaluated as an assignable location). */
function assignVar(c: Checker, lhs: Expr, x: Operand): Type | undefined {
  if (x.mode === 'invalid' || isInvalid(x.type)) {
    useLhs(c, lhs);
    return undefined;
  }
  const ident = unparen(lhs);
  if (ident.kind === 'Ident' && ident.name === '_') {
    c.info.defs.append(ident, undefined);
    assignment(c, x, undefined, 'assignment to _ identifier');
    return failed(x) ? undefined : x.type;
  }
  const z = evalLhs(c, lhs);
  if (z.mode === 'invalid' || isInvalid(z.type)) return undefined;
  if (z.mode !== 'variable' && z.mode !== 'mapindex') {
    reportNotAssignable(c, z);
    return undefined;
  }
  assignment(c, x, z.type, 'assignment');
  return failed(x) ? undefined : x.type;
}

/** evalLhs evaluates an assignment target without counting it as a use of a plain variable. */
export function evalLhs(c: Checker, lhs: Expr): Operand {
  const ident = unparen(lhs);
  let v: Var | undefined;
  let wasUsed = false;
  if (ident.kind === 'Ident') {
    const obj = c.lookup(ident.name);
    if (obj && obj.kind === 'Var') {
      v = obj;
      wasUsed = obj.used;
    }
  }
  const z = evalExpr(c, lhs, false);
  if (v) v.used = wasUsed;
  return z;
}

export function reportNotAssignable(c: Checker, z: Operand): void {
  const e = unparen(z.expr);
  if (e.kind === 'SelectorExpr') {
    const sel = c.info.types.get(e.x);
    if (sel && sel.mode === 'mapindex') {
      c.error(z.expr, `cannot assign to struct field ${exprString(z.expr)} in map`);
      return;
    }
  }
  c.error(z.expr, `cannot assign to ${operandString(z)}`);
}

function useLhs(c: Checker, lhs: Expr): void {
  const e = unparen(lhs);
  if (e.kind === 'Ident' && e.name === '_') return;
  evalLhs(c, lhs);
}

/** assignVars checks `a, b = x, y` and `a, b = f()`. */
export function assignVars(c: Checker, lhs: readonly Expr[], origRhs: readonly Expr[]): void {
  if (lhs.length === 1 && origRhs.length === 1) {
    assignVar1(c, lhs[0]!, origRhs);
    return;
  }
  const rhs = evalExprList(c, origRhs, lhs.length === 2);
  if (lhs.length !== rhs.length) {
    for (const l of lhs) useLhs(c, l);
    if (rhs.some((x) => x.mode === 'invalid')) return;
    assignError(c, origRhs, lhs.length, rhs.length);
    return;
  }
  let ok = true;
  lhs.forEach((l, i) => {
    if (assignVar(c, l, rhs[i]!) === undefined) ok = false;
  });
  if (!ok) {
    for (const l of lhs) {
      const e = unparen(l);
      if (e.kind === 'Ident') {
        const obj = c.lookup(e.name);
        if (obj && obj.kind === 'Var') obj.used = true;
      }
    }
  }
}

/**
 * assignVar1 is assignVars for one target and one value (the common `a = x`), without the lists: the same
 * checks and messages in the same order.
 */
function assignVar1(c: Checker, l: Expr, origRhs: readonly Expr[]): void {
  const x = evalSingle(c, origRhs[0]!);
  if (x.type.kind === 'Tuple' && x.mode === 'value') {
    useLhs(c, l);
    assignError(c, origRhs, 1, x.type.vars.length);
    return;
  }
  if (assignVar(c, l, x) !== undefined) return;
  const e = unparen(l);
  if (e.kind === 'Ident') {
    const obj = c.lookup(e.name);
    if (obj && obj.kind === 'Var') obj.used = true;
  }
}

/**
 * evalSingle evaluates the only right-hand side of a one-target assignment as evalExprList(c, [e], false)
 * would, except that a multi-value call is returned as it is (mode 'value' of a Tuple type with two or more
 * results; the caller reports the count mismatch).
 */
function evalSingle(c: Checker, e: Expr): Operand {
  const x = evalExpr(c, e, false);
  if (x.mode === 'invalid') return x;
  if (x.type.kind === 'Tuple' && x.mode === 'value') return x;
  if (x.mode === 'novalue') {
    c.error(e, `${exprString(e)} (no value) used as value`);
    x.mode = 'invalid';
  }
  return x;
}

/** shortVarDecl checks `a, b := x, y`. */
export function shortVarDecl(c: Checker, pos: Pos, lhs: readonly Expr[], rhs: readonly Expr[]): void {
  const fn = c.fn?.node;
  const l0 = lhs[0]!;
  if (
    lhs.length === 1 &&
    rhs.length === 1 &&
    l0.kind === 'Ident' &&
    l0.name !== '_' &&
    c.lookupCurrent(l0.name) === undefined
  ) {
    shortVarDecl1(c, l0, rhs, fn);
    return;
  }
  const lhsVars: Var[] = [];
  /** infer[i]: lhsVars[i] is new (or an error placeholder) and takes its type from the value. */
  const infer: boolean[] = [];
  const newVars: Var[] = [];
  let hasErr = false;
  for (let i = 0; i < lhs.length; i++) {
    const l = lhs[i]!;
    let v: Var | undefined;
    if (l.kind !== 'Ident') {
      useLhs(c, l);
      c.error(l, `non-name ${exprString(l)} on left side of :=`);
    } else if (l.name !== '_' && repeatedName(lhs, i)) {
      c.error(l, `${l.name} repeated on left side of :=`);
    } else {
      const alt = c.lookupCurrent(l.name);
      if (alt) {
        c.info.uses.append(l, alt);
        if (alt.kind === 'Var') {
          lhsVars.push(alt);
          infer.push(false);
          continue;
        }
        c.error(l, `cannot assign to ${exprString(l)}`);
      } else {
        v = newVar(l.name, l.pos, InvalidType, { func: fn });
        if (l.name !== '_') newVars.push(v);
        c.info.defs.append(l, l.name === '_' ? undefined : v);
        lhsVars.push(v);
        infer.push(true);
        continue;
      }
    }
    hasErr = true;
    lhsVars.push(newVar('_', l.pos, InvalidType, { func: fn }));
    infer.push(true);
  }
  initVarsMixed(c, lhsVars, infer, rhs);
  for (const v of newVars) c.bind(v.name, v);
  if (newVars.length === 0 && !hasErr) c.error(pos, 'no new variables on left side of :=');
}

/**
 * shortVarDecl1 is shortVarDecl for `a := x` where a is a new name in the current scope (the common case),
 * without the lists: the same checks and messages in the same order.
 */
function shortVarDecl1(c: Checker, l: Ident, origRhs: readonly Expr[], fn: Var['func']): void {
  const v = newVar(l.name, l.pos, InvalidType, { func: fn });
  c.info.defs.append(l, v);
  const x = evalSingle(c, origRhs[0]!);
  if (x.type.kind === 'Tuple' && x.mode === 'value') {
    v.used = true;
    v.type = InvalidType;
    assignError(c, origRhs, 1, x.type.vars.length);
  } else if (initVar(c, v, x, 'assignment', true) === undefined) v.used = true;
  c.bind(v.name, v);
}

function repeatedName(lhs: readonly Expr[], i: number): boolean {
  const name = (lhs[i] as Ident).name;
  for (let j = 0; j < i; j++) {
    const l = lhs[j]!;
    if (l.kind === 'Ident' && l.name === name) return true;
  }
  return false;
}

function initVarsMixed(c: Checker, lhs: Var[], infer: boolean[], origRhs: readonly Expr[]): void {
  const rhs = evalExprList(c, origRhs, lhs.length === 2);
  if (lhs.length !== rhs.length) {
    lhs.forEach((v, i) => {
      v.used = true;
      if (infer[i]) v.type = InvalidType;
    });
    if (rhs.some((x) => x.mode === 'invalid')) return;
    assignError(c, origRhs, lhs.length, rhs.length);
    return;
  }
  let ok = true;
  lhs.forEach((v, i) => {
    if (initVar(c, v, rhs[i]!, 'assignment', infer[i]!) === undefined) ok = false;
  });
  if (!ok) for (const v of lhs) v.used = true;
}

export { constString };
