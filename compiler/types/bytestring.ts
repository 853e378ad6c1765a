// Go string constant values are byte strings: JS strings in which every char code is one byte (0..255) of the
// Go string. The literal decoder (literal.ts) makes them from the source's UTF-8 text and escapes, and every
// later phase keeps them: len is `.length`, indexing is `charCodeAt`, comparison is byte order, the SSA
// `ConstString` aux is the same byte string and the runtime stores its chars as the bytes.
//
// Invariants:
//  - `"\xff"` is the one byte 0xff and `"ÿ"` the two bytes 0xc3 0xbf: byte strings tell them apart.
//  - Decoding follows Go's utf8.DecodeRuneInString: an invalid or truncated sequence is U+FFFD of width 1.
//  - Text shown to people (diagnostics, SSA and asm dumps) is made with quoteByteString, never by printing a
//    byte string directly.

/** utf8ByteString encodes text (UTF-16, as read from a UTF-8 source) as the byte string of its UTF-8. */
export function utf8ByteString(text: string): string {
  // ASCII text is its own byte string (the common case: no copy).
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = '';
  for (const ch of text) out += encodeRune(ch.codePointAt(0)!);
  return out;
}

/** encodeRune is utf8.EncodeRune as a byte string; invalid code points (surrogates, > U+10FFFF) are U+FFFD. */
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

/** decodeRune is utf8.DecodeRuneInString at byte index i: the rune and its width (U+FFFD, 1 when invalid). */
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

const NAMED_ESCAPES: Readonly<Record<number, string>> = {
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

/** The general categories unicode.IsPrint accepts above ASCII (L, M, N, P, S; no spaces, no controls). */
const PrintableClasses = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** isPrint is unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space (not U+00A0). */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return PrintableClasses.test(String.fromCodePoint(r));
}

/** quoteByteString is strconv.Quote of a byte string, returned as ordinary (UTF-16) text for display. */
export function quoteByteString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const { r, size } = decodeRune(s, i);
    const named = NAMED_ESCAPES[r];
    if (size === 1 && r === 0xfffd) out += '\\x' + s.charCodeAt(i).toString(16).padStart(2, '0');
    else if (named !== undefined) out += named;
    else if (isPrint(r)) out += String.fromCodePoint(r);
    else if (r < 0x80) out += '\\x' + r.toString(16).padStart(2, '0');
    else if (r < 0x10000) out += '\\u' + r.toString(16).padStart(4, '0');
    else out += '\\U' + r.toString(16).padStart(8, '0');
    i += size;
  }
  return out + '"';
}
