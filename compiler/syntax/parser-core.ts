// Parser core: the token cursor and gc's error machinery, shared by the expression, statement and
// declaration layers (parse-expr.ts → parse-stmt.ts → parser.ts extend this class in that order).
//
// The parser is a chevrotain EmbeddedActionsParser: chevrotain owns the token vector and the cursor
// (`input`, `LA`, `SKIP_TOKEN`) and the one grammar rule `sourceFile`; the productions themselves are
// LL(1) methods that take the same decisions, at the same tokens, as gc's syntax/parser.go. That is what
// makes the first syntax error come out at gc's token with gc's wording: errors are recorded, never thrown,
// and parsing resumes with gc's `advance` follow sets, so later errors also line up with gc's.
//
// Invariants:
//  - `tok`/`tt` always mirror chevrotain's LA(1); `next()` never moves past the final EOF token.
//  - `pos()` returns one shared (readonly) Pos object per token: nodes that start at the same token share
//    it, and asking twice allocates once.
//  - A syntax error message is built exactly as gc's syntaxErrorAt: "in/at/after ..." and "expecting ..."
//    messages get "unexpected <token>" prepended, other messages are printed as is.
//  - Nesting deeper than MAX_NESTING throws NestingTooDeep (caught by parse()) instead of overflowing the
//    host stack.

import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain';
import { errorAt, type Diagnostic, type Pos } from '../diag/index.js';
import type { BadExpr, Ident } from './ast.js';
import type { LexResult } from './lexer.js';
import * as T from './tokens.js';

/** MAX_NESTING bounds recursion (parens, blocks, types, unary chains) so no input overflows the stack. */
export const MAX_NESTING = 1000;

/** NestingTooDeep aborts a parse whose input nests deeper than MAX_NESTING. */
export class NestingTooDeep extends Error {
  constructor(readonly pos: Pos) {
    super('nesting too deep');
  }
}

/** Constructs outside mini-Go, and the wording of their diagnostic (`<feature> not supported by mgo yet`). */
export const UNSUPPORTED = {
  go: 'go statement',
  defer: 'defer statement',
  select: 'select statement',
  goto: 'goto statement',
  label: 'labeled statement',
  branchLabel: 'labeled break or continue',
  chan: 'channel type',
  arrow: 'channel operation',
  send: 'send statement',
  iface: 'interface type',
  typeParams: 'generic type parameters',
  instance: 'generic instantiation',
  assert: 'type assertion',
  typeSwitch: 'type switch',
  tilde: 'type constraint',
  nesting: `nesting deeper than ${MAX_NESTING} levels`,
} as const;
export type Unsupported = keyof typeof UNSUPPORTED;

/** Text of a token type in gc's messages (gc's tokstring). */
const TOKEN_TEXT: ReadonlyMap<TokenType, string> = new Map<TokenType, string>([
  ...T.LEXER_TOKENS.flatMap((t): [TokenType, string][] =>
    typeof t.PATTERN === 'string' ? [[t, t.PATTERN]] : [],
  ),
  ...[...T.KEYWORDS].map(([k, t]): [TokenType, string] => [t, k]),
  [T.Ident, 'name'],
  [T.Literal, 'literal'],
  [T.Comma, 'comma'],
  [T.Semi, 'semicolon or newline'],
  [T.EOF, 'EOF'],
]);

export function tokstring(tt: TokenType): string {
  return TOKEN_TEXT.get(tt) ?? tt.name;
}

/** Statement keywords gc never skips over while recovering inside a function body (gc's stopset). */
const STOPSET: ReadonlySet<TokenType> = new Set([
  T.Break,
  T.Const,
  T.Continue,
  T.Defer,
  T.Fallthrough,
  T.For,
  T.Go,
  T.Goto,
  T.If,
  T.Return,
  T.Select,
  T.Switch,
  T.Type,
  T.Var,
]);

const EMPTY_LEX: LexResult = {
  tokens: [],
  lines: new Int32Array(0),
  cols: new Int32Array(0),
  litKinds: new Uint8Array(0),
  diags: [],
};

export abstract class ParserCore extends EmbeddedActionsParser {
  /** Current token (LA(1)) and its type. */
  protected tok!: IToken;
  protected tt!: TokenType;
  /** Index of `tok` in the token vector (and in the lexer's parallel position arrays). */
  protected idx = 0;
  protected lex!: LexResult;
  /** Expression nesting level; -1 inside if/for/switch headers, where `T{` is not a composite literal. */
  protected xnest = 0;
  /** Function nesting level (gc's fnest): recovery stops at statement keywords only inside functions. */
  protected fnest = 0;
  protected depth = 0;
  protected diags: Diagnostic[] = [];
  /** Lexical diagnostics, sorted by offset; they count as "an error was seen" once the cursor passes them. */
  protected lexDiags: readonly Diagnostic[] = [];
  /** The last Pos built by pos() and its token index (-1: none yet for this token vector). */
  private posIdx = -1;
  private posCached: Pos = { line: 0, col: 0, offset: 0 };

  protected constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: false, skipValidations: true });
  }

  /** end drops the references to the token vector, so it can be collected while the AST lives on. */
  protected end(): void {
    this.input = [];
    this.lex = EMPTY_LEX;
    this.lexDiags = [];
  }

  /** begin points the parser at a new token vector. */
  protected begin(lexed: LexResult): void {
    this.input = lexed.tokens;
    this.lex = lexed;
    this.idx = 0;
    this.posIdx = -1;
    this.diags = [];
    this.lexDiags = lexed.diags;
    this.xnest = 0;
    this.fnest = 0;
    this.depth = 0;
    this.sync();
  }

  protected sync(): void {
    this.tok = this.LA(1);
    this.tt = this.tok.tokenType;
  }

  protected next(): void {
    if (this.tt === T.EOF) return;
    this.idx++;
    this.tok = this.SKIP_TOKEN();
    this.tt = this.tok.tokenType;
  }

  protected pos(): Pos {
    if (this.posIdx !== this.idx) {
      this.posIdx = this.idx;
      this.posCached = {
        line: this.lex.lines[this.idx] ?? 0,
        col: this.lex.cols[this.idx] ?? 0,
        offset: this.tok.startOffset,
      };
    }
    return this.posCached;
  }

  protected got(tt: TokenType): boolean {
    if (this.tt === tt) {
      this.next();
      return true;
    }
    return false;
  }

  protected want(tt: TokenType): void {
    if (!this.got(tt)) {
      this.syntaxError(`expecting ${tokstring(tt)}`);
      this.advance();
    }
  }

  /** gotAssign accepts `=`, and `:=` with gc's "expecting =" error. */
  protected gotAssign(): boolean {
    if (this.tt === T.Define) this.syntaxError('expecting =');
    if (this.tt === T.Define || this.tt === T.Assign) {
      this.next();
      return true;
    }
    return false;
  }

  // --- errors --------------------------------------------------------------------------------------------

  protected hadError(): boolean {
    if (this.diags.length > 0) return true;
    const first = this.lexDiags[0];
    return first !== undefined && first.pos.offset <= this.tok.startOffset;
  }

  protected errorAt(pos: Pos, msg: string): void {
    this.diags.push(errorAt(pos, msg));
  }

  protected error(msg: string): void {
    this.errorAt(this.pos(), msg);
  }

  protected syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos(), msg);
  }

  protected syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.tt === T.EOF && this.hadError()) return; // gc: avoid meaningless follow-up errors
    if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) msg = ' ' + msg;
    else if (msg.startsWith('expecting ')) msg = ', ' + msg;
    else if (msg !== '') {
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }
    this.errorAt(pos, `syntax error: unexpected ${this.describeToken()}${msg}`);
  }

  /** describeToken names the current token as gc's syntaxErrorAt does. */
  protected describeToken(): string {
    const tt = this.tt;
    if (tt === T.Ident || tt === T.Semi) return this.tok.image;
    if (tt === T.Literal) return 'literal ' + this.tok.image;
    if (tt === T.Comma || tt === T.EOF) return tokstring(tt);
    return this.tok.image;
  }

  protected unsupported(pos: Pos, what: Unsupported): void {
    this.errorAt(pos, `${UNSUPPORTED[what]} not supported by mgo yet`);
  }

  /** advance skips tokens until one in `follow` (or, inside functions, a statement keyword), as gc. */
  protected advance(...follow: TokenType[]): void {
    if (follow.length === 0) {
      this.next();
      return;
    }
    while (this.tt !== T.EOF && !follow.includes(this.tt) && !(this.fnest > 0 && STOPSET.has(this.tt))) {
      this.next();
    }
  }

  /**
   * list parses `[ f { sep f } [sep] ] close` as gc's parser.list, with its "possibly missing" error.
   * Returns the position of the closing token.
   */
  protected list(context: string, sep: TokenType, close: TokenType, f: () => boolean): Pos {
    let done = false;
    while (this.tt !== T.EOF && this.tt !== close && !done) {
      done = f();
      if (!this.got(sep) && this.tt !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(T.RParen, T.RBrack, T.RBrace);
        if (this.tt !== close) return this.pos();
      }
    }
    const pos = this.pos();
    this.want(close);
    return pos;
  }

  /** skipBalanced skips an unsupported bracketed construct starting at an open token, to its match. */
  protected skipBalanced(): void {
    let level = 0;
    do {
      if (this.tt === T.LParen || this.tt === T.LBrack || this.tt === T.LBrace) level++;
      else if (this.tt === T.RParen || this.tt === T.RBrack || this.tt === T.RBrace) level--;
      this.next();
    } while (level > 0 && this.tt !== T.EOF);
  }

  protected enter(): void {
    if (++this.depth > MAX_NESTING) throw new NestingTooDeep(this.pos());
  }

  protected leave(): void {
    this.depth--;
  }

  // --- small nodes ---------------------------------------------------------------------------------------

  protected name(): Ident {
    if (this.tt === T.Ident) {
      const n: Ident = { kind: 'Ident', pos: this.pos(), name: this.tok.image };
      this.next();
      return n;
    }
    const n: Ident = { kind: 'Ident', pos: this.pos(), name: '_' };
    this.syntaxError('expecting name');
    this.advance();
    return n;
  }

  protected nameList(first: Ident): Ident[] {
    const l = [first];
    while (this.got(T.Comma)) l.push(this.name());
    return l;
  }

  protected badExpr(): BadExpr {
    return { kind: 'BadExpr', pos: this.pos() };
  }
}
