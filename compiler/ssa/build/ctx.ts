// The per-function context shared by the expression, statement, map and call builders, and the small
// memory helpers (load, store, zero value) they all use.
//
// Invariants:
//  - A variable's Home says where it lives: 'ssa' (an SSA variable, never address-taken), 'stack' (a
//    LocalAddr slot: composites and address-taken locals) or 'heap' (moved to heap by escape analysis:
//    `newobject` at its declaration, the pointer kept in an SSA pseudo-variable).
//  - Composite (struct/array) values are never SSA values: an expression of composite type evaluates to
//    the *address* of memory holding it (see expr.ts), and assignment copies with Move.

import type { EscapeResult } from '../../escape/index.js';
import type { File, Node } from '../../syntax/index.js';
import type { Type, TypeInfo, Var } from '../../types/index.js';
import type { AuxSym, Block, Func, SsaType, Value } from '../ir.js';
import { T, ptrTo } from '../types.js';
import type { FuncBuilder } from './func.js';
import { ssaType } from './gotypes.js';

export type Home =
  | { readonly kind: 'ssa' }
  | { readonly kind: 'stack'; readonly sym: AuxSym }
  | { readonly kind: 'heap'; readonly key: string }
  | { readonly kind: 'global'; readonly sym: AuxSym }
  /** Captured by a closure: the variable's pointer (by reference) or value (by value) is in the closure. */
  | { readonly kind: 'captured'; readonly offset: number; readonly byRef: boolean };

/** ProgramCtx is shared by all functions of a file. */
export interface ProgramCtx {
  readonly file: File;
  readonly info: TypeInfo;
  readonly esc: EscapeResult | undefined;
  readonly funcs: Func[];
  readonly globals: Map<Var, AuxSym>;
  readonly lines: readonly string[];
  /** Variables whose address is taken or that are captured by reference (not SSA-able). */
  readonly addrTaken: Set<Var>;
  /** Variables assigned after their declaration (closures capture those by reference). */
  readonly reassigned: Set<Var>;
  /** Names of compiler-made wrapper functions already built (method values' `-fm`). */
  readonly wrappers: Set<string>;
}

export interface LoopTargets {
  readonly brk: Block;
  readonly cont: Block | undefined;
}

export interface Ctx {
  readonly p: ProgramCtx;
  readonly fb: FuncBuilder;
  readonly homes: Map<Var, Home>;
  readonly targets: LoopTargets[];
  /** Result variables (named or synthesized) in order. */
  readonly results: Var[];
  /** For composite results: the hidden result pointer arguments. */
  readonly resultPtrs: Map<number, Value>;
  readonly name: string;
  closureCount: { n: number };
  /** Fallthrough target while building a switch clause. */
  fallTarget: Block | undefined;
}

export function isComposite(t: SsaType): boolean {
  return t.cls === 'composite';
}

/** escapes tells whether the allocation at AST node n escapes (true when escape info is missing). */
export function allocEscapes(c: Ctx, n: Node): boolean {
  const esc = c.p.esc;
  if (!esc) return true;
  const ds = esc.allocs.get(n);
  if (!ds || ds.length === 0) return true;
  return ds.some((d) => d.escapes);
}

/** allocNote is the escape decision text printed next to an allocation. */
export function allocNote(c: Ctx, n: Node): string | undefined {
  const ds = c.p.esc?.allocs.get(n);
  if (!ds || ds.length === 0) return undefined;
  return ds.map((d) => `${d.what} ${d.escapes ? 'escapes to heap' : 'does not escape'}`).join('; ');
}

/** zeroValue is the zero of an SSA-able type. */
export function zeroValue(c: Ctx, t: SsaType): Value {
  const fb = c.fb;
  switch (t.cls) {
    case 'int':
      return fb.intConst(t, 0);
    case 'float':
      return fb.constant(t.size === 4 ? 'Const32F' : 'Const64F', t, 0);
    case 'bool':
      return fb.constant('ConstBool', t, 0);
    case 'string':
      return fb.constant('ConstString', t, undefined, { kind: 'string', value: '' });
    case 'ptr':
      return fb.constant('ConstNil', t);
    case 'slice':
      return fb.constant('ConstSlice', t);
    case 'iface':
      return fb.constant('ConstInterface', t);
    default:
      throw new Error(`zeroValue of ${t.name}`);
  }
}

/** load reads a value of type t at addr (composites: the address itself is the value). */
export function load(c: Ctx, addr: Value, t: SsaType): Value {
  if (isComposite(t)) return addr;
  return c.fb.v('Load', t, [addr, c.fb.mem()]);
}

/** store writes val (of type t) at addr: Store for SSA-able types, Move for composites. */
export function store(c: Ctx, addr: Value, val: Value, t: SsaType): void {
  const fb = c.fb;
  if (isComposite(t)) {
    if (addr === val) return;
    fb.setMem(fb.v('Move', T.mem, [addr, val, fb.mem()], { kind: 'type', type: t }, t.size));
  } else {
    fb.setMem(fb.v('Store', T.mem, [addr, val, fb.mem()], { kind: 'type', type: t }));
  }
}

/** zeroMem zeroes a value of type t at addr. */
export function zeroMem(c: Ctx, addr: Value, t: SsaType): void {
  const fb = c.fb;
  fb.setMem(fb.v('Zero', T.mem, [addr, fb.mem()], { kind: 'type', type: t }, t.size));
}

/** stackTemp allocates a zeroed autotmp of type t and returns its address. */
export function stackTemp(c: Ctx, t: SsaType, zero = true): Value {
  const fb = c.fb;
  const sym = fb.newAutotmp(t);
  fb.setMem(fb.v('VarDef', T.mem, [fb.mem()], sym));
  const a = fb.localAddr(sym, ptrTo(t));
  if (zero) zeroMem(c, a, t);
  return a;
}

/** newObject is `runtime.newobject(type.T)`. */
export function newObject(c: Ctx, t: Type, note?: string): Value {
  const fb = c.fb;
  const st = ssaType(t);
  const typ = typeAddr(c, t);
  const [p] = fb.call('runtime.newobject', [typ], [ptrTo(st)]);
  if (note) p!.note = note;
  return p!;
}

/** newObjectOfType is `runtime.newobject` for a compiler-made type (closure objects). */
export function newObjectOfType(c: Ctx, st: SsaType, note?: string): Value {
  const fb = c.fb;
  const typ = fb.v('Addr', T.bytePtr, [fb.sb], {
    kind: 'sym',
    name: `type.${st.name}`,
    symKind: 'type',
    type: st,
  });
  const [p] = fb.call('runtime.newobject', [typ], [ptrTo(st)]);
  if (note) p!.note = note;
  return p!;
}

/** typeAddr is `Addr <*uint8> {type.T} SB`. */
export function typeAddr(c: Ctx, t: Type): Value {
  return c.fb.v('Addr', T.bytePtr, [c.fb.sb], typeSymOf(t));
}

import { typeSym } from './gotypes.js';
function typeSymOf(t: Type): AuxSym {
  return typeSym(t);
}

export { ssaType };
