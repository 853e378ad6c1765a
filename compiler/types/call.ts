// Calls: function and method calls (argument passing, variadic ...), conversions T(x), and dispatch to
// builtins (builtins.ts). Records the call kind in info.calls.
//
// Invariants: a call's operand is 'novalue' (no results), a single 'value', or a 'value' of Tuple type for
// multiple results (unpacked by evalExprList where allowed).

import type { CallExpr, Expr } from '../syntax/index.js';
import type { Checker, Operand } from './checker.js';
import { operand } from './checker.js';
import { encodeRune } from './bytestring.js';
import * as K from './constant.js';
import {
  assignment,
  convertUntyped,
  implicitType,
  representable,
  typesSummary,
  invalidConversion,
} from './assign.js';
import { builtinCall } from './builtins.js';
import { evalExpr, evalExprList } from './expr.js';
import { exprString } from './exprstring.js';
import { operandString } from './operand.js';
import type { CallKind } from './info.js';
import type { BuiltinId, Signature, Type, Var } from './types.js';
import {
  identical,
  isConstType,
  isFloat,
  isInteger,
  isInvalid,
  isNumeric,
  isString,
  isUntyped,
  newVar,
  under,
} from './types.js';
import { typeString } from './typestring.js';
import { InvalidType } from './universe.js';
import { assignableTo } from './assign.js';

function invalid(e: Expr): Operand {
  return operand('invalid', InvalidType, undefined, e);
}

/** The recorded CallKind of each builtin, shared by all calls of it (CallKind records are immutable). */
const BUILTIN_CALL_KINDS = new Map<BuiltinId, CallKind>();

function builtinCallKind(id: BuiltinId): CallKind {
  let kind = BUILTIN_CALL_KINDS.get(id);
  if (!kind) {
    kind = { kind: 'builtin', id };
    BUILTIN_CALL_KINDS.set(id, kind);
  }
  return kind;
}

export function callExpr(c: Checker, call: CallExpr): Operand {
  const f = evalExpr(c, call.fun, true);
  switch (f.mode) {
    case 'invalid':
      for (const a of call.args) evalExpr(c, a, true);
      return invalid(call);
    case 'typexpr':
      return conversionCall(c, call, f.type);
    case 'builtin':
      c.info.calls.set(call, builtinCallKind(f.builtin!));
      return builtinCall(c, call, f.builtin!);
    default:
      break;
  }
  const u = under(f.type);
  if (u.kind !== 'Signature') {
    c.error(f.expr, `invalid operation: cannot call non-function ${operandString(f)}`);
    for (const a of call.args) evalExpr(c, a, true);
    return invalid(call);
  }
  const sig = u;
  const isMethod = c.info.selections.get(call.fun as never)?.kind === 'method';
  const fun = call.fun.kind === 'SelectorExpr' ? call.fun : undefined;
  const isFmt = fun !== undefined && fun.x.kind === 'Ident' && c.lookup(fun.x.name)?.kind === 'PkgName';
  c.info.calls.set(call, { kind: 'call', sig, method: isMethod, fmt: isFmt });
  const args = evalExprList(c, call.args, false);
  arguments_(c, call, sig, args);
  const n = sig.results.length;
  if (n === 0) return operand('novalue', InvalidType, undefined, call);
  if (n === 1) return operand('value', sig.results[0]!.type, undefined, call);
  return operand('value', { kind: 'Tuple', vars: sig.results }, undefined, call);
}

function arguments_(c: Checker, call: CallExpr, sig: Signature, args: Operand[]): void {
  for (const a of args) {
    if (a.mode === 'typexpr') {
      c.error(a.expr, `${operandString(a)} used as value`);
      return;
    }
    if (a.mode === 'invalid') return;
  }
  const nargs = args.length;
  let npars = sig.params.length;
  let params: readonly Var[] = sig.params;
  if (sig.variadic) {
    if (call.hasDots) {
      if (call.args.length === 1 && nargs > 1) {
        c.error(call, `cannot use ... with ${nargs}-valued ${exprString(call.args[0]!)}`);
        return;
      }
    } else if (nargs >= npars - 1) {
      const last = sig.params[npars - 1]!;
      const elem = (last.type as { elem: Type }).elem;
      const vars = sig.params.slice(0, npars - 1);
      while (vars.length < nargs) vars.push(newVar(last.name, last.pos, elem, { isParam: true }));
      params = vars;
      npars = nargs;
    } else {
      npars--;
    }
  } else if (call.hasDots) {
    c.error(call, `cannot use ... in call to non-variadic ${exprString(call.fun)}`);
    return;
  }
  if (nargs !== npars) {
    let at: Expr = call;
    let qualifier = 'not enough';
    if (nargs > npars) {
      at = args[npars]!.expr;
      qualifier = 'too many';
    } else if (nargs > 0) at = args[nargs - 1]!.expr;
    c.error(at, `${qualifier} arguments in call to ${exprString(call.fun)}`, [
      `\thave ${typesSummary(
        args.map((a) => a.type),
        false,
      )}`,
      `\twant ${typesSummary(
        sig.params.map((p) => p.type),
        sig.variadic,
      )}`,
    ]);
    return;
  }
  for (let i = 0; i < nargs; i++) assignment(c, args[i]!, params[i]!.type, 'argument to', call.fun);
}

/** conversionCall checks T(x). */
function conversionCall(c: Checker, call: CallExpr, T: Type): Operand {
  c.info.calls.set(call, { kind: 'conversion', to: T });
  if (call.args.length !== 1 || call.hasDots) {
    if (call.args.length === 0) {
      c.error(call, `missing argument in conversion to ${typeString(T)}`);
      return invalid(call);
    }
    for (const a of call.args) evalExpr(c, a, false);
    if (call.hasDots) c.error(call.args[0]!, `invalid use of ... in type conversion to ${typeString(T)}`);
    else c.error(call.args[call.args.length - 1]!, `too many arguments in conversion to ${typeString(T)}`);
    return invalid(call);
  }
  const x = evalExpr(c, call.args[0]!, false);
  if (x.mode === 'invalid') return invalid(call);
  if (x.mode === 'novalue' || x.type.kind === 'Tuple') {
    c.error(
      x.expr,
      x.mode === 'novalue'
        ? `${exprString(x.expr)} (no value) used as value`
        : `multiple-value ${operandString(x)} in single-value context`,
    );
    return invalid(call);
  }
  return conversion(c, x, T, call);
}

/** conversion implements types2 conversion(): constant conversions fold, others check convertibility. */
function conversion(c: Checker, x: Operand, T: Type, call: CallExpr): Operand {
  const constArg = x.mode === 'constant';
  const Tu = under(T);
  let ok = false;
  let cause: { code: 'truncated' | 'overflows' | 'invalid' } | undefined;
  let value: K.ConstValue | undefined;
  if (constArg && isConstType(T) && x.value) {
    const tb = Tu as import('./types.js').Basic;
    if (isInteger(x.type) && isString(T)) {
      // int → string conversion of a constant: the rune's UTF-8 text
      const iv = K.toInt(x.value);
      const cp =
        iv.kind === 'int' &&
        iv.value >= 0n &&
        iv.value <= 0x10ffffn &&
        !(iv.value >= 0xd800n && iv.value <= 0xdfffn)
          ? Number(iv.value)
          : 0xfffd;
      value = K.makeString(encodeRune(cp));
      ok = true;
    } else {
      const r = representable(x.value, x.type, tb);
      if (typeof r !== 'string') {
        ok = true;
        value = r;
      } else if (isNumeric(x.type) && isNumeric(T)) {
        cause = { code: r };
      }
    }
  } else if (convertibleTo(x, T)) {
    ok = true;
  }
  if (!ok) {
    {
      c.error(x.expr, `cannot convert ${operandString(x)} to type ${typeString(T)}`);
    }
    return invalid(call);
  }
  if (isUntyped(x.type)) {
    let final: Type = T;
    if (Tu.kind === 'Interface' || (constArg && !isConstType(T))) {
      const r = implicitType(x, T);
      final = typeof r === 'string' ? T : r;
    } else if (x.mode === 'nilvalue') final = T;
    if (isUntyped(x.type)) convertUntypedFinal(c, x, final);
  }
  if (value !== undefined) return operand('constant', T, value, call);
  return operand('value', T, undefined, call);
}

function convertUntypedFinal(c: Checker, x: Operand, t: Type): void {
  const saved = c.diags.length;
  convertUntyped(c, x, t);
  c.diags.length = saved; // conversions already validated; only the recorded types matter here
}

/** convertibleTo reports whether non-constant x can be converted to T (spec "Conversions"). */
function convertibleTo(x: Operand, T: Type): boolean {
  if (assignableTo(x, T)) return true;
  const V = x.type;
  const Vu = under(V);
  const Tu = under(T);
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (V.kind === 'Pointer' && T.kind === 'Pointer' && identical(under(V.elem), under(T.elem))) return true;
  if ((isInteger(V) || isFloat(V)) && (isInteger(T) || isFloat(T))) return true;
  if (isString(T) && (isInteger(V) || isByteOrRuneSlice(Vu))) return true;
  if (isString(V) && isByteOrRuneSlice(Tu)) return true;
  if (Vu.kind === 'Slice' && Tu.kind === 'Pointer' && under(Tu.elem).kind === 'Array') {
    return identical(Vu.elem, (under(Tu.elem) as { elem: Type }).elem);
  }
  return false;
}

function identicalIgnoreTags(a: Type, b: Type): boolean {
  return identical(a, b);
}

function isByteOrRuneSlice(t: Type): boolean {
  if (t.kind !== 'Slice') return false;
  const e = under(t.elem);
  return e.kind === 'Basic' && (e.basic === 'uint8' || e.basic === 'int32');
}

export { isInvalid };
