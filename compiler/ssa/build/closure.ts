// Function values and closures: static closures of declared functions (`main.f·f`), function literals
// (a closure object {F uintptr; captured...}: newobject when it escapes, a stack temp otherwise, a static
// symbol when nothing is captured), closure calls, and gc's names (`main.f`, `main.T.m`, `main.(*T).m`,
// `main.f.func1`).
//
// Invariant: a variable captured by reference is memory-resident in the outer function (ProgramCtx
// addrTaken), so the closure stores its address; by-value captures store a copy (never reassigned).

import { InternalError } from '../../diag/index.js';
import type { Expr, FuncLit } from '../../syntax/index.js';
import { sizeof, under, type Func as GoFunc, type Var } from '../../types/index.js';
import type { SsaType, Value } from '../ir.js';
import { T, ptrTo, tupleOf } from '../types.js';
import {
  allocEscapes,
  allocNote,
  newObjectOfType,
  ssaType,
  stackTemp,
  store,
  type Ctx,
  type ProgramCtx,
} from './ctx.js';
import { readVar, typeOf, varAddr } from './expr.js';
import { buildFuncLit } from './func-body.js';

/** funcSymName is gc's linker name of a declared function or method. */
export function funcSymName(f: GoFunc | undefined): string {
  if (!f) throw new InternalError('ssa', 'call of an unknown function');
  if (f.pkg) return `${f.pkg}.${f.name}`;
  const recv = f.type.recv;
  if (!recv) return `main.${f.name}`;
  const rt = recv.type;
  if (rt.kind === 'Pointer' && rt.elem.kind === 'Named') return `main.(*${rt.elem.obj.name}).${f.name}`;
  if (rt.kind === 'Named') return `main.${rt.obj.name}.${f.name}`;
  return `main.${f.name}`;
}

/** funcValue is a declared function used as a value: its static closure `main.f·f`. */
export function funcValue(c: Ctx, e: Expr): Value {
  const t = ssaType(typeOf(c, e));
  if (e.kind !== 'Ident') throw new InternalError('ssa', 'method values are not supported');
  const obj = c.p.info.uses.get(e);
  if (obj?.kind !== 'Func') throw new InternalError('ssa', `${e.name} is not a function`);
  return c.fb.v('Addr', t, [c.fb.sb], { kind: 'sym', name: `${funcSymName(obj)}·f`, symKind: 'func' });
}

/**
 * captureByRef is gc's capturevars decision as escape analysis made it (flowClosure); without escape
 * results, the builder's own scan applies the same rule (address taken, reassigned, or over 128 bytes).
 */
export function captureByRef(p: ProgramCtx, v: Var): boolean {
  const byValue = p.esc?.captureByValue.get(v);
  if (byValue !== undefined) return !byValue;
  return p.addrTaken.has(v) || p.reassigned.has(v) || sizeof(v.type) > 128;
}

/** funcLit builds the literal's function (appended to the program) and its closure value. */
export function funcLit(c: Ctx, lit: FuncLit): Value {
  const fb = c.fb;
  const n = ++c.closureCount.n;
  const name = /\.func\d/.test(c.name) ? `${c.name}.${n}` : `${c.name}.func${n}`;
  const captures = c.p.info.captures.get(lit) ?? [];
  const t = ssaType(typeOf(c, lit));
  const layout: { v: Var; offset: number; byRef: boolean }[] = [];
  let off = 8;
  for (const v of captures) {
    const byRef = captureByRef(c.p, v);
    const size = byRef ? 8 : sizeof(v.type);
    const align = Math.min(8, Math.max(1, size));
    off = Math.ceil(off / align) * align;
    layout.push({ v, offset: off, byRef });
    off += size;
  }
  buildFuncLit(c.p, lit, name, layout, { n: 0 });
  const fnSym = { kind: 'sym' as const, name: `${name}·f`, symKind: 'func' as const };
  if (captures.length === 0) return fb.v('Addr', t, [fb.sb], fnSym);
  const objT: SsaType = {
    name: `struct { F uintptr; ${layout.map((l, i) => `X${i} ${l.byRef ? '*' : ''}${ssaType(l.v.type).name}`).join('; ')} }`,
    cls: 'composite',
    size: Math.ceil(off / 8) * 8,
  };
  const note = allocNote(c, lit);
  const obj = allocEscapes(c, lit) ? newObjectOfType(c, objT, note) : stackTemp(c, objT, false);
  if (note) obj.note = note;
  store(c, obj, fb.v('Addr', T.uintptr, [fb.sb], { kind: 'sym', name, symKind: 'func' }), T.uintptr);
  for (const l of layout) {
    const vt = ssaType(l.v.type);
    const slot = fb.v('OffPtr', ptrTo(l.byRef ? ptrTo(vt) : vt), [obj], undefined, l.offset);
    if (l.byRef) store(c, slot, varAddr(c, l.v), ptrTo(vt));
    else store(c, slot, readVar(c, l.v), vt);
  }
  return fb.v('Copy', t, [obj]);
}

/** closureCall calls a func value: code pointer = first word of the closure. */
export function closureCall(c: Ctx, f: Value, args: Value[], results: SsaType[]): Value[] {
  const fb = c.fb;
  fb.v('NilCheck', T.void, [f, fb.mem()]);
  const code = fb.v('Load', T.uintptr, [f, fb.mem()]);
  const aux = { kind: 'call' as const, fn: '', args: args.map((a) => a.type), results };
  const size = args.reduce((n, a) => n + Math.max(0, a.type.size), 0);
  const call = fb.v('ClosureLECall', tupleOf([...results, T.mem]), [code, f, ...args, fb.mem()], aux, size);
  fb.setMem(fb.v('SelectN', T.mem, [call], undefined, results.length));
  return results.map((r, i) => fb.v('SelectN', r, [call], undefined, i));
}

export { under };
