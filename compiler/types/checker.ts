// Checker state shared by the checking files: diagnostics, scopes, the function context, and recording into
// TypeInfo. The checking logic itself lives in decl.ts, typexpr.ts, expr.ts, call.ts, builtins.ts,
// assign.ts and stmt.ts as free functions taking the Checker.
//
// Invariants:
//  - Errors are reported at startPos(node) unless a position is given explicitly (types2's posFor).
//  - Once any error was reported, messages mentioning "invalid operand"/"invalid type" are suppressed, as
//    types2 does to avoid follow-on errors.
//  - Scopes form a chain; local objects are declared as checking proceeds, so a plain chain lookup gives
//    Go's "declared after use is undefined" semantics for locals.

import { errorAt, type Diagnostic, type Pos } from '../diag/index.js';
import { startPos, type Expr, type FuncDecl, type FuncLit, type Ident, type Node } from '../syntax/index.js';
import type { ConstValue } from './constant.js';
import type { OperandMode, Scope, TypeInfo } from './info.js';
import type { BuiltinId, Obj, Signature, Type, Var } from './types.js';
import { isUntyped } from './types.js';
import { Universe } from './universe.js';

/** Operand is the result of evaluating an expression (types2 operand). */
export interface Operand {
  mode: OperandMode;
  type: Type;
  value: ConstValue | undefined;
  expr: Expr;
  /** For mode 'builtin'. */
  builtin?: BuiltinId;
}

/** FuncContext describes the function whose body is being checked. */
export interface FuncContext {
  readonly node: FuncDecl | FuncLit;
  readonly sig: Signature;
  readonly parent: FuncContext | undefined;
  /** Captured outer variables (FuncLit only), in first-use order. */
  readonly captures: Var[];
}

/** UntypedInfo remembers an untyped expression whose final type is decided by its context. */
export interface UntypedInfo {
  mode: OperandMode;
  type: Type;
  value: ConstValue | undefined;
  /** The expression is the left operand of a non-constant shift. */
  isLhs: boolean;
}

export class Checker {
  readonly diags: Diagnostic[] = [];
  scope: Scope;
  readonly pkgScope: Scope;
  fn: FuncContext | undefined = undefined;
  /** Value of iota while checking a constant declaration; undefined elsewhere. */
  iota: number | undefined = undefined;
  /** Untyped expressions not yet given a final type. */
  readonly untyped = new Map<Expr, UntypedInfo>();
  /** Enclosing breakable/continuable statements while checking a body. */
  loopDepth = 0;
  /** Checks that need fully resolved types (map key comparability), run after package-level decls. */
  readonly laterChecks: (() => void)[] = [];
  breakDepth = 0;

  constructor(readonly info: TypeInfo) {
    this.pkgScope = { parent: Universe, node: undefined, names: new Map() };
    this.scope = this.pkgScope;
  }

  /** errorf reports an error at the start of a node (or at a position). */
  error(at: Node | Pos, msg: string, related?: readonly string[]): void {
    if (this.diags.length > 0 && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0))
      return;
    const pos = 'kind' in at ? startPos(at) : at;
    const d = errorAt(pos, msg);
    this.diags.push(related && related.length > 0 ? { ...d, related } : d);
  }

  /** Nested block scopes of each scope (function-literal scopes excluded: they report their own unused vars). */
  readonly childScopes = new Map<Scope, Scope[]>();

  openScope(node: Node | undefined): Scope {
    const s: Scope = { parent: this.scope, node, names: new Map() };
    if (node) this.info.scopes.set(node, s);
    if (!node || (node.kind !== 'FuncLit' && node.kind !== 'FuncDecl')) {
      const list = this.childScopes.get(this.scope);
      if (list) list.push(s);
      else this.childScopes.set(this.scope, [s]);
    }
    this.scope = s;
    return s;
  }

  closeScope(): void {
    const p = this.scope.parent;
    if (p) this.scope = p;
  }

  /** lookup finds an object by name in the scope chain. */
  lookup(name: string): Obj | undefined {
    for (let s: Scope | undefined = this.scope; s; s = s.parent) {
      const o = s.names.get(name);
      if (o) return o;
    }
    return undefined;
  }

  /**
   * declare adds obj to scope under ident (no-op for `_`); reports `x redeclared in this block` with gc's
   * `other declaration of x` continuation line.
   */
  declare(scope: Scope, ident: Ident, obj: Obj): void {
    this.info.defs.set(ident, ident.name === '_' ? undefined : obj);
    if (ident.name === '_') return;
    const alt = scope.names.get(ident.name);
    if (alt) {
      this.error(ident, `${ident.name} redeclared in this block`, [
        `\t${posString(alt.pos)}: other declaration of ${ident.name}`,
      ]);
      return;
    }
    scope.names.set(ident.name, obj);
  }

  /** record stores the type and value of an expression; untyped results are kept until their type is final. */
  record(x: Operand): void {
    if (x.mode === 'invalid') return;
    if (isUntyped(x.type)) {
      this.untyped.set(x.expr, { mode: x.mode, type: x.type, value: x.value, isLhs: false });
      return;
    }
    this.info.types.set(x.expr, { mode: x.mode, type: x.type, value: x.value });
  }

  recordType(e: Expr, t: Type): void {
    this.info.types.set(e, { mode: 'typexpr', type: t, value: undefined });
  }
}

/** posString renders a position for continuation lines (`LINE:COL`; the harness strips gc's file prefix). */
function posString(p: Pos): string {
  return `${p.line}:${p.col}`;
}

/** failed reports whether an operand became invalid (a helper that defeats TS narrowing after mutation). */
export function failed(x: Operand): boolean {
  return x.mode === 'invalid';
}
