// Exact constant values and arithmetic (Go's go/constant, reduced to the mini-Go subset).
//
// Invariants:
//  - Integers are BigInt; floats are exact rationals num/den with den > 0 and gcd(num, den) = 1. A float
//    value keeps kind 'float' even when integral (`1.0`), as go/constant does; `toInt` converts.
//  - Operations never throw on user input: division by zero is checked by the caller first.
//  - `constString` renders a value as go/constant's String(): decimal ints, floats as `%.6g`, strings quoted
//    (shortened after 72 characters).

import { quoteByteString } from './bytestring.js';

export type ConstValue =
  | { readonly kind: 'bool'; readonly value: boolean }
  /** value is a byte string: one char per byte of the Go string (bytestring.ts). */
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly num: bigint; readonly den: bigint }
  | { readonly kind: 'unknown' };

export const UnknownValue: ConstValue = { kind: 'unknown' };

export function makeBool(value: boolean): ConstValue {
  return { kind: 'bool', value };
}
export function makeString(value: string): ConstValue {
  return { kind: 'string', value };
}
export function makeInt(value: bigint): ConstValue {
  return { kind: 'int', value };
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** makeRat builds a normalized rational float value num/den (den != 0). */
export function makeRat(num: bigint, den: bigint): ConstValue {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { kind: 'float', num: num / g, den: den / g } : { kind: 'float', num, den };
}

/** makeFloat64 converts a finite JS number to its exact rational value. */
export function makeFloat64(f: number): ConstValue {
  if (!Number.isFinite(f)) return UnknownValue;
  if (Number.isInteger(f)) return makeRat(BigInt(f), 1n);
  let den = 1n;
  let x = f;
  while (!Number.isInteger(x)) {
    x *= 2;
    den *= 2n;
  }
  return makeRat(BigInt(x), den);
}

/** parseNumberLit converts an int or float literal's source text to its exact value. */
export function parseNumberLit(text: string, isFloat: boolean): ConstValue {
  const s = text.replace(/_/g, '');
  if (!isFloat) {
    if (/^0[0-7]+$/.test(s)) return makeInt(BigInt('0o' + s.slice(1)));
    if (/^0[oO]/.test(s)) return makeInt(BigInt('0o' + s.slice(2)));
    return makeInt(BigInt(s));
  }
  if (/^0[xX]/.test(s)) {
    // hex float: 0xMANT.FRACpEXP
    const m = /^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
    if (!m) return UnknownValue;
    const digits = (m[1] ?? '') + (m[2] ?? '');
    const exp = Number(m[3]) - 4 * (m[2] ?? '').length;
    const mant = BigInt('0x' + (digits || '0'));
    return exp >= 0 ? makeRat(mant * 2n ** BigInt(exp), 1n) : makeRat(mant, 2n ** BigInt(-exp));
  }
  const m = /^(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m) return UnknownValue;
  const intPart = m[1] ?? '';
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0') - frac.length;
  const mant = BigInt((intPart + frac).replace(/^0+(?=\d)/, '') || '0');
  return exp >= 0 ? makeRat(mant * 10n ** BigInt(exp), 1n) : makeRat(mant, 10n ** BigInt(-exp));
}

/** isIntegral reports whether a numeric value has no fractional part. */
export function isIntegral(v: ConstValue): boolean {
  return v.kind === 'int' || (v.kind === 'float' && v.den === 1n);
}

/** toInt converts an integral float to an int value (go/constant ToInt); other values are returned as is. */
export function toInt(v: ConstValue): ConstValue {
  if (v.kind === 'float' && v.den === 1n) return makeInt(v.num);
  return v;
}

/** toFloat converts an int value to a rational float value. */
export function toFloat(v: ConstValue): ConstValue {
  return v.kind === 'int' ? makeRat(v.value, 1n) : v;
}

/** toNumber approximates a numeric value as a float64 (may be ±Infinity). */
export function toNumber(v: ConstValue): number {
  if (v.kind === 'int') return Number(v.value);
  if (v.kind !== 'float') return NaN;
  return ratToNumber(v.num, v.den);
}

function ratToNumber(num: bigint, den: bigint): number {
  // Scale so that the quotient carries 64+ significant bits, then divide exactly enough for float64.
  const neg = num < 0n;
  let n = neg ? -num : num;
  if (n === 0n) return 0;
  const shift = BigInt(Math.max(0, 80 - (n.toString(2).length - den.toString(2).length)));
  n = (n << shift) / den;
  const r = Number(n) / 2 ** Number(shift);
  return neg ? -r : r;
}

export type ConstBinaryOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^';

/**
 * binaryOp applies an arithmetic op. `intDiv` selects truncated integer division for `/` (both operands
 * integer-typed); otherwise `/` on ints yields a rational. Both operands must be of compatible kinds.
 */
export function binaryOp(x: ConstValue, op: ConstBinaryOp, y: ConstValue, intDiv: boolean): ConstValue {
  if (x.kind === 'unknown' || y.kind === 'unknown') return UnknownValue;
  if (x.kind === 'string' && y.kind === 'string' && op === '+') return makeString(x.value + y.value);
  if (x.kind === 'int' && y.kind === 'int') {
    const a = x.value;
    const b = y.value;
    switch (op) {
      case '+':
        return makeInt(a + b);
      case '-':
        return makeInt(a - b);
      case '*':
        return makeInt(a * b);
      case '/':
        return intDiv ? makeInt(a / b) : makeRat(a, b);
      case '%':
        return makeInt(a % b);
      case '&':
        return makeInt(a & b);
      case '|':
        return makeInt(a | b);
      case '^':
        return makeInt(a ^ b);
      case '&^':
        return makeInt(a & ~b);
    }
  }
  const fx = toFloat(x);
  const fy = toFloat(y);
  if (fx.kind !== 'float' || fy.kind !== 'float') return UnknownValue;
  switch (op) {
    case '+':
      return makeRat(fx.num * fy.den + fy.num * fx.den, fx.den * fy.den);
    case '-':
      return makeRat(fx.num * fy.den - fy.num * fx.den, fx.den * fy.den);
    case '*':
      return makeRat(fx.num * fy.num, fx.den * fy.den);
    case '/':
      return makeRat(fx.num * fy.den, fx.den * fy.num);
    default:
      return UnknownValue;
  }
}

/** isZero reports a numeric zero (for the division-by-zero check). */
export function isZero(v: ConstValue): boolean {
  return (v.kind === 'int' && v.value === 0n) || (v.kind === 'float' && v.num === 0n);
}

/** unaryOp applies -, +, ^ or !; `unsignedBits` > 0 makes ^ a complement within that width. */
export function unaryOp(op: '+' | '-' | '^' | '!', x: ConstValue, unsignedBits: number): ConstValue {
  switch (op) {
    case '+':
      return x;
    case '-':
      if (x.kind === 'int') return makeInt(-x.value);
      if (x.kind === 'float') return makeRat(-x.num, x.den);
      return UnknownValue;
    case '^':
      if (x.kind !== 'int') return UnknownValue;
      if (unsignedBits > 0) return makeInt(x.value ^ ((1n << BigInt(unsignedBits)) - 1n));
      return makeInt(~x.value);
    case '!':
      return x.kind === 'bool' ? makeBool(!x.value) : UnknownValue;
  }
}

/** shift applies << or >> with a non-negative shift count. */
export function shift(x: ConstValue, op: '<<' | '>>', count: number): ConstValue {
  const v = toInt(x);
  if (v.kind !== 'int') return UnknownValue;
  return makeInt(op === '<<' ? v.value << BigInt(count) : v.value >> BigInt(count));
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** compare evaluates a comparison between two values of compatible kinds. */
export function compare(x: ConstValue, op: CompareOp, y: ConstValue): boolean {
  let c: number;
  if (x.kind === 'bool' && y.kind === 'bool') {
    c = x.value === y.value ? 0 : 1;
  } else if (x.kind === 'string' && y.kind === 'string') {
    c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  } else if (x.kind === 'int' && y.kind === 'int') {
    c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  } else {
    const fx = toFloat(x);
    const fy = toFloat(y);
    if (fx.kind !== 'float' || fy.kind !== 'float') return false;
    const d = fx.num * fy.den - fy.num * fx.den;
    c = d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** constString renders a value as go/constant's Value.String does. */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'unknown':
      return 'unknown';
    case 'bool':
      return String(v.value);
    case 'int':
      return v.value.toString();
    case 'string':
      return shortQuote(v.value);
    case 'float':
      return formatG6(ratToNumber(v.num, v.den));
  }
}

/** formatG6 is Go's fmt `%.6g` for a float64. */
export function formatG6(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  const e = f.toExponential(5); // d.ddddde±x
  const m = /^(-?)(\d)\.?(\d*)e([+-])(\d+)$/.exec(e);
  if (!m) return String(f);
  const [, sign = '', d0 = '', rest = '', esign = '', edigits = ''] = m;
  const exp = Number(esign + edigits);
  const digits = (d0 + rest).replace(/0+$/, '') || '0';
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp >= 0) {
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return `${sign}${intPart}${frac ? '.' + frac : ''}`;
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

function shortQuote(s: string): string {
  const maxLen = 72;
  const q = quoteByteString(s);
  const runes = [...q];
  if (runes.length > maxLen) return runes.slice(0, maxLen - 3).join('') + '...';
  return q;
}
