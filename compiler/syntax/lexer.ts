// Lexer: source text → the token vector the parser reads, with Go's automatic semicolons and gc's positions.
//
// Two steps: chevrotain's Lexer (built once from the LEXER_TOKENS table) splits the text; then one linear
// post-pass over its tokens
//  - computes gc positions: 1-based line and 1-based *byte* column (chevrotain counts UTF-16 units, so
//    non-ASCII text before a token on its line is re-measured in UTF-8 bytes);
//  - maps identifiers to keyword tokens, folds every literal pattern into one `Literal` token whose payload
//    is its LitKind, and validates literals and identifiers, reporting gc's scanner errors;
//  - applies the semicolon rule: a newline (or a block comment spanning lines, or EOF) after an identifier,
//    literal, break/continue/fallthrough/return, ++, --, ), ] or } becomes a `Semi` token whose image is
//    gc's lit ("newline"/"EOF"); an explicit `;` gets the image "semicolon";
//  - drops comments and newlines, reports characters no pattern matched, and appends one EOF token.
//
// Invariants: never throws on any input; token order is source order; after the pass every token has
// its gc line and byte column in the parallel arrays, and the vector ends with exactly one EOF token.

import { Lexer, type IToken, type TokenType } from 'chevrotain';
import { errorAt, type Diagnostic } from '../diag/index.js';
import type { LitKind } from './ast.js';
import { checkNumber, checkQuoted, goUnicode, type LitError, type Unterminated } from './literals.js';
import * as T from './tokens.js';

const chevrotainLexer = new Lexer(T.LEXER_TOKENS, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: false,
  skipValidations: true,
});

/**
 * LexResult is the token vector plus parallel arrays (same index as `tokens`): gc line, gc byte column and,
 * for Literal tokens, the literal kind. Positions live outside the token objects so chevrotain's tokens keep
 * their small fixed shape (speed and memory).
 */
export interface LexResult {
  readonly tokens: IToken[];
  readonly lines: number[];
  readonly cols: number[];
  readonly litKinds: (LitKind | undefined)[];
  readonly diags: Diagnostic[];
}

/** What the post-pass does with each token pattern (a table instead of a chain of ifs). */
type Action =
  'newline' | 'lineComment' | 'blockComment' | 'ident' | 'number' | 'string' | 'rune' | 'raw' | 'semicolon';

const ACTIONS: ReadonlyMap<TokenType, Action> = new Map<TokenType, Action>([
  [T.Newline, 'newline'],
  [T.LineComment, 'lineComment'],
  [T.BlockComment, 'blockComment'],
  [T.UnterminatedComment, 'blockComment'],
  [T.Ident, 'ident'],
  [T.HexNumber, 'number'],
  [T.PrefixedNumber, 'number'],
  [T.DecimalNumber, 'number'],
  [T.StringLit, 'string'],
  [T.UnterminatedString, 'string'],
  [T.RuneLit, 'rune'],
  [T.UnterminatedRune, 'rune'],
  [T.RawString, 'raw'],
  [T.UnterminatedRawString, 'raw'],
  [T.SemiColon, 'semicolon'],
]);

/** ACTIONS indexed by chevrotain's tokenTypeIdx (an array lookup on the hot path). */
const ACTION_BY_INDEX: (Action | undefined)[] = [];
for (const [type, action] of ACTIONS) ACTION_BY_INDEX[type.tokenTypeIdx ?? 0] = action;

const NON_ASCII = /[^\x00-\x7f]/;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** lex tokenizes a whole source file. */
export function lex(src: string): LexResult {
  const diags: Diagnostic[] = [];
  const { tokens: raw, errors: unmatched } = chevrotainLexer.tokenize(src);
  const out: IToken[] = [];
  const lines: number[] = [];
  const cols: number[] = [];
  const litKinds: (LitKind | undefined)[] = [];
  const ascii = !NON_ASCII.test(src);

  let line = 1;
  let lineStart = 0; // UTF-16 offset of the first char of the current line
  // Byte-column cache for non-ASCII lines: the last measured offset on this line and its byte column.
  let cacheOffset = 0;
  let cacheCol = 1;
  let nlsemi = false;

  const colAt = (offset: number): number => {
    if (ascii) return offset - lineStart + 1;
    if (cacheOffset < lineStart || cacheOffset > offset) {
      cacheOffset = lineStart;
      cacheCol = 1;
    }
    cacheCol += utf8Length(src, cacheOffset, offset);
    cacheOffset = offset;
    return cacheCol;
  };
  const report = (offset: number, msg: string): void => {
    diags.push(errorAt({ line, col: colAt(offset), offset }, msg));
  };
  const reportLit = (tok: IToken, errs: readonly LitError[]): void => {
    for (const e of errs) report(tok.startOffset + e.at, e.msg);
  };
  const advanceLines = (text: string, offset: number): void => {
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      line++;
      lineStart = offset + nl + 1;
      nl = text.indexOf('\n', nl + 1);
    }
  };
  const push = (tok: IToken, col: number, kind: LitKind | undefined): void => {
    out.push(tok);
    lines.push(line);
    cols.push(col);
    litKinds.push(kind);
  };
  const pushSynthetic = (type: TokenType, offset: number, image: string): void => {
    push(
      { image, startOffset: offset, tokenTypeIdx: type.tokenTypeIdx ?? 0, tokenType: type },
      colAt(offset),
      undefined,
    );
  };
  const setType = (tok: IToken, type: TokenType): void => {
    tok.tokenType = type;
    tok.tokenTypeIdx = type.tokenTypeIdx ?? 0;
  };

  // Characters no pattern matched (chevrotain reports them as skipped runs, in source order).
  let unmatchedIdx = 0;
  const reportUnmatched = (before: number): void => {
    for (let e = unmatched[unmatchedIdx]; e && e.offset < before; e = unmatched[++unmatchedIdx]) {
      for (let i = e.offset; i < e.offset + e.length;) {
        const cp = src.codePointAt(i) ?? 0;
        report(i, `invalid character ${goUnicode(cp)}`);
        i += cp > 0xffff ? 2 : 1;
      }
    }
  };

  for (let k = 0; k < raw.length; k++) {
    const tok = raw[k] as IToken;
    const offset = tok.startOffset;
    if (unmatchedIdx < unmatched.length) reportUnmatched(offset);
    const type = tok.tokenType;
    const action = type.tokenTypeIdx === undefined ? undefined : ACTION_BY_INDEX[type.tokenTypeIdx];
    if (action === undefined) {
      nlsemi = T.NLSEMI_AFTER.has(type);
      push(tok, ascii ? offset - lineStart + 1 : colAt(offset), undefined);
      continue;
    }
    const text = tok.image;
    switch (action) {
      case 'newline':
        if (nlsemi) pushSynthetic(T.Semi, offset, 'newline');
        nlsemi = false;
        line++;
        lineStart = offset + 1;
        continue;
      case 'lineComment':
        continue;
      case 'blockComment':
        if (type === T.UnterminatedComment) report(offset, 'comment not terminated');
        if (text.includes('\n')) {
          if (nlsemi) pushSynthetic(T.Semi, offset, 'newline');
          nlsemi = false;
          advanceLines(text, offset);
        }
        continue;
      case 'semicolon':
        setType(tok, T.Semi);
        tok.image = 'semicolon';
        nlsemi = false;
        push(tok, colAt(offset), undefined);
        continue;
      case 'ident': {
        const kw = T.KEYWORDS.get(text);
        if (kw) {
          setType(tok, kw);
          nlsemi = T.NLSEMI_AFTER.has(kw);
        } else {
          if (!ascii && NON_ASCII.test(text)) checkIdent(text, (at, msg) => report(offset + at, msg));
          nlsemi = true;
        }
        push(tok, colAt(offset), undefined);
        continue;
      }
      case 'number': {
        const r = checkNumber(text);
        reportLit(tok, r.errors);
        setType(tok, T.Literal);
        nlsemi = true;
        push(tok, colAt(offset), r.kind);
        continue;
      }
      case 'string':
      case 'rune': {
        const end: Unterminated =
          type === T.StringLit || type === T.RuneLit
            ? undefined
            : src.charCodeAt(offset + text.length) === 10
              ? 'newline'
              : 'eof';
        reportLit(tok, checkQuoted(text, action === 'rune' ? "'" : '"', end));
        setType(tok, T.Literal);
        nlsemi = true;
        push(tok, colAt(offset), action === 'rune' ? 'rune' : 'string');
        continue;
      }
      case 'raw':
        if (type === T.UnterminatedRawString) report(offset, 'string not terminated');
        setType(tok, T.Literal);
        nlsemi = true;
        push(tok, colAt(offset), 'string');
        if (text.includes('\r')) tok.image = text.replace(/\r/g, '');
        advanceLines(text, offset);
        continue;
    }
  }
  reportUnmatched(src.length + 1);
  if (nlsemi) pushSynthetic(T.Semi, src.length, 'EOF');
  pushSynthetic(T.EOF, src.length, 'EOF');
  return { tokens: out, lines, cols, litKinds, diags };
}

/** checkIdent reports gc's errors for non-ASCII characters in an identifier (scanner.atIdentChar). */
function checkIdent(text: string, report: (at: number, msg: string) => void): void {
  let first = true;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (cp >= 0x80 && !LETTER.test(ch)) {
      if (DIGIT.test(ch)) {
        if (first) report(i, `identifier cannot begin with digit ${goUnicode(cp)}`);
      } else {
        report(i, `invalid character ${goUnicode(cp)} in identifier`);
      }
    }
    first = false;
    i += cp > 0xffff ? 2 : 1;
  }
}

/** utf8Length counts the UTF-8 bytes of src[from, to). */
function utf8Length(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
