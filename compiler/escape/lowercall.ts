// Lowering of calls for the escape IR (lower.ts's FuncLowerer hands every CallExpr here): conversions
// (STRCONV, CONVIFACE, CONV), builtins, and function and method calls with gc's rewrites: method calls as
// calls of the method expression with the receiver first, variadic packing into an implicit `... argument`
// slice literal, and implicit interface conversions positioned at gc's base.Pos.
//
// Invariant: never throws on valid programs; what it does not understand goes through l.unsupported.

import type { Pos } from '../diag/index.js';
import type * as A from '../syntax/index.js';
import type { Selection, Signature, Type, TypeInfo } from '../types/index.js';
import { isInteger, under } from '../types/index.js';
import type { Callee, CompLitElt, IRExpr, IRFunc } from './ir.js';

/** CallLowerer is what call lowering needs from lower.ts's FuncLowerer. */
export interface CallLowerer {
  readonly ctx: { readonly info: TypeInfo };
  expr(e: A.Expr): IRExpr;
  typeOf(e: A.Expr): Type;
  unsupported(pos: Pos, what: string): IRExpr;
  methodReceiver(
    e: A.SelectorExpr,
    m: Selection['obj'],
    path: Selection['path'],
    implicitPos?: Pos,
  ): { recv: IRExpr; fn: IRFunc | undefined };
}

/** STR_CONV_FROM: source kinds of a conversion to string that allocates (gc's OBYTES2STR/ORUNES2STR). */
const STR_CONV_FROM = new Set(['Slice']);

export function lowerCall(l: CallLowerer, e: A.CallExpr): IRExpr {
  const kind = l.ctx.info.calls.get(e);
  const type = l.typeOf(e);
  if (!kind) return l.unsupported(e.pos, 'call without type information');
  switch (kind.kind) {
    case 'conversion':
      return conversion(l, e, kind.to);
    case 'builtin':
      return builtin(l, e, kind.id, type);
    case 'call':
      return funcCall(l, e, kind.sig, type);
  }
}

function conversion(l: CallLowerer, e: A.CallExpr, to: Type): IRExpr {
  const x = l.expr(e.args[0]!);
  const ut = under(to);
  const uf = under(x.type);
  const isStr = (t: Type): boolean =>
    t.kind === 'Basic' && (t.basic === 'string' || t.basic === 'untyped string');
  // string(integer) is gc's ORUNESTR, which allocates like the byte/rune slice conversions
  const fromAlloc = STR_CONV_FROM.has(uf.kind) || isInteger(uf);
  if ((isStr(ut) && fromAlloc) || (ut.kind === 'Slice' && isStr(uf))) {
    return { op: 'STRCONV', pos: e.pos, x, type: to };
  }
  if (ut.kind === 'Interface' && uf.kind !== 'Interface') {
    return { op: 'CONVIFACE', pos: e.pos, x, implicit: false, type: to };
  }
  return { op: 'CONV', pos: e.pos, x, implicit: false, type: to };
}

function builtin(l: CallLowerer, e: A.CallExpr, id: string, type: Type): IRExpr {
  const pos = e.pos;
  switch (id) {
    case 'new': {
      const elem = l.typeOf(e.args[0]!);
      return { op: 'NEW', pos, elem, type };
    }
    case 'make': {
      const u = under(type);
      const len = e.args[1] ? l.expr(e.args[1]) : undefined;
      const cap = e.args[2] ? l.expr(e.args[2]) : undefined;
      if (u.kind === 'Map') return { op: 'MAKEMAP', pos, len, cap: undefined, type };
      if (u.kind === 'Slice') return { op: 'MAKESLICE', pos, len, cap, type };
      return l.unsupported(pos, 'make of a channel');
    }
    case 'len':
    case 'cap':
    case 'append':
    case 'copy':
    case 'delete':
    case 'print':
    case 'println':
    case 'panic': {
      let args = e.args.map((a) => l.expr(a));
      if (id === 'append' && !e.hasDots && args.length > 1) {
        const elem = under(args[0]!.type);
        if (elem.kind === 'Slice')
          args = [args[0]!, ...args.slice(1).map((a) => implicitConv(a, elem.elem, a.pos))];
      }
      if (id === 'panic') args = args.map((a) => implicitConv(a, { kind: 'Interface', methods: [] }, a.pos));
      return { op: 'BUILTIN', pos, name: id, args, ddd: e.hasDots, type };
    }
    default:
      return l.unsupported(pos, `builtin ${id}`);
  }
}

/** implicitConv wraps x in gc's implicit conversion to interface when t is an interface type. */
export function implicitConv(x: IRExpr, t: Type, pos: Pos): IRExpr {
  if (under(t).kind === 'Interface' && under(x.type).kind !== 'Interface') {
    return { op: 'CONVIFACE', pos, x, implicit: true, type: t };
  }
  return x;
}

function funcCall(l: CallLowerer, e: A.CallExpr, sig: Signature, type: Type): IRExpr {
  const funExpr = unparen(e.fun);
  let fun: IRExpr;
  let callee: Callee | undefined;
  const args: IRExpr[] = [];
  const paramTypes: Type[] = [];
  let basePos = e.pos;
  const sel = funExpr.kind === 'SelectorExpr' ? l.ctx.info.selections.get(funExpr) : undefined;
  if (funExpr.kind === 'SelectorExpr' && sel && sel.kind === 'method') {
    // Method call: (T).m(recv, args...).
    const m = sel.obj;
    const { recv, fn } = l.methodReceiver(funExpr, m, sel.path);
    const recvType = m.kind === 'Func' ? m.type.recv?.type : undefined;
    const mname = fn ? fn.name : funExpr.sel.name;
    fun = { op: 'FUNCNAME', pos: funExpr.pos, name: mname, fn, type: m.type };
    callee = fn ? { kind: 'func', fn } : undefined;
    args.push(recv);
    paramTypes.push(recvType ?? recv.type);
  } else if (funExpr.kind === 'SelectorExpr' && !sel) {
    // Qualified call: fmt.F(...).
    const name = `${funExpr.x.kind === 'Ident' ? funExpr.x.name : '?'}.${funExpr.sel.name}`;
    fun = { op: 'FUNCNAME', pos: funExpr.pos, name, fn: undefined, type: sig };
    callee = { kind: 'fmt', name: funExpr.sel.name };
  } else {
    fun = l.expr(funExpr);
    callee = staticCallee(fun);
    if (fun.op === 'CLOSURE') fun.fn.closureCalled = true;
  }
  // Arguments, with variadic packing (gc's FixVariadicCall) and implicit interface conversions whose
  // position is gc's base.Pos: the last argument that is not a plain variable name.
  const n = sig.params.length;
  const lowered = e.args.map((a) => l.expr(a));
  const fixed = sig.variadic && !e.hasDots ? n - 1 : n;
  for (let i = 0; i < Math.min(fixed, lowered.length); i++) {
    const a = lowered[i]!;
    if (a.op !== 'NAME' && a.op !== 'GLOBAL' && a.op !== 'FUNCNAME') basePos = a.pos;
    const pt = sig.params[i]!.type;
    args.push(implicitConv(a, pt, basePos));
    paramTypes.push(pt);
  }
  if (sig.variadic && !e.hasDots) {
    const sliceT = sig.params[n - 1]!.type;
    const elemT = sliceT.kind === 'Slice' ? sliceT.elem : sliceT;
    const elts: CompLitElt[] = [];
    for (let i = fixed; i < lowered.length; i++) {
      const a = lowered[i]!;
      if (a.op !== 'NAME' && a.op !== 'GLOBAL' && a.op !== 'FUNCNAME') basePos = a.pos;
      elts.push({ key: undefined, value: implicitConv(a, elemT, basePos) });
    }
    if (elts.length > 0) {
      args.push({ op: 'SLICELIT', pos: e.pos, elts, implicit: true, type: sliceT });
    } else {
      args.push({ op: 'NIL', pos: e.pos, type: sliceT });
    }
    paramTypes.push(sliceT);
  }
  // gc's FixVariadicCall marks the call as `...` once the extra arguments are packed.
  const ddd = e.hasDots || (sig.variadic && lowered.length > fixed);
  return { op: 'CALL', pos: e.pos, fun, args, callee, paramTypes, ddd, type };
}

/** staticCallee resolves direct callees; locals bound to a literal are resolved later (static.ts). */
function staticCallee(fun: IRExpr): Callee | undefined {
  if (fun.op === 'FUNCNAME' && fun.fn) return { kind: 'func', fn: fun.fn };
  if (fun.op === 'CLOSURE') return { kind: 'func', fn: fun.fn };
  return undefined;
}

export function unparen(e: A.Expr): A.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}
