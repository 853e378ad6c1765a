// AST of mini-Go: every node kind the parser produces, documented with the concrete syntax it stands for.
//
// Invariants:
//  - Nodes are created by the parser and never mutated afterwards. Later phases keep their results in side
//    tables keyed by node identity (Map<Node, ...>), never by writing into nodes.
//  - Every node has `pos`, which is the position gc's syntax package gives that node (Node.Pos()): for a
//    binary expression the operator, for a call the `(`, for an index the `[`, for a selector the `.`, for a
//    composite literal the `{`, for an assignment the operator. Escape analysis (-m) reports at these
//    positions. Type errors are reported at `startPos(node)`, the leftmost position of the node, as types2.
//  - Discriminated unions on `kind`; every switch over a kind ends in assertNever.
//  - Constructs outside the mini-Go subset (go, defer, select, chan, goto, labels, interfaces other than
//    `any` in fmt calls, generics) are parsed just far enough to report "not supported" at their position;
//    they never appear in the AST.

import type { Pos } from '../diag/index.js';

export type { Pos };

// ---------------------------------------------------------------------------------------------------------
// File and declarations

/** package main; import "fmt"; decls... */
export interface File {
  readonly kind: 'File';
  readonly pos: Pos;
  readonly pkgName: Ident;
  readonly imports: readonly ImportDecl[];
  readonly decls: readonly Decl[];
  /** Position just past the last byte of the file (for errors such as "missing return" at EOF). */
  readonly eof: Pos;
}

export type Decl = VarDecl | ConstDecl | TypeDecl | FuncDecl;

/** import "fmt"  |  import name "path"   (pos = the path literal, as gc) */
export interface ImportDecl {
  readonly kind: 'ImportDecl';
  readonly pos: Pos;
  readonly localName: Ident | undefined;
  readonly path: BasicLit;
}

/**
 * var a, b T = x, y   (one per spec; a `var ( ... )` group yields one VarDecl per line)
 * pos = first name.
 */
export interface VarDecl {
  readonly kind: 'VarDecl';
  readonly pos: Pos;
  readonly names: readonly Ident[];
  readonly type: Expr | undefined;
  readonly values: readonly Expr[];
}

/**
 * const a, b T = x, y   (one per spec). In a group, a spec without `= values` repeats the previous spec's
 * type and values: then `implicit` is true and `type`/`values` are the *same node objects* as the earlier
 * spec's. `iota` is the spec's index within its group (0 outside a group). pos = first name.
 */
export interface ConstDecl {
  readonly kind: 'ConstDecl';
  readonly pos: Pos;
  readonly names: readonly Ident[];
  readonly type: Expr | undefined;
  readonly values: readonly Expr[];
  readonly iota: number;
  readonly implicit: boolean;
}

/** type T U  |  type T = U (alias). pos = name. */
export interface TypeDecl {
  readonly kind: 'TypeDecl';
  readonly pos: Pos;
  readonly name: Ident;
  readonly alias: boolean;
  readonly type: Expr;
}

/** func (r R) name(params) results { body }. pos = the token after `func` (receiver `(` or the name), as gc. */
export interface FuncDecl {
  readonly kind: 'FuncDecl';
  readonly pos: Pos;
  /** Position of the `func` keyword. */
  readonly funcPos: Pos;
  readonly recv: Field | undefined;
  readonly name: Ident;
  readonly type: FuncType;
  /** undefined for a body-less declaration (`func f(int) int`). */
  readonly body: BlockStmt | undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Type expressions (they are Exprs too: in Go a type may appear where an expression can)

/** [N]T, [...]T (len = 'ellipsis'); pos = `[` */
export interface ArrayType {
  readonly kind: 'ArrayType';
  readonly pos: Pos;
  readonly len: Expr | 'ellipsis';
  readonly elem: Expr;
}

/** []T; pos = `[` */
export interface SliceType {
  readonly kind: 'SliceType';
  readonly pos: Pos;
  readonly elem: Expr;
}

/** map[K]V; pos = `map` */
export interface MapType {
  readonly kind: 'MapType';
  readonly pos: Pos;
  readonly key: Expr;
  readonly value: Expr;
}

/** struct { a, b T; C; d U "tag" }; pos = `struct` */
export interface StructType {
  readonly kind: 'StructType';
  readonly pos: Pos;
  readonly fields: readonly Field[];
}

/** func(params) results; pos = the `(` of the parameter list (gc's FuncType pos, where types2 reports) */
export interface FuncType {
  readonly kind: 'FuncType';
  readonly pos: Pos;
  readonly params: readonly Field[];
  readonly results: readonly Field[];
}

/**
 * One parameter/result/struct-field group: `a, b int`, `int` (no names), `xs ...int` (variadic),
 * or an embedded struct field (`T`, `*T`: names empty, embedded true). pos = first name, else the type.
 */
export interface Field {
  readonly kind: 'Field';
  readonly pos: Pos;
  readonly names: readonly Ident[];
  readonly type: Expr;
  readonly variadic: boolean;
  readonly embedded: boolean;
  readonly tag: BasicLit | undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | Ident
  | BasicLit
  | CompositeLit
  | KeyValueExpr
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | ArrayType
  | SliceType
  | MapType
  | StructType
  | FuncType
  | BadExpr;

/** x, _, int, fmt. pos = first byte. */
export interface Ident {
  readonly kind: 'Ident';
  readonly pos: Pos;
  readonly name: string;
}

export type LitKind = 'int' | 'float' | 'imag' | 'rune' | 'string';

/** 42, 0x1F, 1_000, 0o17, 017, 0b101, 1.5e3, 'a', '\n', "s\t", `raw`. `value` is the source text. */
export interface BasicLit {
  readonly kind: 'BasicLit';
  readonly pos: Pos;
  readonly litKind: LitKind;
  readonly value: string;
}

/**
 * T{elts}, &T{...} is UnaryExpr('&', CompositeLit). `type` is undefined for an elided type inside an outer
 * literal (`[]T{{1, 2}}`). pos = `{`; `rbrace` = `}`.
 */
export interface CompositeLit {
  readonly kind: 'CompositeLit';
  readonly pos: Pos;
  readonly type: Expr | undefined;
  readonly elts: readonly Expr[];
  readonly rbrace: Pos;
}

/** key: value inside a composite literal. pos = `:` */
export interface KeyValueExpr {
  readonly kind: 'KeyValueExpr';
  readonly pos: Pos;
  readonly key: Expr;
  readonly value: Expr;
}

/** func(params) results { body }. pos = `func` */
export interface FuncLit {
  readonly kind: 'FuncLit';
  readonly pos: Pos;
  readonly type: FuncType;
  readonly body: BlockStmt;
}

/** (x). pos = `(` */
export interface ParenExpr {
  readonly kind: 'ParenExpr';
  readonly pos: Pos;
  readonly x: Expr;
}

/** x.sel. pos = the `.` (gc's SelectorExpr pos). */
export interface SelectorExpr {
  readonly kind: 'SelectorExpr';
  readonly pos: Pos;
  readonly x: Expr;
  readonly sel: Ident;
}

/** x[index]. pos = `[` */
export interface IndexExpr {
  readonly kind: 'IndexExpr';
  readonly pos: Pos;
  readonly x: Expr;
  readonly index: Expr;
}

/** x[lo:hi], x[lo:hi:max] (full = true). pos = `[` */
export interface SliceExpr {
  readonly kind: 'SliceExpr';
  readonly pos: Pos;
  readonly x: Expr;
  readonly lo: Expr | undefined;
  readonly hi: Expr | undefined;
  readonly max: Expr | undefined;
  readonly full: boolean;
}

/** fun(args), fun(args...) (hasDots). pos = `(`; rparen = `)`. Conversions T(x) are CallExprs too. */
export interface CallExpr {
  readonly kind: 'CallExpr';
  readonly pos: Pos;
  readonly fun: Expr;
  readonly args: readonly Expr[];
  readonly hasDots: boolean;
  readonly rparen: Pos;
}

/** *x: pointer type or dereference (the checker decides). pos = `*` */
export interface StarExpr {
  readonly kind: 'StarExpr';
  readonly pos: Pos;
  readonly x: Expr;
}

export type UnaryOp = '+' | '-' | '!' | '^' | '&';

/** op x. pos = the operator. */
export interface UnaryExpr {
  readonly kind: 'UnaryExpr';
  readonly pos: Pos;
  readonly op: UnaryOp;
  readonly x: Expr;
}

export type BinaryOp =
  | '||'
  | '&&'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '|'
  | '^'
  | '*'
  | '/'
  | '%'
  | '<<'
  | '>>'
  | '&'
  | '&^';

/** x op y. pos = the operator. */
export interface BinaryExpr {
  readonly kind: 'BinaryExpr';
  readonly pos: Pos;
  readonly op: BinaryOp;
  readonly x: Expr;
  readonly y: Expr;
}

/** Placeholder after a reported syntax error, so parsing can go on. */
export interface BadExpr {
  readonly kind: 'BadExpr';
  readonly pos: Pos;
}

// ---------------------------------------------------------------------------------------------------------
// Statements

export type Stmt =
  | EmptyStmt
  | BlockStmt
  | ExprStmt
  | DeclStmt
  | AssignStmt
  | IncDecStmt
  | BranchStmt
  | ReturnStmt
  | IfStmt
  | ForStmt
  | RangeStmt
  | SwitchStmt
  | BadStmt;

/** A lone `;` (or nothing). */
export interface EmptyStmt {
  readonly kind: 'EmptyStmt';
  readonly pos: Pos;
}

/** { stmts }. pos = `{`; rbrace = `}`. */
export interface BlockStmt {
  readonly kind: 'BlockStmt';
  readonly pos: Pos;
  readonly stmts: readonly Stmt[];
  readonly rbrace: Pos;
}

/** An expression used as a statement (calls). pos = the expression's pos. */
export interface ExprStmt {
  readonly kind: 'ExprStmt';
  readonly pos: Pos;
  readonly x: Expr;
}

/** var/const/type declaration inside a function. pos = the first decl's pos. */
export interface DeclStmt {
  readonly kind: 'DeclStmt';
  readonly pos: Pos;
  readonly decls: readonly (VarDecl | ConstDecl | TypeDecl)[];
}

export type AssignOp =
  '=' | ':=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';

/** lhs op rhs, with op one of = := += ... . pos = the operator. */
export interface AssignStmt {
  readonly kind: 'AssignStmt';
  readonly pos: Pos;
  readonly op: AssignOp;
  readonly lhs: readonly Expr[];
  readonly rhs: readonly Expr[];
}

/** x++ / x--. pos = the operator. */
export interface IncDecStmt {
  readonly kind: 'IncDecStmt';
  readonly pos: Pos;
  readonly op: '++' | '--';
  readonly x: Expr;
}

/** break, continue, fallthrough (labels are not supported). pos = the keyword. */
export interface BranchStmt {
  readonly kind: 'BranchStmt';
  readonly pos: Pos;
  readonly tok: 'break' | 'continue' | 'fallthrough';
}

/** return results. pos = `return`. */
export interface ReturnStmt {
  readonly kind: 'ReturnStmt';
  readonly pos: Pos;
  readonly results: readonly Expr[];
}

/** if init; cond { then } else els. pos = `if`. `els` is an IfStmt or a BlockStmt. */
export interface IfStmt {
  readonly kind: 'IfStmt';
  readonly pos: Pos;
  readonly init: SimpleStmt | undefined;
  readonly cond: Expr;
  readonly then: BlockStmt;
  readonly els: IfStmt | BlockStmt | undefined;
}

/** for init; cond; post { body }  |  for cond { }  |  for { }. pos = `for`. */
export interface ForStmt {
  readonly kind: 'ForStmt';
  readonly pos: Pos;
  readonly init: SimpleStmt | undefined;
  readonly cond: Expr | undefined;
  readonly post: SimpleStmt | undefined;
  readonly body: BlockStmt;
}

/**
 * for key, value := range x { body }  (define = true) | for k, v = range x | for range x.
 * pos = `for`; rangePos = `range`.
 */
export interface RangeStmt {
  readonly kind: 'RangeStmt';
  readonly pos: Pos;
  readonly rangePos: Pos;
  readonly key: Expr | undefined;
  readonly value: Expr | undefined;
  readonly define: boolean;
  readonly x: Expr;
  readonly body: BlockStmt;
  /**
   * Iteration variables beyond the second (`for a, b, c := range x`): a type error in gc ("range clause
   * permits at most two iteration variables", reported at the first extra one), so the parser keeps them.
   */
  readonly extra?: readonly Expr[];
}

/** switch init; tag { clauses }. tag undefined for a tagless switch. pos = `switch`; rbrace = `}`. */
export interface SwitchStmt {
  readonly kind: 'SwitchStmt';
  readonly pos: Pos;
  readonly init: SimpleStmt | undefined;
  readonly tag: Expr | undefined;
  readonly clauses: readonly CaseClause[];
  readonly rbrace: Pos;
}

/** case a, b: body  |  default: body (cases undefined). pos = `case`/`default`; colon = `:`. */
export interface CaseClause {
  readonly kind: 'CaseClause';
  readonly pos: Pos;
  readonly cases: readonly Expr[] | undefined;
  readonly body: readonly Stmt[];
  readonly colon: Pos;
}

/** Placeholder after a reported syntax error. */
export interface BadStmt {
  readonly kind: 'BadStmt';
  readonly pos: Pos;
}

/** Statements allowed in if/for/switch headers. */
export type SimpleStmt = ExprStmt | AssignStmt | IncDecStmt | EmptyStmt;

export type Node = File | Decl | ImportDecl | Field | Expr | Stmt | CaseClause;

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** startPos returns the leftmost position of a node (types2 reports errors there; gc's syntax.StartPos). */
export function startPos(n: Node): Pos {
  for (;;) {
    switch (n.kind) {
      case 'SelectorExpr':
      case 'IndexExpr':
      case 'SliceExpr':
        n = n.x;
        continue;
      case 'CallExpr':
        n = n.fun;
        continue;
      case 'BinaryExpr':
        n = n.x;
        continue;
      case 'KeyValueExpr':
        n = n.key;
        continue;
      case 'CompositeLit':
        if (n.type) {
          n = n.type;
          continue;
        }
        return n.pos;
      case 'AssignStmt':
        if (n.lhs[0]) {
          n = n.lhs[0];
          continue;
        }
        return n.pos;
      case 'IncDecStmt':
        n = n.x;
        continue;
      case 'ExprStmt':
        n = n.x;
        continue;
      default:
        return n.pos;
    }
  }
}
