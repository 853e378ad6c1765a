// Expressions: evaluate an expression to an Operand (mode, type, constant value), recording the result in
// TypeInfo (types2 expr.go): identifiers, literals, unary/binary operators with exact constant folding,
// shifts, comparisons, and dispatch to calls (call.ts) and indexing/literals (access.ts).
//
// Invariants: every evaluated expression is recorded in info.types as soon as it is evaluated; an untyped one
// is re-recorded with its final type when its context decides it (untyped.ts); an operand with mode
// 'invalid' means an error was reported. No closures or message strings are built on the success path.

import type { BasicLit, BinaryExpr, Expr, Ident, UnaryExpr } from '../syntax/index.js';
import type { Checker, Operand } from './checker.js';
import { failed, operand } from './checker.js';
import * as K from './constant.js';
import {
  convertUntyped,
  defaultType,
  invalidConversion,
  representable,
  singleValue,
  assignableTo,
  unparen,
} from './assign.js';
import { callExpr } from './call.js';
import { compositeLit, funcLit, indexExpr, selectorExpr, sliceExpr } from './access.js';
import { resolveObj } from './decl.js';
import { floatLitValue, intLitValue, runeLitValue, stringLitValue } from './literal.js';
import { updateExprType } from './untyped.js';
import { operandString } from './operand.js';
import { exprString } from './exprstring.js';
import type { Type, Var } from './types.js';
import {
  comparable,
  hasNil,
  identical,
  isBoolean,
  isInteger,
  isInvalid,
  isNumeric,
  isString,
  isTyped,
  isUnsigned,
  isUntyped,
  under,
} from './types.js';
import { typeString } from './typestring.js';
import { typeOf } from './typexpr.js';
import { InvalidType, Typ, undefinedMessage } from './universe.js';
import { sizeof } from './layout.js';

/** evalExpr evaluates e; with allowType a type expression yields mode 'typexpr', otherwise an error. */
export function evalExpr(c: Checker, e: Expr, allowType: boolean, hint?: Type): Operand {
  const x = exprInternal(c, e, hint);
  if (!allowType && (x.mode === 'typexpr' || x.mode === 'builtin')) {
    c.error(
      e,
      `${exprString(e)} (${x.mode === 'typexpr' ? 'type) is not an expression' : 'built-in) must be called'}`,
    );
    x.mode = 'invalid';
  }
  x.expr = e;
  c.record(x);
  return x;
}

/** evalValue evaluates e in a single-value context (multi-value calls and no-value calls are errors). */
export function evalValue(c: Checker, e: Expr, hint?: Type): Operand {
  const x = evalExpr(c, e, false, hint);
  singleValue(c, x);
  if (x.mode === 'novalue') {
    c.error(e, `${exprString(e)} (no value) used as value`);
    x.mode = 'invalid';
  }
  return x;
}

function invalid(e: Expr): Operand {
  return operand('invalid', InvalidType, undefined, e);
}

function exprInternal(c: Checker, e: Expr, hint: Type | undefined): Operand {
  switch (e.kind) {
    case 'Ident':
      return ident(c, e);
    case 'BasicLit':
      return basicLit(c, e);
    case 'ParenExpr':
      return evalExpr(c, e.x, true, hint); // the caller (evalExpr) re-points x.expr at e
    case 'UnaryExpr':
      return unary(c, e, hint);
    case 'BinaryExpr':
      return binary(c, e);
    case 'StarExpr': {
      const x = evalExpr(c, e.x, true);
      if (x.mode === 'invalid') return invalid(e);
      if (x.mode === 'typexpr') return operand('typexpr', c.ptrTo(x.type), undefined, e);
      singleValue(c, x);
      if (failed(x)) return invalid(e);
      if (x.mode === 'nilvalue') {
        c.error(x.expr, `invalid operation: cannot indirect nil`);
        return invalid(e);
      }
      const u = under(x.type);
      if (u.kind !== 'Pointer') {
        c.error(x.expr, `invalid operation: cannot indirect ${operandString(x)}`);
        return invalid(e);
      }
      return operand('variable', u.elem, undefined, e);
    }
    case 'CallExpr':
      return callExpr(c, e);
    case 'SelectorExpr':
      return selectorExpr(c, e);
    case 'IndexExpr':
      return indexExpr(c, e);
    case 'SliceExpr':
      return sliceExpr(c, e);
    case 'CompositeLit':
      return compositeLit(c, e, hint);
    case 'FuncLit':
      return funcLit(c, e);
    case 'KeyValueExpr':
      c.error(e, 'unexpected key:value expression');
      return invalid(e);
    case 'ArrayType':
    case 'SliceType':
    case 'MapType':
    case 'StructType':
    case 'FuncType':
      return operand('typexpr', typeOf(c, e), undefined, e);
    case 'BadExpr':
      return invalid(e);
  }
}

function ident(c: Checker, e: Ident): Operand {
  const obj = e.name === '_' ? undefined : c.lookup(e.name);
  if (!obj) {
    c.error(e, e.name === '_' ? 'cannot use _ as value' : undefinedMessage(e.name));
    return invalid(e);
  }
  c.info.uses.append(e, obj);
  switch (obj.kind) {
    case 'PkgName':
      obj.used = true;
      c.error(e, `use of package ${obj.name} not in selector`);
      return invalid(e);
    case 'Const':
      resolveObj(c, obj);
      if (obj.pos.line === 0 && obj.name === 'iota') {
        // the predeclared iota (a package-level iota would have a position)
        if (c.iota === undefined) {
          c.error(e, 'cannot use iota outside constant declaration');
          return invalid(e);
        }
        return operand('constant', Typ['untyped int'], K.makeInt(BigInt(c.iota)), e);
      }
      if (isInvalid(obj.type)) return invalid(e);
      return operand('constant', obj.type, obj.value, e);
    case 'TypeName':
      resolveObj(c, obj);
      return operand('typexpr', obj.type, undefined, e);
    case 'Var':
      if (obj.isGlobal) resolveObj(c, obj);
      obj.used = true;
      if (obj.func !== undefined && c.fn !== undefined && c.fn.node !== obj.func) noteCapture(c, obj);
      if (isInvalid(obj.type)) return invalid(e);
      return operand('variable', obj.type, undefined, e);
    case 'Func':
      resolveObj(c, obj);
      return operand('value', obj.type, undefined, e);
    case 'Builtin': {
      const x = operand('builtin', InvalidType, undefined, e);
      x.builtin = obj.id;
      return x;
    }
    case 'Nil':
      return operand('nilvalue', Typ['untyped nil'], undefined, e);
  }
}

/** noteCapture records v as captured by every function literal between its declaring function and here. */
function noteCapture(c: Checker, v: Var): void {
  if (v.isGlobal || v.isField || !v.func) return;
  for (let f = c.fn; f && f.node !== v.func; f = f.parent) {
    if (f.node.kind === 'FuncLit' && !f.captures.includes(v)) f.captures.push(v);
  }
}

function basicLit(c: Checker, e: BasicLit): Operand {
  switch (e.litKind) {
    case 'int':
      return operand('constant', Typ['untyped int'], intLitValue(e.value), e);
    case 'float':
      return operand('constant', Typ['untyped float'], floatLitValue(e.value), e);
    case 'rune':
      return operand('constant', Typ['untyped rune'], runeLitValue(e.value), e);
    case 'string':
      return operand('constant', Typ['untyped string'], stringLitValue(e.value), e);
    case 'imag':
      c.error(e, 'complex numbers not supported by mgo yet');
      return invalid(e);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Operators

type Pred = (t: Type) => boolean;
const UNARY_PRED: Record<'+' | '-' | '^' | '!', Pred> = {
  '+': isNumeric,
  '-': isNumeric,
  '^': isInteger,
  '!': isBoolean,
};
const isNumericOrString: Pred = (t) => isNumeric(t) || isString(t);
const BINARY_PRED: Record<string, Pred> = {
  '+': isNumericOrString,
  '-': isNumeric,
  '*': isNumeric,
  '/': isNumeric,
  '%': isInteger,
  '&': isInteger,
  '|': isInteger,
  '^': isInteger,
  '&^': isInteger,
  '&&': isBoolean,
  '||': isBoolean,
};
const OP_NAME: Record<string, string> = {
  '+': 'addition',
  '-': 'subtraction',
  '^': 'bitwise XOR',
  '*': 'multiplication',
  '<<': 'shift',
};

function unary(c: Checker, e: UnaryExpr, hint: Type | undefined): Operand {
  if (e.op === '&') {
    const inner = unparen(e.x);
    if (inner.kind === 'CompositeLit') {
      const h = hint && under(hint).kind === 'Pointer' ? (under(hint) as { elem: Type }).elem : undefined;
      const x = evalExpr(c, e.x, false, h);
      if (x.mode === 'invalid') return invalid(e);
      return operand('value', c.ptrTo(x.type), undefined, e);
    }
    const x = evalExpr(c, e.x, false);
    if (x.mode === 'invalid') return invalid(e);
    singleValue(c, x);
    if (failed(x)) return invalid(e);
    if (x.mode !== 'variable') {
      c.error(x.expr, `invalid operation: cannot take address of ${operandString(x)}`);
      return invalid(e);
    }
    return operand('value', c.ptrTo(x.type), undefined, e);
  }
  const x = evalValue(c, e.x);
  if (x.mode === 'invalid') return invalid(e);
  if (!UNARY_PRED[e.op](x.type)) {
    c.error(x.expr, `invalid operation: operator ${e.op} not defined on ${operandString(x)}`);
    return invalid(e);
  }
  if (x.mode === 'constant' && x.value) {
    const bits = isUnsigned(x.type) ? sizeof(x.type) * 8 : 0;
    const r: Operand = operand('constant', x.type, K.unaryOp(e.op, x.value, bits), e);
    overflow(c, r);
    return r;
  }
  return operand('value', x.type, undefined, e);
}

/** overflow checks a constant result against its type (typed) or the 512-bit limit (untyped). */
export function overflow(c: Checker, x: Operand): void {
  if (!x.value || x.value.kind === 'unknown') return;
  if (isTyped(x.type)) {
    const u = under(x.type);
    if (u.kind !== 'Basic') return;
    const r = representable(x.value, x.type, u);
    if (typeof r === 'string') {
      invalidConversion(c, r, x, x.type);
      x.mode = 'invalid';
      return;
    }
    x.value = r;
    return;
  }
  if (x.value.kind === 'int' && bitLen(x.value.value) > 512) {
    const name =
      x.expr.kind === 'BinaryExpr' || x.expr.kind === 'UnaryExpr' ? (OP_NAME[x.expr.op] ?? '') : '';
    c.error(x.expr.kind === 'BinaryExpr' ? x.expr.pos : x.expr, `constant ${name} overflow`);
    x.value = K.UnknownValue;
  }
}

function bitLen(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

function isComparison(op: string): op is K.CompareOp {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

function binary(c: Checker, e: BinaryExpr): Operand {
  const x = evalValue(c, e.x);
  const y = evalValue(c, e.y);
  if (x.mode === 'invalid' || y.mode === 'invalid') return invalid(e);
  const r = binaryOperands(c, x, y, e.op, e, undefined);
  // A non-constant untyped result may be retyped later, together with its left operand (untyped.ts).
  if (r.value === undefined && r.mode !== 'invalid' && isUntyped(r.type) && !isComparison(e.op))
    c.binaryLeft.set(e, x.rec);
  return r;
}

/**
 * binaryOperands combines evaluated operands x op y. `e` is the binary expression (undefined for `x op= y`,
 * where `assignExprs` gives lhs/rhs for messages). The result's expr is e (x.expr for `x op= y`).
 */
export function binaryOperands(
  c: Checker,
  x: Operand,
  y: Operand,
  op: string,
  e: BinaryExpr | undefined,
  assignExprs: readonly [Expr, Expr] | undefined,
): Operand {
  const at = e ?? x.expr;
  if (op === '<<' || op === '>>') return shiftOp(c, x, y, op, at);
  if ((isUntyped(x.type) || isUntyped(y.type)) && canMix(x, y)) {
    convertUntyped(c, x, y.type);
    if (x.mode === 'invalid') return invalid(at);
    convertUntyped(c, y, x.type);
    if (y.mode === 'invalid') return invalid(at);
  }
  if (isComparison(op)) return comparison(c, x, y, op, at);
  if (!identical(x.type, y.type)) {
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      const text = e ? exprString(e) : `${exprString(assignExprs![0])} ${op}= ${exprString(assignExprs![1])}`;
      c.error(
        x.expr,
        `invalid operation: ${text} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
      );
    }
    return invalid(at);
  }
  const pred = BINARY_PRED[op];
  if (pred && !pred(x.type)) {
    c.error(x.expr, `invalid operation: operator ${op} not defined on ${operandString(x)}`);
    return invalid(at);
  }
  if (y.mode === 'constant') {
    if (
      (op === '/' || op === '%') &&
      (x.mode === 'constant' || isInteger(x.type)) &&
      y.value &&
      K.isZero(y.value)
    ) {
      c.error(y.expr, 'invalid operation: division by zero');
      return invalid(at);
    }
    if (x.mode === 'constant' && x.value && y.value) return constBinary(c, x.value, op, y.value, x.type, at);
  }
  return operand('value', x.type, undefined, at);
}

/** constBinary folds a constant binary operation of type t and checks the result for overflow. */
function constBinary(c: Checker, xv: K.ConstValue, op: string, yv: K.ConstValue, t: Type, at: Expr): Operand {
  let v: K.ConstValue;
  if (op === '&&' || op === '||') {
    const a = xv.kind === 'bool' && xv.value;
    const b = yv.kind === 'bool' && yv.value;
    v = K.makeBool(op === '&&' ? a && b : a || b);
  } else {
    v = K.binaryOp(xv, op as K.ConstBinaryOp, yv, op === '/' && isInteger(t));
  }
  const r = operand('constant', t, v, at);
  overflow(c, r);
  return r;
}

function canMix(x: Operand, y: Operand): boolean {
  if (under(x.type).kind === 'Interface' || under(y.type).kind === 'Interface') return true;
  if (isBoolean(x.type) !== isBoolean(y.type)) return false;
  if (isString(x.type) !== isString(y.type)) return false;
  if (x.mode === 'nilvalue' && !hasNil(y.type)) return false;
  if (y.mode === 'nilvalue' && !hasNil(x.type)) return false;
  return true;
}

const KIND_STRING: Partial<Record<Type['kind'], string>> = {
  Array: 'array',
  Slice: 'slice',
  Struct: 'struct',
  Pointer: 'pointer',
  Signature: 'func',
  Interface: 'interface',
  Map: 'map',
};

function kindString(t: Type): string {
  return KIND_STRING[under(t).kind] ?? typeString(t);
}

function incomparableCause(t: Type): string {
  const u = under(t);
  if (u.kind === 'Slice' || u.kind === 'Signature' || u.kind === 'Map')
    return `${kindString(t)} can only be compared to nil`;
  if (u.kind === 'Struct') {
    for (const f of u.fields)
      if (!comparable(f.type)) return `struct containing ${typeString(f.type)} cannot be compared`;
  }
  if (u.kind === 'Array') return `${typeString(t)} cannot be compared`;
  return '';
}

const isOrdered: Pred = (t) => isNumeric(t) || isString(t);

/**
 * comparison checks x op y for ==, !=, <, ... (result expr `at`); switchCase selects the `invalid case`
 * wording.
 */
export function comparison(
  c: Checker,
  x: Operand,
  y: Operand,
  op: K.CompareOp,
  at: Expr,
  switchCase = false,
): Operand {
  let errOp = x;
  let cause = '';
  let bad = false;
  if (!assignableTo(x, y.type) && !assignableTo(y, x.type)) {
    errOp = y;
    cause = `mismatched types ${typeString(x.type)} and ${typeString(y.type)}`;
    bad = true;
  } else if (op === '==' || op === '!=' || switchCase) {
    if (x.mode === 'nilvalue' || y.mode === 'nilvalue') {
      const t = x.mode === 'nilvalue' ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = y;
        bad = true;
      }
    } else if (!comparable(x.type)) {
      errOp = x;
      cause = incomparableCause(x.type);
      bad = true;
    } else if (!comparable(y.type)) {
      errOp = y;
      cause = incomparableCause(y.type);
      bad = true;
    }
  } else if (!isOrdered(x.type)) {
    errOp = x;
    bad = true;
  } else if (!isOrdered(y.type)) {
    errOp = y;
    bad = true;
  }
  if (bad) {
    if (!cause) cause = `operator ${switchCase ? '==' : op} not defined on ${kindString(errOp.type)}`;
    if (switchCase)
      c.error(x.expr, `invalid case ${exprString(x.expr)} in switch on ${exprString(y.expr)} (${cause})`);
    else
      c.error(errOp.expr, `invalid operation: ${exprString(x.expr)} ${op} ${exprString(y.expr)} (${cause})`);
    return invalid(at);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    return operand('constant', Typ['untyped bool'], K.makeBool(K.compare(x.value, op, y.value)), at);
  }
  if (isUntyped(x.type)) updateExprType(c, x.expr, x.rec, defaultType(x.type), true);
  if (isUntyped(y.type)) updateExprType(c, y.expr, y.rec, defaultType(y.type), true);
  return operand('value', Typ['untyped bool'], undefined, at);
}

function shiftOp(c: Checker, x: Operand, y: Operand, op: '<<' | '>>', at: Expr): Operand {
  const xval = x.mode === 'constant' && x.value ? K.toInt(x.value) : undefined;
  if (!(isInteger(x.type) || (isUntyped(x.type) && xval && xval.kind === 'int'))) {
    c.error(x.expr, `invalid operation: shifted operand ${operandString(x)} must be integer`);
    return invalid(at);
  }
  if (y.mode === 'constant' && y.value) {
    const yv = K.toInt(y.value);
    if (yv.kind === 'int' && yv.value < 0n) {
      c.error(y.expr, `invalid operation: negative shift count ${operandString(y)}`);
      return invalid(at);
    }
    if (isUntyped(y.type)) {
      const r = representable(y.value, y.type, Typ.uint);
      if (typeof r === 'string') {
        invalidConversion(c, r, y, Typ.uint);
        return invalid(at);
      }
    }
  } else if (isInteger(y.type)) {
    // ok
  } else if (isUntyped(y.type)) {
    convertUntyped(c, y, Typ.uint);
    if (y.mode === 'invalid') return invalid(at);
  } else {
    c.error(y.expr, `invalid operation: shift count ${operandString(y)} must be integer`);
    return invalid(at);
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant' && y.value && xval) {
      const s = K.toInt(y.value);
      if (s.kind !== 'int' || s.value > 1074n) {
        c.error(y.expr, `invalid operation: invalid shift count ${operandString(y)}`);
        return invalid(at);
      }
      const t = isInteger(x.type) ? x.type : Typ['untyped int'];
      const r = operand('constant', t, K.shift(xval, op, Number(s.value)), at);
      overflow(c, r);
      return r;
    }
    if (isUntyped(x.type)) {
      // `1 << s`: the constant takes the type the whole shift expression gets from its context.
      c.shiftLhs.add(x.expr);
      return operand('value', x.type, undefined, at);
    }
  }
  if (!isInteger(x.type)) {
    c.error(x.expr, `invalid operation: shifted operand ${operandString(x)} must be integer`);
    return invalid(at);
  }
  return operand('value', x.type, undefined, at);
}

/** evalExprList evaluates a list of expressions; a single multi-value call is unpacked into its results. */
export function evalExprList(c: Checker, exprs: readonly Expr[], allowCommaOk: boolean): Operand[] {
  if (exprs.length !== 1) {
    const list: Operand[] = [];
    for (const e of exprs) list.push(evalValue(c, e));
    return list;
  }
  const e = exprs[0]!;
  const x = evalExpr(c, e, false);
  if (x.mode === 'invalid') return [x];
  if (x.type.kind === 'Tuple' && x.mode === 'value') {
    return x.type.vars.map((v) => operand('value', v.type, undefined, e));
  }
  if (allowCommaOk && (x.mode === 'mapindex' || x.mode === 'commaok')) {
    x.mode = 'value';
    return [x, operand('value', Typ['untyped bool'], undefined, e)];
  }
  if (x.mode === 'novalue') {
    c.error(e, `${exprString(e)} (no value) used as value`);
    x.mode = 'invalid';
  }
  return [x];
}
