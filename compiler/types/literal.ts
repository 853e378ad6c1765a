// Basic literal values: the exact constant denoted by an int, float, rune or string literal's source text.
//
// Invariants:
//  - Pure functions of the literal text; the parser already rejected malformed literals.
//  - Decimal int literals up to 15 digits without `_` take a fast path (no regex, no string copy) and small
//    values share one ConstValue object (values are immutable).
//  - String values are byte strings (bytestring.ts): source text becomes its UTF-8 bytes, `\x` and octal
//    escapes one byte each, `\u`/`\U` the UTF-8 bytes of the code point. Rune values are code points.

import { encodeRune, utf8ByteString } from './bytestring.js';
import * as K from './constant.js';

const SmallIntCount = 1024;
const SMALL_INTS: readonly K.ConstValue[] = Array.from({ length: SmallIntCount }, (_, i) =>
  K.makeInt(BigInt(i)),
);

/** intLitValue returns the value of an integer literal. */
export function intLitValue(text: string): K.ConstValue {
  const n = text.length;
  if (n <= 15) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    // Plain decimal (a leading 0 with more digits is octal, handled below).
    if (i === n && (n === 1 || text.charCodeAt(0) !== 48))
      return v < SmallIntCount ? SMALL_INTS[v]! : K.makeInt(BigInt(v));
  }
  return K.parseNumberLit(text, false);
}

/** floatLitValue returns the exact rational value of a float literal. */
export function floatLitValue(text: string): K.ConstValue {
  return K.parseNumberLit(text, true);
}

/** The byte of each single-character escape (`\n`, `\\`, ...). */
const ESCAPES: Readonly<Record<string, number>> = {
  a: 0x07,
  b: 0x08,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
};

/** The digits after `\x`, `\u`, `\U` and an octal escape (whose first digit follows the backslash). */
const ESCAPE_DIGITS: Readonly<
  Record<string, { readonly radix: number; readonly skip: number; readonly n: number }>
> = {
  x: { radix: 16, skip: 1, n: 2 },
  u: { radix: 16, skip: 1, n: 4 },
  U: { radix: 16, skip: 1, n: 8 },
  o: { radix: 8, skip: 0, n: 3 },
};

/** Escape is one decoded escape: a byte (`\x`, octal, single-char) or a code point (`\u`, `\U`). */
interface Escape {
  readonly value: number;
  readonly isByte: boolean;
  /** Index just past the escape. */
  readonly end: number;
}

/** decodeEscape decodes the escape whose backslash is at s[i]. */
function decodeEscape(s: string, i: number): Escape {
  const n = s[i + 1] ?? '';
  const simple = ESCAPES[n];
  if (simple !== undefined) return { value: simple, isByte: true, end: i + 2 };
  const d = ESCAPE_DIGITS[n >= '0' && n <= '7' ? 'o' : n];
  if (!d) return { value: 0, isByte: true, end: i + 2 }; // rejected by the parser
  const from = i + 1 + d.skip;
  return {
    value: parseInt(s.slice(from, from + d.n), d.radix),
    isByte: n !== 'u' && n !== 'U',
    end: from + d.n,
  };
}

/** unquoteString decodes a Go string literal (interpreted or raw) into its byte string (bytestring.ts). */
export function unquoteString(lit: string): string {
  if (lit.charCodeAt(0) === 96 /* ` */) return utf8ByteString(lit.slice(1, -1).replace(/\r/g, ''));
  const body = lit.slice(1, -1);
  return body.indexOf('\\') < 0 ? utf8ByteString(body) : decodeEscapes(body);
}

function decodeEscapes(s: string): string {
  let out = '';
  let text = 0; // start of the pending run of unescaped source text
  for (let i = s.indexOf('\\'); i >= 0; i = s.indexOf('\\', i)) {
    out += utf8ByteString(s.slice(text, i));
    const e = decodeEscape(s, i);
    out += e.isByte ? String.fromCharCode(e.value) : encodeRune(e.value);
    i = text = e.end;
  }
  return out + utf8ByteString(s.slice(text));
}

/** runeLitValue returns the code point of a rune literal such as 'a', '\n', '\xff' (255) or 'ä'. */
export function runeLitValue(lit: string): K.ConstValue {
  const cp = lit[1] === '\\' ? decodeEscape(lit, 1).value : (lit.codePointAt(1) ?? 0);
  return cp < SmallIntCount ? SMALL_INTS[cp]! : K.makeInt(BigInt(cp));
}

/** stringLitValue returns the constant value of a string literal. */
export function stringLitValue(lit: string): K.ConstValue {
  return K.makeString(unquoteString(lit));
}
