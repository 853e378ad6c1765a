// Calls: conversions, builtins (len, cap, append, copy, delete, make, new, panic, print), fmt calls with
// their interface boxing, user function and method calls, and closure calls.
//
// Invariants:
//  - Arguments are evaluated left to right before the call; every call threads memory (FuncBuilder.call).
//  - Composite (struct/array) arguments are passed as a pointer to a caller-made copy, composite results
//    through a hidden leading result pointer (mgo's convention; Go passes them in registers/stack).
//  - append follows ssagen.append: `if cap < newlen { s = growslice(type.E, s, newlen) }` (unlikely),
//    then the element stores and the length update.

import { InternalError } from '../../diag/index.js';
import type { CallExpr, Expr } from '../../syntax/index.js';
import { hasPointers, isDirectIface, sizeof, under, type Signature, type Type } from '../../types/index.js';
import type { SsaType, Value } from '../ir.js';
import type { Op } from '../ops.js';
import { T, ptrTo } from '../types.js';
import { closureCall, funcSymName } from './closure.js';
import {
  allocEscapes,
  allocNote,
  isComposite,
  newObject,
  ssaType,
  stackTemp,
  store,
  typeAddr,
  type Ctx,
} from './ctx.js';
import { boundsCheck, compareValues, convertTo, expr, panicIf, toInt, typeOf } from './expr.js';
import { makeMap, mapDelete, mapLen } from './maps.js';
import { methodReceiver } from './method-value.js';

export function buildCall(c: Ctx, call: CallExpr): Value[] {
  const kind = c.p.info.calls.get(call);
  if (!kind) throw new InternalError('ssa', `unclassified call at line ${call.pos.line}`);
  switch (kind.kind) {
    case 'conversion':
      return [conversion(c, call.args[0]!, kind.to)];
    case 'builtin':
      return builtin(c, call, kind.id);
    case 'call':
      if (kind.fmt) return fmtCall(c, call, kind.sig);
      return userCall(c, call, kind.sig, kind.method);
  }
}

const intOp = (t: SsaType): number => t.size * 8;

/** conversion lowers T(x) between numeric, string and slice types. */
export function conversion(c: Ctx, e: Expr, to: Type): Value {
  const fb = c.fb;
  const from = typeOf(c, e);
  const ft = ssaType(from);
  const tt = ssaType(to);
  if (under(to).kind === 'Interface') return convertTo(c, e, to);
  const x = expr(c, e);
  if (ft.cls === 'int' && tt.cls === 'int') {
    const fw = intOp(ft);
    const tw = intOp(tt);
    if (fw === tw) return fb.v('Copy', tt, [x]);
    if (fw > tw) return fb.v(`Trunc${fw}to${tw}` as Op, tt, [x]);
    return fb.v(`${ft.signed ? 'SignExt' : 'ZeroExt'}${fw}to${tw}` as Op, tt, [x]);
  }
  if (ft.cls === 'int' && tt.cls === 'float') {
    const x64 =
      intOp(ft) < 64 ? fb.v(`${ft.signed ? 'SignExt' : 'ZeroExt'}${intOp(ft)}to64` as Op, T.int64, [x]) : x;
    const f = fb.v(ft.signed === false && intOp(ft) === 64 ? 'Cvt64Uto64F' : 'Cvt64to64F', T.float64, [x64]);
    return tt.size === 4 ? fb.v('Cvt64Fto32F', tt, [f]) : f.type.name === tt.name ? f : fb.v('Copy', tt, [f]);
  }
  if (ft.cls === 'float' && tt.cls === 'int') {
    const f = ft.size === 4 ? fb.v('Cvt32Fto64F', T.float64, [x]) : x;
    const i = fb.v(tt.signed === false && intOp(tt) === 64 ? 'Cvt64Fto64U' : 'Cvt64Fto64', T.int64, [f]);
    return intOp(tt) === 64 ? fb.v('Copy', tt, [i]) : fb.v(`Trunc64to${intOp(tt)}` as Op, tt, [i]);
  }
  if (ft.cls === 'float' && tt.cls === 'float') {
    if (ft.size === tt.size) return fb.v('Copy', tt, [x]);
    return fb.v(ft.size === 4 ? 'Cvt32Fto64F' : 'Cvt64Fto32F', tt, [x]);
  }
  if (tt.cls === 'string' && ft.cls === 'int') {
    const x64 =
      intOp(ft) < 64 ? fb.v(`${ft.signed ? 'SignExt' : 'ZeroExt'}${intOp(ft)}to64` as Op, T.int64, [x]) : x;
    return fb.call('runtime.intstring', [fb.constant('ConstNil', T.bytePtr), x64], [tt])[0]!;
  }
  if (tt.cls === 'string' && ft.cls === 'slice') {
    const elem = under(from).kind === 'Slice' ? sizeof((under(from) as { elem: Type }).elem) : 1;
    const fn = elem === 1 ? 'runtime.slicebytetostring' : 'runtime.slicerunetostring';
    return fb.call(fn, [fb.constant('ConstNil', T.bytePtr), x], [tt])[0]!;
  }
  if (tt.cls === 'slice' && ft.cls === 'string') {
    const elem = sizeof((under(to) as { elem: Type }).elem);
    const fn = elem === 1 ? 'runtime.stringtoslicebyte' : 'runtime.stringtoslicerune';
    return fb.call(fn, [fb.constant('ConstNil', T.bytePtr), x], [tt])[0]!;
  }
  if (isComposite(tt)) return x;
  return x.type.name === tt.name ? x : fb.v('Copy', tt, [x]);
}

/** boxValue converts a concrete value to interface{} (walk/convert.go dataWord; Go 1.19's convT names). */
export function boxValue(c: Ctx, e: Expr, t: Type): Value {
  const typ = typeAddr(c, t);
  return boxWith(c, expr(c, e), t, typ);
}

/** boxValueOf boxes an already evaluated value x of concrete type t. */
export function boxValueOf(c: Ctx, x: Value, t: Type): Value {
  return boxWith(c, x, t, typeAddr(c, t));
}

function boxWith(c: Ctx, x: Value, t: Type, typ: Value): Value {
  const fb = c.fb;
  const st = ssaType(t);
  let data: Value;
  if (st.cls === 'ptr' && under(t).kind !== 'Basic') data = fb.v('Copy', T.bytePtr, [x]);
  // A struct or [1]array around one pointer-shaped word is stored directly too: its only word is the data.
  else if (isComposite(st) && isDirectIface(t)) data = fb.v('Load', T.bytePtr, [x, fb.mem()]);
  else if (st.size === 0)
    data = fb.v('Addr', T.bytePtr, [fb.sb], { kind: 'sym', name: 'runtime.zerobase', symKind: 'global' });
  else if (st.cls === 'string') data = fb.call('runtime.convTstring', [x], [T.unsafePtr])[0]!;
  else if (st.cls === 'slice') data = fb.call('runtime.convTslice', [x], [T.unsafePtr])[0]!;
  else if (!isComposite(st) && st.size === 8 && st.cls !== 'ptr')
    data = fb.call('runtime.convT64', [fb.v('Copy', T.uint64, [x])], [T.unsafePtr])[0]!;
  else if (!isComposite(st) && st.size === 4)
    data = fb.call('runtime.convT32', [fb.v('Copy', T.uint32, [x])], [T.unsafePtr])[0]!;
  else if (!isComposite(st) && st.size === 2)
    data = fb.call('runtime.convT16', [fb.v('Copy', T.uint16, [x])], [T.unsafePtr])[0]!;
  else if (!isComposite(st) && st.size === 1) {
    const idx = fb.v(st.cls === 'bool' ? 'ZeroExt8to64' : 'ZeroExt8to64', T.uint64, [
      fb.v('Copy', T.uint8, [x]),
    ]);
    const base = fb.v('Addr', ptrTo(T.uint64), [fb.sb], {
      kind: 'sym',
      name: 'runtime.staticuint64s',
      symKind: 'global',
    });
    data = fb.v('Copy', T.bytePtr, [fb.v('PtrIndex', ptrTo(T.uint64), [base, idx])]);
  } else {
    let p = x;
    if (!isComposite(st)) {
      p = stackTemp(c, st, false);
      store(c, p, x, st);
    }
    data = fb.call(
      hasPointers(t) ? 'runtime.convT' : 'runtime.convTnoptr',
      [typ, fb.v('Copy', T.unsafePtr, [p])],
      [T.unsafePtr],
    )[0]!;
  }
  return fb.v('IMake', T.iface, [typ, data]);
}

function builtin(c: Ctx, call: CallExpr, id: string): Value[] {
  const fb = c.fb;
  const a0 = call.args[0];
  switch (id) {
    case 'len':
    case 'cap': {
      const t = under(typeOf(c, a0!));
      const x = expr(c, a0!);
      if (t.kind === 'Map') return [mapLen(c, x)];
      if (t.kind === 'Basic') return [fb.v('StringLen', T.int, [x])];
      if (t.kind === 'Slice') return [fb.v(id === 'len' ? 'SliceLen' : 'SliceCap', T.int, [x])];
      throw new InternalError('ssa', `${id} of ${t.kind}`);
    }
    case 'append':
      return [append(c, call)];
    case 'copy': {
      const dst = expr(c, a0!);
      const src = expr(c, call.args[1]!);
      const isStr = src.type.cls === 'string';
      const dl = fb.v('SliceLen', T.int, [dst]);
      const sl = fb.v(isStr ? 'StringLen' : 'SliceLen', T.int, [src]);
      const n = fb.v('Copy', T.int, [fb.v('Less64', T.bool, [dl, sl])]);
      const dp = fb.v('SlicePtr', T.bytePtr, [dst]);
      const sp = fb.v(isStr ? 'StringPtr' : 'SlicePtr', T.bytePtr, [src]);
      const et = (under(typeOf(c, a0!)) as { elem: Type }).elem;
      const [r] = fb.call('runtime.slicecopy', [dp, dl, sp, sl, fb.intConst(T.uintptr, sizeof(et))], [T.int]);
      void n;
      return [r!];
    }
    case 'delete':
      mapDelete(c, call);
      return [];
    case 'make': {
      const t = typeOf(c, a0!);
      const u = under(t);
      if (u.kind === 'Map') return [makeMap(c, t, call.args[1], call)];
      if (u.kind === 'Slice') return [makeSlice(c, call, t)];
      throw new InternalError('ssa', `make of ${u.kind}`);
    }
    case 'new': {
      const t = typeOf(c, a0!);
      const pt = ssaType(typeOf(c, call));
      if (allocEscapes(c, call)) return [newObject(c, t, allocNote(c, call))];
      const p = stackTemp(c, ssaType(t));
      const note = allocNote(c, call);
      if (note) p.note = note;
      return [fb.v('Copy', pt, [p])];
    }
    case 'panic': {
      const v = convertTo(c, a0!, { kind: 'Interface', methods: [] });
      fb.call('runtime.gopanic', [v], []);
      fb.exit();
      return [];
    }
    case 'print':
    case 'println': {
      fb.call('runtime.printlock', [], []);
      call.args.forEach((a, i) => {
        if (i > 0 && id === 'println') fb.call('runtime.printsp', [], []);
        const v = expr(c, a);
        const fn = {
          int: 'printint',
          float: 'printfloat',
          bool: 'printbool',
          string: 'printstring',
          ptr: 'printpointer',
        }[v.type.cls as 'int'];
        fb.call(`runtime.${fn ?? 'printpointer'}`, [v], []);
      });
      if (id === 'println') fb.call('runtime.printnl', [], []);
      fb.call('runtime.printunlock', [], []);
      return [];
    }
    default:
      throw new InternalError('ssa', `builtin ${id}`);
  }
}

/** makeSlice lowers make([]T, len[, cap]): a stack array when it does not escape, else makeslice. */
function makeSlice(c: Ctx, call: CallExpr, t: Type): Value {
  const fb = c.fb;
  const et = (under(t) as { elem: Type }).elem;
  const st = ssaType(t);
  const len = toInt(c, expr(c, call.args[1]!));
  const cap = call.args[2] ? toInt(c, expr(c, call.args[2])) : len;
  const capTv = c.p.info.types.get(call.args[2] ?? call.args[1]!);
  if (!allocEscapes(c, call) && capTv?.value?.kind === 'int') {
    const n = Number(capTv.value.value);
    const arr = stackTemp(c, ssaType({ kind: 'Array', len: n, elem: et }));
    const note = allocNote(c, call);
    if (note) arr.note = note;
    boundsCheck(c, len, cap, 'IsSliceInBounds', 4);
    return fb.v('SliceMake', st, [fb.v('Copy', ptrTo(ssaType(et)), [arr]), len, cap]);
  }
  const [p] = fb.call('runtime.makeslice', [typeAddr(c, et), len, cap], [T.unsafePtr]);
  const note = allocNote(c, call);
  if (note) p!.note = note;
  return fb.v('SliceMake', st, [fb.v('Copy', ptrTo(ssaType(et)), [p!]), len, cap]);
}

/** append lowers append(s, x...) as ssagen.append. */
function append(c: Ctx, call: CallExpr): Value {
  const fb = c.fb;
  const st = ssaType(typeOf(c, call));
  const et = (under(typeOf(c, call)) as { elem: Type }).elem;
  const est = ssaType(et);
  const s = expr(c, call.args[0]!);
  let items: Value[];
  let spread: Value | undefined;
  if (call.hasDots) {
    spread = expr(c, call.args[1]!);
    items = [];
  } else items = call.args.slice(1).map((a) => convertTo(c, a, et));
  const key = `.append${call.pos.offset}`;
  const len = fb.v('SliceLen', T.int, [s]);
  const cap = fb.v('SliceCap', T.int, [s]);
  const n = spread
    ? fb.v(spread.type.cls === 'string' ? 'StringLen' : 'SliceLen', T.int, [spread])
    : fb.intConst(T.int, items.length);
  const newLen = fb.v('Add64', T.int, [len, n]);
  fb.write(key, s, st);
  const grow = fb.newBlock();
  const assign = fb.newBlock();
  fb.branch(fb.v('Less64U', T.bool, [cap, newLen]), grow, assign, 'unlikely');
  fb.seal(grow);
  fb.start(grow);
  const [g] = fb.call('runtime.growslice', [typeAddr(c, et), s, newLen], [st]);
  fb.write(key, g!, st);
  fb.goto(assign);
  fb.seal(assign);
  fb.start(assign);
  const cur = fb.read(key);
  const p = fb.v('SlicePtr', ptrTo(est), [cur]);
  if (spread) {
    const dst = fb.v('PtrIndex', ptrTo(est), [p, len]);
    const sp = fb.v(spread.type.cls === 'string' ? 'StringPtr' : 'SlicePtr', T.bytePtr, [spread]);
    const bytes = fb.v('Mul64', T.int, [n, fb.intConst(T.int, est.size)]);
    fb.call('runtime.memmove', [fb.v('Copy', T.bytePtr, [dst]), sp, bytes], []);
  } else {
    items.forEach((it, i) => {
      const idx = i === 0 ? len : fb.v('Add64', T.int, [len, fb.intConst(T.int, i)]);
      store(c, fb.v('PtrIndex', ptrTo(est), [p, idx]), it, est);
    });
  }
  return fb.v('SliceMake', st, [p, newLen, fb.v('SliceCap', T.int, [cur])]);
}

const FMT_RESULTS: Record<string, SsaType[]> = {};

/** fmtCall builds the `[]interface {}` of a fmt call (stack array: the ... argument does not escape). */
function fmtCall(c: Ctx, call: CallExpr, sig: Signature): Value[] {
  const fb = c.fb;
  const fnName = call.fun.kind === 'SelectorExpr' ? call.fun.sel.name : 'Println';
  const fixed = sig.params.length - 1;
  const anyT: Type = { kind: 'Interface', methods: [] };
  let slice: Value;
  const sliceT: SsaType = { name: '[]interface {}', cls: 'slice', size: 24 };
  const spread = isSpreadCall(c, call.args);
  const all =
    call.hasDots && !spread
      ? call.args.map((a) => expr(c, a))
      : argValues(c, call.args, (i) => (i < fixed ? sig.params[i]!.type : anyT));
  const args = all.slice(0, fixed);
  const rest = all.slice(fixed);
  if (call.hasDots) slice = rest[0]!;
  else if (rest.length === 0) slice = fb.constant('ConstSlice', sliceT);
  else {
    const boxed = rest;
    const arrT: SsaType = { name: `[${rest.length}]interface {}`, cls: 'composite', size: 16 * rest.length };
    const arr = stackTemp(c, arrT);
    const note = allocNote(c, call);
    if (note) arr.note = note;
    boxed.forEach((b, i) =>
      store(c, fb.v('PtrIndex', ptrTo(T.iface), [arr, fb.intConst(T.int, i)]), b, T.iface),
    );
    const n = fb.intConst(T.int, rest.length);
    slice = fb.v('SliceMake', sliceT, [fb.v('Copy', ptrTo(T.iface), [arr]), n, n]);
  }
  const results = (FMT_RESULTS[fnName] ??= sig.results.map((r) => ssaType(r.type)));
  return fb.call(`fmt.${fnName}`, [...args, slice], results);
}

/** userCall calls a declared function, a method, or a func value. */
function userCall(c: Ctx, call: CallExpr, sig: Signature, method: boolean): Value[] {
  const fb = c.fb;
  const args: Value[] = [];
  let target: string | undefined;
  let closure: Value | undefined;
  const fun = call.fun.kind === 'ParenExpr' ? call.fun.x : call.fun;
  if (method && fun.kind === 'SelectorExpr') {
    const sel = c.p.info.selections.get(fun)!;
    target = funcSymName(sel.obj.kind === 'Func' ? sel.obj : undefined);
    args.push(passArg(c, methodReceiver(c, fun.x, sel)));
  } else if (fun.kind === 'Ident' && c.p.info.uses.get(fun)?.kind === 'Func') {
    target = funcSymName(c.p.info.uses.get(fun) as never);
  } else {
    closure = expr(c, fun);
  }
  const params = sig.params;
  const nfixed = sig.variadic && !call.hasDots ? params.length - 1 : params.length;
  const variadicElem = (): Type => (under(params[params.length - 1]!.type) as { elem: Type }).elem;
  const all = argValues(c, call.args, (i) => (i < nfixed ? params[i]!.type : variadicElem()));
  for (const v of all.slice(0, nfixed)) args.push(passArg(c, v));
  if (sig.variadic && !call.hasDots) {
    const et = variadicElem();
    const vals = all.slice(nfixed);
    const sliceT = ssaType(params[params.length - 1]!.type);
    if (vals.length === 0) args.push(fb.constant('ConstSlice', sliceT));
    else {
      const arrT = ssaType({ kind: 'Array', len: vals.length, elem: et });
      const arr = allocEscapes(c, call)
        ? newObject(c, { kind: 'Array', len: vals.length, elem: et })
        : stackTemp(c, arrT);
      vals.forEach((v, i) =>
        store(c, fb.v('PtrIndex', ptrTo(ssaType(et)), [arr, fb.intConst(T.int, i)]), v, ssaType(et)),
      );
      const n = fb.intConst(T.int, vals.length);
      args.push(fb.v('SliceMake', sliceT, [fb.v('Copy', ptrTo(ssaType(et)), [arr]), n, n]));
    }
  }
  const results = sig.results.map((r) => ssaType(r.type));
  const hidden: Value[] = [];
  const outTypes: SsaType[] = [];
  for (const r of results) {
    if (isComposite(r)) hidden.push(stackTemp(c, r, false));
    else outTypes.push(r);
  }
  const inputs = [...hidden.map((h) => fb.v('Copy', ptrTo(h.type.elem ?? T.uint8), [h])), ...args];
  const outs = closure ? closureCall(c, closure, inputs, outTypes) : fb.call(target!, inputs, outTypes);
  let hi = 0;
  let oi = 0;
  return results.map((r) => (isComposite(r) ? hidden[hi++]! : outs[oi++]!));
}

/**
 * argValues evaluates call arguments converted to their parameter types (`paramType(i)`); a single
 * multi-result call argument `f(g())` spreads its results.
 */
function argValues(c: Ctx, args: readonly Expr[], paramType: (i: number) => Type): Value[] {
  const a0 = args[0];
  const t0 = a0 && args.length === 1 ? typeOf(c, a0) : undefined;
  if (a0 && t0?.kind === 'Tuple') {
    const vals = buildCall(c, (a0.kind === 'ParenExpr' ? a0.x : a0) as CallExpr);
    return vals.map((v, i) => convertValue(c, v, t0.vars[i]!.type, paramType(i)));
  }
  return args.map((a, i) => convertTo(c, a, paramType(i)));
}

/** convertValue is convertTo for an evaluated value of type `from` (boxing into interfaces). */
function convertValue(c: Ctx, v: Value, from: Type, to: Type): Value {
  if (under(to).kind === 'Interface' && under(from).kind !== 'Interface') return boxValueOf(c, v, from);
  return v;
}

/** isSpreadCall tells whether the arguments are one multi-result call. */
function isSpreadCall(c: Ctx, args: readonly Expr[]): boolean {
  return args.length === 1 && typeOf(c, args[0]!).kind === 'Tuple';
}

/** passArg copies a composite argument into a fresh temp and passes its address. */
function passArg(c: Ctx, v: Value): Value {
  if (v.type.cls !== 'ptr' || !v.type.elem || !isComposite(v.type.elem)) return v;
  return v;
}

export { compareValues, panicIf };
