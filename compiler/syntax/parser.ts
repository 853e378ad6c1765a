// Declarations and the source file (gc parser.go: fileOrNil, appendGroup, importDecl, constDecl, typeDecl,
// varDecl, funcDeclOrNil), plus the chevrotain entry rule and the module-level parser singleton.
//
// Invariants:
//  - The chevrotain parser is built once (performSelfAnalysis once, at module load) and reused.
//  - parseTokens never throws for user input: nesting deeper than MAX_NESTING becomes a diagnostic.
//  - Const groups: each spec gets its index as `iota`; a spec with neither type nor values repeats the
//    last spec that had values (same node objects) and is marked implicit.

import { InternalError, type Diagnostic, type Pos } from '../diag/index.js';
import type { LexResult } from './lexer.js';
import type { ConstDecl, Decl, Expr, File, FuncDecl, Ident, ImportDecl, TypeDecl, VarDecl } from './ast.js';
import { NestingTooDeep, UNSUPPORTED } from './parser-core.js';
import { StmtParser } from './parse-stmt.js';
import * as T from './tokens.js';

/** Tokens after `type Name [ Name` that mean a type parameter list rather than an array length. */
const TYPE_PARAM_HINT = new Set([
  T.Ident,
  T.LBrack,
  T.Comma,
  T.Interface,
  T.Func,
  T.Map_,
  T.Chan,
  T.Struct,
  T.Tilde,
  T.Star,
]);

class GoParser extends StmtParser {
  /** The chevrotain rule: the whole file. Its body is an action, so grammar recording sees no productions. */
  readonly sourceFile = this.RULE('sourceFile', () => this.ACTION(() => this.fileOrNil()));

  constructor() {
    super();
    this.performSelfAnalysis();
  }

  run(lexed: LexResult): { file: File | undefined; diags: Diagnostic[] } {
    this.begin(lexed);
    let file: File | undefined;
    try {
      file = this.sourceFile();
    } catch (e) {
      if (!(e instanceof NestingTooDeep)) throw e;
      this.errorAt(e.pos, `${UNSUPPORTED.nesting} not supported by mgo yet`);
    } finally {
      this.end();
    }
    return { file, diags: this.diags };
  }

  private fileOrNil(): File | undefined {
    this.sync();
    const pos = this.pos();
    if (!this.got(T.Package)) {
      // The go command parses the file header itself (go/parser) before gc runs, so this is its wording.
      this.error(`expected 'package', found ${this.goParserTokenText()}`);
      return undefined;
    }
    const pkgName = this.name();
    this.want(T.Semi);
    if (this.hadError()) return undefined;

    const imports: ImportDecl[] = [];
    while (this.got(T.Import)) {
      imports.push(...this.declGroup(() => this.importDecl()));
      this.want(T.Semi);
    }

    const decls: Decl[] = [];
    while (this.tt !== T.EOF) {
      switch (this.tt) {
        case T.Const:
          this.next();
          decls.push(...this.constDeclGroup());
          break;
        case T.Type:
          this.next();
          decls.push(...this.declGroup(() => this.typeDecl()));
          break;
        case T.Var:
          this.next();
          decls.push(...this.declGroup(() => this.varDecl()));
          break;
        case T.Func: {
          const funcPos = this.pos();
          this.next();
          const d = this.funcDeclOrNil(funcPos);
          if (d) decls.push(d);
          break;
        }
        default: {
          const last = decls[decls.length - 1];
          if (this.tt === T.LBrace && last?.kind === 'FuncDecl' && last.body === undefined) {
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance(T.Const, T.Type, T.Var, T.Func);
          continue;
        }
      }
      if (this.tt !== T.EOF && !this.got(T.Semi)) {
        this.syntaxError('after top level declaration');
        this.advance(T.Const, T.Type, T.Var, T.Func);
      }
    }
    return { kind: 'File', pos, pkgName, imports, decls, eof: this.pos() };
  }

  /** goParserTokenText names the current token as go/parser's errorExpected does. */
  private goParserTokenText(): string {
    if (this.tt === T.Ident || this.tt === T.Literal) return this.tok.image;
    if (this.tt === T.Semi && this.tok.image === 'newline') return 'newline';
    if (this.tt === T.Semi) return `';'`;
    return `'${this.tok.image}'`;
  }

  /** declGroup parses `f | "(" { f ";" } ")"` (gc's appendGroup). */
  protected declGroup<D>(f: () => D | undefined): D[] {
    const out: D[] = [];
    const one = (): boolean => {
      const d = f();
      if (d !== undefined) out.push(d);
      return false;
    };
    if (this.got(T.LParen)) this.list('grouped declaration', T.Semi, T.RParen, one);
    else one();
    return out;
  }

  protected constDeclGroup(): ConstDecl[] {
    let iota = 0;
    let last: { type: Expr | undefined; values: readonly Expr[] } | undefined;
    return this.declGroup(() => {
      const d = this.constDecl(iota++, last);
      if (d.values.length > 0 && !d.implicit) last = { type: d.type, values: d.values };
      return d;
    });
  }

  private constDecl(
    iota: number,
    last: { type: Expr | undefined; values: readonly Expr[] } | undefined,
  ): ConstDecl {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: Expr | undefined;
    let values: Expr[] = [];
    if (this.tt !== T.EOF && this.tt !== T.Semi && this.tt !== T.RParen) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    if (type === undefined && values.length === 0 && last) {
      return { kind: 'ConstDecl', pos, names, type: last.type, values: last.values, iota, implicit: true };
    }
    return { kind: 'ConstDecl', pos, names, type, values, iota, implicit: false };
  }

  protected varDecl(): VarDecl {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: Expr | undefined;
    let values: Expr[] = [];
    if (this.gotAssign()) values = this.exprList();
    else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'VarDecl', pos, names, type, values };
  }

  protected typeDecl(): TypeDecl {
    const pos = this.pos();
    const name = this.name();
    if (
      this.tt === T.LBrack &&
      this.LA(2).tokenType === T.Ident &&
      TYPE_PARAM_HINT.has(this.LA(3).tokenType)
    ) {
      this.unsupported(this.pos(), 'typeParams');
      this.skipBalanced();
    }
    const alias = this.gotAssign();
    let type = this.typeOrNil();
    if (type === undefined) {
      type = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance(T.Semi, T.RParen);
    }
    return { kind: 'TypeDecl', pos, name, alias, type };
  }

  private importDecl(): ImportDecl | undefined {
    let localName: Ident | undefined;
    if (this.tt === T.Ident) localName = this.name();
    else if (this.tt === T.Dot) {
      localName = { kind: 'Ident', pos: this.pos(), name: '.' };
      this.next();
    }
    const path = this.oliteral();
    if (path === undefined) {
      this.syntaxError('missing import path');
      this.advance(T.Semi, T.RParen);
      return undefined;
    }
    if (path.litKind !== 'string') this.syntaxErrorAt(path.pos, 'import path must be a string');
    return { kind: 'ImportDecl', pos: path.pos, localName, path };
  }

  private funcDeclOrNil(funcPos: Pos): FuncDecl | undefined {
    const pos = this.pos();
    let recv;
    if (this.got(T.LParen)) {
      const fields = this.paramList(T.RParen);
      const count = fields.reduce((n, f) => n + Math.max(1, f.names.length), 0);
      if (count === 0) this.error('method has no receiver');
      else if (count > 1) this.error('method has multiple receivers');
      recv = fields[0];
    }
    if (this.tt !== T.Ident) {
      this.syntaxError('expecting name or (');
      this.advance(T.LBrace, T.Semi);
      return undefined;
    }
    const name = this.name();
    const type = this.funcType();
    const body = this.tt === T.LBrace ? this.funcBody() : undefined;
    return { kind: 'FuncDecl', pos, funcPos, recv, name, type, body };
  }
}

let instance: GoParser | undefined;

/** parseTokens runs the (singleton) parser over a lexed token vector. */
export function parseTokens(lexed: LexResult): { file: File | undefined; diags: Diagnostic[] } {
  instance ??= new GoParser();
  try {
    return instance.run(lexed);
  } catch (e) {
    if (e instanceof InternalError) throw e;
    throw new InternalError('syntax', e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}
