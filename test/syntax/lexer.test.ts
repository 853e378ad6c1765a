// Lexer unit tests: where the post-pass puts automatic semicolons (found in the gaps between chevrotain's
// tokens, which skip whitespace, newlines and comments), the gc line:byte-column of every token, and the
// positions of lexical errors on later lines and after non-ASCII text (the lazily built line table).

import { describe, expect, it } from 'vitest';
import { lex, litKindOf } from '../../compiler/syntax/lexer.js';

/** Each token as `text@line:col` (Semi tokens as `;lit`), then the diagnostics as `line:col: msg`. */
function positioned(src: string): { tokens: string; diags: string[] } {
  const r = lex(src);
  const tokens = r.tokens
    .map((t, i) => `${t.tokenType.name === 'Semi' ? `;${t.image}` : t.image}@${r.lines[i]}:${r.cols[i]}`)
    .join(' ');
  return { tokens, diags: r.diags.map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`) };
}

describe('semicolons found in the gaps', () => {
  it('sits at a spanning block comment, else at the newline ending a line comment', () => {
    expect(positioned('a /* x\n */ b // c\nd')).toEqual({
      tokens: 'a@1:1 ;newline@1:3 b@2:5 ;newline@2:11 d@3:1 ;EOF@3:2 EOF@3:2',
      diags: [],
    });
  });
  it('sits at the newline of a CRLF pair', () => {
    expect(positioned('a\r\nb').tokens).toBe('a@1:1 ;newline@1:3 b@2:1 ;EOF@2:2 EOF@2:2');
  });
  it('is not moved by stray characters around the newline', () => {
    expect(positioned('a @\n# b')).toEqual({
      tokens: 'a@1:1 ;newline@1:4 b@2:3 ;EOF@2:4 EOF@2:4',
      diags: ["1:3: invalid character U+0040 '@'", "2:1: invalid character U+0023 '#'"],
    });
  });
  it('treats an unterminated comment spanning lines as a newline', () => {
    expect(positioned('a /* x\n')).toEqual({
      tokens: 'a@1:1 ;newline@1:3 EOF@2:1',
      diags: ['1:3: comment not terminated'],
    });
  });
  it('is not inserted at the end of a file ending in a newline after a closer', () => {
    expect(positioned('}\n\n').tokens).toBe('}@1:1 ;newline@1:2 EOF@3:1');
  });
});

describe('error positions', () => {
  it('puts literal errors on the right line after blank lines', () => {
    expect(positioned('package main\n\n\nvar s = "\\q"\n').diags).toEqual(['4:11: unknown escape']);
  });
  it('counts bytes on non-ASCII lines, line by line', () => {
    expect(positioned('package main\nvar s = "é"\nvar t = "世" + @')).toEqual({
      tokens:
        'package@1:1 main@1:9 ;newline@1:13 var@2:1 s@2:5 =@2:7 "é"@2:9 ;newline@2:13 ' +
        'var@3:1 t@3:5 =@3:7 "世"@3:9 +@3:15 EOF@3:18',
      diags: ["3:17: invalid character U+0040 '@'"],
    });
  });
  it('reports several errors of one line in order', () => {
    expect(positioned('x 08 1__0\n').diags).toEqual([
      "1:4: invalid digit '8' in octal literal",
      "1:8: '_' must separate successive digits",
    ]);
  });
});

describe('literal kinds', () => {
  it('classifies plain and prefixed numbers, strings and runes', () => {
    const r = lex('0 7 42 0x1F 1.5 2i "s" `r` \'c\'');
    const kinds = r.tokens.map((_, i) => litKindOf(r, i) ?? '-');
    expect(kinds).toEqual([
      'int',
      'int',
      'int',
      'int',
      'float',
      'imag',
      'string',
      'string',
      'rune',
      '-',
      '-',
    ]);
  });
});
