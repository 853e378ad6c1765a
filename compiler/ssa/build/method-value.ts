// Method values `x.m` used as func values: a closure object {F: wrapper; R: receiver} and the wrapper
// function gc names `main.T.m-fm` / `main.(*T).m-fm`, which loads the bound receiver from its closure
// and calls the method with its own arguments. methodReceiver (shared with method calls in calls.ts)
// evaluates a method selection's receiver.
//
// Invariants:
//  - The receiver is evaluated when the method value is (Go spec): `&x` for a pointer method on an
//    addressable x, `*p` (nil-checked) for a value method on a pointer, and a composite receiver is
//    copied into the closure object. A promoted method's receiver is the embedded field on the
//    selection's path, not the outer value.
//  - Each wrapper is built once per program (ProgramCtx.wrappers), following the call conventions of
//    calls.ts: composite parameters arrive as pointers, composite results leave through hidden leading
//    result pointers.

import { InternalError } from '../../diag/index.js';
import type { Expr } from '../../syntax/index.js';
import {
  offsetsof,
  sizeof,
  under,
  type Func as GoFunc,
  type Selection,
  type Type,
} from '../../types/index.js';
import type { FuncParam, SsaType, Value } from '../ir.js';
import { T, ptrTo } from '../types.js';
import { funcSymName } from './closure.js';
import {
  allocEscapes,
  allocNote,
  isComposite,
  load,
  newObjectOfType,
  ssaType,
  stackTemp,
  store,
  type Ctx,
  type ProgramCtx,
} from './ctx.js';
import { addr, expr, typeOf } from './expr.js';
import { FuncBuilder } from './func.js';

/** methodValue evaluates `x.m` (a method selection not being called) to a closure. */
export function methodValue(c: Ctx, e: Expr & { kind: 'SelectorExpr' }): Value {
  const fb = c.fb;
  const sel = c.p.info.selections.get(e);
  if (sel?.kind !== 'method' || sel.obj.kind !== 'Func') throw new InternalError('ssa', 'not a method value');
  const m = sel.obj;
  const recvT = m.type.recv?.type;
  if (!recvT) throw new InternalError('ssa', `method ${m.name} without receiver`);
  const recv = methodReceiver(c, e.x, sel);
  const rt = ssaType(recvT);
  const wrapper = buildWrapper(c.p, m);
  const objT: SsaType = {
    name: `struct { F uintptr; R ${rt.name} }`,
    cls: 'composite',
    size: 8 + Math.ceil(sizeof(recvT) / 8) * 8,
  };
  const note = allocNote(c, e);
  const obj = allocEscapes(c, e) ? newObjectOfType(c, objT, note) : stackTemp(c, objT, false);
  if (note) obj.note = note;
  store(c, obj, fb.v('Addr', T.uintptr, [fb.sb], { kind: 'sym', name: wrapper, symKind: 'func' }), T.uintptr);
  store(c, fb.v('OffPtr', ptrTo(rt), [obj], undefined, 8), recv, rt);
  return fb.v('Copy', ssaType(typeOf(c, e)), [obj]);
}

/**
 * methodReceiver evaluates the receiver of method selection `x.m` (called or bound): `&x` for a pointer
 * method on an addressable x, `*p` (nil-checked) for a value method on a pointer. A promoted method's
 * receiver is the embedded field at the selection's path (its last element is the method index), reached
 * through the outer struct's memory, loading and nil-checking embedded pointers on the way.
 */
export function methodReceiver(c: Ctx, x: Expr, sel: Selection): Value {
  const fb = c.fb;
  if (sel.obj.kind !== 'Func' || !sel.obj.type.recv) throw new InternalError('ssa', 'not a method');
  const recvT = sel.obj.type.recv.type;
  const ptrRecv = under(recvT).kind === 'Pointer';
  const path = sel.path.slice(0, -1);
  if (path.length === 0) {
    if (ptrRecv) return sel.recvAdjust === 'addr' ? addr(c, x) : expr(c, x);
    const v = expr(c, x);
    if (sel.recvAdjust !== 'deref') return v;
    fb.v('NilCheck', T.void, [v, fb.mem()]);
    return load(c, v, ssaType(recvT));
  }
  // base: the address of the struct holding path[k] (x is a struct, held as an address, or a pointer)
  let t: Type = typeOf(c, x);
  let base = expr(c, x);
  for (let k = 0; k < path.length; k++) {
    const u = under(t);
    if (u.kind === 'Pointer') {
      if (k > 0) base = fb.v('Load', ssaType(t), [base, fb.mem()]);
      fb.v('NilCheck', T.void, [base, fb.mem()]);
      t = u.elem;
      k--;
      continue;
    }
    if (u.kind !== 'Struct') throw new InternalError('ssa', 'promoted method path through a non-struct');
    const idx = path[k]!;
    const f = u.fields[idx]!;
    base = fb.v('OffPtr', ptrTo(ssaType(f.type)), [base], undefined, offsetsof(u)[idx]!);
    t = f.type;
  }
  // base is now the address of the embedded field (of the receiver's base type, or a pointer to it)
  if (under(t).kind === 'Pointer') {
    const p = fb.v('Load', ssaType(t), [base, fb.mem()]);
    if (ptrRecv) return p;
    fb.v('NilCheck', T.void, [p, fb.mem()]);
    return load(c, p, ssaType(recvT));
  }
  return ptrRecv ? base : load(c, base, ssaType(recvT));
}

/** buildWrapper builds `<method>-fm` once and returns its name. */
function buildWrapper(p: ProgramCtx, m: GoFunc): string {
  const target = funcSymName(m);
  const name = `${target}-fm`;
  if (p.wrappers.has(name)) return name;
  p.wrappers.add(name);
  const sig = m.type;
  const rt = ssaType(sig.recv!.type);
  const results = sig.results.map((r) => ssaType(r.type));
  const params: FuncParam[] = [];
  results.forEach((r, i) => {
    if (isComposite(r)) params.push({ name: `.res${i}`, type: ptrTo(r) });
  });
  sig.params.forEach((v, i) => {
    const t = ssaType(v.type);
    params.push({ name: v.name || `~p${i}`, type: isComposite(t) ? ptrTo(t) : t });
  });
  const fb = new FuncBuilder(
    name,
    params,
    results.filter((r) => !isComposite(r)).map((type, i) => ({ name: `~r${i}`, type })),
    new Map(),
  );
  const cp = fb.v('GetClosurePtr', T.bytePtr, []);
  const args = params.map((pt) =>
    fb.v('Arg', pt.type, [], { kind: 'sym', name: pt.name, symKind: 'param' }, 0),
  );
  const slot = fb.v('OffPtr', ptrTo(rt), [cp], undefined, 8);
  const recv = isComposite(rt) ? slot : fb.v('Load', rt, [slot, fb.mem()]);
  const nHidden = results.filter(isComposite).length;
  const outs = fb.call(
    target,
    [...args.slice(0, nHidden), recv, ...args.slice(nHidden)],
    results.filter((r) => !isComposite(r)),
  );
  fb.ret(outs);
  p.funcs.push(fb.finish());
  return name;
}
