// JavaScript source templates of the ops the code generator (codegen.ts) emits inline: integer arithmetic of
// every width, comparisons, bool and pointer arithmetic, multi-word plumbing, typed loads and stores.
//
// Invariants:
//  - An emitter returns one or more JS statements assigning the value's locals (`g.d(k)`, one per register
//    slot word) from its arguments' locals (`g.a(i, k)`), or undefined when the op has no inline form: the
//    generator then runs the op's evaluator closure (eval.ts, THE `Record<Op, ...>` table) on spilled
//    registers, so an op missing here is slower, never wrong.
//  - Value representation is exactly the interpreter's (ints.ts, program.ts): W-bit ints held signed, 64-bit
//    ints as numbers while safe and canonical bigints beyond; inline 64-bit arithmetic takes a number-only
//    fast path checked against the safe range and falls back to the exact helpers in ints.ts (`H.*`).
//  - Names visible to the emitted text: `H` (helpers object: ints.ts functions, loadInt64/storeInt64, NilPanic),
//    `M` (the run's Memory), `T` and `N` (scratch locals; N holds a shift count), `MAX` (Number.MAX_SAFE_INTEGER).
//  - Shifts by a constant count are specialised at generation time; 64-bit shifts of numbers scale by a
//    power of two (exact) and fall back to the helpers for bigints and results outside the safe range.

import type { Value } from '../../compiler/ssa/ir.js';
import type { Op } from '../../compiler/ssa/ops.js';
import { InternalError } from '../../compiler/diag/index.js';
import { bitCast } from './eval.js';
import * as I from './ints.js';

/** Gen is what an emitter sees of the function being generated. */
export interface Gen {
  /** Local holding word k of argument i. */
  a(i: number, k?: number): string;
  /** Local receiving word k of the value. */
  d(k?: number): string;
  /** Argument i is known to be a JS number (a safe constant or a small-width int). */
  isNumber(i: number): boolean;
  /** The value of argument i when it is an integer constant. */
  constant(i: number): bigint | undefined;
  /** Local holding the frame's simulated stack address. */
  readonly frame: string;
  /** Offset of a LocalAddr's local in the simulated stack frame. */
  localOffset(v: Value): number;
}

export type Emit = (v: Value, g: Gen) => string | undefined;

type W = 8 | 16 | 32 | 64;
const WIDTHS = [8, 16, 32, 64] as const;

/** wrapSmall is the JS text wrapping an exact int expression into signed w bits (8/16/32). */
function wrapSmall(e: string, w: 8 | 16 | 32): string {
  return w === 32 ? `(${e}) | 0` : `((${e}) << ${32 - w}) >> ${32 - w}`;
}
function unsSmall(e: string, w: 8 | 16 | 32): string {
  return w === 32 ? `(${e} >>> 0)` : `(${e} & ${(1 << w) - 1})`;
}

/** bothNumbers is the JS condition "every non-constant argument is a number". */
function bothNumbers(g: Gen): string {
  const tests = [0, 1].filter((i) => !g.isNumber(i)).map((i) => `typeof ${g.a(i)} === 'number'`);
  return tests.length === 0 ? 'true' : tests.join(' && ');
}

/** safe64 is a 64-bit op with a number fast path `T = a op b` checked against the safe range. */
function safe64(op: string, helper: string): Emit {
  return (_v, g) =>
    `if (${bothNumbers(g)} && (T = ${g.a(0)} ${op} ${g.a(1)}) <= MAX && T >= -MAX) ${g.d()} = T + 0;` +
    ` else ${g.d()} = H.${helper}(${g.a(0)}, ${g.a(1)});`;
}
/** exact64 is a 64-bit op whose number result needs no range check (division, remainder). */
function exact64(fast: (a: string, b: string) => string, helper: string): Emit {
  return (_v, g) =>
    `${g.d()} = ${bothNumbers(g)} ? ${fast(g.a(0), g.a(1))} : H.${helper}(${g.a(0)}, ${g.a(1)});`;
}
function helper64(helper: string, asBool = false): Emit {
  return (_v, g) => {
    const call = `H.${helper}(${g.a(0)}, ${g.a(1)})`;
    return `${g.d()} = ${asBool ? `${call} ? 1 : 0` : call};`;
  };
}
function small(f: (a: string, b: string, w: 8 | 16 | 32) => string, w: 8 | 16 | 32): Emit {
  return (_v, g) => `${g.d()} = ${f(g.a(0), g.a(1), w)};`;
}
function un(f: (a: string) => string): Emit {
  return (_v, g) => `${g.d()} = ${f(g.a(0))};`;
}
function bin(f: (a: string, b: string) => string): Emit {
  return (_v, g) => `${g.d()} = ${f(g.a(0), g.a(1))};`;
}
const cmp = (op: string): Emit => bin((a, b) => `${a} ${op} ${b} ? 1 : 0`);

function family(prefix: string, make: (w: W) => Emit | undefined, suffix = ''): Record<string, Emit> {
  const out: Record<string, Emit> = {};
  for (const w of WIDTHS) {
    const e = make(w);
    if (e !== undefined) out[`${prefix}${w}${suffix}`] = e;
  }
  return out;
}

/** isNum is the JS condition "x is a number" (true when known at generation time). */
function isNum(g: Gen, i: number): string {
  return g.isNumber(i) ? 'true' : `typeof ${g.a(i)} === 'number'`;
}

type ShiftKind = 'Lsh' | 'Rsh' | 'RshU';

/** shift is Go's shift of a w-bit value by a count of width cw (held signed, read unsigned, >= w saturates). */
function shift(kind: ShiftKind, w: W, cw: W): Emit {
  return (_v, g) => {
    const x = g.a(0);
    const d = g.d();
    const c = g.constant(1);
    const known = c === undefined ? undefined : I.shiftCount(I.norm(BigInt.asIntN(cw, c)), cw);
    const pre = known === undefined ? `N = H.shiftCount(${g.a(1)}, ${cw}); ` : '';
    const n = known === undefined ? 'N' : String(known);
    if (w === 64) {
      if (known !== undefined && known >= 64 && kind !== 'Rsh') return `${d} = 0;`;
      const scale = known === undefined ? '2 ** N' : String(2 ** known);
      switch (kind) {
        case 'Lsh':
          return `${pre}if (${isNum(g, 0)} && (T = ${x} * ${scale}) <= MAX && T >= -MAX) ${d} = T + 0; else ${d} = H.lsh64(${x}, ${n});`;
        case 'Rsh':
          return `${pre}${d} = ${isNum(g, 0)} ? Math.floor(${x} / ${scale}) + 0 : H.rsh64(${x}, ${n});`;
        case 'RshU':
          return `${pre}${d} = ${isNum(g, 0)} && ${x} >= 0 ? Math.floor(${x} / ${scale}) : H.rshU64(${x}, ${n});`;
      }
    }
    if (known !== undefined) {
      if (kind === 'Rsh') return `${d} = ${x} >> ${Math.min(known, w - 1)};`;
      if (known >= w) return `${d} = 0;`;
      return kind === 'Lsh'
        ? `${d} = ${wrapSmall(`${x} << ${known}`, w)};`
        : `${d} = ${wrapSmall(`${unsSmall(x, w)} >>> ${known}`, w)};`;
    }
    switch (kind) {
      case 'Lsh':
        return `${pre}${d} = N >= ${w} ? 0 : ${wrapSmall(`${x} << N`, w)};`;
      case 'Rsh':
        return `${pre}${d} = ${x} >> (N > ${w - 1} ? ${w - 1} : N);`;
      case 'RshU':
        return `${pre}${d} = N >= ${w} ? 0 : ${wrapSmall(`${unsSmall(x, w)} >>> N`, w)};`;
    }
  };
}

function shifts(kind: ShiftKind): Record<string, Emit> {
  const out: Record<string, Emit> = {};
  const [prefix, u] = kind === 'RshU' ? ['Rsh', 'U'] : [kind, ''];
  for (const w of WIDTHS) for (const cw of WIDTHS) out[`${prefix}${w}${u}x${cw}`] = shift(kind, w, cw);
  return out;
}

/** unsigned64 is a 64-bit unsigned op with a fast path when both operands are non-negative numbers. */
function unsigned64(op: '/' | '%', helper: string): Emit {
  return (_v, g) => {
    const [a, b] = [g.a(0), g.a(1)];
    const fast = op === '/' ? `Math.trunc(${a} / ${b})` : `${a} % ${b}`;
    return `${g.d()} = ${bothNumbers(g)} && ${a} >= 0 && ${b} >= 0 ? ${fast} : H.${helper}(${a}, ${b});`;
  };
}

const copyWords: Emit = (v, g) => {
  const n = v.type.cls === 'slice' ? 3 : v.type.cls === 'string' || v.type.cls === 'iface' ? 2 : 1;
  let out = '';
  for (let k = 0; k < n; k++) out += `${g.d(k)} = ${g.a(0, k)}; `;
  return out;
};
const part =
  (k: number): Emit =>
  (_v, g) =>
    `${g.d()} = ${g.a(0, k)};`;
const make: Emit = (v, g) => v.args.map((_, i) => `${g.d(i)} = ${g.a(i)};`).join(' ');

const nilCheckOf = (p: string): string => `if (${p} < 4096) throw new H.NilPanic(${p});`;

function load(v: Value, g: Gen): string | undefined {
  const p = g.a(0);
  const t = v.type;
  let body: string;
  switch (t.cls) {
    case 'int':
      body =
        t.size === 1
          ? `${g.d()} = M.loadI8(${p});`
          : t.size === 2
            ? `${g.d()} = M.loadI16(${p});`
            : t.size === 4
              ? `${g.d()} = M.loadI32(${p});`
              : `${g.d()} = H.loadInt64(M, ${p});`;
      break;
    case 'bool':
      body = `${g.d()} = M.load8(${p}) !== 0 ? 1 : 0;`;
      break;
    case 'float':
      body = `${g.d()} = M.${t.size === 4 ? 'loadF32' : 'loadF64'}(${p});`;
      break;
    case 'ptr':
      body = `${g.d()} = M.loadPtr(${p});`;
      break;
    case 'string':
      body = `${g.d(0)} = M.loadPtr(${p}); ${g.d(1)} = M.loadI64(${p} + 8);`;
      break;
    case 'iface':
      body = `${g.d(0)} = M.loadPtr(${p}); ${g.d(1)} = M.loadPtr(${p} + 8);`;
      break;
    case 'slice':
      body = `${g.d(0)} = M.loadPtr(${p}); ${g.d(1)} = M.loadI64(${p} + 8); ${g.d(2)} = M.loadI64(${p} + 16);`;
      break;
    default:
      return undefined;
  }
  return `${nilCheckOf(p)} ${body}`;
}

function store(v: Value, g: Gen): string | undefined {
  if (v.aux?.kind !== 'type') throw new InternalError('exec', `Store v${v.id} without a type`);
  const t = v.aux.type;
  const p = g.a(0);
  const x = (k = 0): string => g.a(1, k);
  let body: string;
  switch (t.cls) {
    case 'int':
      body =
        t.size === 1
          ? `M.store8(${p}, ${x()} & 255);`
          : t.size === 2
            ? `M.store16(${p}, ${x()} & 65535);`
            : t.size === 4
              ? `M.store32(${p}, ${x()});`
              : `H.storeInt64(M, ${p}, ${x()});`;
      break;
    case 'bool':
      body = `M.store8(${p}, ${x()} ? 1 : 0);`;
      break;
    case 'float':
      body = `M.${t.size === 4 ? 'storeF32' : 'storeF64'}(${p}, ${x()});`;
      break;
    case 'ptr':
      body = `M.storePtr(${p}, ${x()});`;
      break;
    case 'string':
      body = `M.storePtr(${p}, ${x(0)}); M.storeI64(${p} + 8, ${x(1)});`;
      break;
    case 'iface':
      body = `M.storePtr(${p}, ${x(0)}); M.storePtr(${p} + 8, ${x(1)});`;
      break;
    case 'slice':
      body = `M.storePtr(${p}, ${x(0)}); M.storeI64(${p} + 8, ${x(1)}); M.storeI64(${p} + 16, ${x(2)});`;
      break;
    default:
      return undefined;
  }
  return `${nilCheckOf(p)} ${body}`;
}

/** Ops that may throw a Go panic (the generator records the source line before them). */
export const MAY_PANIC = new Set<Op>(['Load', 'Store', 'NilCheck', 'Zero', 'Move']);

/** EMITTERS holds the inline forms; ops absent here run their evaluator closure (see the header). */
export const EMITTERS: Partial<Record<Op, Emit>> = {
  ...family('Add', (w) =>
    w === 64 ? safe64('+', 'add64') : small((a, b, w) => wrapSmall(`${a} + ${b}`, w), w),
  ),
  ...family('Sub', (w) =>
    w === 64 ? safe64('-', 'sub64') : small((a, b, w) => wrapSmall(`${a} - ${b}`, w), w),
  ),
  ...family('Mul', (w) =>
    w === 64
      ? safe64('*', 'mul64')
      : small((a, b, w) => (w === 32 ? `Math.imul(${a}, ${b})` : wrapSmall(`Math.imul(${a}, ${b})`, w)), w),
  ),
  ...family('Div', (w) =>
    w === 64
      ? exact64((a, b) => `Math.trunc(${a} / ${b}) + 0`, 'div64')
      : small((a, b, w) => wrapSmall(`Math.trunc(${a} / ${b})`, w), w),
  ),
  ...family('Mod', (w) =>
    w === 64 ? exact64((a, b) => `(${a} % ${b}) + 0`, 'mod64') : small((a, b) => `(${a} % ${b}) + 0`, w),
  ),
  ...family(
    'Div',
    (w) =>
      w === 64
        ? unsigned64('/', 'divu64')
        : small((a, b, w) => wrapSmall(`Math.trunc(${unsSmall(a, w)} / ${unsSmall(b, w)})`, w), w),
    'u',
  ),
  ...family(
    'Mod',
    (w) =>
      w === 64
        ? unsigned64('%', 'modu64')
        : small((a, b, w) => wrapSmall(`${unsSmall(a, w)} % ${unsSmall(b, w)}`, w), w),
    'u',
  ),
  ...family('Neg', (w) =>
    w === 64
      ? (_v, g) => `${g.d()} = ${isNum(g, 0)} ? 0 - ${g.a(0)} : H.neg64(${g.a(0)});`
      : un((a) => wrapSmall(`-${a}`, w)),
  ),
  ...family('Com', (w) =>
    w === 64
      ? (_v, g) => `${g.d()} = ${isNum(g, 0)} && ${g.a(0)} !== MAX ? -${g.a(0)} - 1 : H.com64(${g.a(0)});`
      : un((a) => `~${a}`),
  ),
  ...shifts('Lsh'),
  ...shifts('Rsh'),
  ...shifts('RshU'),
  ...family('And', (w) => (w === 64 ? helper64('and64') : small((a, b) => `${a} & ${b}`, w))),
  ...family('Or', (w) => (w === 64 ? helper64('or64') : small((a, b) => `${a} | ${b}`, w))),
  ...family('Xor', (w) => (w === 64 ? helper64('xor64') : small((a, b) => `${a} ^ ${b}`, w))),
  ...family('Eq', () => cmp('===')),
  ...family('Neq', () => cmp('!==')),
  ...family('Less', () => cmp('<')),
  ...family('Leq', () => cmp('<=')),
  ...family(
    'Less',
    (w) =>
      w === 64
        ? helper64('lessU64', true)
        : small((a, b, w) => `${unsSmall(a, w)} < ${unsSmall(b, w)} ? 1 : 0`, w),
    'U',
  ),
  ...family(
    'Leq',
    (w) =>
      w === 64
        ? helper64('leqU64', true)
        : small((a, b, w) => `${unsSmall(a, w)} <= ${unsSmall(b, w)} ? 1 : 0`, w),
    'U',
  ),

  Add64F: bin((a, b) => `${a} + ${b}`),
  Sub64F: bin((a, b) => `${a} - ${b}`),
  Mul64F: bin((a, b) => `${a} * ${b}`),
  Div64F: bin((a, b) => `${a} / ${b}`),
  Add32F: bin((a, b) => `Math.fround(${a} + ${b})`),
  Sub32F: bin((a, b) => `Math.fround(${a} - ${b})`),
  Mul32F: bin((a, b) => `Math.fround(${a} * ${b})`),
  Div32F: bin((a, b) => `Math.fround(${a} / ${b})`),
  Eq64F: cmp('==='),
  Neq64F: cmp('!=='),
  Less64F: cmp('<'),
  Leq64F: cmp('<='),
  Eq32F: cmp('==='),
  Neq32F: cmp('!=='),
  Less32F: cmp('<'),
  Leq32F: cmp('<='),

  SignExt8to16: un((a) => a),
  SignExt8to32: un((a) => a),
  SignExt8to64: un((a) => a),
  SignExt16to32: un((a) => a),
  SignExt16to64: un((a) => a),
  SignExt32to64: un((a) => a),
  ZeroExt8to16: un((a) => `${a} & 255`),
  ZeroExt8to32: un((a) => `${a} & 255`),
  ZeroExt8to64: un((a) => `${a} & 255`),
  ZeroExt16to32: un((a) => `${a} & 65535`),
  ZeroExt16to64: un((a) => `${a} & 65535`),
  ZeroExt32to64: un((a) => `${a} >>> 0`),
  Trunc16to8: un((a) => wrapSmall(a, 8)),
  Trunc32to8: un((a) => wrapSmall(a, 8)),
  Trunc32to16: un((a) => wrapSmall(a, 16)),
  Trunc64to8: un((a) => `typeof ${a} === 'number' ? ${wrapSmall(a, 8)} : H.trunc(${a}, 8)`),
  Trunc64to16: un((a) => `typeof ${a} === 'number' ? ${wrapSmall(a, 16)} : H.trunc(${a}, 16)`),
  Trunc64to32: un((a) => `typeof ${a} === 'number' ? ${a} | 0 : H.trunc(${a}, 32)`),
  Cvt32to64F: un((a) => a),
  Cvt32Fto64F: un((a) => a),

  EqPtr: cmp('==='),
  NeqPtr: cmp('!=='),
  EqB: cmp('==='),
  NeqB: cmp('!=='),
  Not: un((a) => `1 - ${a}`),
  AndB: bin((a, b) => `${a} & ${b}`),
  OrB: bin((a, b) => `${a} | ${b}`),
  IsNonNil: un((a) => `${a} !== 0 ? 1 : 0`),
  IsInBounds: bin((i, n) => `${i} >= 0 && ${i} < ${n} ? 1 : 0`),
  IsSliceInBounds: bin((i, n) => `${i} >= 0 && ${i} <= ${n} ? 1 : 0`),

  Convert: copyWords,
  Copy: (v, g) => {
    const from = v.args[0]!.type;
    return bitCast(from.cls, from.size, v.type.cls) === undefined ? copyWords(v, g) : undefined;
  },
  LocalAddr: (v, g) => `${g.d()} = ${g.frame} + ${g.localOffset(v)};`,
  OffPtr: (v, g) => `${g.d()} = ${g.a(0)} + ${Number(v.auxInt ?? 0)};`,
  AddPtr: bin((p, o) => `${p} + Number(${o})`),
  PtrIndex: (v, g) => {
    const size = v.type.elem?.size;
    if (size === undefined || size < 0) return undefined;
    const i = g.a(1);
    const idx = g.isNumber(1) ? i : `(typeof ${i} === 'number' ? ${i} : Number(${i}))`;
    return `${g.d()} = ${g.a(0)} + ${idx} * ${size};`;
  },
  Load: load,
  Store: store,
  NilCheck: (_v, g) => `if (${g.a(0)} === 0) throw new H.NilPanic(0);`,
  Zero: (v, g) => `${nilCheckOf(g.a(0))} M.memclr(${g.a(0)}, ${Number(v.auxInt ?? 0)});`,
  Move: (v, g) => {
    const [dst, src] = [g.a(0), g.a(1)];
    return (
      `if (${dst} < 4096 || ${src} < 4096) throw new H.NilPanic(${dst} < 4096 ? ${dst} : ${src});` +
      ` M.memmove(${dst}, ${src}, ${Number(v.auxInt ?? 0)});`
    );
  },

  StringMake: make,
  StringPtr: part(0),
  StringLen: part(1),
  SliceMake: make,
  SlicePtr: part(0),
  SliceLen: part(1),
  SliceCap: part(2),
  IMake: make,
  ITab: part(0),
  IData: part(1),
};
