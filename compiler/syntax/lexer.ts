// Lexer: source text → the token vector the parser reads, with Go's automatic semicolons and gc's positions.
//
// Two steps: chevrotain's Lexer (built once from the LEXER_TOKENS table) splits the text, skipping
// whitespace, newlines and terminated comments (they produce no tokens); then one linear post-pass over its
// tokens
//  - computes gc positions: 1-based line and 1-based *byte* column. A line cursor walks a table of the
//    source's newline offsets in step with the tokens; columns are offset - line start + 1 for ASCII sources,
//    and re-measured in UTF-8 bytes on lines with non-ASCII text before the token;
//  - maps identifiers to keyword tokens, folds every literal pattern into one `Literal` token whose kind
//    goes to `litKinds`, and validates literals and identifiers, reporting gc's scanner errors;
//  - applies the semicolon rule: when the last token was an identifier, literal, break/continue/
//    fallthrough/return, ++, --, ), ] or } and the gap before the next token (or EOF) holds a newline, the
//    gap is scanned for gc's semicolon position: its first newline outside a comment, or the start of a
//    block comment spanning lines. There a `Semi` token is inserted whose image is gc's lit ("newline";
//    "EOF" at the end of the file); an explicit `;` becomes a `Semi` with the image "semicolon";
//  - reports characters no pattern matched and an unterminated comment, and appends one EOF token.
//
// Invariants: never throws on any input; token order is source order; every token has its gc line and byte
// column at the same index in `lines`/`cols`; the vector ends with exactly one EOF token.
// Hot path (about 7 tokens per line): no allocation per token except the inserted Semi tokens; token kinds
// are classified through arrays indexed by chevrotain's tokenTypeIdx. `ensureOptimizations: true` makes
// module load fail if a token pattern ever defeats chevrotain's first-character optimization.
// Measured with scripts/profile-front.mjs; tried and dropped as no gain: a one-space string pattern
// before the whitespace regexp, custom (non-regexp) matchers for operators and identifiers, and interning
// identifier texts.

import { Lexer, type ILexingError, type IToken, type TokenType } from 'chevrotain';
import { errorAt, type Diagnostic } from '../diag/index.js';
import type { LitKind } from './ast.js';
import { checkNumber, checkQuoted, goUnicode, type LitError, type Unterminated } from './literals.js';
import * as T from './tokens.js';

const chevrotainLexer = new Lexer(T.LEXER_TOKENS, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: true,
});

/**
 * LexResult is the token vector plus parallel arrays (same index as `tokens`): gc line, gc byte column and,
 * for Literal tokens, the literal kind code (see litKindOf). Positions live outside the token objects so
 * chevrotain's tokens keep their small fixed shape (speed and memory).
 */
export interface LexResult {
  readonly tokens: IToken[];
  readonly lines: Int32Array;
  readonly cols: Int32Array;
  readonly litKinds: Uint8Array;
  readonly diags: Diagnostic[];
}

/** Literal kind codes stored in LexResult.litKinds: code = index + 1; 0 = not a literal. */
const LIT_KINDS: readonly LitKind[] = ['int', 'float', 'imag', 'rune', 'string'];
const LIT_CODE: Readonly<Record<LitKind, number>> = { int: 1, float: 2, imag: 3, rune: 4, string: 5 };

/** litKindOf returns the kind of the Literal token at index i (undefined for other tokens). */
export function litKindOf(lexed: LexResult, i: number): LitKind | undefined {
  return LIT_KINDS[(lexed.litKinds[i] ?? 0) - 1];
}

/** What the post-pass does with each token pattern (a table instead of a chain of ifs). */
const Action = {
  plain: 0,
  ident: 1,
  number: 2,
  string: 3,
  rune: 4,
  raw: 5,
  semicolon: 6,
  unterminatedComment: 7,
} as const;
type Action = (typeof Action)[keyof typeof Action];

const ACTIONS: ReadonlyMap<TokenType, Action> = new Map<TokenType, Action>([
  [T.UnterminatedComment, Action.unterminatedComment],
  [T.Ident, Action.ident],
  [T.HexNumber, Action.number],
  [T.PrefixedNumber, Action.number],
  [T.DecimalNumber, Action.number],
  [T.StringLit, Action.string],
  [T.UnterminatedString, Action.string],
  [T.RuneLit, Action.rune],
  [T.UnterminatedRune, Action.rune],
  [T.RawString, Action.raw],
  [T.UnterminatedRawString, Action.raw],
  [T.SemiColon, Action.semicolon],
]);

const indexOf = (type: TokenType): number => type.tokenTypeIdx ?? 0;
const maxTokenIndex = Math.max(...T.ALL_TOKENS.map(indexOf));

/** ACTIONS and NLSEMI_AFTER indexed by tokenTypeIdx (array lookups on the hot path). */
const ACTION_BY_INDEX = new Uint8Array(maxTokenIndex + 1);
for (const [type, action] of ACTIONS) ACTION_BY_INDEX[indexOf(type)] = action;
const NLSEMI_BY_INDEX = new Uint8Array(maxTokenIndex + 1);
for (const type of T.NLSEMI_AFTER) NLSEMI_BY_INDEX[indexOf(type)] = 1;

/** Keywords grouped by first character code: an identifier is compared only with keywords that could match. */
const KEYWORDS_BY_FIRST_CHAR: (readonly [string, TokenType][] | undefined)[] = [];
for (const [word, type] of T.KEYWORDS) {
  const c = word.charCodeAt(0);
  KEYWORDS_BY_FIRST_CHAR[c] = [...(KEYWORDS_BY_FIRST_CHAR[c] ?? []), [word, type]];
}

function keyword(text: string): TokenType | undefined {
  if (text.length < 2) return undefined;
  const candidates = KEYWORDS_BY_FIRST_CHAR[text.charCodeAt(0)];
  if (candidates === undefined) return undefined;
  for (const [word, type] of candidates) if (word === text) return type;
  return undefined;
}

const NON_ASCII = /[^\x00-\x7f]/;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const NEWLINE = 10;
const SLASH = 47;
const STAR = 42;

/** lex tokenizes a whole source file. */
export function lex(src: string): LexResult {
  const { tokens: raw, errors: unmatched } = chevrotainLexer.tokenize(src);
  const ascii = !NON_ASCII.test(src);
  const newlines = newlineOffsets(src);
  const diags = new LexDiagnostics(src, ascii, newlines);
  // Every inserted Semi but the final one owns at least one newline of its gap (or of an unterminated
  // comment), so the output holds at most raw + newlines + 2 tokens (the final Semi and EOF).
  const capacity = raw.length + newlines.length + 2;
  const out = new Array<IToken>(capacity);
  const lines = new Int32Array(capacity);
  const cols = new Int32Array(capacity);
  const litKinds = new Uint8Array(capacity);
  const byteCols = ascii ? undefined : new ByteColumns(src);
  let w = 0; // tokens written to out

  // Line cursor: `line` is the line of offsets in [lineStart, nextNewline]; nextNewline is NO_NEWLINE after
  // the last. The hot loop keeps it in locals (no closure captures them); it only moves forward.
  let line = 1;
  let lineStart = 0;
  let nextNewline = newlines[0] ?? NO_NEWLINE;

  let unmatchedIdx = 0; // unmatched character runs (chevrotain errors, in source order) reported so far
  let nlsemi = false;
  let prevEnd = 0; // end offset of the previous token: the gap before a token is [prevEnd, its start)
  for (let k = 0; k <= raw.length; k++) {
    const tok = raw[k];
    const offset = tok === undefined ? src.length : tok.startOffset;
    while (nextNewline < prevEnd) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = newlines[line - 1] ?? NO_NEWLINE;
    }
    if (nlsemi && nextNewline < offset) {
      nlsemi = false;
      const at = semicolonInGap(src, prevEnd, offset);
      if (at >= 0) {
        while (nextNewline < at) {
          line++;
          lineStart = nextNewline + 1;
          nextNewline = newlines[line - 1] ?? NO_NEWLINE;
        }
        out[w] = { image: 'newline', startOffset: at, tokenTypeIdx: SEMI_INDEX, tokenType: T.Semi };
        lines[w] = line;
        cols[w] = byteCols ? byteCols.col(lineStart, at) : at - lineStart + 1;
        w++;
      }
    }
    // After the Semi: stray characters in the gap are on its line or later, never before it.
    while (unmatchedIdx < unmatched.length && (unmatched[unmatchedIdx]?.offset ?? 0) < offset) {
      diags.unmatched(unmatched[unmatchedIdx++]);
    }
    while (nextNewline < offset) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = newlines[line - 1] ?? NO_NEWLINE;
    }
    if (tok === undefined) break; // end of input: the final gap is done

    const text = tok.image;
    prevEnd = offset + text.length;
    const index = tok.tokenTypeIdx;
    let litCode = 0;
    switch (ACTION_BY_INDEX[index]) {
      case Action.plain:
        nlsemi = NLSEMI_BY_INDEX[index] === 1;
        break;
      case Action.ident: {
        const kw = keyword(text);
        if (kw) {
          tok.tokenType = kw;
          tok.tokenTypeIdx = indexOf(kw);
          nlsemi = NLSEMI_BY_INDEX[tok.tokenTypeIdx] === 1;
        } else {
          if (!ascii && NON_ASCII.test(text)) diags.ident(offset, text);
          nlsemi = true;
        }
        break;
      }
      case Action.number:
        litCode = isPlainDecimal(text) ? LIT_CODE.int : diags.number(offset, text);
        toLiteral(tok);
        nlsemi = true;
        break;
      case Action.string:
      case Action.rune: {
        const type = tok.tokenType;
        const rune = type === T.RuneLit || type === T.UnterminatedRune;
        if (type !== T.StringLit || text.indexOf('\\') >= 0) {
          const end: Unterminated =
            type === T.StringLit || type === T.RuneLit
              ? undefined
              : src.charCodeAt(prevEnd) === NEWLINE
                ? 'newline'
                : 'eof';
          diags.literal(offset, checkQuoted(text, rune ? "'" : '"', end));
        }
        litCode = rune ? LIT_CODE.rune : LIT_CODE.string;
        toLiteral(tok);
        nlsemi = true;
        break;
      }
      case Action.raw:
        if (tok.tokenType === T.UnterminatedRawString) diags.at(offset, 'string not terminated');
        if (text.includes('\r')) tok.image = text.replace(/\r/g, '');
        litCode = LIT_CODE.string;
        toLiteral(tok);
        nlsemi = true;
        break;
      case Action.semicolon:
        tok.tokenType = T.Semi;
        tok.tokenTypeIdx = SEMI_INDEX;
        tok.image = 'semicolon';
        nlsemi = false;
        break;
      case Action.unterminatedComment:
        diags.at(offset, 'comment not terminated');
        if (text.includes('\n')) {
          if (nlsemi) {
            out[w] = { image: 'newline', startOffset: offset, tokenTypeIdx: SEMI_INDEX, tokenType: T.Semi };
            lines[w] = line;
            cols[w] = byteCols ? byteCols.col(lineStart, offset) : offset - lineStart + 1;
            w++;
          }
          nlsemi = false;
        }
        continue;
    }
    out[w] = tok;
    lines[w] = line;
    cols[w] = byteCols ? byteCols.col(lineStart, offset) : offset - lineStart + 1;
    litKinds[w] = litCode;
    w++;
  }
  const eofCol = byteCols ? byteCols.col(lineStart, src.length) : src.length - lineStart + 1;
  if (nlsemi) {
    out[w] = { image: 'EOF', startOffset: src.length, tokenTypeIdx: SEMI_INDEX, tokenType: T.Semi };
    lines[w] = line;
    cols[w] = eofCol;
    w++;
  }
  out[w] = { image: 'EOF', startOffset: src.length, tokenTypeIdx: indexOf(T.EOF), tokenType: T.EOF };
  lines[w] = line;
  cols[w] = eofCol;
  w++;
  out.length = w;
  return {
    tokens: out,
    lines: lines.subarray(0, w),
    cols: cols.subarray(0, w),
    litKinds: litKinds.subarray(0, w),
    diags: diags.list,
  };
}

const SEMI_INDEX = indexOf(T.Semi);
const NO_NEWLINE = 0x7fffffff; // past any offset: the line cursor's "no more newlines"

/** newlineOffsets lists the offset of every `\n` in src, in order (line n ends at index n - 1). */
function newlineOffsets(src: string): Int32Array {
  let count = 0;
  for (let nl = src.indexOf('\n'); nl >= 0; nl = src.indexOf('\n', nl + 1)) count++;
  const offsets = new Int32Array(count);
  let i = 0;
  for (let nl = src.indexOf('\n'); nl >= 0; nl = src.indexOf('\n', nl + 1)) offsets[i++] = nl;
  return offsets;
}

function toLiteral(tok: IToken): void {
  tok.tokenType = T.Literal;
  tok.tokenTypeIdx = LITERAL_INDEX;
}
const LITERAL_INDEX = indexOf(T.Literal);

/**
 * ByteColumns measures gc byte columns on sources with non-ASCII text, caching the last measured offset of
 * the current line so a line is measured once left to right.
 */
class ByteColumns {
  private cacheOffset = 0;
  private cacheCol = 1;
  constructor(private readonly src: string) {}

  col(lineStart: number, offset: number): number {
    if (this.cacheOffset < lineStart || this.cacheOffset > offset) {
      this.cacheOffset = lineStart;
      this.cacheCol = 1;
    }
    this.cacheCol += utf8Length(this.src, this.cacheOffset, offset);
    this.cacheOffset = offset;
    return this.cacheCol;
  }
}

/**
 * LexDiagnostics collects the lexer's errors (the cold path). Positions come from a line-start table built
 * on the first error, so the hot loop's line cursor stays in locals.
 */
class LexDiagnostics {
  readonly list: Diagnostic[] = [];
  private readonly byteCols: ByteColumns | undefined;

  constructor(
    private readonly src: string,
    ascii: boolean,
    private readonly newlines: Int32Array,
  ) {
    this.byteCols = ascii ? undefined : new ByteColumns(src);
  }

  at(offset: number, msg: string): void {
    // line - 1 = the number of newlines before offset (binary search)
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.newlines[mid] ?? NO_NEWLINE) < offset) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo === 0 ? 0 : (this.newlines[lo - 1] ?? -1) + 1;
    const col = this.byteCols ? this.byteCols.col(lineStart, offset) : offset - lineStart + 1;
    this.list.push(errorAt({ line: lo + 1, col, offset }, msg));
  }

  literal(offset: number, errs: readonly LitError[]): void {
    for (const e of errs) this.at(offset + e.at, e.msg);
  }

  /** number validates a number literal and returns its LIT_CODE. */
  number(offset: number, text: string): number {
    const r = checkNumber(text);
    this.literal(offset, r.errors);
    return LIT_CODE[r.kind];
  }

  ident(offset: number, text: string): void {
    checkIdent(text, (at, msg) => this.at(offset + at, msg));
  }

  /** unmatched reports each character of a run no pattern matched. */
  unmatched(run: ILexingError | undefined): void {
    if (run === undefined) return;
    for (let i = run.offset; i < run.offset + run.length;) {
      const cp = this.src.codePointAt(i) ?? 0;
      this.at(i, `invalid character ${goUnicode(cp)}`);
      i += cp > 0xffff ? 2 : 1;
    }
  }
}

/**
 * semicolonInGap returns where gc's scanner turns a newline in src[from, to) into a Semi: the first newline
 * outside a comment, or the start of a block comment that spans lines; -1 when there is none. The gap holds
 * only whitespace, terminated comments and characters no pattern matched (none of which is `/` or `\n`).
 */
function semicolonInGap(src: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === NEWLINE) return i;
    if (c !== SLASH) continue;
    const next = src.charCodeAt(i + 1);
    if (next === SLASH) {
      const end = src.indexOf('\n', i);
      return end >= 0 && end < to ? end : -1;
    }
    if (next === STAR) {
      const end = src.indexOf('*/', i + 2);
      const newline = src.indexOf('\n', i + 2);
      if (newline >= 0 && newline < end) return i;
      i = end + 1;
    }
  }
  return -1;
}

/** isPlainDecimal: a decimal integer literal with no prefix, separator or suffix (`0` or [1-9][0-9]*). */
function isPlainDecimal(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 48) return text.length === 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
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
