// The executor's integer representation and exact wrap-around arithmetic for every width.
//
// Representation (the executor's choice; the SSA contract only says "ints are interpreted by the op"):
//  - An integer SSA value of width W is kept as its *signed* W-bit interpretation, whatever the Go type's
//    signedness (uint8 200 is held as -56; unsigned ops and printing reinterpret through the width).
//  - Widths 8/16/32 are always JS numbers (int32 range).
//  - Width 64 is a JS number when it is a safe integer (|v| <= 2^53-1) and a bigint otherwise. The form is
//    canonical (a value that fits is never a bigint), so `===` is equality and `<` works across both forms.
//  - Hot paths do number arithmetic and check the result is still safe; only then fall back to BigInt with
//    BigInt.asIntN(64, ...) for exact two's-complement wrap-around.

/** I64 is the runtime form of a 64-bit integer value. */
export type I64 = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO64 = 1n << 64n;

/** norm turns an exact bigint in int64 range into the canonical form. */
export function norm(b: bigint): I64 {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** big converts either form to a bigint. */
export function big(a: I64): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

/** wrap64 reduces an arbitrary bigint to canonical int64. */
export function wrap64(b: bigint): I64 {
  return norm(BigInt.asIntN(64, b));
}

/** fromNumber64 converts an integral JS number (maybe beyond 2^53) to canonical int64 (wrapping). */
export function fromNumber64(n: number): I64 {
  if (n >= -MAX_SAFE && n <= MAX_SAFE) return n + 0;
  return wrap64(BigInt(n));
}

export function add64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrap64(big(a) + big(b));
}
export function sub64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrap64(big(a) - big(b));
}
export function mul64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r + 0;
  }
  return wrap64(big(a) * big(b));
}
export function neg64(a: I64): I64 {
  if (typeof a === 'number') return 0 - a;
  return wrap64(-a);
}
/** div64 is signed truncated division (b != 0 checked by the program); MinInt64 / -1 wraps to MinInt64. */
export function div64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return Math.trunc(a / b) + 0;
  return wrap64(big(a) / big(b));
}
export function mod64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return (a % b) + 0;
  return norm(big(a) % big(b));
}
/** u64 is the unsigned interpretation as a bigint. */
export function u64(a: I64): bigint {
  return BigInt.asUintN(64, big(a));
}
/** toUnsignedNumber is the unsigned interpretation as a JS number (rounded when > 2^53). */
export function toUnsignedNumber(a: I64): number {
  if (typeof a === 'number') return a >= 0 ? a : Number(u64(a));
  return Number(u64(a));
}
export function divu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0) return Math.trunc(a / b);
  return wrap64(u64(a) / u64(b));
}
export function modu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0) return a % b;
  return wrap64(u64(a) % u64(b));
}
export function lessU64(a: I64, b: I64): boolean {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0) return a < b;
  return u64(a) < u64(b);
}
export function leqU64(a: I64, b: I64): boolean {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0) return a <= b;
  return u64(a) <= u64(b);
}
function small32(a: I64): boolean {
  return typeof a === 'number' && a >= -2147483648 && a <= 2147483647;
}
export function and64(a: I64, b: I64): I64 {
  if (small32(a) && small32(b)) return (a as number) & (b as number);
  return norm(BigInt.asIntN(64, big(a) & big(b)));
}
export function or64(a: I64, b: I64): I64 {
  if (small32(a) && small32(b)) return (a as number) | (b as number);
  return norm(BigInt.asIntN(64, big(a) | big(b)));
}
export function xor64(a: I64, b: I64): I64 {
  if (small32(a) && small32(b)) return (a as number) ^ (b as number);
  return norm(BigInt.asIntN(64, big(a) ^ big(b)));
}
export function com64(a: I64): I64 {
  if (typeof a === 'number' && a !== MAX_SAFE) return -a - 1; // ^(2^53-1) = -2^53 is a bigint
  return norm(~big(a));
}

/** shiftCount reads a shift count of width `bits` (held signed) as an unsigned amount, capped at 64. */
export function shiftCount(c: I64, bits: number): number {
  if (bits === 64) {
    if (typeof c === 'bigint') return 64;
    return c < 0 || c > 64 ? 64 : c;
  }
  const n = bits === 32 ? (c as number) >>> 0 : (c as number) & ((1 << bits) - 1);
  return n > 64 ? 64 : n;
}
export function lsh64(a: I64, s: number): I64 {
  if (s >= 64) return 0;
  if (typeof a === 'number') {
    const r = a * 2 ** s;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r + 0;
  }
  return wrap64(big(a) << BigInt(s));
}
export function rsh64(a: I64, s: number): I64 {
  if (typeof a === 'number') {
    if (s >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** s) + 0;
  }
  return norm(a >> BigInt(s >= 64 ? 63 : s));
}
export function rshU64(a: I64, s: number): I64 {
  if (s >= 64) return 0;
  if (typeof a === 'number' && a >= 0) return Math.floor(a / 2 ** s);
  return wrap64(u64(a) >> BigInt(s));
}

/** truncNumber keeps the low `bits` (8/16/32) of a canonical int of any width, sign-extended. */
export function trunc(a: I64, bits: 8 | 16 | 32): number {
  const lo = typeof a === 'number' ? a | 0 : Number(BigInt.asIntN(32, a));
  if (bits === 32) return lo;
  const sh = 32 - bits;
  return (lo << sh) >> sh;
}

/** wrapSmall wraps an exact JS integer result into signed `bits` (8/16/32). */
export function wrapSmall(r: number, bits: 8 | 16 | 32): number {
  if (bits === 32) return r | 0;
  const sh = 32 - bits;
  return (r << sh) >> sh;
}

/** unsignedSmall is the unsigned value of a signed-held small int of `bits`. */
export function unsignedSmall(a: number, bits: 8 | 16 | 32): number {
  return bits === 32 ? a >>> 0 : a & ((1 << bits) - 1);
}

/** floatToInt64 is Go's float64 -> int64 conversion (amd64: out of range gives MinInt64). */
export function floatToInt64(f: number): I64 {
  if (Number.isNaN(f) || f >= 9223372036854775808 || f < -9223372036854775808) return -(1n << 63n);
  return fromNumber64(Math.trunc(f));
}
/** floatToUint64 is Go's float64 -> uint64 conversion on amd64. */
export function floatToUint64(f: number): I64 {
  if (Number.isNaN(f)) return -(1n << 63n);
  const t = Math.trunc(f);
  if (t < 9223372036854775808) return floatToInt64(t);
  if (t >= 18446744073709551616) return -(1n << 63n);
  return wrap64(BigInt(t));
}
/** uint64ToFloat is uint64 -> float64 (correctly rounded). */
export function uint64ToFloat(a: I64): number {
  if (typeof a === 'number' && a >= 0) return a;
  return Number(u64(a));
}
export { TWO64 };
