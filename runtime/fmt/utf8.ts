// UTF-8 over byte strings (one JS char per byte): decoding, encoding, rune counting and Go's quoting
// (strconv.Quote / QuoteRune, their ToASCII forms for %+q, CanBackquote for %#q) for fmt's %q.
//
// Invariant: invalid UTF-8 decodes as U+FFFD of size 1, exactly as Go's utf8.DecodeRuneInString.
// decodeRune and encodeRune are compiler/types' (bytestring.ts), the same functions the compiler uses for
// constant strings; they are re-exported here for fmt and exec.

import { decodeRune, encodeRune, isPrint } from '../../compiler/types/index.js';

export { decodeRune, encodeRune } from '../../compiler/types/index.js';

export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += decodeRune(s, i).size;
  return n;
}

/** escapeRune is strconv's appendEscapedRune; asciiOnly (the ToASCII forms) escapes every rune >= 0x80. */
function escapeRune(r: number, quote: string, asciiOnly: boolean): string {
  if (r === quote.charCodeAt(0) || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return encodeRune(r);
  switch (r) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (r < 0x80) return '\\x' + r.toString(16).padStart(2, '0');
  if (r < 0x10000) return '\\u' + r.toString(16).padStart(4, '0');
  return '\\U' + r.toString(16).padStart(8, '0');
}

/** quoteBytes is strconv.Quote of a byte string (strconv.QuoteToASCII when asciiOnly). */
export function quoteBytes(s: string, asciiOnly = false): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const { r, size } = decodeRune(s, i);
    if (r === 0xfffd && size === 1) {
      out += '\\x' + s.charCodeAt(i).toString(16).padStart(2, '0');
    } else out += escapeRune(r, '"', asciiOnly);
    i += size;
  }
  return out + '"';
}

/** quoteRune is strconv.QuoteRune (strconv.QuoteRuneToASCII when asciiOnly). */
export function quoteRune(r: number, asciiOnly = false): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  return "'" + escapeRune(r, "'", asciiOnly) + "'";
}

/**
 * canBackquote is strconv.CanBackquote: valid UTF-8 without a BOM, a backquote, DEL or control characters
 * other than tab.
 */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const { r, size } = decodeRune(s, i);
    i += size;
    if (size > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === 0xfffd) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}
