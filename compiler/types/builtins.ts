// Builtin function calls: len cap append copy delete make new panic print println (types2 builtins.go),
// with Go 1.19's argument-count and argument-type messages.
//
// Invariant: every builtin call yields an operand whose mode is 'constant' (len/cap of constant-size
// operands), 'value', or 'novalue' (delete, panic, print, println).

import type { CallExpr, Expr } from '../syntax/index.js';
import type { Checker, Operand } from './checker.js';
import { failed, operand } from './checker.js';
import * as K from './constant.js';
import { assignment, convertUntyped, singleValue, assignableTo } from './assign.js';
import { evalExpr, evalValue } from './expr.js';
import { exprString } from './exprstring.js';
import type { BuiltinId, Type } from './types.js';
import { identical, isInteger, isInvalid, isString, isUntyped, under } from './types.js';
import { operandString } from './operand.js';
import { typeString } from './typestring.js';
import { typeOf } from './typexpr.js';
import { anyType, ByteType, InvalidType, Typ } from './universe.js';

/** BUILTIN_ARITY: minimum argument count and whether more are allowed. */
const BUILTIN_ARITY: Record<BuiltinId, { nargs: number; variadic: boolean }> = {
  append: { nargs: 1, variadic: true },
  cap: { nargs: 1, variadic: false },
  copy: { nargs: 2, variadic: false },
  delete: { nargs: 2, variadic: false },
  len: { nargs: 1, variadic: false },
  make: { nargs: 1, variadic: true },
  new: { nargs: 1, variadic: false },
  panic: { nargs: 1, variadic: false },
  print: { nargs: 0, variadic: true },
  println: { nargs: 0, variadic: true },
};

function invalid(e: Expr): Operand {
  return operand('invalid', InvalidType, undefined, e);
}

function value(t: Type, e: Expr): Operand {
  return operand('value', t, undefined, e);
}

function novalue(e: Expr): Operand {
  return operand('novalue', InvalidType, undefined, e);
}

export function builtinCall(c: Checker, call: CallExpr, id: BuiltinId): Operand {
  const spec = BUILTIN_ARITY[id];
  if (call.hasDots && id !== 'append') {
    c.error(call, `invalid operation: invalid use of ... with built-in ${id}`);
    for (const a of call.args) evalExpr(c, a, true);
    return invalid(call);
  }
  const nargs = call.args.length;
  // make and new take a type first; everything else evaluates its arguments up front.
  let args: Operand[] = [];
  if (id !== 'make' && id !== 'new') {
    args = call.args.map((a) => evalExpr(c, a, false));
    for (const a of args) singleValue(c, a);
    if (args.some((a) => a.mode === 'invalid')) return invalid(call);
  }
  let msg = '';
  if (nargs < spec.nargs) msg = 'not enough';
  else if (!spec.variadic && nargs > spec.nargs) msg = 'too many';
  if (msg) {
    c.error(
      call,
      `invalid operation: ${msg} arguments for ${exprString(call)} (expected ${spec.nargs}, found ${nargs})`,
    );
    return invalid(call);
  }
  switch (id) {
    case 'len':
    case 'cap':
      return lenCap(c, call, id, args[0]!);
    case 'append':
      return append(c, call, args);
    case 'copy': {
      const [dst, src] = [args[0]!, args[1]!];
      const du = under(dst.type);
      let su = under(src.type);
      if (isString(su)) su = c.sliceOf(ByteType);
      if (du.kind !== 'Slice' || su.kind !== 'Slice') {
        c.error(
          dst.expr,
          `invalid argument: copy expects slice arguments; found ${operandString(dst)} and ${operandString(src)}`,
        );
        return invalid(call);
      }
      if (!identical(du.elem, su.elem)) {
        c.error(
          dst.expr,
          `invalid argument: arguments to copy ${operandString(dst)} and ${operandString(src)} have different element types ${typeString(du.elem)} and ${typeString(su.elem)}`,
        );
        return invalid(call);
      }
      return value(Typ.int, call);
    }
    case 'delete': {
      const [m, k] = [args[0]!, args[1]!];
      const mu = under(m.type);
      if (mu.kind !== 'Map') {
        c.error(m.expr, `invalid argument: ${operandString(m)} is not a map`);
        return invalid(call);
      }
      assignment(c, k, mu.key, 'argument to delete');
      if (k.mode === 'invalid') return invalid(call);
      return novalue(call);
    }
    case 'make':
      return make(c, call);
    case 'new': {
      const T = typeOf(c, call.args[0]!);
      if (isInvalid(T)) return invalid(call);
      return value(c.ptrTo(T), call);
    }
    case 'panic': {
      const x = args[0]!;
      assignment(c, x, anyType, 'argument to panic');
      if (x.mode === 'invalid') return invalid(call);
      return novalue(call);
    }
    case 'print':
    case 'println':
      for (const x of args) {
        assignment(c, x, undefined, `argument to built-in ${id}`);
        if (x.mode === 'invalid') return invalid(call);
      }
      return novalue(call);
  }
}

function containsCall(e: Expr): boolean {
  switch (e.kind) {
    case 'CallExpr':
      return true;
    case 'ParenExpr':
    case 'SelectorExpr':
    case 'StarExpr':
    case 'UnaryExpr':
      return containsCall(e.x);
    case 'IndexExpr':
      return containsCall(e.x) || containsCall(e.index);
    case 'BinaryExpr':
      return containsCall(e.x) || containsCall(e.y);
    default:
      return false;
  }
}

function lenCap(c: Checker, call: CallExpr, id: 'len' | 'cap', x: Operand): Operand {
  const u0 = under(x.type);
  const u = u0.kind === 'Pointer' && under(u0.elem).kind === 'Array' ? under(u0.elem) : u0;
  if (u.kind === 'Basic' && isString(u) && id === 'len') {
    if (x.mode === 'constant' && x.value && x.value.kind === 'string') {
      return operand('constant', Typ.int, K.makeInt(BigInt(x.value.value.length)), call);
    }
    if (isUntyped(x.type)) convertUntyped(c, x, Typ.string);
    return value(Typ.int, call);
  }
  if (u.kind === 'Array') {
    if (!containsCall(x.expr)) return operand('constant', Typ.int, K.makeInt(BigInt(u.len)), call);
    return value(Typ.int, call);
  }
  if (u.kind === 'Slice' || (u.kind === 'Map' && id === 'len')) return value(Typ.int, call);
  if (!isInvalid(u)) c.error(x.expr, `invalid argument: ${operandString(x)} for ${id}`);
  return invalid(call);
}

function append(c: Checker, call: CallExpr, args: Operand[]): Operand {
  const x = args[0]!;
  const S = x.type;
  const su = under(S);
  if (su.kind !== 'Slice') {
    const cause = x.mode === 'nilvalue' ? 'have untyped nil' : `have ${operandString(x)}`;
    c.error(x.expr, `first argument to append must be a slice; ${cause}`);
    return invalid(call);
  }
  const rest = args.slice(1);
  if (call.hasDots) {
    if (rest.length !== 1) {
      c.error(call, `cannot use ... with ${rest.length}-valued ${exprString(call.args[1] ?? call)}`);
      return invalid(call);
    }
    const y = rest[0]!;
    if (isString(y.type) && assignableTo(x, c.sliceOf(ByteType))) {
      if (isUntyped(y.type)) convertUntyped(c, y, Typ.string);
      return value(S, call);
    }
    assignment(c, y, S, 'argument to append');
    return y.mode === 'invalid' ? invalid(call) : value(S, call);
  }
  for (const y of rest) {
    assignment(c, y, su.elem, 'argument to append');
    if (y.mode === 'invalid') return invalid(call);
  }
  return value(S, call);
}

function make(c: Checker, call: CallExpr): Operand {
  const arg0 = call.args[0]!;
  const T = typeOf(c, arg0);
  if (isInvalid(T)) {
    for (const a of call.args.slice(1)) evalExpr(c, a, false);
    return invalid(call);
  }
  const u = under(T);
  let min = 1;
  if (u.kind === 'Slice') min = 2;
  else if (u.kind !== 'Map') {
    c.error(arg0, `invalid argument: cannot make ${exprString(arg0)}; type must be slice, map, or channel`);
    for (const a of call.args.slice(1)) evalExpr(c, a, false);
    return invalid(call);
  }
  const n = call.args.length;
  if (n < min || n > min + 1) {
    c.error(
      call,
      `invalid operation: ${exprString(call)} expects ${min} or ${min + 1} arguments; found ${n}`,
    );
    for (const a of call.args.slice(1)) evalExpr(c, a, false);
    return invalid(call);
  }
  const sizes: (bigint | undefined)[] = [];
  let bad = false;
  for (const a of call.args.slice(1)) {
    const r = sizeArg(c, a);
    if (r === 'bad') bad = true;
    else sizes.push(r);
  }
  if (bad) return invalid(call);
  const [len, cap] = sizes;
  if (len !== undefined && cap !== undefined && len > cap) {
    c.error(call.args[1]!, 'invalid argument: length and capacity swapped');
    return invalid(call);
  }
  return value(T, call);
}

function sizeArg(c: Checker, e: Expr): bigint | undefined | 'bad' {
  const x = evalValue(c, e);
  if (x.mode === 'invalid') return 'bad';
  if (isUntyped(x.type)) {
    convertUntyped(c, x, Typ.int);
    if (failed(x)) return 'bad';
  }
  if (!isInteger(x.type)) {
    c.error(e, `invalid argument: index ${operandString(x)} must be integer`);
    return 'bad';
  }
  if (x.mode === 'constant' && x.value) {
    const v = K.toInt(x.value);
    if (v.kind === 'int' && v.value < 0n) {
      c.error(e, `invalid argument: index ${operandString(x)} must not be negative`);
      return 'bad';
    }
    return v.kind === 'int' ? v.value : undefined;
  }
  return undefined;
}
