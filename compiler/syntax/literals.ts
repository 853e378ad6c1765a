// Literal validation: given the text of one number, rune or string token (as the lexer's permissive patterns
// matched it), report the first lexical error gc's scanner would report, with its index inside the text.
//
// Invariants:
//  - One error at most per literal, like gc's scanner (`ok` goes false after the first one). Escape errors
//    are the exception, as in gc: each bad escape is reported.
//  - `at` is a UTF-16 index into the token text; it may equal text.length ("just past the literal"). The
//    lexer turns it into a byte column.
//  - Messages are gc 1.19's scanner messages (cmd/compile/internal/syntax/scanner.go), verified with go build.
//
// Example: checkNumber("0b102") → { kind: 'int', errors: [{ at: 4, msg: "invalid digit '2' in binary literal" }] }

import type { LitKind } from './ast.js';

export interface LitError {
  readonly at: number;
  readonly msg: string;
}

const BASE_NAMES: Readonly<Record<number, string>> = {
  2: 'binary',
  8: 'octal',
  10: 'decimal',
  16: 'hexadecimal',
};

function baseName(base: number): string {
  return BASE_NAMES[base] ?? 'decimal';
}

function isDecimal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

/** goQuoteRune renders a code point as Go's %q does for runes. */
export function goQuoteRune(cp: number): string {
  const named: Record<number, string> = {
    7: '\\a',
    8: '\\b',
    9: '\\t',
    10: '\\n',
    11: '\\v',
    12: '\\f',
    13: '\\r',
    39: "\\'",
    92: '\\\\',
  };
  const n = named[cp];
  if (n !== undefined) return `'${n}'`;
  if (isPrintable(cp)) return `'${globalThis.String.fromCodePoint(cp)}'`;
  if (cp < 0x80) return `'\\x${cp.toString(16).padStart(2, '0')}'`;
  if (cp < 0x10000) return `'\\u${cp.toString(16).padStart(4, '0')}'`;
  return `'\\U${cp.toString(16).padStart(8, '0')}'`;
}

/** goUnicode renders a code point as Go's %#U: `U+0040 '@'` (the quoted char only when printable). */
export function goUnicode(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return isPrintable(cp) ? `${hex} '${globalThis.String.fromCodePoint(cp)}'` : hex;
}

function isPrintable(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp === 0x20) return true;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(globalThis.String.fromCodePoint(cp));
}

/** checkNumber classifies a number literal and finds gc's first error in it (see scanner.number). */
export function checkNumber(text: string): { kind: LitKind; errors: LitError[] } {
  const errors: LitError[] = [];
  let ok = true;
  const fail = (at: number, msg: string): void => {
    errors.push({ at, msg });
    ok = false;
  };
  let kind: LitKind = 'int';
  let base = 10;
  let prefix = '';
  let digsep = 0; // bit 0: digit present, bit 1: '_' present
  let invalid = -1;
  let i = 0;

  const digits = (b: number, track: boolean): number => {
    let ds = 0;
    for (;;) {
      const c = text[i];
      if (c === '_') ds |= 2;
      else if (isDecimal(c) || (b === 16 && isHex(c))) {
        ds |= 1;
        if (track && b <= 10 && c !== undefined && c.charCodeAt(0) - 48 >= b && invalid < 0) invalid = i;
      } else break;
      i++;
    }
    return ds;
  };

  let seenPoint = text[0] === '.';
  if (seenPoint) {
    i = 1;
  } else {
    if (text[0] === '0') {
      i = 1;
      const c = (text[1] ?? '').toLowerCase();
      if (c === 'x' || c === 'o' || c === 'b') {
        i = 2;
        prefix = c;
        base = c === 'x' ? 16 : c === 'o' ? 8 : 2;
      } else {
        base = 8;
        prefix = '0';
        digsep = 1;
      }
    }
    digsep |= digits(base, true);
    if (text[i] === '.') {
      if (prefix === 'o' || prefix === 'b') fail(i, `invalid radix point in ${baseName(base)} literal`);
      i++;
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = 'float';
    digsep |= digits(base, true);
  }
  if ((digsep & 1) === 0 && ok) fail(i, `${baseName(base)} literal has no digits`);

  const e = (text[i] ?? '').toLowerCase();
  if (e === 'e' || e === 'p') {
    if (ok) {
      if (e === 'e' && prefix !== '' && prefix !== '0')
        fail(i, `'${text[i]}' exponent requires decimal mantissa`);
      else if (e === 'p' && prefix !== 'x') fail(i, `'${text[i]}' exponent requires hexadecimal mantissa`);
    }
    i++;
    kind = 'float';
    if (text[i] === '+' || text[i] === '-') i++;
    digsep = digits(10, false) | (digsep & 2);
    if ((digsep & 1) === 0 && ok) fail(i, 'exponent has no digits');
  } else if (prefix === 'x' && kind === 'float' && ok) {
    fail(i, "hexadecimal mantissa requires a 'p' exponent");
  }
  if (text[i] === 'i') kind = 'imag';

  if (kind === 'int' && invalid >= 0 && ok) {
    fail(invalid, `invalid digit '${text[invalid]}' in ${baseName(base)} literal`);
  }
  if ((digsep & 2) !== 0 && ok) {
    const at = invalidSeparator(text);
    if (at >= 0) fail(at, "'_' must separate successive digits");
  }
  return { kind, errors };
}

/** invalidSeparator returns the index of the first misplaced '_' in a number literal, or -1. */
function invalidSeparator(x: string): number {
  let hexPrefix = false;
  let d = '.'; // previous class: '_', '0' (digit) or '.' (anything else)
  let i = 0;
  if (x.length >= 2 && x[0] === '0') {
    const c = (x[1] ?? '').toLowerCase();
    if (c === 'x' || c === 'o' || c === 'b') {
      hexPrefix = c === 'x';
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    const c = x[i];
    if (c === '_') {
      if (p !== '0') return i;
      d = '_';
    } else if (isDecimal(c) || (hexPrefix && isHex(c))) {
      d = '0';
    } else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  return d === '_' ? x.length - 1 : -1;
}

/** How an unterminated quoted literal ended: at a newline or at EOF (undefined when it was terminated). */
export type Unterminated = 'newline' | 'eof' | undefined;

/**
 * checkQuoted validates a rune ('...') or interpreted string ("...") literal: escapes, rune length and
 * termination, in gc's order.
 */
export function checkQuoted(text: string, quote: "'" | '"', end: Unterminated): LitError[] {
  const errors: LitError[] = [];
  let ok = true;
  let n = 0;
  let i = 1;
  for (; ; n++) {
    if (i >= text.length) {
      if (quote === "'") {
        if (ok && end === 'newline') errors.push({ at: i, msg: 'newline in rune literal' });
        else if (ok) errors.push({ at: 0, msg: 'rune literal not terminated' });
      } else if (end === 'newline') {
        errors.push({ at: i, msg: 'newline in string' });
      } else {
        errors.push({ at: 0, msg: 'string not terminated' });
      }
      break;
    }
    const c = text.charCodeAt(i);
    if (i === text.length - 1 && end === undefined && text[i] === quote) {
      if (quote === "'" && ok) {
        if (n === 0) errors.push({ at: i, msg: "empty rune literal or unescaped '" });
        else if (n !== 1) errors.push({ at: 0, msg: 'more than one character in rune literal' });
      }
      break;
    }
    if (c === 92 /* backslash */) {
      const r = checkEscape(text, i + 1, quote, end);
      i = r.next;
      if (r.error) {
        errors.push(r.error);
        ok = false;
      }
      continue;
    }
    i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
  }
  return errors;
}

const SIMPLE_ESCAPES = new Set(['a', 'b', 'f', 'n', 'r', 't', 'v', '\\']);

function checkEscape(
  text: string,
  start: number,
  quote: string,
  end: Unterminated,
): { next: number; error: LitError | undefined } {
  let i = start;
  const c = text[i];
  if (c === undefined) {
    // gc: at EOF the caller complains; at a newline the escape itself is unknown.
    return { next: i, error: end === 'newline' ? { at: i, msg: 'unknown escape' } : undefined };
  }
  if (c === quote || SIMPLE_ESCAPES.has(c)) return { next: i + 1, error: undefined };
  let n: number;
  let base: number;
  let max: number;
  if (c >= '0' && c <= '7') [n, base, max] = [3, 8, 255];
  else if (c === 'x') [n, base, max, i] = [2, 16, 255, i + 1];
  else if (c === 'u') [n, base, max, i] = [4, 16, 0x10ffff, i + 1];
  else if (c === 'U') [n, base, max, i] = [8, 16, 0x10ffff, i + 1];
  else return { next: i, error: { at: i, msg: 'unknown escape' } };

  let x = 0;
  for (let k = n; k > 0; k--) {
    const d0 = text[i];
    if (d0 === undefined) return { next: i, error: undefined };
    if (i === text.length - 1 && end === undefined && d0 === quote) {
      return {
        next: i,
        error: {
          at: i,
          msg: `invalid character ${goQuoteRune(d0.charCodeAt(0))} in ${baseName(base)} escape`,
        },
      };
    }
    const lower = d0.toLowerCase();
    const d = isDecimal(d0)
      ? d0.charCodeAt(0) - 48
      : lower >= 'a' && lower <= 'f'
        ? lower.charCodeAt(0) - 87
        : base;
    if (d >= base) {
      const cp = text.codePointAt(i) ?? 0;
      return {
        next: i,
        error: { at: i, msg: `invalid character ${goQuoteRune(cp)} in ${baseName(base)} escape` },
      };
    }
    x = x * base + d;
    i++;
  }
  if (x > max && base === 8) return { next: i, error: { at: i, msg: `octal escape value ${x} > 255` } };
  if (x > max || (x >= 0xd800 && x < 0xe000)) {
    return { next: i, error: { at: i, msg: `escape is invalid Unicode code point ${goUnicode(x)}` } };
  }
  return { next: i, error: undefined };
}
