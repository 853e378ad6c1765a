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

/** The first byte's range, the payload mask and the smallest code point per sequence length (2, 3, 4). */
const SEQUENCES: readonly {
  readonly lo: number;
  readonly hi: number;
  readonly mask: number;
  readonly min: number;
}[] = [
  { lo: 0xc2, hi: 0xdf, mask: 0x1f, min: 0x80 },
  { lo: 0xe0, hi: 0xef, mask: 0x0f, min: 0x800 },
  { lo: 0xf0, hi: 0xf4, mask: 0x07, min: 0x10000 },
];

/** decodeRune is utf8.DecodeRuneInString at byte index i: the rune and its width (U+FFFD, 1 when invalid). */
export function decodeRune(s: string, i: number): { r: number; size: number } {
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) return { r: c0, size: 1 };
  const seq = SEQUENCES.findIndex((q) => c0 >= q.lo && c0 <= q.hi);
  const q = SEQUENCES[seq];
  if (!q) return { r: 0xfffd, size: 1 };
  let r = c0 & q.mask;
  for (let k = 1; k <= seq + 1; k++) {
    const c = s.charCodeAt(i + k);
    if (!(c >= 0x80 && c <= 0xbf)) return { r: 0xfffd, size: 1 };
    r = (r << 6) | (c & 0x3f);
  }
  if (r < q.min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return { r: 0xfffd, size: 1 };
  return { r, size: seq + 2 };
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

/** isPrint is unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrint(r: number): boolean {
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
