// Basic literal values: the exact constant denoted by an int, float, rune or string literal's source text.
//
// Invariants:
//  - Pure functions of the literal text; the parser already rejected malformed literals.
//  - Decimal int literals up to 15 digits without `_` take a fast path (no regex, no string copy) and small
//    values share one ConstValue object (values are immutable).
//  - Strings are kept as Unicode text; `\x` and octal escapes become the corresponding code unit.

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

const ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** unquoteString decodes a Go string literal (interpreted or raw) into its text. */
export function unquoteString(lit: string): string {
  if (lit.charCodeAt(0) === 96 /* ` */) return lit.slice(1, -1).replace(/\r/g, '');
  const body = lit.slice(1, -1);
  return body.indexOf('\\') < 0 ? body : decodeEscapes(body);
}

function decodeEscapes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const n = s[++i] ?? '';
    const simple = ESCAPES[n];
    if (simple !== undefined) out += simple;
    else if (n === 'x') {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n === 'u') {
      out += String.fromCodePoint(parseInt(s.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (n === 'U') {
      out += String.fromCodePoint(parseInt(s.slice(i + 1, i + 9), 16));
      i += 8;
    } else if (n >= '0' && n <= '7') {
      out += String.fromCharCode(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    }
  }
  return out;
}

/** runeLitValue returns the code point of a rune literal such as 'a' or '\n'. */
export function runeLitValue(lit: string): K.ConstValue {
  const s = decodeEscapes(lit.slice(1, -1));
  const cp = s.codePointAt(0) ?? 0;
  return cp < SmallIntCount ? SMALL_INTS[cp]! : K.makeInt(BigInt(cp));
}

/** stringLitValue returns the constant value of a string literal. */
export function stringLitValue(lit: string): K.ConstValue {
  return K.makeString(unquoteString(lit));
}
