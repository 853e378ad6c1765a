// Expression and type productions (gc parser.go: expr, binaryExpr, unaryExpr, operand, pexpr, complitexpr,
// typeOrNil, funcType, paramList, structType).
//
// Invariants:
//  - Binary expressions use gc's precedence climbing over BINARY_OPS (5 levels, left associative).
//  - `T{` is a composite literal only where gc allows it: for a bare or qualified type name (or a generic
//    index) only when xnest >= 0, i.e. not directly in an if/for/switch header; always for [..]T, []T,
//    map[K]V and struct{...}. Parentheses and brackets reset the level (xnest++).
//  - Parenthesized expressions keep a ParenExpr node (gc keeps them too), except under `&`, which gc
//    unparenthesizes; parenthesized *types* in type position are dropped, as gc does.
//  - Param groups follow gc's paramList: a list of `[name] [type]` items, then either all names are types
//    (no item has both) or types are distributed right to left; consecutive names sharing one type form a
//    Field (`a, b int`).

import type { Pos } from '../diag/index.js';
import type {
  BasicLit,
  BlockStmt,
  CompositeLit,
  Expr,
  Field,
  FuncType,
  Ident,
  StructType,
  UnaryOp,
} from './ast.js';
import { ParserCore, tokstring } from './parser-core.js';
import { litKindOf } from './lexer.js';
import * as T from './tokens.js';
import type { TokenType } from 'chevrotain';

const UNARY_OPS = T.byTokenIndex(
  new Map<TokenType, UnaryOp | '*'>([
    [T.Star, '*'],
    [T.Add, '+'],
    [T.Sub, '-'],
    [T.Not, '!'],
    [T.Xor, '^'],
  ]),
);

const BINARY_OPS = T.byTokenIndex(T.BINARY_OPS);

/** One parsed parameter before gc's name/type distribution. */
interface ParamItem {
  pos: Pos;
  name: Ident | undefined;
  type: Expr | undefined;
  variadic: boolean;
}

export function unparen(x: Expr): Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/** isValue reports whether x is certainly a value, not a type (gc's isValue). */
function isValue(x: Expr): boolean {
  switch (x.kind) {
    case 'BasicLit':
    case 'CompositeLit':
    case 'FuncLit':
    case 'SliceExpr':
    case 'CallExpr':
    case 'UnaryExpr':
    case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    default:
      return false;
  }
}

export abstract class ExprParser extends ParserCore {
  protected abstract funcBody(): BlockStmt;

  // --- expressions ---------------------------------------------------------------------------------------

  protected expr(): Expr {
    return this.binaryExpr(undefined, 0);
  }

  protected exprList(): Expr[] {
    const list = [this.expr()];
    while (this.got(T.Comma)) list.push(this.expr());
    return list;
  }

  protected binaryExpr(x: Expr | undefined, prec: number): Expr {
    let left = x ?? this.unaryExpr();
    for (
      let info = BINARY_OPS[this.tok.tokenTypeIdx];
      info && info.prec > prec;
      info = BINARY_OPS[this.tok.tokenTypeIdx]
    ) {
      const pos = this.pos();
      this.next();
      const y = this.binaryExpr(undefined, info.prec);
      left = { kind: 'BinaryExpr', pos, op: info.op, x: left, y };
    }
    return left;
  }

  protected unaryExpr(): Expr {
    if (this.tt === T.Ident) return this.pexpr(undefined); // the common case first: no operator
    const pos = this.pos();
    const op = UNARY_OPS[this.tok.tokenTypeIdx];
    if (op !== undefined) {
      this.next();
      this.enter();
      const x = this.unaryExpr();
      this.leave();
      return op === '*' ? { kind: 'StarExpr', pos, x } : { kind: 'UnaryExpr', pos, op, x };
    }
    if (this.tt === T.And) {
      this.next();
      this.enter();
      const x = unparen(this.unaryExpr());
      this.leave();
      return { kind: 'UnaryExpr', pos, op: '&', x };
    }
    if (this.tt === T.Arrow || this.tt === T.Tilde) {
      this.unsupported(pos, this.tt === T.Arrow ? 'arrow' : 'tilde');
      this.next();
      this.enter();
      this.unaryExpr();
      this.leave();
      return { kind: 'BadExpr', pos };
    }
    return this.pexpr(undefined);
  }

  protected operand(): Expr {
    if (this.tt === T.Ident) return this.name();
    if (this.tt === T.Literal) return this.literal();
    const pos = this.pos();
    switch (this.tt) {
      case T.LParen: {
        this.next();
        this.xnest++;
        this.enter();
        const x = this.expr();
        this.leave();
        this.xnest--;
        this.want(T.RParen);
        return { kind: 'ParenExpr', pos, x };
      }
      case T.Func: {
        this.next();
        const type = this.funcType();
        if (this.tt !== T.LBrace) return type;
        this.xnest++;
        const body = this.funcBody();
        this.xnest--;
        return { kind: 'FuncLit', pos, type, body };
      }
      case T.LBrack:
      case T.Chan:
      case T.Map_:
      case T.Struct:
      case T.Interface:
        return this.type_();
      default: {
        const x = this.badExpr();
        this.syntaxError('expecting expression');
        this.advance(T.RParen, T.RBrack, T.RBrace);
        return x;
      }
    }
  }

  protected pexpr(start: Expr | undefined): Expr {
    let x = start ?? this.operand();
    for (;;) {
      switch (this.tt) {
        case T.Dot: {
          const pos = this.pos();
          this.next();
          x = this.selectorOrAssertion(pos, x);
          continue;
        }
        case T.LBrack: {
          const pos = this.pos();
          this.next();
          x = this.indexOrSlice(pos, x);
          continue;
        }
        case T.LParen: {
          const pos = this.pos();
          this.next();
          const { args, hasDots, rparen } = this.argList();
          x = { kind: 'CallExpr', pos, fun: x, args, hasDots, rparen };
          continue;
        }
        case T.LBrace: {
          const t = unparen(x);
          if (!this.complitAllowed(t)) return x;
          if (t !== x) this.syntaxError('cannot parenthesize type in composite literal');
          x = this.complitexpr(x);
          continue;
        }
        default:
          return x;
      }
    }
  }

  private complitAllowed(t: Expr): boolean {
    switch (t.kind) {
      case 'Ident':
      case 'SelectorExpr':
        return this.xnest >= 0;
      case 'IndexExpr':
        return this.xnest >= 0 && !isValue(t);
      case 'ArrayType':
      case 'SliceType':
      case 'StructType':
      case 'MapType':
        return true;
      default:
        return false;
    }
  }

  private selectorOrAssertion(pos: Pos, x: Expr): Expr {
    if (this.tt === T.Ident) return { kind: 'SelectorExpr', pos, x, sel: this.name() };
    if (this.tt === T.LParen) {
      this.next();
      if (this.got(T.Type)) this.unsupported(pos, 'typeSwitch');
      else {
        this.type_();
        this.unsupported(pos, 'assert');
      }
      this.want(T.RParen);
      return { kind: 'BadExpr', pos };
    }
    this.syntaxError('expecting name or (');
    this.advance(T.Semi, T.RParen);
    return x;
  }

  private indexOrSlice(pos: Pos, x: Expr): Expr {
    if (this.tt === T.RBrack) {
      this.syntaxError('expecting operand');
      this.next();
      return x;
    }
    let lo: Expr | undefined;
    if (this.tt !== T.Colon) {
      const { first, comma } = this.typeList();
      lo = first;
      if (comma || this.tt === T.RBrack) {
        this.want(T.RBrack);
        if (comma) this.unsupported(pos, 'instance');
        return { kind: 'IndexExpr', pos, x, index: first };
      }
    }
    if (!this.got(T.Colon)) {
      this.syntaxError('expecting comma, : or ]');
      this.advance(T.Comma, T.Colon, T.RBrack);
    }
    this.xnest++;
    let hi: Expr | undefined;
    let max: Expr | undefined;
    let full = false;
    if (this.tt !== T.Colon && this.tt !== T.RBrack) hi = this.expr();
    if (this.tt === T.Colon) {
      full = true;
      if (hi === undefined) {
        this.error('middle index required in 3-index slice');
        hi = this.badExpr();
      }
      this.next();
      if (this.tt !== T.RBrack) max = this.expr();
      else {
        this.error('final index required in 3-index slice');
        max = this.badExpr();
      }
    }
    this.xnest--;
    this.want(T.RBrack);
    return { kind: 'SliceExpr', pos, x, lo, hi, max, full };
  }

  /** typeList parses `expr {, type}` inside `[...]` (more than one means a generic instantiation). */
  private typeList(): { first: Expr; comma: boolean } {
    this.xnest++;
    const first = this.expr();
    let comma = false;
    if (this.got(T.Comma)) {
      comma = true;
      if (this.tt !== T.RBrack) {
        this.type_();
        while (this.got(T.Comma) && this.tt !== T.RBrack) this.type_();
      }
    }
    this.xnest--;
    return { first, comma };
  }

  private argList(): { args: Expr[]; hasDots: boolean; rparen: Pos } {
    const args: Expr[] = [];
    let hasDots = false;
    this.xnest++;
    const rparen = this.list('argument list', T.Comma, T.RParen, () => {
      args.push(this.expr());
      hasDots = this.got(T.Ellipsis);
      return hasDots;
    });
    this.xnest--;
    return { args, hasDots, rparen };
  }

  protected complitexpr(type: Expr | undefined): CompositeLit {
    const pos = this.pos();
    const elts: Expr[] = [];
    this.xnest++;
    this.enter();
    this.want(T.LBrace);
    const rbrace = this.list('composite literal', T.Comma, T.RBrace, () => {
      let e = this.bareComplitexpr();
      if (this.tt === T.Colon) {
        const colon = this.pos();
        this.next();
        e = { kind: 'KeyValueExpr', pos: colon, key: e, value: this.bareComplitexpr() };
      }
      elts.push(e);
      return false;
    });
    this.leave();
    this.xnest--;
    return { kind: 'CompositeLit', pos, type, elts, rbrace };
  }

  private bareComplitexpr(): Expr {
    return this.tt === T.LBrace ? this.complitexpr(undefined) : this.expr();
  }

  protected literal(): BasicLit {
    const lit: BasicLit = {
      kind: 'BasicLit',
      pos: this.pos(),
      litKind: litKindOf(this.lex, this.idx) ?? 'int',
      value: this.tok.image,
    };
    this.next();
    return lit;
  }

  protected oliteral(): BasicLit | undefined {
    return this.tt === T.Literal ? this.literal() : undefined;
  }

  // --- types ---------------------------------------------------------------------------------------------

  protected type_(): Expr {
    this.enter();
    let typ = this.typeOrNil();
    this.leave();
    if (typ === undefined) {
      typ = this.badExpr();
      this.syntaxError('expecting type');
      this.advance(T.Comma, T.Colon, T.Semi, T.RParen, T.RBrack, T.RBrace);
    }
    return typ;
  }

  protected typeOrNil(): Expr | undefined {
    const pos = this.pos();
    switch (this.tt) {
      case T.Star:
        this.next();
        return { kind: 'StarExpr', pos, x: this.type_() };
      case T.Arrow:
        this.unsupported(pos, 'chan');
        this.next();
        this.want(T.Chan);
        this.chanElem();
        return { kind: 'BadExpr', pos };
      case T.Func:
        this.next();
        return this.funcType();
      case T.LBrack:
        this.next();
        if (this.got(T.RBrack)) return { kind: 'SliceType', pos, elem: this.type_() };
        return this.arrayType(pos);
      case T.Chan:
        this.unsupported(pos, 'chan');
        this.next();
        this.got(T.Arrow);
        this.chanElem();
        return { kind: 'BadExpr', pos };
      case T.Map_: {
        this.next();
        this.want(T.LBrack);
        const key = this.type_();
        this.want(T.RBrack);
        return { kind: 'MapType', pos, key, value: this.type_() };
      }
      case T.Struct:
        return this.structType();
      case T.Interface:
        this.unsupported(pos, 'iface');
        this.next();
        if (this.tt === T.LBrace) this.skipBalanced();
        else this.want(T.LBrace);
        return { kind: 'BadExpr', pos };
      case T.Ident:
        return this.qualifiedName(undefined);
      case T.LParen: {
        this.next();
        const t = this.type_();
        this.want(T.RParen);
        return t;
      }
      default:
        return undefined;
    }
  }

  private chanElem(): void {
    if (this.typeOrNil() === undefined) this.syntaxError('missing channel element type');
  }

  protected qualifiedName(name: Ident | undefined): Expr {
    let x: Expr;
    if (name) x = name;
    else if (this.tt === T.Ident) x = this.name();
    else {
      x = { kind: 'Ident', pos: this.pos(), name: '_' };
      this.syntaxError('expecting name');
      this.advance(T.Dot, T.Semi, T.RBrace);
    }
    if (this.tt === T.Dot) {
      const pos = this.pos();
      this.next();
      x = { kind: 'SelectorExpr', pos, x, sel: this.name() };
    }
    if (this.tt === T.LBrack) {
      this.unsupported(this.pos(), 'instance');
      this.skipBalanced();
    }
    return x;
  }

  private arrayType(pos: Pos): Expr {
    let len: Expr | 'ellipsis';
    if (this.got(T.Ellipsis)) len = 'ellipsis';
    else {
      this.xnest++;
      len = this.expr();
      this.xnest--;
    }
    if (this.tt === T.Comma) {
      this.syntaxError('unexpected comma; expecting ]');
      this.next();
    }
    this.want(T.RBrack);
    return { kind: 'ArrayType', pos, len, elem: this.type_() };
  }

  /** funcType parses `[TypeParams] (params) results`; its pos is where it starts (gc: the `(`). */
  protected funcType(): FuncType {
    const pos = this.pos();
    if (this.tt === T.LBrack) {
      this.unsupported(this.pos(), 'typeParams');
      this.skipBalanced();
    }
    this.want(T.LParen);
    const params = this.paramList(T.RParen);
    const results = this.funcResult();
    return { kind: 'FuncType', pos, params, results };
  }

  private funcResult(): Field[] {
    if (this.got(T.LParen)) return this.paramList(T.RParen);
    const pos = this.pos();
    const type = this.typeOrNil();
    if (type === undefined) return [];
    return [{ kind: 'Field', pos, names: [], type, variadic: false, embedded: false, tag: undefined }];
  }

  private paramDeclOrNil(close: TokenType): ParamItem | undefined {
    const pos = this.pos();
    let name: Ident | undefined;
    if (this.tt === T.Ident) {
      name = this.name();
      if (this.tt === T.LBrack) return { pos, name, type: this.typeOrNil(), variadic: false };
      if (this.tt === T.Dot) return { pos, name: undefined, type: this.qualifiedName(name), variadic: false };
    }
    if (this.tt === T.Ellipsis) {
      this.next();
      let type = this.typeOrNil();
      if (type === undefined) {
        type = this.badExpr();
        this.syntaxError('... is missing type');
      }
      return { pos, name, type, variadic: true };
    }
    const type = this.typeOrNil();
    if (name || type) return { pos, name, type, variadic: false };
    this.syntaxError(`expecting ${tokstring(close)}`);
    this.advance(T.Comma, close);
    return undefined;
  }

  /** paramList parses a parameter list up to and including `close` (gc's paramList without type params). */
  protected paramList(close: TokenType): Field[] {
    const items: ParamItem[] = [];
    let named = 0;
    this.list('parameter list', T.Comma, close, () => {
      const par = this.paramDeclOrNil(close);
      if (par) {
        if (par.name && par.type) named++;
        items.push(par);
      }
      return false;
    });
    if (items.length === 0) return [];
    if (named === 0) {
      return items.map((it) => ({
        kind: 'Field',
        pos: it.pos,
        names: [],
        type: it.type ?? (it.name as Ident),
        variadic: it.variadic,
        embedded: false,
        tag: undefined,
      }));
    }
    // Distribute types right to left; report gc's error at the leftmost offending position.
    let errPos: Pos | undefined;
    let typ: Expr | undefined;
    const typed: { name: Ident; type: Expr; variadic: boolean }[] = [];
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i] as ParamItem;
      if (it.type) {
        typ = it.type;
        if (!it.name) {
          errPos = it.pos;
          typed.push({
            name: { kind: 'Ident', pos: it.pos, name: '_' },
            type: it.type,
            variadic: it.variadic,
          });
        } else typed.push({ name: it.name, type: it.type, variadic: it.variadic });
      } else if (typ) {
        typed.push({ name: it.name as Ident, type: typ, variadic: false });
      } else {
        errPos = it.pos;
        typed.push({ name: it.name as Ident, type: { kind: 'BadExpr', pos: it.pos }, variadic: false });
      }
    }
    if (errPos) this.syntaxErrorAt(errPos, 'mixed named and unnamed parameters');
    typed.reverse();
    const fields: Field[] = [];
    for (let i = 0; i < typed.length;) {
      const first = typed[i] as (typeof typed)[number];
      const names = [first.name];
      let j = i + 1;
      while (j < typed.length && (typed[j] as (typeof typed)[number]).type === first.type) {
        names.push((typed[j] as (typeof typed)[number]).name);
        j++;
      }
      const last = typed[j - 1] as (typeof typed)[number];
      fields.push({
        kind: 'Field',
        pos: first.name.pos,
        names,
        type: first.type,
        variadic: last.variadic,
        embedded: false,
        tag: undefined,
      });
      i = j;
    }
    return fields;
  }

  protected structType(): StructType {
    const pos = this.pos();
    const fields: Field[] = [];
    this.want(T.Struct);
    this.want(T.LBrace);
    this.list('struct type', T.Semi, T.RBrace, () => {
      this.fieldDecl(fields);
      return false;
    });
    return { kind: 'StructType', pos, fields };
  }

  private fieldDecl(fields: Field[]): void {
    const pos = this.pos();
    const embed = (type: Expr): void => {
      fields.push({
        kind: 'Field',
        pos,
        names: [],
        type,
        variadic: false,
        embedded: true,
        tag: this.oliteral(),
      });
    };
    switch (this.tt) {
      case T.Ident: {
        const name = this.name();
        if (this.tt === T.Dot || this.tt === T.Literal || this.tt === T.Semi || this.tt === T.RBrace) {
          embed(this.qualifiedName(name));
          return;
        }
        const names = this.nameList(name);
        const type = this.type_();
        fields.push({
          kind: 'Field',
          pos,
          names,
          type,
          variadic: false,
          embedded: false,
          tag: this.oliteral(),
        });
        return;
      }
      case T.Star: {
        this.next();
        let type: Expr;
        if (this.tt === T.LParen) {
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          type = this.qualifiedName(undefined);
          this.got(T.RParen);
        } else type = this.qualifiedName(undefined);
        embed({ kind: 'StarExpr', pos, x: type });
        return;
      }
      case T.LParen: {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let type: Expr;
        if (this.tt === T.Star) {
          const star = this.pos();
          this.next();
          type = { kind: 'StarExpr', pos: star, x: this.qualifiedName(undefined) };
        } else type = this.qualifiedName(undefined);
        this.got(T.RParen);
        embed(type);
        return;
      }
      default:
        this.syntaxError('expecting field name or embedded type');
        this.advance(T.Semi, T.RBrace);
    }
  }
}
