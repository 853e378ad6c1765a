// Statement productions (gc parser.go: stmtOrNil, stmtList, simpleStmt, header, if/for/switch, blockStmt).
//
// Invariants:
//  - Headers of if/for/switch are parsed with xnest = -1 (no bare `T{` composite literals), then gc's
//    header() decides: a lone simple statement is the condition/tag; an assignment or inc/dec where a value
//    is needed is gc's "cannot use ... as value"; a missing condition gets gc's exact message.
//  - `for ... range` is recognized inside simpleStmt (as gc), producing a RangeStmt.
//  - stmtList stops at `}`, `case`, `default` and EOF, and after a statement wants `;` or `}` with gc's
//    "at end of statement" recovery.

import type { Pos } from '../diag/index.js';
import type {
  AssignStmt,
  BlockStmt,
  CaseClause,
  ConstDecl,
  DeclStmt,
  Expr,
  ExprStmt,
  IfStmt,
  SimpleStmt,
  Stmt,
  SwitchStmt,
  TypeDecl,
  VarDecl,
} from './ast.js';
import { ExprParser } from './parse-expr.js';
import { printStmt } from './print.js';
import * as T from './tokens.js';
import type { TokenType } from 'chevrotain';

type HeaderKeyword = 'if' | 'for' | 'switch';

/** A `lhs := range x` clause, before it becomes a RangeStmt. */
interface RangeClause {
  readonly kind: 'RangeClause';
  readonly pos: Pos;
  readonly lhs: readonly Expr[];
  readonly define: boolean;
  readonly x: Expr;
}

interface Header {
  init: SimpleStmt | undefined;
  cond: Expr | undefined;
  post: SimpleStmt | undefined;
  range: RangeClause | undefined;
}

const HEADER_TOKENS: Readonly<Record<HeaderKeyword, TokenType>> = { if: T.If, for: T.For, switch: T.Switch };

const ASSIGN_OPS = T.byTokenIndex(T.ASSIGN_OPS);

/** Tokens that start a simple statement other than a name (gc's stmtOrNil operand/operator cases). */
const SIMPLE_STMT_START = T.byTokenIndex(
  new Map<TokenType, true>(
    [
      T.Add,
      T.Sub,
      T.Star,
      T.And,
      T.Xor,
      T.Not,
      T.Literal,
      T.Func,
      T.LParen,
      T.LBrack,
      T.Struct,
      T.Map_,
      T.Chan,
      T.Interface,
      T.Arrow,
    ].map((t): [TokenType, true] => [t, true]),
  ),
);

export abstract class StmtParser extends ExprParser {
  protected abstract varDecl(): VarDecl | undefined;
  protected abstract declGroup<D>(f: () => D | undefined): D[];
  protected abstract constDeclGroup(): ConstDecl[];
  protected abstract typeDecl(): TypeDecl | undefined;

  protected funcBody(): BlockStmt {
    this.fnest++;
    const body = this.blockStmt('');
    this.fnest--;
    return body;
  }

  protected blockStmt(context: string): BlockStmt {
    const pos = this.pos();
    if (!this.got(T.LBrace)) {
      this.syntaxError(`expecting { after ${context}`);
      this.advance(T.Ident, T.RBrace);
      const rbrace = this.pos();
      if (this.got(T.RBrace)) return { kind: 'BlockStmt', pos, stmts: [], rbrace };
    }
    this.enter();
    const stmts = this.stmtList();
    this.leave();
    const rbrace = this.pos();
    this.want(T.RBrace);
    return { kind: 'BlockStmt', pos, stmts, rbrace };
  }

  protected stmtList(): Stmt[] {
    const list: Stmt[] = [];
    while (this.tt !== T.EOF && this.tt !== T.RBrace && this.tt !== T.Case && this.tt !== T.Default) {
      const s = this.stmtOrNil();
      if (s === undefined) break;
      list.push(s);
      if (!this.got(T.Semi) && this.tt !== T.RBrace) {
        this.syntaxError('at end of statement');
        this.advance(T.Semi, T.RBrace, T.Case, T.Default);
        this.got(T.Semi);
      }
    }
    return list;
  }

  protected stmtOrNil(): Stmt | undefined {
    const pos = this.pos();
    if (this.tt === T.Ident) {
      const lhs = this.exprList();
      const first = lhs[0];
      if (lhs.length === 1 && first?.kind === 'Ident' && this.tt === T.Colon)
        return this.labeledStmtOrNil(pos);
      return this.simpleStmt(lhs, undefined) as SimpleStmt;
    }
    if (SIMPLE_STMT_START[this.tok.tokenTypeIdx]) return this.simpleStmt(undefined, undefined) as SimpleStmt;
    switch (this.tt) {
      case T.Var:
        return this.declStmt(() => this.declGroup(() => this.varDecl()));
      case T.Const:
        return this.declStmt(() => this.constDeclGroup());
      case T.Type:
        return this.declStmt(() => this.declGroup(() => this.typeDecl()));
      case T.LBrace:
        return this.blockStmt('');
      case T.For:
        return this.forStmt();
      case T.Switch:
        return this.switchStmt();
      case T.If:
        return this.ifStmt();
      case T.Select:
        return this.selectStmt();
      case T.Fallthrough:
        this.next();
        return { kind: 'BranchStmt', pos, tok: 'fallthrough' };
      case T.Break:
      case T.Continue: {
        const tok = this.tt === T.Break ? 'break' : 'continue';
        this.next();
        if (this.tt === T.Ident) {
          this.unsupported(this.pos(), 'branchLabel');
          this.name();
        }
        return { kind: 'BranchStmt', pos, tok };
      }
      case T.Go:
      case T.Defer:
        this.unsupported(pos, this.tt === T.Go ? 'go' : 'defer');
        this.next();
        this.pexpr(undefined);
        return { kind: 'BadStmt', pos };
      case T.Goto:
        this.unsupported(pos, 'goto');
        this.next();
        this.name();
        return { kind: 'BadStmt', pos };
      case T.Return: {
        this.next();
        const results = this.tt !== T.Semi && this.tt !== T.RBrace ? this.exprList() : [];
        return { kind: 'ReturnStmt', pos, results };
      }
      case T.Semi:
        return { kind: 'EmptyStmt', pos };
      default:
        return undefined;
    }
  }

  private labeledStmtOrNil(pos: Pos): Stmt | undefined {
    this.unsupported(pos, 'label');
    this.want(T.Colon);
    if (this.tt === T.RBrace) return { kind: 'EmptyStmt', pos: this.pos() };
    const s = this.stmtOrNil();
    if (s) return s;
    this.syntaxErrorAt(pos, 'missing statement after label');
    return undefined;
  }

  private declStmt(parse: () => (VarDecl | ConstDecl | TypeDecl)[]): DeclStmt {
    const pos = this.pos();
    this.next();
    const decls = parse();
    return { kind: 'DeclStmt', pos: decls[0]?.pos ?? pos, decls };
  }

  protected simpleStmt(
    lhsIn: Expr[] | undefined,
    keyword: HeaderKeyword | undefined,
  ): SimpleStmt | RangeClause {
    if (keyword === 'for' && this.tt === T.Range) return this.rangeClause([], false);
    const lhs = lhsIn ?? this.exprList();
    const pos = this.pos();
    const first = lhs[0] as Expr;
    if (lhs.length === 1 && this.tt !== T.Assign && this.tt !== T.Define) {
      const op = ASSIGN_OPS[this.tok.tokenTypeIdx];
      if (op !== undefined) {
        this.next();
        return { kind: 'AssignStmt', pos, op, lhs, rhs: [this.expr()] };
      }
      if (this.tt === T.Inc || this.tt === T.Dec) {
        const incdec = this.tt === T.Inc ? '++' : '--';
        this.next();
        return { kind: 'IncDecStmt', pos, op: incdec, x: first };
      }
      if (this.tt === T.Arrow) {
        this.unsupported(pos, 'send');
        this.next();
        this.expr();
        return { kind: 'ExprStmt', pos, x: { kind: 'BadExpr', pos } };
      }
      return { kind: 'ExprStmt', pos: first.pos, x: first };
    }
    if (this.tt === T.Assign || this.tt === T.Define) {
      const define = this.tt === T.Define;
      this.next();
      if (keyword === 'for' && this.tt === T.Range) return this.rangeClause(lhs, define);
      return { kind: 'AssignStmt', pos, op: define ? ':=' : '=', lhs, rhs: this.exprList() };
    }
    this.syntaxError('expecting := or = or comma');
    this.advance(T.Semi, T.RBrace);
    return { kind: 'ExprStmt', pos: first.pos, x: first };
  }

  private rangeClause(lhs: readonly Expr[], define: boolean): RangeClause {
    const pos = this.pos();
    this.next();
    return { kind: 'RangeClause', pos, lhs, define, x: this.expr() };
  }

  private header(keyword: HeaderKeyword): Header {
    const h: Header = { init: undefined, cond: undefined, post: undefined, range: undefined };
    this.want(HEADER_TOKENS[keyword]);
    if (this.tt === T.LBrace) {
      if (keyword === 'if') {
        this.syntaxError('missing condition in if statement');
        h.cond = this.badExpr();
      }
      return h;
    }
    const outer = this.xnest;
    this.xnest = -1;
    let init: SimpleStmt | RangeClause | undefined;
    if (this.tt !== T.Semi) {
      if (this.got(T.Var)) this.syntaxError(`var declaration not allowed in ${keyword} initializer`);
      init = this.simpleStmt(undefined, keyword);
      if (init.kind === 'RangeClause') {
        this.xnest = outer;
        h.range = init;
        return h;
      }
    }
    let condStmt: SimpleStmt | RangeClause | undefined;
    let semi: { pos: Pos; lit: string } | undefined;
    if (this.tt !== T.LBrace) {
      if (this.tt === T.Semi) {
        semi = { pos: this.pos(), lit: this.tok.image };
        this.next();
      } else {
        this.want(T.LBrace);
        if (this.tt !== T.LBrace) this.advance(T.LBrace, T.RBrace);
      }
      if (keyword === 'for') {
        let missingCond = false;
        if (this.tt !== T.Semi) {
          if (this.tt === T.LBrace) {
            this.syntaxError('expecting for loop condition');
            missingCond = true;
          } else condStmt = this.simpleStmt(undefined, undefined);
        }
        if (!missingCond) {
          this.want(T.Semi);
          if (this.tt !== T.LBrace) {
            const post = this.simpleStmt(undefined, undefined) as SimpleStmt;
            if (post.kind === 'AssignStmt' && post.op === ':=') {
              this.syntaxErrorAt(post.pos, 'cannot declare in post statement of for loop');
            }
            h.post = post;
          }
        }
      } else if (this.tt !== T.LBrace) {
        condStmt = this.simpleStmt(undefined, keyword);
      }
      h.init = init as SimpleStmt | undefined;
    } else {
      condStmt = init;
    }
    h.cond = this.condition(keyword, condStmt, semi);
    this.xnest = outer;
    return h;
  }

  /** condition turns the header's condition statement into an expression, with gc's errors. */
  private condition(
    keyword: HeaderKeyword,
    s: SimpleStmt | RangeClause | undefined,
    semi: { pos: Pos; lit: string } | undefined,
  ): Expr | undefined {
    if (s === undefined) {
      if (keyword === 'if' && semi) {
        if (semi.lit !== 'semicolon') {
          this.syntaxErrorAt(semi.pos, `unexpected ${semi.lit}, expecting { after if clause`);
        } else {
          this.syntaxErrorAt(semi.pos, 'missing condition in if statement');
        }
        return { kind: 'BadExpr', pos: semi.pos };
      }
      return undefined;
    }
    if (s.kind === 'ExprStmt') return s.x;
    if (s.kind === 'RangeClause' || s.kind === 'EmptyStmt') return { kind: 'BadExpr', pos: s.pos };
    const str =
      s.kind === 'AssignStmt' && s.op === '='
        ? `assignment (${printList(s.lhs)}) = (${printList(s.rhs)})`
        : printStmt(s);
    this.syntaxErrorAt(s.pos, `cannot use ${str} as value`);
    return { kind: 'BadExpr', pos: s.pos };
  }

  private ifStmt(): IfStmt {
    const pos = this.pos();
    this.enter();
    const h = this.header('if');
    const then = this.blockStmt('if clause');
    let els: IfStmt | BlockStmt | undefined;
    if (this.got(T.Else)) {
      if (this.tt === T.If) els = this.ifStmt();
      else if (this.tt === T.LBrace) els = this.blockStmt('');
      else {
        this.syntaxError('else must be followed by if or statement block');
        this.advance(T.Ident, T.RBrace);
      }
    }
    this.leave();
    return { kind: 'IfStmt', pos, init: h.init, cond: h.cond ?? { kind: 'BadExpr', pos }, then, els };
  }

  private forStmt(): Stmt {
    const pos = this.pos();
    const h = this.header('for');
    const body = this.blockStmt('for clause');
    const r = h.range;
    if (r) {
      return {
        kind: 'RangeStmt',
        pos,
        rangePos: r.pos,
        key: r.lhs[0],
        value: r.lhs[1],
        define: r.define,
        x: r.x,
        body,
        ...(r.lhs.length > 2 ? { extra: r.lhs.slice(2) } : {}),
      };
    }
    return { kind: 'ForStmt', pos, init: h.init, cond: h.cond, post: h.post, body };
  }

  private switchStmt(): SwitchStmt {
    const pos = this.pos();
    const h = this.header('switch');
    const clauses: CaseClause[] = [];
    if (!this.got(T.LBrace)) {
      this.syntaxError('missing { after switch clause');
      this.advance(T.Case, T.Default, T.RBrace);
    }
    this.enter();
    while (this.tt !== T.EOF && this.tt !== T.RBrace) clauses.push(this.caseClause(false));
    this.leave();
    const rbrace = this.pos();
    this.want(T.RBrace);
    return { kind: 'SwitchStmt', pos, init: h.init, tag: h.cond, clauses, rbrace };
  }

  private selectStmt(): Stmt {
    const pos = this.pos();
    this.unsupported(pos, 'select');
    this.next();
    if (!this.got(T.LBrace)) {
      this.syntaxError('missing { after select clause');
      this.advance(T.Case, T.Default, T.RBrace);
    }
    while (this.tt !== T.EOF && this.tt !== T.RBrace) this.caseClause(true);
    this.want(T.RBrace);
    return { kind: 'BadStmt', pos };
  }

  private caseClause(comm: boolean): CaseClause {
    const pos = this.pos();
    let cases: Expr[] | undefined;
    if (this.tt === T.Case) {
      this.next();
      if (comm) this.simpleStmt(undefined, undefined);
      else cases = this.exprList();
    } else if (this.tt === T.Default) {
      this.next();
    } else {
      this.syntaxError('expecting case or default or }');
      this.advance(T.Colon, T.Case, T.Default, T.RBrace);
    }
    const colon = this.pos();
    this.want(T.Colon);
    const body = this.stmtList();
    return { kind: 'CaseClause', pos, cases, body, colon };
  }
}

function printList(xs: readonly Expr[]): string {
  return xs.map((x) => printStmt({ kind: 'ExprStmt', pos: x.pos, x } satisfies ExprStmt)).join(', ');
}
