// Method values `x.m` used as func values: a closure object {F: wrapper; R: receiver} and the wrapper
// function gc names `main.T.m-fm` / `main.(*T).m-fm`, which loads the bound receiver from its closure
// and calls the method with its own arguments.
//
// Invariants:
//  - The receiver is evaluated when the method value is (Go spec): `&x` for a pointer method on an
//    addressable x, `*p` (nil-checked) for a value method on a pointer, and a composite receiver is
//    copied into the closure object.
//  - Each wrapper is built once per program (ProgramCtx.wrappers), following the call conventions of
//    calls.ts: composite parameters arrive as pointers, composite results leave through hidden leading
//    result pointers.

import { InternalError } from '../../diag/index.js';
import type { Expr } from '../../syntax/index.js';
import { sizeof, under, type Func as GoFunc } from '../../types/index.js';
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
  let recv: Value;
  if (under(recvT).kind === 'Pointer') recv = sel.recvAdjust === 'addr' ? addr(c, e.x) : expr(c, e.x);
  else {
    recv = expr(c, e.x);
    if (sel.recvAdjust === 'deref') {
      fb.v('NilCheck', T.void, [recv, fb.mem()]);
      recv = load(c, recv, ssaType(recvT));
    }
  }
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
