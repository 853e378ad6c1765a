// Generic rewrite rules (constant folding and algebraic identities), a small subset of Go's
// generic.rules, as data tables expanded per integer width. First match wins (order matters: folding
// before identities).
//
// Integer constants are auxInts sign-extended to 64 bits as in Go (Const8 [-1] is 0xff); folding wraps
// to the op's width. Division and modulo fold only with a non-zero constant divisor (the zero check came
// before them). Float ops are not folded (NaN and rounding subtleties).

import type { Value } from '../ir.js';
import { opInfo, type Op } from '../ops.js';
import type { BlockRule, Replacement, ValueRule } from './types.js';

const WIDTHS = [8, 16, 32, 64] as const;
type Width = (typeof WIDTHS)[number];

const isConst = (v: Value | undefined): v is Value => v !== undefined && /^Const(8|16|32|64)$/.test(v.op);
const cval = (v: Value): bigint => BigInt(v.auxInt ?? 0);
const signed = (x: bigint, w: Width): bigint => BigInt.asIntN(w, x);
const unsigned = (x: bigint, w: Width): bigint => BigInt.asUintN(w, x);
const int = (value: bigint): Replacement => ({ kind: 'int', value });
const bool = (value: boolean): Replacement => ({ kind: 'bool', value });
const copy = (of: Value): Replacement => ({ kind: 'copy', of });

/** Binary integer folds: [op prefix, suffix, fold(a, b, width) or undefined when not foldable]. */
const FOLD_BINARY: readonly [
  string,
  string,
  (a: bigint, b: bigint, w: Width) => bigint | boolean | undefined,
][] = [
  ['Add', '', (a, b, w) => signed(a + b, w)],
  ['Sub', '', (a, b, w) => signed(a - b, w)],
  ['Mul', '', (a, b, w) => signed(a * b, w)],
  ['And', '', (a, b, w) => signed(a & b, w)],
  ['Or', '', (a, b, w) => signed(a | b, w)],
  ['Xor', '', (a, b, w) => signed(a ^ b, w)],
  ['Div', '', (a, b, w) => (b === 0n ? undefined : signed(signed(a, w) / signed(b, w), w))],
  ['Div', 'u', (a, b, w) => (b === 0n ? undefined : signed(unsigned(a, w) / unsigned(b, w), w))],
  ['Mod', '', (a, b, w) => (b === 0n ? undefined : signed(signed(a, w) % signed(b, w), w))],
  ['Mod', 'u', (a, b, w) => (b === 0n ? undefined : signed(unsigned(a, w) % unsigned(b, w), w))],
  ['Eq', '', (a, b, w) => signed(a, w) === signed(b, w)],
  ['Neq', '', (a, b, w) => signed(a, w) !== signed(b, w)],
  ['Less', '', (a, b, w) => signed(a, w) < signed(b, w)],
  ['Leq', '', (a, b, w) => signed(a, w) <= signed(b, w)],
  ['Less', 'U', (a, b, w) => unsigned(a, w) < unsigned(b, w)],
  ['Leq', 'U', (a, b, w) => unsigned(a, w) <= unsigned(b, w)],
];

/** Identities with one constant operand: [op prefix, constant, which arg, result]. */
const IDENTITIES: readonly [string, bigint, 'x' | 'zero' | 'minus1', boolean][] = [
  // [op, c, result, commutative]: op(x, c) -> result
  ['Add', 0n, 'x', true],
  ['Sub', 0n, 'x', false],
  ['Mul', 1n, 'x', true],
  ['Mul', 0n, 'zero', true],
  ['Or', 0n, 'x', true],
  ['Xor', 0n, 'x', true],
  ['And', -1n, 'x', true],
  ['And', 0n, 'zero', true],
  ['Or', -1n, 'minus1', true],
];

/** Same-operand identities: op(x, x) -> result. */
const SAME_OPERAND: readonly [string, 'x' | 'zero' | 'true' | 'false'][] = [
  ['Sub', 'zero'],
  ['Xor', 'zero'],
  ['And', 'x'],
  ['Or', 'x'],
  ['Eq', 'true'],
  ['Neq', 'false'],
  ['Less', 'false'],
  ['Leq', 'true'],
];

/** Width conversions of constants: [op, from, to, signed]. */
const EXTENSIONS: readonly [Op, Width, Width, boolean][] = [
  ['SignExt8to16', 8, 16, true],
  ['SignExt8to32', 8, 32, true],
  ['SignExt8to64', 8, 64, true],
  ['SignExt16to32', 16, 32, true],
  ['SignExt16to64', 16, 64, true],
  ['SignExt32to64', 32, 64, true],
  ['ZeroExt8to16', 8, 16, false],
  ['ZeroExt8to32', 8, 32, false],
  ['ZeroExt8to64', 8, 64, false],
  ['ZeroExt16to32', 16, 32, false],
  ['ZeroExt16to64', 16, 64, false],
  ['ZeroExt32to64', 32, 64, false],
  ['Trunc16to8', 16, 8, true],
  ['Trunc32to8', 32, 8, true],
  ['Trunc32to16', 32, 16, true],
  ['Trunc64to8', 64, 8, true],
  ['Trunc64to16', 64, 16, true],
  ['Trunc64to32', 64, 32, true],
];

/** Projections of a make: [projection, make op, arg index]. */
const PROJECTIONS: readonly [Op, Op, number][] = [
  ['SlicePtr', 'SliceMake', 0],
  ['SliceLen', 'SliceMake', 1],
  ['SliceCap', 'SliceMake', 2],
  ['StringPtr', 'StringMake', 0],
  ['StringLen', 'StringMake', 1],
  ['ITab', 'IMake', 0],
  ['IData', 'IMake', 1],
];

const NEGATIONS: readonly [string, string][] = [
  ['Eq', 'Neq'],
  ['Neq', 'Eq'],
  ['Less', 'Leq'],
  ['Leq', 'Less'],
];

function exists(op: string): op is Op {
  try {
    return opInfo(op as Op) !== undefined;
  } catch {
    return false;
  }
}

function perWidth(prefix: string, suffix: string): Op[] {
  return WIDTHS.map((w) => `${prefix}${w}${suffix}`).filter(exists);
}

const widthOf = (v: Value): Width => (opInfo(v.op).width ?? 64) as Width;

function foldRules(): ValueRule[] {
  return FOLD_BINARY.map(([prefix, suffix, fold]) => ({
    name: `fold ${prefix}${suffix}`,
    ops: perWidth(prefix, suffix),
    rewrite: (v: Value) => {
      const [a, b] = v.args;
      if (!isConst(a) || !isConst(b)) return undefined;
      const r = fold(cval(a), cval(b), widthOf(v));
      if (r === undefined) return undefined;
      return typeof r === 'boolean' ? bool(r) : int(r);
    },
  }));
}

function identityRules(): ValueRule[] {
  return IDENTITIES.map(([prefix, c, result, commutative]) => ({
    name: `${prefix} x ${c}`,
    ops: perWidth(prefix, ''),
    rewrite: (v: Value) => {
      const [a, b] = v.args;
      const w = widthOf(v);
      const isC = (x: Value | undefined): boolean => isConst(x) && signed(cval(x), w) === signed(c, w);
      let x: Value | undefined;
      if (isC(b)) x = a;
      else if (commutative && isC(a)) x = b;
      if (!x) return undefined;
      return result === 'x' ? copy(x) : int(result === 'zero' ? 0n : -1n);
    },
  }));
}

function sameOperandRules(): ValueRule[] {
  return SAME_OPERAND.map(([prefix, result]) => ({
    name: `${prefix} x x`,
    ops: [...perWidth(prefix, ''), ...perWidth(prefix, 'U')],
    rewrite: (v: Value) => {
      const [a, b] = v.args;
      if (!a || a !== b) return undefined;
      if (result === 'x') return copy(a);
      return result === 'zero' ? int(0n) : bool(result === 'true');
    },
  }));
}

const RULES: ValueRule[] = [
  ...foldRules(),
  {
    name: 'fold Neg/Com',
    ops: [...perWidth('Neg', ''), ...perWidth('Com', '')],
    rewrite: (v) => {
      const [a] = v.args;
      if (!isConst(a)) return undefined;
      const w = widthOf(v);
      return int(signed(v.op.startsWith('Neg') ? -cval(a) : ~cval(a), w));
    },
  },
  ...EXTENSIONS.map(([op, from, to, isSigned]): ValueRule => ({
    name: `fold ${op}`,
    ops: [op],
    rewrite: (v) => {
      const [a] = v.args;
      if (!isConst(a)) return undefined;
      const x = isSigned ? signed(cval(a), from) : unsigned(cval(a), from);
      return int(signed(x, to));
    },
  })),
  ...identityRules(),
  ...sameOperandRules(),
  {
    name: 'fold bool ops',
    ops: ['Not', 'EqB', 'NeqB', 'AndB', 'OrB'],
    rewrite: (v) => {
      const [a, b] = v.args;
      const cb = (x: Value | undefined): boolean | undefined =>
        x?.op === 'ConstBool' ? Number(x.auxInt) !== 0 : undefined;
      const x = cb(a);
      const y = cb(b);
      if (v.op === 'Not') {
        if (x !== undefined) return bool(!x);
        if (a?.op === 'Not') return copy(a.args[0]!);
        return undefined;
      }
      if (x === undefined || y === undefined) return undefined;
      const table = { EqB: x === y, NeqB: x !== y, AndB: x && y, OrB: x || y } as const;
      return bool(table[v.op as keyof typeof table]);
    },
  },
  ...NEGATIONS.map(([from, to]): ValueRule => ({
    name: `Not (${from}) -> ${to} swapped`,
    ops: ['Not'],
    rewrite: (v) => {
      const a = v.args[0]!;
      const m = /^(Eq|Neq|Less|Leq)(8|16|32|64)(U?)$/.exec(a.op);
      if (!m || m[1] !== from) return undefined;
      const op = `${to}${m[2]}${m[3]}` as Op;
      // !(x < y) == y <= x; !(x <= y) == y < x; !(x == y) == x != y
      const swap = from === 'Less' || from === 'Leq';
      return { kind: 'op', op, args: swap ? [a.args[1]!, a.args[0]!] : [...a.args] };
    },
  })),
  ...PROJECTIONS.map(([proj, make, i]): ValueRule => ({
    name: `${proj} (${make})`,
    ops: [proj],
    rewrite: (v) => (v.args[0]?.op === make ? copy(v.args[0].args[i]!) : undefined),
  })),
  {
    name: 'StringLen (ConstString)',
    ops: ['StringLen'],
    rewrite: (v) => {
      const a = v.args[0];
      if (a?.op !== 'ConstString' || a.aux?.kind !== 'string') return undefined;
      return int(BigInt(a.aux.value.length)); // a byte string: one char per byte
    },
  },
  {
    name: 'bounds of constants',
    ops: ['IsInBounds', 'IsSliceInBounds'],
    rewrite: (v) => {
      const [i, n] = v.args;
      if (!isConst(i) || !isConst(n)) return undefined;
      const x = cval(i);
      return bool(x >= 0n && (v.op === 'IsInBounds' ? x < cval(n) : x <= cval(n)));
    },
  },
  {
    name: 'pointer identities',
    ops: ['EqPtr', 'NeqPtr', 'IsNonNil'],
    rewrite: (v) => {
      const [a, b] = v.args;
      if (v.op === 'IsNonNil') {
        if (a?.op === 'ConstNil') return bool(false);
        if (a?.op === 'Addr' || a?.op === 'LocalAddr') return bool(true);
        return undefined;
      }
      return a && a === b ? bool(v.op === 'EqPtr') : undefined;
    },
  },
  {
    name: 'OffPtr (OffPtr p [a]) [b] -> OffPtr p [a+b]',
    ops: ['OffPtr'],
    rewrite: (v) => {
      const a = v.args[0];
      if (a?.op !== 'OffPtr') return undefined;
      return { kind: 'op', op: 'OffPtr', args: [a.args[0]!], auxInt: Number(a.auxInt) + Number(v.auxInt) };
    },
  },
];

/** VALUE_RULES indexes the rules by root op, keeping table order. */
export const VALUE_RULES: ReadonlyMap<Op, readonly ValueRule[]> = (() => {
  const m = new Map<Op, ValueRule[]>();
  for (const r of RULES) {
    for (const op of r.ops) {
      if (!opInfo(op).pure) throw new Error(`rewrite rule "${r.name}" matches ${op}, which is not pure`);
      (m.get(op) ?? m.set(op, []).get(op)!).push(r);
    }
  }
  return m;
})();

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    name: 'If (ConstBool [c]) -> First',
    rewrite: (c) => (c.op === 'ConstBool' ? { swap: Number(c.auxInt) === 0, first: true } : undefined),
  },
  {
    name: 'If (Not x) yes no -> If x no yes',
    rewrite: (c) => (c.op === 'Not' ? { swap: true, control: c.args[0]! } : undefined),
  },
];
