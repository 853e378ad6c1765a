// The lowering table: one entry per SSA op (`Record<Op, Lowering>`), turning a generic SSA value into
// amd64 instructions on virtual registers (Go's AMD64.rules, reduced to what mgo's IR contains).
//
// Invariants:
//  - The table is exhaustive over compiler/ssa's OPS: adding an op fails tsc until it is lowered here.
//  - A lowering defines the value's words (ctx.define / ctx.defineNew) before any later value uses them.
//    Aliasing ops (Copy, StringMake, SlicePtr, Trunc, ...) emit nothing and reuse their argument's words.
//  - Two-address arithmetic is `MOV a, d; OP b, d` on a fresh d; the allocator coalesces the move when a dies.
//  - Ops handled by the block walker (Arg, GetClosurePtr, Phi, calls, SelectN, MakeResult, PanicBounds) are
//    listed with `walker` so the table stays the single place that names every op.

import { InternalError } from '../diag/index.js';
import { quoteByteString } from '../types/index.js';
import type { Op, Value } from '../ssa/index.js';
import { LowerCtx, sizeSuffix, type Word } from './ctx.js';
import { imm, reg, sym, type Mnemonic, type Operand } from './instrs.js';
import { emitCompare, condSet } from './compare-ops.js';
import { lowerCall, lowerPanicBounds, lowerSelectN } from './calls.js';

export type Lowering = (c: LowerCtx, v: Value) => void;

type W = 8 | 16 | 32 | 64;
const WIDTHS = [8, 16, 32, 64] as const;

function arg(v: Value, i: number): Value {
  const a = v.args[i];
  if (!a) throw new InternalError('asm', `v${v.id} (${v.op}) lacks arg ${i}`);
  return a;
}

const none: Lowering = () => {};
/** walker: lowered by lower.ts before or around the table (entry moves, phis, results). */
const walker: Lowering = none;
const alias: Lowering = (c, v) => c.define(v, c.wordsOf(arg(v, 0)));
const aliasWord =
  (i: number): Lowering =>
  (c, v) =>
    c.define(v, [c.word(arg(v, 0), i)]);
const concatWords: Lowering = (c, v) =>
  c.define(
    v,
    v.args.flatMap((a) => c.wordsOf(a).slice(0, 1)),
  );
const constInt: Lowering = (c, v) => c.define(v, [{ k: 'imm', v: BigInt(v.auxInt ?? 0), cls: 'int' }]);
const zeros =
  (n: number): Lowering =>
  (c, v) =>
    c.define(
      v,
      Array.from({ length: n }, () => ({ k: 'imm', v: 0n, cls: 'int' }) as Word),
    );

function movFor(size: number): Mnemonic {
  return size >= 8 ? 'MOVQ' : 'MOVL';
}

/** Binary two-address ALU op: d = a; d OP= b (constants folded as immediates, commutative swaps). */
function binary(q: Mnemonic, l: Mnemonic, commutative: boolean) {
  return (w: W): Lowering =>
    (c, v) => {
      let a = arg(v, 0);
      let b = arg(v, 1);
      if (commutative && c.word(a).k === 'imm' && c.word(b).k !== 'imm') [a, b] = [b, a];
      const [d] = c.defineNew(v) as [Operand];
      c.emit(movFor(w / 8), [c.src(a), d]);
      c.emit(w === 64 ? q : l, [c.src(b, 0, true), d]);
    };
}

function unaryOp(q: Mnemonic, l: Mnemonic) {
  return (w: W): Lowering =>
    (c, v) => {
      const [d] = c.defineNew(v) as [Operand];
      c.emit(movFor(w / 8), [c.src(arg(v, 0)), d]);
      c.emit(w === 64 ? q : l, [d]);
    };
}

/**
 * Division as gc emits it: the dividend in AX, CQO/CDQ (or XORL DX, DX unsigned), IDIV, result from AX
 * (quotient) or DX (remainder); signed division by -1 is special-cased to NEGQ (x / -1 overflows IDIV).
 */
function divide(signed: boolean, remainder: boolean) {
  return (w: W): Lowering =>
    (c, v) => {
      const q = w === 64;
      const [d] = c.defineNew(v) as [Operand];
      const divisor = c.src(arg(v, 1));
      c.pmov([{ dst: reg('AX'), src: c.moveSrc(arg(v, 0), 0), cls: 'int' }], ['AX']);
      if (signed) {
        const neg = c.label();
        const done = c.label();
        c.emit(q ? 'CMPQ' : 'CMPL', [divisor, imm(-1)]);
        c.emit('JEQ', [{ k: 'label', block: neg }]);
        c.emit(q ? 'CQO' : 'CDQ', []);
        c.emit(q ? 'IDIVQ' : 'IDIVL', [divisor]);
        c.emit('JMP', [{ k: 'label', block: done }]);
        c.place(neg);
        if (remainder) c.emit('XORL', [reg('DX'), reg('DX')]);
        else c.emit(q ? 'NEGQ' : 'NEGL', [reg('AX')]);
        c.place(done);
      } else {
        c.emit('XORL', [reg('DX'), reg('DX')]);
        c.emit(q ? 'DIVQ' : 'DIVL', [divisor]);
      }
      c.pmov([{ dst: d, src: reg(remainder ? 'DX' : 'AX'), cls: 'int' }]);
    };
}

/**
 * Shifts with Go semantics (a count >= width gives 0, or the sign for arithmetic right shifts).
 * A constant count is an immediate; a variable count goes through CX with gc's SBBQ mask sequence.
 */
function shift(kind: 'SHL' | 'SHR' | 'SAR') {
  return (w: W): Lowering =>
    (c, v) => {
      const q = w === 64 ? 'Q' : 'L';
      const op = `${kind}${q}` as Mnemonic;
      const [d] = c.defineNew(v) as [Operand];
      c.emit(movFor(w / 8), [c.src(arg(v, 0)), d]);
      const count = c.word(arg(v, 1));
      if (count.k === 'imm') {
        const n = count.v;
        if (n >= BigInt(w)) {
          if (kind === 'SAR') c.emit(op, [imm(w - 1), d]);
          else c.emit('XORL', [d, d]);
        } else c.emit(op, [imm(n), d]);
        return;
      }
      c.pmov([{ dst: reg('CX'), src: c.moveSrc(arg(v, 1), 0), cls: 'int' }], ['CX']);
      const mask = c.newVreg('int');
      c.emit('CMPQ', [reg('CX'), imm(w)]);
      c.emit('SBBQ', [mask, mask]);
      if (kind === 'SAR') {
        c.emit('NOTQ', [mask]);
        c.emit('ORQ', [mask, reg('CX')]);
        c.emit(op, [reg('CX'), d]);
      } else {
        c.emit(op, [reg('CX'), d]);
        c.emit(w === 64 ? 'ANDQ' : 'ANDL', [mask, d]);
      }
    };
}

/** family applies a width builder to the four widths of an op family. */
function family<P extends string, S extends string>(
  prefix: P,
  suffix: S,
  build: (w: W) => Lowering,
): Record<`${P}${W}${S}`, Lowering> {
  const out: Record<string, Lowering> = {};
  for (const w of WIDTHS) out[`${prefix}${w}${suffix}`] = build(w);
  return out as Record<`${P}${W}${S}`, Lowering>;
}

function shifts<P extends 'Lsh' | 'Rsh', U extends '' | 'U'>(
  prefix: P,
  u: U,
  kind: 'SHL' | 'SHR' | 'SAR',
): Record<`${P}${W}${U}x${W}`, Lowering> {
  const out: Record<string, Lowering> = {};
  for (const w of WIDTHS) for (const s of WIDTHS) out[`${prefix}${w}${u}x${s}`] = shift(kind)(w);
  return out as Record<`${P}${W}${U}x${W}`, Lowering>;
}

const setcc: Lowering = (c, v) => {
  const [d] = c.defineNew(v) as [Operand];
  const cc = emitCompare(c, v);
  c.emit(condSet(cc), [d]);
};

/** A one-instruction conversion `OP src, d` into a fresh register of the value's class. */
function convert(op: Mnemonic): Lowering {
  return (c, v) => {
    const [d] = c.defineNew(v) as [Operand];
    c.emit(op, [c.src(arg(v, 0)), d]);
  };
}

function sse(op: Mnemonic): Lowering {
  return (c, v) => {
    const [d] = c.defineNew(v) as [Operand];
    c.emit(op.endsWith('SS') ? 'MOVSS' : 'MOVSD', [c.src(arg(v, 0)), d]);
    c.emit(op, [c.src(arg(v, 1)), d]);
  };
}

function floatConst(bits: 32 | 64): Lowering {
  return (c, v) => {
    const x = Number(v.auxInt ?? 0);
    const buf = new DataView(new ArrayBuffer(8));
    if (bits === 64) buf.setFloat64(0, x);
    else buf.setFloat32(0, x);
    const hex =
      bits === 64
        ? buf.getBigUint64(0).toString(16).padStart(16, '0')
        : buf.getUint32(0).toString(16).padStart(8, '0');
    c.define(v, [{ k: 'fconst', addr: sym(`$f${bits}.${hex}`) }]);
  };
}

/** The load instruction for `size` bytes of an integer (gc zero/sign-extends narrow loads into 32 bits). */
function loadOp(size: number, signed: boolean): Mnemonic {
  if (size >= 8) return 'MOVQ';
  if (size === 4) return 'MOVL';
  if (size === 2) return signed ? 'MOVWLSX' : 'MOVWLZX';
  return signed ? 'MOVBLSX' : 'MOVBLZX';
}

const load: Lowering = (c, v) => {
  const p = arg(v, 0);
  const ds = c.defineNew(v);
  const cls = v.type.cls;
  ds.forEach((d, i) => {
    const a = c.addr(p, i * 8);
    if (cls === 'float') c.emit(v.type.size === 4 ? 'MOVSS' : 'MOVSD', [a, d]);
    else if (ds.length > 1) c.emit('MOVQ', [a, d]);
    else c.emit(loadOp(v.type.size, v.type.signed === true), [a, d]);
  });
};

const store: Lowering = (c, v) => {
  const rmw = c.rmw.get(v.id);
  const p = arg(v, 0);
  const x = arg(v, 1);
  if (rmw) {
    c.emit(rmw.op, [c.src(rmw.operand, 0, true), c.addr(p)]);
    return;
  }
  const t = v.aux?.kind === 'type' ? v.aux.type : x.type;
  const n = c.wordsOf(x).length;
  for (let i = 0; i < n; i++) {
    const a = c.addr(p, i * 8);
    if (t.cls === 'float') c.emit(t.size === 4 ? 'MOVSS' : 'MOVSD', [c.src(x, i), a]);
    else c.emit(n > 1 ? 'MOVQ' : (`MOV${sizeSuffix(t.size)}` as Mnemonic), [c.src(x, i, true), a]);
  }
};

/** Zero: 16-byte MOVUPS of X15 (the zero register), then 8/4/2/1-byte immediates; DUFFZERO when large. */
const zero: Lowering = (c, v) => {
  const p = arg(v, 0);
  const n = Number(v.auxInt ?? 0);
  if (n > 128) {
    c.pmov([{ dst: reg('DI'), src: c.moveSrc(p, 0), cls: 'int' }], ['DI']);
    c.emit('DUFFZERO', [imm(Math.max(0, 1024 - 4 * Math.ceil(n / 16)))]);
    return;
  }
  let off = 0;
  for (; off + 16 <= n; off += 16) c.emit('MOVUPS', [reg('X15'), c.addr(p, off)]);
  for (const [size, mn] of [
    [8, 'MOVQ'],
    [4, 'MOVL'],
    [2, 'MOVW'],
    [1, 'MOVB'],
  ] as const) {
    for (; off + size <= n; off += size) c.emit(mn, [imm(0), c.addr(p, off)]);
  }
};

/** Move: 16-byte chunks through X0, then words through a scratch register; DUFFCOPY when large. */
const move: Lowering = (c, v) => {
  const dst = arg(v, 0);
  const from = arg(v, 1);
  const n = Number(v.auxInt ?? 0);
  if (n > 128) {
    c.pmov(
      [
        { dst: reg('DI'), src: c.moveSrc(dst, 0), cls: 'int' },
        { dst: reg('SI'), src: c.moveSrc(from, 0), cls: 'int' },
      ],
      ['DI', 'SI'],
    );
    c.emit('DUFFCOPY', [imm(Math.max(0, 2048 - 14 * Math.ceil(n / 16)))]);
    return;
  }
  let off = 0;
  for (; off + 16 <= n; off += 16) {
    c.emit('MOVUPS', [c.addr(from, off), reg('X0')], { clobbers: ['X0'] });
    c.emit('MOVUPS', [reg('X0'), c.addr(dst, off)]);
  }
  for (const size of [8, 4, 2, 1] as const) {
    for (; off + size <= n; off += size) {
      const t = c.newVreg('int');
      const mn = `MOV${sizeSuffix(size)}` as Mnemonic;
      c.emit(size < 4 ? (size === 2 ? 'MOVWLZX' : 'MOVBLZX') : mn, [c.addr(from, off), t]);
      c.emit(mn, [t, c.addr(dst, off)]);
    }
  }
};

/** NilCheck: `TESTB AX, (p)` unless a later access in the same block faults first (gc's late nilcheck). */
const nilCheck: Lowering = (c, v) => {
  const p = arg(v, 0);
  const b = v.block;
  const later = b.values.slice(b.values.indexOf(v) + 1);
  const faults = later.some(
    (u) => (u.op === 'Load' || u.op === 'Store' || u.op === 'Zero' || u.op === 'Move') && u.args[0] === p,
  );
  if (!faults) c.emit('TESTB', [reg('AX'), c.addr(p)]);
};

const offPtr: Lowering = (c, v) => {
  if (c.folded.has(v.id)) return;
  const base = arg(v, 0);
  const off = Number(v.auxInt ?? 0);
  const w = c.word(base);
  if (w.k === 'lea') {
    c.define(v, [{ k: 'lea', addr: c.addr(base, off) }]);
    return;
  }
  const [d] = c.defineNew(v) as [Operand];
  c.emit('LEAQ', [c.addr(base, off), d]);
};

const ptrIndex: Lowering = (c, v) => {
  const size = v.type.elem?.size ?? 8;
  const [d] = c.defineNew(v) as [Operand];
  const base = c.src(arg(v, 0));
  const idx = c.src(arg(v, 1));
  if (size === 1 || size === 2 || size === 4 || size === 8) {
    c.emit('LEAQ', [{ k: 'mem', base, off: 0, index: idx, scale: size }, d]);
    return;
  }
  c.emit('MOVQ', [idx, d]);
  c.emit('IMULQ', [imm(size), d]);
  c.emit('ADDQ', [base, d]);
};

const addr: Lowering = (c, v) => {
  const name = v.aux?.kind === 'sym' ? v.aux.name : `v${v.id}`;
  c.define(v, [{ k: 'lea', addr: sym(name) }]);
};

const localAddr: Lowering = (c, v) => {
  const s = v.aux?.kind === 'sym' ? v.aux : undefined;
  if (!s) throw new InternalError('asm', `LocalAddr v${v.id} without a symbol`);
  const slot = c.slotFor(s.name, s.type?.size ?? 8);
  c.define(v, [{ k: 'lea', addr: { k: 'slot', slot, off: 0 } }]);
};

const constString: Lowering = (c, v) => {
  const s = v.aux?.kind === 'string' ? v.aux.value : ''; // a byte string: one char per byte
  const len = BigInt(s.length);
  if (len === 0n) {
    c.define(v, [
      { k: 'imm', v: 0n, cls: 'int' },
      { k: 'imm', v: 0n, cls: 'int' },
    ]);
    return;
  }
  c.define(v, [
    { k: 'lea', addr: sym(`go.string.${quoteByteString(s)}`) },
    { k: 'imm', v: len, cls: 'int' },
  ]);
};

const boolOp = (op: Mnemonic): Lowering => {
  return (c, v) => {
    const [d] = c.defineNew(v) as [Operand];
    c.emit('MOVL', [c.src(arg(v, 0)), d]);
    c.emit(op, [c.src(arg(v, 1), 0, true), d]);
  };
};

/** LOWER is the op table. */
export const LOWER: Record<Op, Lowering> = {
  InitMem: none,
  SP: none,
  SB: none,
  Arg: walker,
  GetClosurePtr: walker,

  Const8: constInt,
  Const16: constInt,
  Const32: constInt,
  Const64: constInt,
  Const32F: floatConst(32),
  Const64F: floatConst(64),
  ConstBool: (c, v) => c.define(v, [{ k: 'imm', v: v.auxInt ? 1n : 0n, cls: 'int' }]),
  ConstString: constString,
  ConstNil: zeros(1),
  ConstSlice: zeros(3),
  ConstInterface: zeros(2),

  ...family('Add', '', binary('ADDQ', 'ADDL', true)),
  ...family('Sub', '', binary('SUBQ', 'SUBL', false)),
  ...family('Mul', '', binary('IMULQ', 'IMULL', true)),
  ...family('Div', '', divide(true, false)),
  ...family('Div', 'u', divide(false, false)),
  ...family('Mod', '', divide(true, true)),
  ...family('Mod', 'u', divide(false, true)),
  ...family('And', '', binary('ANDQ', 'ANDL', true)),
  ...family('Or', '', binary('ORQ', 'ORL', true)),
  ...family('Xor', '', binary('XORQ', 'XORL', true)),
  ...family('Neg', '', unaryOp('NEGQ', 'NEGL')),
  ...family('Com', '', unaryOp('NOTQ', 'NOTL')),
  ...shifts('Lsh', '', 'SHL'),
  ...shifts('Rsh', '', 'SAR'),
  ...shifts('Rsh', 'U', 'SHR'),

  Add64F: sse('ADDSD'),
  Sub64F: sse('SUBSD'),
  Mul64F: sse('MULSD'),
  Div64F: sse('DIVSD'),
  Neg64F: (c, v) => {
    const [d] = c.defineNew(v) as [Operand];
    c.emit('MOVSD', [c.src(arg(v, 0)), d]);
    c.emit('MULSD', [sym('$f64.bff0000000000000'), d]);
  },
  Add32F: sse('ADDSS'),
  Sub32F: sse('SUBSS'),
  Mul32F: sse('MULSS'),
  Div32F: sse('DIVSS'),
  Neg32F: (c, v) => {
    const [d] = c.defineNew(v) as [Operand];
    c.emit('MOVSS', [c.src(arg(v, 0)), d]);
    c.emit('MULSS', [sym('$f32.bf800000'), d]);
  },

  ...family('Eq', '', () => setcc),
  ...family('Neq', '', () => setcc),
  ...family('Less', '', () => setcc),
  ...family('Less', 'U', () => setcc),
  ...family('Leq', '', () => setcc),
  ...family('Leq', 'U', () => setcc),
  Eq64F: setcc,
  Neq64F: setcc,
  Less64F: setcc,
  Leq64F: setcc,
  Eq32F: setcc,
  Neq32F: setcc,
  Less32F: setcc,
  Leq32F: setcc,
  EqPtr: setcc,
  NeqPtr: setcc,
  EqB: setcc,
  NeqB: setcc,
  Not: (c, v) => {
    const [d] = c.defineNew(v) as [Operand];
    c.emit('MOVL', [c.src(arg(v, 0)), d]);
    c.emit('XORL', [imm(1), d]);
  },
  AndB: boolOp('ANDL'),
  OrB: boolOp('ORL'),
  IsNonNil: setcc,
  IsInBounds: setcc,
  IsSliceInBounds: setcc,

  SignExt8to16: convert('MOVBLSX'),
  SignExt8to32: convert('MOVBLSX'),
  SignExt8to64: convert('MOVBQSX'),
  SignExt16to32: convert('MOVWLSX'),
  SignExt16to64: convert('MOVWQSX'),
  SignExt32to64: convert('MOVLQSX'),
  ZeroExt8to16: convert('MOVBLZX'),
  ZeroExt8to32: convert('MOVBLZX'),
  ZeroExt8to64: convert('MOVBLZX'),
  ZeroExt16to32: convert('MOVWLZX'),
  ZeroExt16to64: convert('MOVWLZX'),
  ZeroExt32to64: convert('MOVL'),
  Trunc16to8: alias,
  Trunc32to8: alias,
  Trunc32to16: alias,
  Trunc64to8: alias,
  Trunc64to16: alias,
  Trunc64to32: alias,
  Cvt64to64F: convert('CVTSQ2SD'),
  Cvt64Uto64F: convert('CVTSQ2SD'),
  Cvt32to64F: convert('CVTSQ2SD'),
  Cvt64Fto64: convert('CVTTSD2SQ'),
  Cvt64Fto64U: convert('CVTTSD2SQ'),
  Cvt64Fto32: convert('CVTTSD2SQ'),
  Cvt64Fto32F: convert('CVTSD2SS'),
  Cvt32Fto64F: convert('CVTSS2SD'),
  Cvt64to32F: convert('CVTSQ2SS'),
  Cvt32Fto64: convert('CVTTSS2SQ'),
  Convert: alias,

  Addr: addr,
  LocalAddr: localAddr,
  OffPtr: offPtr,
  AddPtr: binary('ADDQ', 'ADDQ', false)(64),
  PtrIndex: ptrIndex,

  Load: load,
  Store: store,
  Zero: zero,
  Move: move,
  VarDef: none,
  NilCheck: nilCheck,

  Phi: walker,
  Copy: alias,

  StringMake: concatWords,
  StringPtr: aliasWord(0),
  StringLen: aliasWord(1),
  SliceMake: concatWords,
  SlicePtr: aliasWord(0),
  SliceLen: aliasWord(1),
  SliceCap: aliasWord(2),
  IMake: concatWords,
  ITab: aliasWord(0),
  IData: aliasWord(1),

  StaticLECall: lowerCall,
  ClosureLECall: lowerCall,
  SelectN: lowerSelectN,
  MakeResult: walker,
  PanicBounds: lowerPanicBounds,
};

/** RMW_OPS: ops that fold `Store p (OP (Load p m) y) m` into one read-modify-write instruction. */
export const RMW_OPS: Partial<Record<Op, Mnemonic>> = {
  Add64: 'ADDQ',
  Sub64: 'SUBQ',
  And64: 'ANDQ',
  Or64: 'ORQ',
  Xor64: 'XORQ',
  Add32: 'ADDL',
  Sub32: 'SUBL',
  And32: 'ANDL',
  Or32: 'ORL',
  Xor32: 'XORL',
};
