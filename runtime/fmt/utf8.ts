// UTF-8 over byte strings (one JS char per byte): decoding, encoding, rune counting and Go's quoting
// (strconv.Quote / QuoteRune, their ToASCII forms for %+q, CanBackquote for %#q) for fmt's %q.
//
// Invariant: invalid UTF-8 decodes as U+FFFD of size 1, exactly as Go's utf8.DecodeRuneInString.

export function decodeRune(s: string, i: number): { r: number; size: number } {
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) return { r: c0, size: 1 };
  const bad = { r: 0xfffd, size: 1 };
  const cont = (k: number): number => {
    const c = s.charCodeAt(i + k);
    return c >= 0x80 && c <= 0xbf ? c & 0x3f : -1;
  };
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    const c1 = cont(1);
    return c1 < 0 ? bad : { r: ((c0 & 0x1f) << 6) | c1, size: 2 };
  }
  if (c0 >= 0xe0 && c0 <= 0xef) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 < 0 || c2 < 0) return bad;
    const r = ((c0 & 0x0f) << 12) | (c1 << 6) | c2;
    if (r < 0x800 || (r >= 0xd800 && r <= 0xdfff)) return bad;
    return { r, size: 3 };
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0) return bad;
    const r = ((c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
    if (r < 0x10000 || r > 0x10ffff) return bad;
    return { r, size: 4 };
  }
  return bad;
}

export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += decodeRune(s, i).size;
  return n;
}

/** The general categories unicode.IsPrint accepts above ASCII (L, M, N, P, S; no spaces, no controls). */
const PrintableClasses = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** isPrint is unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space (not U+00A0). */
function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return PrintableClasses.test(String.fromCodePoint(r));
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
