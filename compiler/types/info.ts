// TypeInfo: the checker's results as side tables keyed by AST node identity (like types2.Info).
//
// Invariants:
//  - Filled only by the checker; later phases read it and never mutate it.
//  - `types` has an entry for every expression the checker evaluated (including type expressions, with
//    mode 'typexpr', and the function part of calls), except identifiers that are only declared (see defs)
//    and KeyValueExpr/struct-literal field keys.
//  - For a program without errors every Ident is in exactly one of `defs` or `uses` (the blank `_` and the
//    package name map to undefined in defs).

import type {
  CallExpr,
  Expr,
  FuncDecl,
  FuncLit,
  Ident,
  Node,
  RangeStmt,
  SelectorExpr,
} from '../syntax/index.js';
import type { ConstValue } from './constant.js';
import { NodeTable } from './nodetable.js';
import type { BuiltinId, Func, Obj, Signature, Type, Var } from './types.js';

/**
 * OperandMode says what an expression denotes (types2 operand modes):
 *  - novalue: a call without results;  builtin: a builtin function name;  typexpr: a type;
 *  - constant: a compile-time constant (value set);  variable: an addressable location;
 *  - mapindex: `m[k]` (assignable, not addressable);  value: any other computed value;
 *  - commaok: a value that may be used in `v, ok :=` form (map index);  nilvalue: the untyped nil.
 */
export type OperandMode =
  | 'invalid'
  | 'novalue'
  | 'builtin'
  | 'typexpr'
  | 'constant'
  | 'variable'
  | 'mapindex'
  | 'value'
  | 'commaok'
  | 'nilvalue';

/** TypeAndValue is the recorded result for one expression. */
export interface TypeAndValue {
  readonly mode: OperandMode;
  /** The type; for an untyped constant used in a typed context, the final (converted) type. */
  readonly type: Type;
  /** The constant value when mode is 'constant'. */
  readonly value: ConstValue | undefined;
}

/** SelectionKind tells a field access from a method value/call. */
export type SelectionKind = 'field' | 'method';

/**
 * Selection describes `x.f`: `path` is the chain of field indices from x's (dereferenced) type through
 * embedded fields to the final field (for a method: through embedded fields to the receiver base; the last
 * element is then the method's index in Named.methods). `indirect` is true when a pointer is dereferenced
 * along the way (including x itself being a pointer).
 */
export interface Selection {
  readonly kind: SelectionKind;
  /** Receiver expression type (type of x). */
  readonly recv: Type;
  /** The selected field (Var) or method (Func). */
  readonly obj: Var | Func;
  readonly path: readonly number[];
  readonly indirect: boolean;
  /** Type of x.f: field type, or the method's signature without receiver. */
  readonly type: Type;
  /**
   * For method calls: how the receiver must be adjusted: 'none', 'addr' (auto &x for a pointer method on
   * an addressable value), 'deref' (auto *x for a value method on a pointer).
   */
  readonly recvAdjust: 'none' | 'addr' | 'deref';
}

/** CallKind classifies a CallExpr: conversion `T(x)`, builtin `len(x)`, or a function/method call. */
export type CallKind =
  | { readonly kind: 'conversion'; readonly to: Type }
  | { readonly kind: 'builtin'; readonly id: BuiltinId }
  | { readonly kind: 'call'; readonly sig: Signature; readonly method: boolean; readonly fmt: boolean };

/**
 * Scope is a lexical block: its parent and the objects declared directly in it, in declaration order (name
 * lookup during checking uses the checker's flat binding table, not these lists).
 */
export interface Scope {
  readonly parent: Scope | undefined;
  readonly node: Node | undefined;
  /** Filled when the scope is closed (the package scope: as objects are declared). */
  readonly objs: readonly Obj[];
}

/** TypeInfo is everything the checker learned about a File. */
export interface TypeInfo {
  readonly types: ReadonlyMap<Expr, TypeAndValue>;
  /** Identifier → the object it declares (undefined for `_` and the package clause). */
  readonly defs: ReadonlyMap<Ident, Obj | undefined>;
  /** Identifier → the object it refers to. */
  readonly uses: ReadonlyMap<Ident, Obj>;
  /** Objects declared implicitly by a node (none in mini-Go; kept for parity with types2). */
  readonly implicits: Map<Node, Obj>;
  readonly selections: Map<SelectorExpr, Selection>;
  /** The scope opened by File, FuncDecl/FuncLit (function scope), BlockStmt, if/for/switch/range, case clauses. */
  readonly scopes: ReadonlyMap<Node, Scope>;
  /** Signature of every function declaration and function literal. */
  readonly signatures: Map<FuncDecl | FuncLit, Signature>;
  /** Func object of every function declaration (methods included). */
  readonly funcs: Map<FuncDecl, Func>;
  /** Outer local variables a function literal refers to (directly or in nested literals), in first-use order. */
  readonly captures: Map<FuncLit, Var[]>;
  readonly calls: Map<CallExpr, CallKind>;
  /** Key/value variables of a range statement (undefined where absent or `_`). */
  readonly rangeVars: Map<RangeStmt, { key: Var | undefined; value: Var | undefined }>;
  /** All package-level variables in declaration order. */
  readonly globals: Var[];
}

/** CheckerInfo is TypeInfo as the checker fills it: the per-node tables are append-only. */
export interface CheckerInfo extends TypeInfo {
  readonly types: NodeTable<Expr, TypeAndValue>;
  readonly defs: NodeTable<Ident, Obj | undefined>;
  readonly uses: NodeTable<Ident, Obj>;
  readonly scopes: NodeTable<Node, Scope>;
}

/** newTypeInfo returns empty tables. */
export function newTypeInfo(): CheckerInfo {
  return {
    types: new NodeTable(),
    defs: new NodeTable(),
    uses: new NodeTable(),
    implicits: new Map(),
    selections: new Map(),
    scopes: new NodeTable(),
    signatures: new Map(),
    funcs: new Map(),
    captures: new Map(),
    calls: new Map(),
    rangeVars: new Map(),
    globals: [],
  };
}
