// Expressions: evaluate an expression to an Operand (mode, type, constant value), recording the result in
// TypeInfo (types2 expr.go): identifiers, literals, unary/binary operators with exact constant folding,
// shifts, comparisons, and dispatch to calls (call.ts) and indexing/literals (access.ts).
//
// Invariants: every evaluated expression is recorded (typed results directly, untyped ones in c.untyped until
// their final type is known via updateExprType); an operand with mode 'invalid' means an error was reported.

import type { BasicLit, BinaryExpr, Expr, Ident, UnaryExpr } from '../syntax/index.js';
import type { Checker, Operand } from './checker.js';
import { failed } from './checker.js';
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
import { InvalidType, Typ } from './universe.js';
import { sizeof } from './layout.js';

/** evalExpr evaluates e; with allowType a type expression yields mode 'typexpr', otherwise an error. */
export function evalExpr(c: Checker, e: Expr, allowType: boolean, hint?: Type): Operand {
  const x = exprInternal(c, e, hint);
  if (x.mode === 'typexpr' && !allowType) {
    c.error(e, `${exprString(e)} (type) is not an expression`);
    x.mode = 'invalid';
  }
  if (x.mode === 'builtin' && !allowType) {
    c.error(e, `${exprString(e)} (built-in) must be called`);
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
  return { mode: 'invalid', type: InvalidType, value: undefined, expr: e };
}

function exprInternal(c: Checker, e: Expr, hint: Type | undefined): Operand {
  switch (e.kind) {
    case 'Ident':
      return ident(c, e);
    case 'BasicLit':
      return basicLit(c, e);
    case 'ParenExpr': {
      const x = evalExpr(c, e.x, true, hint);
      return { ...x, expr: e };
    }
    case 'UnaryExpr':
      return unary(c, e, hint);
    case 'BinaryExpr':
      return binary(c, e);
    case 'StarExpr': {
      const x = evalExpr(c, e.x, true);
      if (x.mode === 'invalid') return invalid(e);
      if (x.mode === 'typexpr')
        return { mode: 'typexpr', type: { kind: 'Pointer', elem: x.type }, value: undefined, expr: e };
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
      return { mode: 'variable', type: u.elem, value: undefined, expr: e };
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
      return { mode: 'typexpr', type: typeOf(c, e), value: undefined, expr: e };
    case 'BadExpr':
      return invalid(e);
  }
}

function ident(c: Checker, e: Ident): Operand {
  if (e.name === '_') {
    c.error(e, 'cannot use _ as value');
    return invalid(e);
  }
  const obj = c.lookup(e.name);
  if (!obj) {
    c.error(e, `undefined: ${e.name}`);
    return invalid(e);
  }
  c.info.uses.set(e, obj);
  switch (obj.kind) {
    case 'PkgName':
      obj.used = true;
      c.error(e, `use of package ${obj.name} not in selector`);
      return invalid(e);
    case 'Const':
      resolveObj(c, obj);
      if (obj.name === 'iota' && c.pkgScope.names.get('iota') === undefined && obj.pos.line === 0) {
        if (c.iota === undefined) {
          c.error(e, 'cannot use iota outside constant declaration');
          return invalid(e);
        }
        return { mode: 'constant', type: Typ['untyped int'], value: K.makeInt(BigInt(c.iota)), expr: e };
      }
      if (isInvalid(obj.type)) return invalid(e);
      return { mode: 'constant', type: obj.type, value: obj.value, expr: e };
    case 'TypeName':
      resolveObj(c, obj);
      return { mode: 'typexpr', type: obj.type, value: undefined, expr: e };
    case 'Var':
      resolveObj(c, obj);
      obj.used = true;
      noteCapture(c, obj);
      if (isInvalid(obj.type)) return invalid(e);
      return { mode: 'variable', type: obj.type, value: undefined, expr: e };
    case 'Func':
      resolveObj(c, obj);
      return { mode: 'value', type: obj.type, value: undefined, expr: e };
    case 'Builtin':
      return { mode: 'builtin', type: InvalidType, value: undefined, expr: e, builtin: obj.id };
    case 'Nil':
      return { mode: 'nilvalue', type: Typ['untyped nil'], value: undefined, expr: e };
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
      return { mode: 'constant', type: Typ['untyped int'], value: K.parseNumberLit(e.value, false), expr: e };
    case 'float':
      return {
        mode: 'constant',
        type: Typ['untyped float'],
        value: K.parseNumberLit(e.value, true),
        expr: e,
      };
    case 'rune':
      return {
        mode: 'constant',
        type: Typ['untyped rune'],
        value: K.makeInt(BigInt(unquoteRune(e.value))),
        expr: e,
      };
    case 'string':
      return {
        mode: 'constant',
        type: Typ['untyped string'],
        value: K.makeString(unquoteString(e.value)),
        expr: e,
      };
    case 'imag':
      c.error(e, 'complex numbers not supported by mgo yet');
      return invalid(e);
  }
}

const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** unquoteString decodes a Go string literal into a JS string whose chars are bytes of the UTF-8 encoding? No:
 * kept as Unicode text; \x escapes above 0x7f become the corresponding code unit. */
export function unquoteString(lit: string): string {
  if (lit.startsWith('`')) return lit.slice(1, -1).replace(/\r/g, '');
  return decodeEscapes(lit.slice(1, -1));
}

function decodeEscapes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const n = s[++i] ?? '';
    if (n in ESCAPES) out += ESCAPES[n];
    else if (n === 'x') {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n === 'u') {
      out += String.fromCodePoint(parseInt(s.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (n === 'U') {
      out += String.fromCodePoint(parseInt(s.slice(i + 1, i + 9), 16));
      i += 8;
    } else if (n >= '0' && n <= '7') {
      out += String.fromCharCode(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    }
  }
  return out;
}

function unquoteRune(lit: string): number {
  const s = decodeEscapes(lit.slice(1, -1));
  return s.codePointAt(0) ?? 0;
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
      return { mode: 'value', type: { kind: 'Pointer', elem: x.type }, value: undefined, expr: e };
    }
    const x = evalExpr(c, e.x, false);
    if (x.mode === 'invalid') return invalid(e);
    singleValue(c, x);
    if (failed(x)) return invalid(e);
    if (x.mode !== 'variable') {
      c.error(x.expr, `invalid operation: cannot take address of ${operandString(x)}`);
      return invalid(e);
    }
    return { mode: 'value', type: { kind: 'Pointer', elem: x.type }, value: undefined, expr: e };
  }
  const x = evalValue(c, e.x);
  if (x.mode === 'invalid') return invalid(e);
  if (!UNARY_PRED[e.op](x.type)) {
    c.error(x.expr, `invalid operation: operator ${e.op} not defined on ${operandString(x)}`);
    return invalid(e);
  }
  if (x.mode === 'constant' && x.value) {
    const bits = isUnsigned(x.type) ? sizeof(x.type) * 8 : 0;
    const r: Operand = { mode: 'constant', type: x.type, value: K.unaryOp(e.op, x.value, bits), expr: e };
    overflow(c, r);
    return r;
  }
  return { mode: 'value', type: x.type, value: undefined, expr: e };
}

/** overflow checks a constant result against its type (typed) or the 512-bit limit (untyped). */
export function overflow(c: Checker, x: Operand): void {
  if (!x.value || x.value.kind === 'unknown') return;
  if (isTyped(x.type)) {
    const u = under(x.type);
    if (u.kind !== 'Basic') return;
    const r = representable(x.value, x.type, u);
    if (r.code !== 'ok') {
      invalidConversion(c, r.code, x, x.type);
      x.mode = 'invalid';
      return;
    }
    x.value = r.value;
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
  return binaryOperands(c, x, y, e.op, e, undefined);
}

/**
 * binaryOperands combines evaluated operands x op y. `e` is the binary expression (undefined for `x op= y`,
 * where `assignExprs` gives lhs/rhs for messages).
 */
export function binaryOperands(
  c: Checker,
  x: Operand,
  y: Operand,
  op: string,
  e: BinaryExpr | undefined,
  assignExprs: [Expr, Expr] | undefined,
): Operand {
  const result = (o: Operand): Operand => (e ? { ...o, expr: e } : o);
  if (op === '<<' || op === '>>') return result(shiftOp(c, x, y, op as '<<' | '>>', e));
  if (canMix(x, y)) {
    convertUntyped(c, x, y.type);
    if (x.mode === 'invalid') return invalid(e ?? x.expr);
    convertUntyped(c, y, x.type);
    if (y.mode === 'invalid') return invalid(e ?? x.expr);
  }
  if (isComparison(op)) return result(comparison(c, x, y, op, e));
  if (!identical(x.type, y.type)) {
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      const text = e ? exprString(e) : `${exprString(assignExprs![0])} ${op}= ${exprString(assignExprs![1])}`;
      c.error(
        x.expr,
        `invalid operation: ${text} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
      );
    }
    return invalid(e ?? x.expr);
  }
  const pred = BINARY_PRED[op];
  if (pred && !pred(x.type)) {
    c.error(x.expr, `invalid operation: operator ${op} not defined on ${operandString(x)}`);
    return invalid(e ?? x.expr);
  }
  if (
    (op === '/' || op === '%') &&
    (x.mode === 'constant' || isInteger(x.type)) &&
    y.mode === 'constant' &&
    y.value &&
    K.isZero(y.value)
  ) {
    c.error(y.expr, 'invalid operation: division by zero');
    return invalid(e ?? x.expr);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    let v: K.ConstValue;
    if (op === '&&' || op === '||') {
      v = K.makeBool(
        op === '&&'
          ? x.value.kind === 'bool' && x.value.value && y.value.kind === 'bool' && y.value.value
          : (x.value.kind === 'bool' && x.value.value) || (y.value.kind === 'bool' && y.value.value),
      );
    } else {
      v = K.binaryOp(x.value, op as K.ConstBinaryOp, y.value, op === '/' && isInteger(x.type));
    }
    const r: Operand = { mode: 'constant', type: x.type, value: v, expr: e ?? x.expr };
    overflow(c, r);
    return r;
  }
  return { mode: 'value', type: x.type, value: undefined, expr: e ?? x.expr };
}

function canMix(x: Operand, y: Operand): boolean {
  if (under(x.type).kind === 'Interface' || under(y.type).kind === 'Interface') return true;
  if (isBoolean(x.type) !== isBoolean(y.type)) return false;
  if (isString(x.type) !== isString(y.type)) return false;
  if (x.mode === 'nilvalue' && !hasNil(y.type)) return false;
  if (y.mode === 'nilvalue' && !hasNil(x.type)) return false;
  return true;
}

function kindString(t: Type): string {
  const u = under(t);
  const KIND: Partial<Record<Type['kind'], string>> = {
    Array: 'array',
    Slice: 'slice',
    Struct: 'struct',
    Pointer: 'pointer',
    Signature: 'func',
    Interface: 'interface',
    Map: 'map',
  };
  return KIND[u.kind] ?? typeString(t);
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

/** comparison checks x op y for ==, !=, <, ... ; switchCase selects the `invalid case` wording. */
export function comparison(
  c: Checker,
  x: Operand,
  y: Operand,
  op: K.CompareOp,
  e: BinaryExpr | undefined,
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
    return invalid(e ?? x.expr);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    return {
      mode: 'constant',
      type: Typ['untyped bool'],
      value: K.makeBool(K.compare(x.value, op, y.value)),
      expr: e ?? x.expr,
    };
  }
  updateExprType(c, x.expr, defaultType(x.type), true);
  updateExprType(c, y.expr, defaultType(y.type), true);
  return { mode: 'value', type: Typ['untyped bool'], value: undefined, expr: e ?? x.expr };
}

function shiftOp(c: Checker, x: Operand, y: Operand, op: '<<' | '>>', e: BinaryExpr | undefined): Operand {
  const bad = (): Operand => invalid(e ?? x.expr);
  const xval = x.mode === 'constant' && x.value ? K.toInt(x.value) : undefined;
  if (!(isInteger(x.type) || (isUntyped(x.type) && xval && xval.kind === 'int'))) {
    c.error(x.expr, `invalid operation: shifted operand ${operandString(x)} must be integer`);
    return bad();
  }
  if (y.mode === 'constant' && y.value) {
    const yv = K.toInt(y.value);
    if (yv.kind === 'int' && yv.value < 0n) {
      c.error(y.expr, `invalid operation: negative shift count ${operandString(y)}`);
      return bad();
    }
    if (isUntyped(y.type)) {
      const r = representable(y.value, y.type, Typ.uint);
      if (r.code !== 'ok') {
        invalidConversion(c, r.code, y, Typ.uint);
        return bad();
      }
    }
  } else if (isInteger(y.type)) {
    // ok
  } else if (isUntyped(y.type)) {
    convertUntyped(c, y, Typ.uint);
    if (y.mode === 'invalid') return bad();
  } else {
    c.error(y.expr, `invalid operation: shift count ${operandString(y)} must be integer`);
    return bad();
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant' && y.value && xval) {
      const s = K.toInt(y.value);
      if (s.kind !== 'int' || s.value > 1074n) {
        c.error(y.expr, `invalid operation: invalid shift count ${operandString(y)}`);
        return bad();
      }
      const t = isInteger(x.type) ? x.type : Typ['untyped int'];
      const r: Operand = {
        mode: 'constant',
        type: t,
        value: K.shift(xval, op, Number(s.value)),
        expr: e ?? x.expr,
      };
      overflow(c, r);
      return r;
    }
    if (isUntyped(x.type)) {
      const info = c.untyped.get(x.expr);
      if (info) info.isLhs = true;
      return { mode: 'value', type: x.type, value: undefined, expr: e ?? x.expr };
    }
  }
  if (!isInteger(x.type)) {
    c.error(x.expr, `invalid operation: shifted operand ${operandString(x)} must be integer`);
    return bad();
  }
  return { mode: 'value', type: x.type, value: undefined, expr: e ?? x.expr };
}

/**
 * updateExprType gives an untyped expression (and its untyped operands) its final type once the context
 * decides it (types2 updateExprType). With final=false and an untyped target, only the recorded type changes.
 */
export function updateExprType(c: Checker, x: Expr, t: Type, final: boolean, parent?: Expr): void {
  const old = c.untyped.get(x);
  if (!old) return;
  switch (x.kind) {
    case 'ParenExpr':
      updateExprType(c, x.x, t, final, x);
      break;
    case 'UnaryExpr':
      if (old.value === undefined) updateExprType(c, x.x, t, final, x);
      break;
    case 'BinaryExpr':
      if (old.value !== undefined) break;
      if (isComparison(x.op)) {
        // result is independent of operand types
      } else if (x.op === '<<' || x.op === '>>') {
        updateExprType(c, x.x, t, final, x);
      } else {
        updateExprType(c, x.x, t, final, x);
        updateExprType(c, x.y, t, final, x);
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(t)) {
    old.type = under(t);
    return;
  }
  c.untyped.delete(x);
  if (old.isLhs && !isInteger(t)) {
    c.error(x, `invalid operation: ${exprString(parent ?? x)} (shift of type ${typeString(t)})`);
    return;
  }
  let value = old.value;
  if (value) {
    const u = under(t);
    if (u.kind === 'Basic') {
      const r = representable(value, old.type, u);
      if (r.code !== 'ok') {
        invalidConversion(c, r.code, { mode: old.mode, type: old.type, value, expr: x }, u);
        return;
      }
      value = r.value;
    }
  }
  c.info.types.set(x, { mode: old.mode, type: t, value });
}

/** flushUntyped records the remaining untyped expressions with their (untyped) types. */
export function flushUntyped(c: Checker): void {
  for (const [e, u] of c.untyped) c.info.types.set(e, { mode: u.mode, type: u.type, value: u.value });
  c.untyped.clear();
}

/** evalExprList evaluates a list of expressions; a single multi-value call is unpacked into its results. */
export function evalExprList(
  c: Checker,
  exprs: readonly Expr[],
  allowCommaOk: boolean,
): { list: Operand[]; commaOk: boolean } {
  if (exprs.length === 1) {
    const e = exprs[0]!;
    const x = evalExpr(c, e, false);
    if (x.mode === 'invalid') return { list: [x], commaOk: false };
    if (x.type.kind === 'Tuple' && x.mode === 'value') {
      return {
        list: x.type.vars.map((v) => ({ mode: 'value', type: v.type, value: undefined, expr: e })),
        commaOk: false,
      };
    }
    if (allowCommaOk && (x.mode === 'mapindex' || x.mode === 'commaok')) {
      return {
        list: [
          { ...x, mode: 'value' },
          { mode: 'value', type: Typ['untyped bool'], value: undefined, expr: e },
        ],
        commaOk: true,
      };
    }
    if (x.mode === 'novalue') {
      c.error(e, `${exprString(e)} (no value) used as value`);
      x.mode = 'invalid';
    }
    return { list: [x], commaOk: false };
  }
  return { list: exprs.map((e) => evalValue(c, e)), commaOk: false };
}
