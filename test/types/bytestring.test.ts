// String constant values are byte strings (compiler/types/bytestring.ts): the literal decoder keeps raw
// bytes and UTF-8 text apart, and quoting/decoding follow strconv.Quote and utf8.DecodeRuneInString.

import { describe, expect, it } from 'vitest';
import { decodeRune, quoteByteString, utf8ByteString } from '../../compiler/types/bytestring.js';
import { runeLitValue, unquoteString } from '../../compiler/types/literal.js';

describe('string literals decode to bytes', () => {
  const cases: [string, string][] = [
    ['"\\xff"', '\xff'],
    ['"ÿ"', '\xc3\xbf'],
    ['"\\u00ff"', '\xc3\xbf'],
    ['"\\377"', '\xff'],
    ['"a\\tb\\\\"', 'a\tb\\'],
    ['"世\\x41"', '\xe4\xb8\x96A'],
    ['"\\U0001F600"', '\xf0\x9f\x98\x80'],
    ['`ÿ\\xff`', '\xc3\xbf\\xff'],
    ['`a\r\nb`', 'a\nb'],
  ];
  for (const [lit, bytes] of cases)
    it(lit, () => {
      expect(unquoteString(lit)).toBe(bytes);
    });
});

describe('rune literals are code points', () => {
  const cases: [string, bigint][] = [
    ["'\\xff'", 255n],
    ["'ÿ'", 255n],
    ["'\\377'", 255n],
    ["'世'", 0x4e16n],
    ["'\\U0001F600'", 0x1f600n],
    ["'\\''", 39n],
  ];
  for (const [lit, cp] of cases)
    it(lit, () => {
      const v = runeLitValue(lit);
      expect(v.kind === 'int' ? v.value : undefined).toBe(cp);
    });
});

describe('decoding and quoting', () => {
  it('invalid and truncated sequences decode as U+FFFD of width 1', () => {
    expect(decodeRune('\xff', 0)).toEqual({ r: 0xfffd, size: 1 });
    expect(decodeRune('\xe4\xb8', 0)).toEqual({ r: 0xfffd, size: 1 });
    expect(decodeRune('\xed\xa0\x80', 0)).toEqual({ r: 0xfffd, size: 1 }); // a surrogate
    expect(decodeRune('\xc0\x80', 0)).toEqual({ r: 0xfffd, size: 1 }); // overlong
    expect(decodeRune(utf8ByteString('世'), 0)).toEqual({ r: 0x4e16, size: 3 });
    expect(decodeRune(utf8ByteString('\u{1F600}'), 0)).toEqual({ r: 0x1f600, size: 4 });
  });
  it('quotes as strconv.Quote', () => {
    expect(quoteByteString('a\xff\xc3\xbf"\n')).toBe('"a\\xffÿ\\"\\n"');
    expect(quoteByteString('\x00\x7f' + utf8ByteString('\u200b'))).toBe('"\\x00\\x7f\\u200b"');
    expect(quoteByteString('\xef\xbf\xbd')).toBe('"\uFFFD"');
    expect(quoteByteString('\xef\xbf')).toBe('"\\xef\\xbf"');
  });
});
