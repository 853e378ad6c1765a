// The escape IR: a small mirror of the parts of gc's typechecked IR (cmd/compile/internal/ir) that escape
// analysis looks at, built from the AST + TypeInfo by lower.ts.
//
// Why a separate IR: gc analyses its IR *after* typechecking has made implicit things explicit — the
// `... argument` slice of a variadic call, conversions to interface of fmt arguments, `&x` for a pointer
// method called on an addressable value, `*p` for a value method called through a pointer, ODOT vs ODOTPTR,
// OINDEX vs OINDEXMAP. Messages print these nodes (`from (*T).Set(c, &i) (call parameter)`), so the walker
// and the printer both work on this IR rather than on the source AST.
//
// Invariants:
//  - Every node carries the position gc gives it (gc's Node.Pos()); implicit nodes carry the position gc
//    gives the implicit node (e.g. an implicit interface conversion takes base.Pos at conversion time).
//  - `implicit` nodes are skipped by the printer exactly where gc's exprFmt skips them.
//  - Types are the checker's types; the IR never mutates the AST or TypeInfo.

import type { Pos } from '../diag/index.js';
import type { FuncDecl, FuncLit, Node } from '../syntax/index.js';
import type { Type, Var } from '../types/index.js';

/** IRFunc is one function body: a declaration, a method, or a function literal (closure). */
export interface IRFunc {
  /** gc's function name: `f`, `(*T).m`, `T.m`, `f.func1`, `f.func1.1`. */
  readonly name: string;
  readonly node: FuncDecl | FuncLit;
  /** Receiver (if any), then params, in declaration order; `undefined` entries for unnamed/blank params. */
  readonly params: readonly (Var | undefined)[];
  /** Parameter types parallel to params (used for unnamed params and tags). */
  readonly paramTypes: readonly Type[];
  /** Result variables (`~r0` style vars are synthesized for unnamed results). */
  readonly results: readonly Var[];
  /** Locals in declaration order (gc's fn.Dcl after params and results). */
  readonly locals: Var[];
  readonly body: IRStmt[];
  /** Enclosing function for closures. */
  readonly outer: IRFunc | undefined;
  /** Captured outer variables (canonical Vars), in gc's ClosureVars order. */
  readonly captures: readonly Var[];
  /** Function literals directly inside this body, in source order. */
  readonly closures: IRFunc[];
  /** Set when the literal is called directly: `func(){...}()` (gc's ClosureCalled). */
  closureCalled: boolean;
  /** True for a declaration without body. */
  readonly bodyless: boolean;
}

export interface CompLitElt {
  readonly key: IRExpr | undefined;
  readonly value: IRExpr;
}

/** Callee of a call, when statically known: a declared function/method, a closure, or fmt. */
export type Callee =
  { readonly kind: 'func'; readonly fn: IRFunc } | { readonly kind: 'fmt'; readonly name: string };

export type IRExpr =
  | { readonly op: 'NAME'; readonly pos: Pos; readonly v: Var; readonly type: Type }
  | { readonly op: 'GLOBAL'; readonly pos: Pos; readonly v: Var; readonly type: Type }
  | {
      readonly op: 'FUNCNAME';
      readonly pos: Pos;
      readonly name: string;
      readonly fn: IRFunc | undefined;
      readonly type: Type;
    }
  | {
      readonly op: 'LITERAL';
      readonly pos: Pos;
      readonly text: string;
      readonly type: Type;
      readonly untyped: boolean;
      /** Integer value of an integer constant (for gc's IsSmallIntConst). */
      readonly intValue: bigint | undefined;
    }
  | { readonly op: 'NIL'; readonly pos: Pos; readonly type: Type }
  | {
      readonly op: 'ADDR';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly implicit: boolean;
      readonly type: Type;
    }
  | {
      readonly op: 'DEREF';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly implicit: boolean;
      readonly type: Type;
    }
  | {
      readonly op: 'DOT' | 'DOTPTR';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly sel: string;
      readonly type: Type;
    }
  | {
      readonly op: 'INDEX' | 'INDEXMAP';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly index: IRExpr;
      readonly type: Type;
    }
  | {
      readonly op: 'SLICE';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly lo: IRExpr | undefined;
      readonly hi: IRExpr | undefined;
      readonly max: IRExpr | undefined;
      readonly full: boolean;
      readonly type: Type;
    }
  | {
      readonly op: 'CONV';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly implicit: boolean;
      readonly type: Type;
    }
  | {
      readonly op: 'CONVIFACE';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly implicit: boolean;
      readonly type: Type;
    }
  | { readonly op: 'STRCONV'; readonly pos: Pos; readonly x: IRExpr; readonly type: Type }
  | {
      readonly op: 'UNARY';
      readonly pos: Pos;
      readonly opText: string;
      readonly x: IRExpr;
      readonly type: Type;
    }
  | {
      readonly op: 'BINARY';
      readonly pos: Pos;
      readonly opText: string;
      readonly x: IRExpr;
      readonly y: IRExpr;
      readonly type: Type;
    }
  | { readonly op: 'ADDSTR'; readonly pos: Pos; readonly list: readonly IRExpr[]; readonly type: Type }
  | {
      readonly op: 'CALL';
      readonly pos: Pos;
      /** The function expression as printed (`f`, `(*T).m`, `fmt.Println`, a closure value...). */
      readonly fun: IRExpr;
      /** Receiver + arguments after gc's FixMethodCall/FixVariadicCall (receiver first for methods). */
      readonly args: readonly IRExpr[];
      readonly callee: Callee | undefined;
      /** Parameter types of the callee in the same order as args. */
      readonly paramTypes: readonly Type[];
      readonly ddd: boolean;
      readonly type: Type;
    }
  | {
      readonly op: 'BUILTIN';
      readonly pos: Pos;
      readonly name: 'len' | 'cap' | 'append' | 'copy' | 'delete' | 'print' | 'println' | 'panic';
      readonly args: readonly IRExpr[];
      readonly ddd: boolean;
      readonly type: Type;
    }
  | { readonly op: 'NEW'; readonly pos: Pos; readonly elem: Type; readonly type: Type }
  | {
      readonly op: 'MAKESLICE' | 'MAKEMAP';
      readonly pos: Pos;
      readonly len: IRExpr | undefined;
      readonly cap: IRExpr | undefined;
      readonly type: Type;
    }
  | { readonly op: 'PTRLIT'; readonly pos: Pos; readonly x: IRExpr; readonly type: Type }
  | {
      readonly op: 'STRUCTLIT' | 'ARRAYLIT' | 'SLICELIT' | 'MAPLIT';
      readonly pos: Pos;
      readonly elts: readonly CompLitElt[];
      /** The implicit `... argument` slice of a variadic call. */
      readonly implicit: boolean;
      readonly type: Type;
    }
  | { readonly op: 'CLOSURE'; readonly pos: Pos; readonly fn: IRFunc; readonly type: Type };

export type IRExprOp = IRExpr['op'];

export type IRStmt =
  | { readonly op: 'DCL'; readonly pos: Pos; readonly v: Var }
  | {
      readonly op: 'AS';
      readonly pos: Pos;
      /** undefined for the blank `_`. */
      readonly x: IRExpr | undefined;
      readonly y: IRExpr | undefined;
      readonly def: boolean;
      /** The variable this statement defines (gc's Name.Defn == this statement). */
      readonly defines: readonly Var[];
    }
  | {
      readonly op: 'ASOP';
      readonly pos: Pos;
      readonly x: IRExpr;
      readonly y: IRExpr;
      readonly opText: string;
      readonly incdec: boolean;
    }
  | {
      readonly op: 'AS2' | 'AS2MAPR' | 'AS2FUNC';
      readonly pos: Pos;
      readonly lhs: readonly (IRExpr | undefined)[];
      readonly rhs: readonly IRExpr[];
      readonly def: boolean;
      readonly defines: readonly Var[];
    }
  | { readonly op: 'BLOCK'; readonly pos: Pos; readonly list: readonly IRStmt[] }
  | {
      readonly op: 'IF';
      readonly pos: Pos;
      readonly init: readonly IRStmt[];
      readonly cond: IRExpr;
      readonly body: readonly IRStmt[];
      readonly els: readonly IRStmt[];
    }
  | {
      readonly op: 'FOR';
      readonly pos: Pos;
      readonly init: readonly IRStmt[];
      readonly cond: IRExpr | undefined;
      readonly post: IRStmt | undefined;
      readonly body: readonly IRStmt[];
    }
  | {
      readonly op: 'RANGE';
      readonly pos: Pos;
      readonly key: IRExpr | undefined;
      readonly value: IRExpr | undefined;
      readonly x: IRExpr;
      readonly def: boolean;
      readonly defines: readonly Var[];
      readonly body: readonly IRStmt[];
    }
  | {
      readonly op: 'SWITCH';
      readonly pos: Pos;
      readonly init: readonly IRStmt[];
      readonly tag: IRExpr | undefined;
      readonly cases: readonly { readonly list: readonly IRExpr[]; readonly body: readonly IRStmt[] }[];
    }
  | { readonly op: 'RETURN'; readonly pos: Pos; readonly results: readonly IRExpr[] }
  | { readonly op: 'CALLSTMT'; readonly pos: Pos; readonly call: IRExpr }
  | { readonly op: 'BRANCH'; readonly pos: Pos };

/** IRProgram is the lowered file: every function in declaration order (methods included, closures nested). */
export interface IRProgram {
  readonly funcs: readonly IRFunc[];
  /** Constructs outside what the escape lowering understands, as (position, reason). */
  readonly unsupported: readonly { readonly pos: Pos; readonly what: string }[];
  /** The source node of each allocation-site IR node (for results keyed by AST node). */
  readonly astOf: Map<IRExpr, Node>;
}
