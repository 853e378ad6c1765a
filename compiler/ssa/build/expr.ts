// Expressions: typed AST -> SSA values, with Go's checks (bounds, nil, divide, shift) as ssagen emits them.
//
// Invariants:
//  - `expr(c, e)` returns the value of e; for a composite (struct/array) type it returns the ADDRESS of
//    memory holding the value (a variable's slot, or a fresh autotmp), never a composite SSA value.
//  - `addr(c, e)` returns the address of an addressable expression (variable, *p, x.f, a[i], s[i]).
//  - Constants (info.types value set) are materialized directly, whatever the expression's shape.
//  - Operands are evaluated left to right; checks come right before the operation they guard, and a
//    failing check branches to an Exit block (unlikely), as in gc.

import { InternalError } from '../../diag/index.js';
import type { BinaryExpr, Expr, Ident } from '../../syntax/index.js';
import { Typ, offsetsof, under, type ConstValue, type Type, type Var } from '../../types/index.js';
import type { SsaType, Value } from '../ir.js';
import type { Op } from '../ops.js';
import { T, ptrTo } from '../types.js';
import { buildCall } from './calls.js';
import { funcLit, funcValue } from './closure.js';
import {
  allocEscapes,
  allocNote,
  isComposite,
  load,
  newObject,
  ssaType,
  stackTemp,
  store,
  zeroMem,
  zeroValue,
  type Ctx,
  type Home,
} from './ctx.js';
import { mapAccess1, mapLiteral } from './maps.js';
import { methodValue } from './method-value.js';

export function typeOf(c: Ctx, e: Expr): Type {
  const tv = c.p.info.types.get(e);
  if (!tv) throw new InternalError('ssa', `no type for ${e.kind} at ${e.pos.line}:${e.pos.col}`);
  return tv.type;
}

/** expr evaluates e (composites: to an address). */
export function expr(c: Ctx, e: Expr): Value {
  const tv = c.p.info.types.get(e);
  if (tv && tv.mode === 'constant' && tv.value) return constValue(c, tv.value, tv.type);
  switch (e.kind) {
    case 'ParenExpr':
      return expr(c, e.x);
    case 'Ident':
      return ident(c, e);
    case 'BasicLit':
      throw new InternalError('ssa', 'literal without a constant value');
    case 'CompositeLit':
      return compositeLit(c, e, typeOf(c, e));
    case 'FuncLit':
      return funcLit(c, e);
    case 'SelectorExpr': {
      const sel = c.p.info.selections.get(e);
      if (sel?.kind === 'method') return methodValue(c, e);
      if (!sel || sel.kind !== 'field') return funcValue(c, e);
      const t = ssaType(typeOf(c, e));
      return load(c, addr(c, e), t);
    }
    case 'IndexExpr': {
      const xt = under(typeOf(c, e.x));
      if (xt.kind === 'Map') return mapAccess1(c, e);
      if (xt.kind === 'Basic') {
        const s = expr(c, e.x);
        const i = expr(c, e.index);
        const len = c.fb.v('StringLen', T.int, [s]);
        boundsCheck(c, i, len, 'IsInBounds', 0);
        const p = c.fb.v('AddPtr', T.bytePtr, [c.fb.v('StringPtr', T.bytePtr, [s]), toInt(c, i)]);
        return c.fb.v('Load', T.uint8, [p, c.fb.mem()]);
      }
      return load(c, addr(c, e), ssaType(typeOf(c, e)));
    }
    case 'SliceExpr':
      return sliceExpr(c, e);
    case 'CallExpr': {
      const rs = buildCall(c, e);
      const r = rs[0];
      if (!r) throw new InternalError('ssa', 'call used as a value has no result');
      return r;
    }
    case 'StarExpr':
      return load(c, addr(c, e), ssaType(typeOf(c, e)));
    case 'UnaryExpr':
      return unary(c, e);
    case 'BinaryExpr':
      return binary(c, e);
    case 'KeyValueExpr':
    case 'ArrayType':
    case 'SliceType':
    case 'MapType':
    case 'StructType':
    case 'FuncType':
    case 'BadExpr':
      throw new InternalError('ssa', `unexpected ${e.kind} in expression`);
  }
}

/** constValue materializes a checker constant as an SSA constant of type t. */
export function constValue(c: Ctx, v: ConstValue, t: Type): Value {
  const st = ssaType(t);
  const fb = c.fb;
  switch (v.kind) {
    case 'bool':
      return fb.constant('ConstBool', st, v.value ? 1 : 0);
    case 'string':
      if (st.cls === 'iface') throw new InternalError('ssa', 'untyped constant as interface');
      return fb.constant('ConstString', st, undefined, { kind: 'string', value: v.value });
    case 'int':
      if (st.cls === 'float')
        return fb.constant(st.size === 4 ? 'Const32F' : 'Const64F', st, Number(v.value));
      return fb.intConst(st, wrap(v.value, st));
    case 'float':
      if (st.cls === 'int') return fb.intConst(st, v.num / v.den);
      return fb.constant(st.size === 4 ? 'Const32F' : 'Const64F', st, Number(v.num) / Number(v.den));
    case 'unknown':
      throw new InternalError('ssa', 'unknown constant');
  }
}

/** wrap gives the signed auxint of an integer constant of type st (gc stores auxints sign-extended). */
function wrap(n: bigint, st: SsaType): bigint {
  return BigInt.asIntN(st.size * 8, n);
}

function ident(c: Ctx, e: Ident): Value {
  const obj = c.p.info.uses.get(e);
  if (!obj) throw new InternalError('ssa', `unresolved ${e.name}`);
  switch (obj.kind) {
    case 'Var':
      return readVar(c, obj);
    case 'Nil':
      return zeroValue(c, ssaType(typeOf(c, e)));
    case 'Func':
      return funcValue(c, e);
    default:
      throw new InternalError('ssa', `ident ${e.name} denotes a ${obj.kind}`);
  }
}

/** readVar reads a variable wherever it lives. */
export function readVar(c: Ctx, v: Var): Value {
  const t = ssaType(v.type);
  const home = homeOf(c, v);
  if (!home || home.kind === 'ssa') return c.fb.read(v);
  return load(c, varAddr(c, v), t);
}

/** writeVar assigns val to v (val is an address for composites). */
export function writeVar(c: Ctx, v: Var, val: Value): void {
  const t = ssaType(v.type);
  const home = homeOf(c, v);
  if (!home || home.kind === 'ssa') {
    c.fb.write(v, val, t);
    return;
  }
  store(c, varAddr(c, v), val, t);
}

/** homeOf is where v lives; globals are static symbols `main.g`. */
function homeOf(c: Ctx, v: Var): Home | undefined {
  if (v.isGlobal)
    return {
      kind: 'global',
      sym: { kind: 'sym', name: `main.${v.name}`, symKind: 'global', type: ssaType(v.type) },
    };
  return c.homes.get(v);
}

/** varAddr is the address of a memory-resident variable. */
export function varAddr(c: Ctx, v: Var): Value {
  const fb = c.fb;
  const home = homeOf(c, v);
  const pt = ptrTo(ssaType(v.type));
  if (!home) throw new InternalError('ssa', `variable ${v.name} has no home`);
  switch (home.kind) {
    case 'ssa':
      throw new InternalError('ssa', `address of SSA variable ${v.name}`);
    case 'stack':
      return fb.localAddr(home.sym, pt);
    case 'heap':
      return fb.read(home.key);
    case 'global':
      return fb.v('Addr', pt, [fb.sb], home.sym);
    case 'captured': {
      const cp = fb.read('.closureptr');
      const slot = fb.v('OffPtr', home.byRef ? ptrTo(pt) : pt, [cp], undefined, home.offset);
      return home.byRef ? fb.v('Load', pt, [slot, fb.mem()]) : slot;
    }
  }
}

/** addr computes the address of an addressable expression. */
export function addr(c: Ctx, e: Expr): Value {
  const fb = c.fb;
  switch (e.kind) {
    case 'ParenExpr':
      return addr(c, e.x);
    case 'Ident': {
      const obj = c.p.info.uses.get(e);
      if (obj?.kind !== 'Var') throw new InternalError('ssa', `address of ${e.name}`);
      return varAddr(c, obj);
    }
    case 'StarExpr': {
      const p = expr(c, e.x);
      fb.v('NilCheck', T.void, [p, fb.mem()]);
      return p;
    }
    case 'SelectorExpr': {
      const sel = c.p.info.selections.get(e);
      if (!sel || sel.kind !== 'field') throw new InternalError('ssa', 'address of a method');
      let base: Value;
      let t = typeOf(c, e.x);
      if (under(t).kind === 'Pointer') {
        base = expr(c, e.x);
        t = (under(t) as { elem: Type }).elem;
        fb.v('NilCheck', T.void, [base, fb.mem()]);
      } else {
        base = expr(c, e.x); // composite: its address
      }
      for (let k = 0; k < sel.path.length; k++) {
        const st = under(t);
        if (st.kind === 'Pointer') {
          base = fb.v('Load', ssaType(t), [base, fb.mem()]);
          fb.v('NilCheck', T.void, [base, fb.mem()]);
          t = st.elem;
          k--;
          continue;
        }
        if (st.kind !== 'Struct') throw new InternalError('ssa', 'selector path through a non-struct');
        const idx = sel.path[k]!;
        const f = st.fields[idx]!;
        const off = offsetsof(st)[idx]!;
        base = fb.v('OffPtr', ptrTo(ssaType(f.type)), [base], undefined, off);
        t = f.type;
      }
      return base;
    }
    case 'IndexExpr': {
      const xt = typeOf(c, e.x);
      const u = under(xt);
      if (u.kind === 'Array') {
        const a = expr(c, e.x);
        const i = expr(c, e.index);
        boundsCheck(c, i, fb.intConst(T.int, u.len), 'IsInBounds', 0);
        return fb.v('PtrIndex', ptrTo(ssaType(u.elem)), [a, toInt(c, i)]);
      }
      if (u.kind === 'Pointer') {
        const at = under(u.elem);
        if (at.kind !== 'Array') throw new InternalError('ssa', 'index of pointer to non-array');
        const p = expr(c, e.x);
        fb.v('NilCheck', T.void, [p, fb.mem()]);
        const i = expr(c, e.index);
        boundsCheck(c, i, fb.intConst(T.int, at.len), 'IsInBounds', 0);
        return fb.v('PtrIndex', ptrTo(ssaType(at.elem)), [p, toInt(c, i)]);
      }
      if (u.kind === 'Slice') {
        const s = expr(c, e.x);
        const i = expr(c, e.index);
        const len = fb.v('SliceLen', T.int, [s]);
        boundsCheck(c, i, len, 'IsInBounds', 0);
        const p = fb.v('SlicePtr', ptrTo(ssaType(u.elem)), [s]);
        return fb.v('PtrIndex', ptrTo(ssaType(u.elem)), [p, toInt(c, i)]);
      }
      throw new InternalError('ssa', `address of index of ${u.kind}`);
    }
    case 'CompositeLit':
      return compositeLit(c, e, typeOf(c, e));
    default: {
      // a non-addressable composite value: its value form is already an address
      const t = ssaType(typeOf(c, e));
      if (isComposite(t)) return expr(c, e);
      throw new InternalError('ssa', `address of ${e.kind}`);
    }
  }
}

/** toInt widens an index to int (sign- or zero-extension by its type). */
export function toInt(c: Ctx, i: Value): Value {
  if (i.type.size === 8) return i;
  const from = i.type.size * 8;
  const op = `${i.type.signed === false ? 'ZeroExt' : 'SignExt'}${from}to64` as Op;
  return c.fb.v(op, T.int, [i]);
}

/** boundsCheck: `if !(0 <= i < len) { PanicBounds }` (IsSliceInBounds for slicing). */
export function boundsCheck(
  c: Ctx,
  i: Value,
  len: Value,
  op: 'IsInBounds' | 'IsSliceInBounds',
  kind: number,
): void {
  const fb = c.fb;
  if (i.op.startsWith('Const') && len.op.startsWith('Const')) {
    const iv = BigInt(i.auxInt ?? 0);
    const lv = BigInt(len.auxInt ?? 0);
    if (iv >= 0n && (op === 'IsInBounds' ? iv < lv : iv <= lv)) return;
  }
  const ok = fb.v(op, T.bool, [toInt(c, i), len]);
  const good = fb.newBlock();
  const bad = fb.newBlock();
  fb.branch(ok, good, bad, 'likely');
  fb.seal(good);
  fb.seal(bad);
  fb.start(bad);
  fb.setMem(
    fb.v(
      'PanicBounds',
      T.mem,
      [toInt(c, i), len, fb.mem()],
      undefined,
      i.type.signed === false ? kind + 1 : kind,
    ),
  );
  fb.exit();
  fb.start(good);
}

/** panicIf branches to an Exit block calling fn when cond holds. */
export function panicIf(c: Ctx, cond: Value, fn: string, args: Value[] = []): void {
  const fb = c.fb;
  const bad = fb.newBlock();
  const good = fb.newBlock();
  fb.branch(cond, bad, good, 'unlikely');
  fb.seal(bad);
  fb.seal(good);
  fb.start(bad);
  fb.call(fn, args, []);
  fb.exit();
  fb.start(good);
}

function sliceExpr(c: Ctx, e: Expr & { kind: 'SliceExpr' }): Value {
  const fb = c.fb;
  const xt = under(typeOf(c, e.x));
  const rt = ssaType(typeOf(c, e));
  let ptr: Value;
  let len: Value;
  let cap: Value;
  let elem: Type;
  if (xt.kind === 'Basic') {
    const s = expr(c, e.x);
    ptr = fb.v('StringPtr', T.bytePtr, [s]);
    len = fb.v('StringLen', T.int, [s]);
    cap = len;
    elem = Typ.uint8;
  } else if (xt.kind === 'Slice') {
    const s = expr(c, e.x);
    elem = xt.elem;
    ptr = fb.v('SlicePtr', ptrTo(ssaType(elem)), [s]);
    len = fb.v('SliceLen', T.int, [s]);
    cap = fb.v('SliceCap', T.int, [s]);
  } else {
    const at = xt.kind === 'Pointer' ? under(xt.elem) : xt;
    if (at.kind !== 'Array') throw new InternalError('ssa', 'slice of non-array');
    ptr = xt.kind === 'Pointer' ? expr(c, e.x) : addr(c, e.x);
    if (xt.kind === 'Pointer') fb.v('NilCheck', T.void, [ptr, fb.mem()]);
    elem = at.elem;
    ptr = fb.v('Copy', ptrTo(ssaType(elem)), [ptr]);
    len = fb.intConst(T.int, at.len);
    cap = len;
  }
  const lo = e.lo ? toInt(c, expr(c, e.lo)) : fb.intConst(T.int, 0);
  const hi = e.hi ? toInt(c, expr(c, e.hi)) : len;
  const max = e.max ? toInt(c, expr(c, e.max)) : cap;
  if (e.max) boundsCheck(c, max, cap, 'IsSliceInBounds', 4);
  if (e.hi) boundsCheck(c, hi, e.max ? max : cap, 'IsSliceInBounds', xt.kind === 'Basic' ? 2 : 4);
  if (e.lo) boundsCheck(c, lo, hi, 'IsSliceInBounds', 6);
  const newLen = e.lo ? fb.v('Sub64', T.int, [hi, lo]) : hi;
  const newCap = e.lo ? fb.v('Sub64', T.int, [max, lo]) : max;
  const p = e.lo
    ? fb.v('AddPtr', ptr.type, [ptr, fb.v('Mul64', T.int, [lo, fb.intConst(T.int, ssaType(elem).size)])])
    : ptr;
  if (rt.cls === 'string') return fb.v('StringMake', rt, [fb.v('Copy', T.bytePtr, [p]), newLen]);
  return fb.v('SliceMake', rt, [p, newLen, newCap]);
}

function unary(c: Ctx, e: Expr & { kind: 'UnaryExpr' }): Value {
  const fb = c.fb;
  const t = ssaType(typeOf(c, e));
  switch (e.op) {
    case '+':
      return expr(c, e.x);
    case '-': {
      const x = expr(c, e.x);
      if (t.cls === 'float') return fb.v(t.size === 4 ? 'Neg32F' : 'Neg64F', t, [x]);
      return fb.v(`Neg${t.size * 8}` as Op, t, [x]);
    }
    case '^':
      return fb.v(`Com${t.size * 8}` as Op, t, [expr(c, e.x)]);
    case '!':
      return fb.v('Not', t, [expr(c, e.x)]);
    case '&': {
      if (e.x.kind === 'CompositeLit') {
        const escapes = allocEscapes(c, e) && allocEscapes(c, e.x);
        return pointerToLit(c, e.x, typeOf(c, e.x), t, escapes, allocNote(c, e) ?? allocNote(c, e.x));
      }
      const a = addr(c, e.x);
      return a.type.name === t.name ? a : fb.v('Copy', t, [a]);
    }
  }
}

/** pointerToLit is `&T{...}` (also an elided `{...}` of pointer type in a literal): heap or stack temp. */
function pointerToLit(
  c: Ctx,
  lit: Expr & { kind: 'CompositeLit' },
  lt: Type,
  t: SsaType,
  escapes: boolean,
  note: string | undefined,
): Value {
  if (escapes) {
    const p = newObject(c, lt, note);
    fillComposite(c, lit, lt, p);
    return p;
  }
  const a = compositeLit(c, lit, lt);
  if (note) a.note = note;
  return c.fb.v('Copy', t, [a]);
}

/** Integer op names per Go operator: the suffix is the width, `u` marks the unsigned variant. */
const INT_OPS: Partial<Record<BinaryExpr['op'], { op: string; unsigned?: string }>> = {
  '+': { op: 'Add' },
  '-': { op: 'Sub' },
  '*': { op: 'Mul' },
  '/': { op: 'Div', unsigned: 'u' },
  '%': { op: 'Mod', unsigned: 'u' },
  '&': { op: 'And' },
  '|': { op: 'Or' },
  '^': { op: 'Xor' },
};
const FLOAT_OPS: Partial<Record<BinaryExpr['op'], string>> = {
  '+': 'Add',
  '-': 'Sub',
  '*': 'Mul',
  '/': 'Div',
};

function binary(c: Ctx, e: BinaryExpr): Value {
  const fb = c.fb;
  if (e.op === '&&' || e.op === '||') return shortCircuit(c, e);
  const xt = ssaType(typeOf(c, e.x));
  const rt = ssaType(typeOf(c, e));
  if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) {
    const x = expr(c, e.x);
    const y = expr(c, e.y);
    return compareValues(c, e.op, x, y, xt);
  }
  if (e.op === '+' && xt.cls === 'string') return concat(c, e);
  const x = expr(c, e.x);
  const y = expr(c, e.y);
  return arith(c, e.op, x, y, rt, c.p.info.types.get(e.y)?.mode === 'constant');
}

/** arith emits `x op y` of type t with Go's divide and shift checks. */
export function arith(c: Ctx, op: BinaryExpr['op'], x: Value, y: Value, t: SsaType, yConst: boolean): Value {
  const fb = c.fb;
  const w = t.size * 8;
  if (t.cls === 'float') {
    const f = FLOAT_OPS[op];
    if (!f) throw new InternalError('ssa', `float op ${op}`);
    return fb.v(`${f}${w}F` as Op, t, [x, y]);
  }
  if (op === '<<' || op === '>>') {
    if (!yConst && y.type.signed)
      panicIf(
        c,
        fb.v(`Less${y.type.size * 8}` as Op, T.bool, [y, fb.intConst(y.type, 0)]),
        'runtime.panicshift',
      );
    const name =
      op === '<<' ? `Lsh${w}x${y.type.size * 8}` : `Rsh${w}${t.signed ? '' : 'U'}x${y.type.size * 8}`;
    return fb.v(name as Op, t, [x, y]);
  }
  if (op === '&^') return fb.v(`And${w}` as Op, t, [x, fb.v(`Com${w}` as Op, t, [y])]);
  const info = INT_OPS[op];
  if (!info) throw new InternalError('ssa', `int op ${op}`);
  if ((op === '/' || op === '%') && !yConst) {
    panicIf(c, fb.v(`Eq${w}` as Op, T.bool, [y, fb.intConst(t, 0)]), 'runtime.panicdivide');
  }
  const name = `${info.op}${w}${t.signed === false && info.unsigned ? info.unsigned : ''}`;
  return fb.v(name as Op, t, [x, y]);
}

/** compareValues emits a comparison; > and >= swap operands as gc does. */
export function compareValues(c: Ctx, op: string, x: Value, y: Value, t: SsaType): Value {
  const fb = c.fb;
  if (op === '>' || op === '>=') return compareValues(c, op === '>' ? '<' : '<=', y, x, t);
  const w = t.size * 8;
  switch (t.cls) {
    case 'int': {
      const u = t.signed === false && (op === '<' || op === '<=') ? 'U' : '';
      const base = { '==': 'Eq', '!=': 'Neq', '<': 'Less', '<=': 'Leq' }[op]!;
      return fb.v(`${base}${w}${u}` as Op, T.bool, [x, y]);
    }
    case 'float': {
      const base = { '==': 'Eq', '!=': 'Neq', '<': 'Less', '<=': 'Leq' }[op]!;
      return fb.v(`${base}${w}F` as Op, T.bool, [x, y]);
    }
    case 'bool':
      return fb.v(op === '==' ? 'EqB' : 'NeqB', T.bool, [x, y]);
    case 'ptr':
      return fb.v(op === '==' ? 'EqPtr' : 'NeqPtr', T.bool, [x, y]);
    case 'slice': {
      const p = fb.v('SlicePtr', T.bytePtr, [x]);
      return fb.v(op === '==' ? 'EqPtr' : 'NeqPtr', T.bool, [p, fb.v('SlicePtr', T.bytePtr, [y])]);
    }
    case 'string': {
      if (op === '==' || op === '!=') {
        const [eq] = fb.call('runtime.memequalstr', [x, y], [T.bool]);
        return op === '==' ? eq! : fb.v('Not', T.bool, [eq!]);
      }
      const [r] = fb.call('runtime.cmpstring', [x, y], [T.int]);
      return fb.v(op === '<' ? 'Less64' : 'Leq64', T.bool, [r!, fb.intConst(T.int, 0)]);
    }
    case 'iface': {
      const [eq] = fb.call('runtime.efaceeq', [x, y], [T.bool]);
      return op === '==' ? eq! : fb.v('Not', T.bool, [eq!]);
    }
    default: {
      const [eq] = fb.call('runtime.memequal', [x, y, fb.intConst(T.uintptr, t.size)], [T.bool]);
      return op === '==' ? eq! : fb.v('Not', T.bool, [eq!]);
    }
  }
}

function shortCircuit(c: Ctx, e: BinaryExpr): Value {
  const fb = c.fb;
  const x = expr(c, e.x);
  const key = `.cond${e.pos.offset}`;
  fb.write(key, x, T.bool);
  const rhs = fb.newBlock();
  const join = fb.newBlock();
  if (e.op === '&&') fb.branch(x, rhs, join);
  else fb.branch(x, join, rhs);
  fb.seal(rhs);
  fb.start(rhs);
  fb.write(key, expr(c, e.y), T.bool);
  fb.goto(join);
  fb.seal(join);
  fb.start(join);
  return fb.read(key);
}

/** concat flattens `a + b + c` into one concatstringN / concatstrings call (walk/walkAddString). */
function concat(c: Ctx, e: BinaryExpr): Value {
  const parts: Expr[] = [];
  const flatten = (x: Expr): void => {
    const tv = c.p.info.types.get(x);
    if (x.kind === 'BinaryExpr' && x.op === '+' && !(tv?.mode === 'constant')) {
      flatten(x.x);
      flatten(x.y);
    } else if (x.kind === 'ParenExpr' && !(tv?.mode === 'constant')) flatten(x.x);
    else parts.push(x);
  };
  flatten(e);
  return concatStrings(
    c,
    parts.map((p) => expr(c, p)),
    ssaType(typeOf(c, e)),
  );
}

export function concatStrings(c: Ctx, vals: Value[], t: SsaType): Value {
  const fb = c.fb;
  const buf = fb.constant('ConstNil', ptrTo({ name: '[32]uint8', cls: 'composite', size: 32 }));
  if (vals.length <= 5) {
    const [r] = fb.call(`runtime.concatstring${vals.length}`, [buf, ...vals], [t]);
    return r!;
  }
  const arrT: SsaType = { name: `[${vals.length}]string`, cls: 'composite', size: 16 * vals.length };
  const a = stackTemp(c, arrT, false);
  vals.forEach((v, i) => store(c, fb.v('OffPtr', ptrTo(T.string), [a], undefined, 16 * i), v, T.string));
  const n = fb.intConst(T.int, vals.length);
  const s = fb.v('SliceMake', { name: '[]string', cls: 'slice', size: 24 }, [
    fb.v('Copy', ptrTo(T.string), [a]),
    n,
    n,
  ]);
  const [r] = fb.call('runtime.concatstrings', [buf, s], [t]);
  return r!;
}

/** compositeLit builds a struct/array/slice/map literal; struct/array: into a fresh stack temp. */
export function compositeLit(c: Ctx, e: Expr & { kind: 'CompositeLit' }, t: Type): Value {
  const u = under(t);
  const st = ssaType(t);
  const fb = c.fb;
  if (u.kind === 'Map') return mapLiteral(c, e, t);
  if (u.kind === 'Pointer') return pointerToLit(c, e, u.elem, st, allocEscapes(c, e), allocNote(c, e));
  if (u.kind === 'Slice') {
    const n = sliceLitLen(c, e);
    const arrT: Type = { kind: 'Array', len: n, elem: u.elem };
    let p: Value;
    if (allocEscapes(c, e)) p = newObject(c, arrT, allocNote(c, e));
    else {
      p = stackTemp(c, ssaType(arrT));
      const note = allocNote(c, e);
      if (note) p.note = note;
    }
    fillComposite(c, e, arrT, p);
    const len = fb.intConst(T.int, n);
    return fb.v('SliceMake', st, [fb.v('Copy', ptrTo(ssaType(u.elem)), [p]), len, len]);
  }
  const a = stackTemp(c, st, false);
  zeroMem(c, a, st);
  fillComposite(c, e, t, a);
  return a;
}

function sliceLitLen(c: Ctx, e: Expr & { kind: 'CompositeLit' }): number {
  let idx = 0;
  let max = 0;
  for (const el of e.elts) {
    if (el.kind === 'KeyValueExpr') {
      const tv = c.p.info.types.get(el.key);
      idx = tv?.value?.kind === 'int' ? Number(tv.value.value) : idx;
    }
    idx++;
    max = Math.max(max, idx);
  }
  return max;
}

/** fillComposite stores the elements of a struct/array literal into memory at p (already zeroed). */
export function fillComposite(c: Ctx, e: Expr & { kind: 'CompositeLit' }, t: Type, p: Value): void {
  const u = under(t);
  const fb = c.fb;
  if (u.kind === 'Struct') {
    const offs = offsetsof(u);
    e.elts.forEach((el, i) => {
      let idx = i;
      let ve = el;
      if (el.kind === 'KeyValueExpr') {
        const name = el.key.kind === 'Ident' ? el.key.name : '';
        idx = u.fields.findIndex((f) => f.name === name);
        ve = el.value;
      }
      const f = u.fields[idx]!;
      const ft = ssaType(f.type);
      const fp = fb.v('OffPtr', ptrTo(ft), [p], undefined, offs[idx]!);
      storeElem(c, ve, f.type, fp);
    });
    return;
  }
  if (u.kind === 'Array') {
    let idx = 0;
    const et = ssaType(u.elem);
    for (const el of e.elts) {
      let ve = el;
      if (el.kind === 'KeyValueExpr') {
        const tv = c.p.info.types.get(el.key);
        if (tv?.value?.kind === 'int') idx = Number(tv.value.value);
        ve = el.value;
      }
      const ep = fb.v('PtrIndex', ptrTo(et), [p, fb.intConst(T.int, idx)]);
      storeElem(c, ve, u.elem, ep);
      idx++;
    }
    return;
  }
  throw new InternalError('ssa', `composite literal of ${u.kind}`);
}

function storeElem(c: Ctx, ve: Expr, t: Type, at: Value): void {
  if (ve.kind === 'CompositeLit' && (under(t).kind === 'Struct' || under(t).kind === 'Array')) {
    fillComposite(c, ve, t, at);
    return;
  }
  store(c, at, convertTo(c, ve, t), ssaType(t));
}

/** convertTo evaluates e for assignment to type t (boxing into an interface when t is one). */
export function convertTo(c: Ctx, e: Expr, t: Type): Value {
  if (under(t).kind === 'Interface' && under(typeOf(c, e)).kind !== 'Interface') {
    return boxValue(c, e, typeOf(c, e));
  }
  return expr(c, e);
}

import { boxValue } from './calls.js';
export type { Var };
