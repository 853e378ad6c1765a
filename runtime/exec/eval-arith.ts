// Evaluators of the pure arithmetic ops: integers of every width, floats, comparisons and conversions.
//
// Invariants: each evaluator runs once per SSA value at compile time and returns a closure specialised for
// the op's width; closures read operand slots resolved ahead of time (no dispatch at run time). Integer
// representation and wrap-around rules are those of ints.ts (signed-held, bigint only beyond 2^53).

import type { Value } from '../../compiler/ssa/ir.js';
import * as I from './ints.js';
import type { I64 } from './ints.js';
import type { Instr } from './program.js';

/** SlotMap resolves values to slots while a function is compiled. */
export interface SlotMap {
  dst(v: Value): number;
  slot(v: Value): number;
}

export type Evaluator = (v: Value, c: SlotMap) => Instr | null;

type W = 8 | 16 | 32 | 64;
const WIDTHS = [8, 16, 32, 64] as const;

type Bin64 = (a: I64, b: I64) => I64 | boolean;
type BinSmall = (a: number, b: number, w: 8 | 16 | 32) => number | boolean;

function binary(f64: Bin64, fSmall: BinSmall, w: W): Evaluator {
  return (v, c) => {
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    const y = c.slot(v.args[1]!);
    if (w === 64) return (s, b) => void (s[b + d] = f64(s[b + x] as I64, s[b + y] as I64));
    if (w === 32) return (s, b) => void (s[b + d] = fSmall(s[b + x] as number, s[b + y] as number, 32));
    return (s, b) => void (s[b + d] = fSmall(s[b + x] as number, s[b + y] as number, w));
  };
}
function unary(f64: (a: I64) => I64, fSmall: (a: number, w: 8 | 16 | 32) => number, w: W): Evaluator {
  return (v, c) => {
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    if (w === 64) return (s, b) => void (s[b + d] = f64(s[b + x] as I64));
    return (s, b) => void (s[b + d] = fSmall(s[b + x] as number, w));
  };
}

function family<P extends string>(prefix: P, make: (w: W) => Evaluator): Record<`${P}${W}`, Evaluator> {
  const out: Record<string, Evaluator> = {};
  for (const w of WIDTHS) out[`${prefix}${w}`] = make(w);
  return out as Record<`${P}${W}`, Evaluator>;
}
function ufamily<P extends string, S extends 'u' | 'U'>(
  prefix: P,
  suffix: S,
  make: (w: W) => Evaluator,
): Record<`${P}${W}${S}`, Evaluator> {
  const out: Record<string, Evaluator> = {};
  for (const w of WIDTHS) out[`${prefix}${w}${suffix}`] = make(w);
  return out as Record<`${P}${W}${S}`, Evaluator>;
}

const wrap = I.wrapSmall;
const uns = I.unsignedSmall;

function shifts<P extends 'Lsh' | 'Rsh', U extends 'U' | ''>(
  prefix: P,
  u: U,
): Record<`${P}${W}${U}x${W}`, Evaluator> {
  const out: Record<string, Evaluator> = {};
  for (const w of WIDTHS) {
    for (const cw of WIDTHS) {
      out[`${prefix}${w}${u}x${cw}`] = (v, c) => {
        const d = c.dst(v);
        const x = c.slot(v.args[0]!);
        const y = c.slot(v.args[1]!);
        if (w === 64) {
          const f = prefix === 'Lsh' ? I.lsh64 : u === 'U' ? I.rshU64 : I.rsh64;
          return (s, b) => void (s[b + d] = f(s[b + x] as I64, I.shiftCount(s[b + y] as I64, cw)));
        }
        const sw = w;
        if (prefix === 'Lsh')
          return (s, b) => {
            const n = I.shiftCount(s[b + y] as I64, cw);
            s[b + d] = n >= sw ? 0 : wrap((s[b + x] as number) << n, sw);
          };
        if (u === 'U')
          return (s, b) => {
            const n = I.shiftCount(s[b + y] as I64, cw);
            s[b + d] = n >= sw ? 0 : wrap(uns(s[b + x] as number, sw) >>> n, sw);
          };
        return (s, b) => {
          const n = I.shiftCount(s[b + y] as I64, cw);
          const a = s[b + x] as number;
          s[b + d] = n >= sw ? (a < 0 ? -1 : 0) : a >> n;
        };
      };
    }
  }
  return out as Record<`${P}${W}${U}x${W}`, Evaluator>;
}

function conv(f: (a: I64) => I64 | number): Evaluator {
  return (v, c) => {
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    return (s, b) => void (s[b + d] = f(s[b + x] as I64));
  };
}
function fbin(f: (a: number, b: number) => number | boolean): Evaluator {
  return (v, c) => {
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    const y = c.slot(v.args[1]!);
    return (s, b) => void (s[b + d] = f(s[b + x] as number, s[b + y] as number));
  };
}
const fr = Math.fround;
/** B turns a comparison into the executor's bool form (0/1 numbers keep register arrays unboxed). */
const B = (x: boolean): number => (x ? 1 : 0);
const identity = (a: I64): I64 => a;

export const ARITH_EVALUATORS = {
  ...family('Add', (w) => binary(I.add64, (a, b, w) => wrap(a + b, w), w)),
  ...family('Sub', (w) => binary(I.sub64, (a, b, w) => wrap(a - b, w), w)),
  ...family('Mul', (w) => binary(I.mul64, (a, b, w) => wrap(Math.imul(a, b), w), w)),
  ...family('Div', (w) => binary(I.div64, (a, b, w) => wrap(Math.trunc(a / b), w), w)),
  ...ufamily('Div', 'u', (w) => binary(I.divu64, (a, b, w) => wrap(Math.trunc(uns(a, w) / uns(b, w)), w), w)),
  ...family('Mod', (w) => binary(I.mod64, (a, b) => (a % b) + 0, w)),
  ...ufamily('Mod', 'u', (w) => binary(I.modu64, (a, b, w) => wrap(uns(a, w) % uns(b, w), w), w)),
  ...family('And', (w) => binary(I.and64, (a, b) => a & b, w)),
  ...family('Or', (w) => binary(I.or64, (a, b) => a | b, w)),
  ...family('Xor', (w) => binary(I.xor64, (a, b) => a ^ b, w)),
  ...family('Neg', (w) => unary(I.neg64, (a, w) => wrap(-a, w), w)),
  ...family('Com', (w) => unary(I.com64, (a) => ~a, w)),
  ...shifts('Lsh', ''),
  ...shifts('Rsh', ''),
  ...shifts('Rsh', 'U'),
  ...family('Eq', (w) =>
    binary(
      (a, b) => a === b,
      (a, b) => a === b,
      w,
    ),
  ),
  ...family('Neq', (w) =>
    binary(
      (a, b) => a !== b,
      (a, b) => a !== b,
      w,
    ),
  ),
  ...family('Less', (w) =>
    binary(
      (a, b) => a < b,
      (a, b) => a < b,
      w,
    ),
  ),
  ...family('Leq', (w) =>
    binary(
      (a, b) => a <= b,
      (a, b) => a <= b,
      w,
    ),
  ),
  ...ufamily('Less', 'U', (w) =>
    binary(
      (a, b) => B(I.lessU64(a, b)),
      (a, b, w) => B(uns(a, w) < uns(b, w)),
      w,
    ),
  ),
  ...ufamily('Leq', 'U', (w) =>
    binary(
      (a, b) => B(I.leqU64(a, b)),
      (a, b, w) => B(uns(a, w) <= uns(b, w)),
      w,
    ),
  ),

  Add64F: fbin((a, b) => a + b),
  Sub64F: fbin((a, b) => a - b),
  Mul64F: fbin((a, b) => a * b),
  Div64F: fbin((a, b) => a / b),
  Neg64F: conv((a) => -(a as number)),
  Add32F: fbin((a, b) => fr(a + b)),
  Sub32F: fbin((a, b) => fr(a - b)),
  Mul32F: fbin((a, b) => fr(a * b)),
  Div32F: fbin((a, b) => fr(a / b)),
  Neg32F: conv((a) => -(a as number)),
  Eq64F: fbin((a, b) => B(a === b)),
  Neq64F: fbin((a, b) => B(a !== b)),
  Less64F: fbin((a, b) => B(a < b)),
  Leq64F: fbin((a, b) => B(a <= b)),
  Eq32F: fbin((a, b) => B(a === b)),
  Neq32F: fbin((a, b) => B(a !== b)),
  Less32F: fbin((a, b) => B(a < b)),
  Leq32F: fbin((a, b) => B(a <= b)),

  SignExt8to16: conv(identity),
  SignExt8to32: conv(identity),
  SignExt8to64: conv(identity),
  SignExt16to32: conv(identity),
  SignExt16to64: conv(identity),
  SignExt32to64: conv(identity),
  ZeroExt8to16: conv((a) => (a as number) & 0xff),
  ZeroExt8to32: conv((a) => (a as number) & 0xff),
  ZeroExt8to64: conv((a) => (a as number) & 0xff),
  ZeroExt16to32: conv((a) => (a as number) & 0xffff),
  ZeroExt16to64: conv((a) => (a as number) & 0xffff),
  ZeroExt32to64: conv((a) => (a as number) >>> 0),
  Trunc16to8: conv((a) => I.trunc(a, 8)),
  Trunc32to8: conv((a) => I.trunc(a, 8)),
  Trunc32to16: conv((a) => I.trunc(a, 16)),
  Trunc64to8: conv((a) => I.trunc(a, 8)),
  Trunc64to16: conv((a) => I.trunc(a, 16)),
  Trunc64to32: conv((a) => I.trunc(a, 32)),
  Cvt64to64F: conv((a) => Number(a)),
  Cvt64Uto64F: conv((a) => I.uint64ToFloat(a)),
  Cvt32to64F: conv((a) => a),
  Cvt64Fto64: conv((a) => I.floatToInt64(a as number)),
  Cvt64Fto64U: conv((a) => I.floatToUint64(a as number)),
  Cvt64Fto32: conv((a) => {
    const t = Math.trunc(a as number);
    return t >= -2147483648 && t <= 2147483647 ? t + 0 : -2147483648;
  }),
  Cvt64Fto32F: conv((a) => fr(a as number)),
  Cvt32Fto64F: conv(identity),
  Cvt64to32F: conv((a) => fr(Number(a))),
  Cvt32Fto64: conv((a) => I.floatToInt64(a as number)),
} satisfies Record<string, Evaluator>;
