// Checker state shared by the checking files: diagnostics, name binding, the function context, recording
// into TypeInfo, and interning of types and recorded results. The checking logic itself lives in decl.ts,
// typexpr.ts, expr.ts, call.ts, builtins.ts, assign.ts and stmt.ts as free functions taking the Checker.
//
// Name binding is one flat table (name → innermost Binding, each linking to the binding it shadows) plus an
// undo list per open scope, so a lookup is a single Map.get however deep the block nesting is. The undo list
// also holds the bound objects, which become the scope's exact-length `objs` list when the scope closes. Depths:
// universe 0, package 1, function scopes and blocks 2 and up. Example: in `func f(x int) { { x := 1 } }` the
// inner x is bound at depth 3 with `prev` = the parameter (depth 2); closing the block restores the
// parameter.
//
// Invariants:
//  - Errors are reported at startPos(node) unless a position is given explicitly (types2's posFor).
//  - Once any error was reported, messages mentioning "invalid operand"/"invalid type" are suppressed, as
//    types2 does to avoid follow-on errors.
//  - Local objects are bound as checking proceeds, so a lookup gives Go's "declared after use is undefined"
//    semantics for locals. While a package-level declaration is resolved lazily from inside a function body
//    (resolveObj), bindings at depths 2..hideTop are invisible, so the declaration sees only package names.
//  - Recorded TypeAndValue objects without a constant value are shared per (mode, type): they are immutable.
//  - ptrTo/sliceOf/mapOf/arrayOf return one object per structurally distinct type built in this check.

import { errorAt, type Diagnostic, type Pos } from '../diag/index.js';
import { startPos, type Expr, type FuncDecl, type FuncLit, type Ident, type Node } from '../syntax/index.js';
import type { ConstValue } from './constant.js';
import type { PkgDecl } from './decl.js';
import type { CheckerInfo, OperandMode, Scope, TypeAndValue } from './info.js';
import type { ArrayT, BuiltinId, MapT, Named, Obj, Pointer, Signature, Slice, Type, Var } from './types.js';
import { Universe, UniverseNames } from './universe.js';

/** Operand is the result of evaluating an expression (types2 operand). */
export interface Operand {
  mode: OperandMode;
  type: Type;
  value: ConstValue | undefined;
  expr: Expr;
  /** For mode 'builtin'. */
  builtin: BuiltinId | undefined;
  /** Index of expr's entry in info.types (-1 when not recorded), for retyping untyped expressions. */
  rec: number;
}

/** FuncContext describes the function whose body is being checked. */
export interface FuncContext {
  readonly node: FuncDecl | FuncLit;
  readonly sig: Signature;
  readonly parent: FuncContext | undefined;
  /** Captured outer variables (FuncLit only), in first-use order. */
  readonly captures: Var[];
  /** Local variables declared in this function's body (not in nested function literals). */
  readonly locals: Var[];
}

/** Binding is one entry of the flat name table: obj bound at `depth`, shadowing `prev`. */
interface Binding {
  readonly obj: Obj;
  readonly depth: number;
  readonly prev: Binding | undefined;
}

const PackageDepth = 1;

/** The `objs` of a scope that declares nothing (shared: a closed scope's list is never changed). */
const NoObjs: readonly Obj[] = [];

export class Checker {
  readonly diags: Diagnostic[] = [];
  scope: Scope;
  readonly pkgScope: Scope;
  fn: FuncContext | undefined = undefined;
  /** Value of iota while checking a constant declaration; undefined elsewhere. */
  iota: number | undefined = undefined;
  /** Record index of the left operand of each non-constant untyped binary expression (see untyped.ts). */
  readonly binaryLeft = new Map<Expr, number>();
  /** Left operands of non-constant shifts whose untyped type is not final yet (rare). */
  readonly shiftLhs = new Set<Expr>();
  /** Declared types found valid by validType (validtype.ts). */
  readonly validTypes = new Set<Named>();
  /** The right-hand side of each declared type as written (`type F G` maps F to G). */
  readonly namedRHS = new Map<Named, Type>();
  /** Set once every package-level object is resolved (resolveObj is then a no-op). */
  allResolved = false;
  /** The declaration of each package-level object (a per-check Map: a module WeakMap costs GC time). */
  readonly pkgDecls = new Map<Obj, PkgDecl>();
  /** Checks that need fully resolved types (map key comparability), run after package-level decls. */
  readonly laterChecks: (() => void)[] = [];

  private readonly bindings = new Map<string, Binding | undefined>();
  /** Names bound in open scopes, innermost last; scopeMarks[i] is where scope depth i+2 starts. */
  private readonly boundNames: string[] = [];
  /** boundObjs[i] is the object bound under boundNames[i]. */
  private readonly boundObjs: Obj[] = [];
  /** The package scope's objects (its `objs`), appended as package-level names are bound. */
  private readonly pkgObjs: Obj[] = [];
  private readonly scopeMarks: number[] = [];
  private depth = PackageDepth;
  /** Bindings at depths PackageDepth+1..hideTop are invisible (see header). */
  hideTop = PackageDepth;

  private readonly tvCache = new Map<Type, TypeAndValue>();
  private readonly tvCacheByMode: Record<OperandMode, Map<Type, TypeAndValue>> = {
    invalid: new Map(),
    novalue: new Map(),
    builtin: new Map(),
    typexpr: this.tvCache,
    constant: new Map(),
    variable: new Map(),
    mapindex: new Map(),
    value: new Map(),
    commaok: new Map(),
    nilvalue: new Map(),
  };
  private readonly pointers = new Map<Type, Pointer>();
  private readonly slices = new Map<Type, Slice>();
  private readonly maps = new Map<Type, Map<Type, MapT>>();
  private readonly arrays = new Map<Type, Map<number, ArrayT>>();

  constructor(readonly info: CheckerInfo) {
    this.pkgScope = { parent: Universe, node: undefined, objs: this.pkgObjs };
    this.scope = this.pkgScope;
    for (const [name, obj] of UniverseNames) this.bindings.set(name, { obj, depth: 0, prev: undefined });
  }

  /** error reports an error at the start of a node (or at a position). */
  error(at: Node | Pos, msg: string, related?: readonly string[]): void {
    if (this.diags.length > 0 && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0))
      return;
    const pos = 'kind' in at ? startPos(at) : at;
    const d = errorAt(pos, msg);
    this.diags.push(related && related.length > 0 ? { ...d, related } : d);
  }

  /** openScope opens a block scope (recorded for node when given) and makes it current. */
  openScope(node: Node | undefined): Scope {
    const s: Scope = { parent: this.scope, node, objs: NoObjs };
    if (node) this.info.scopes.append(node, s);
    this.scopeMarks.push(this.boundNames.length);
    this.depth++;
    this.scope = s;
    return s;
  }

  /** closeScope unbinds the current scope's names and returns to its parent. */
  closeScope(): void {
    const mark = this.scopeMarks.pop() ?? 0;
    const names = this.boundNames;
    for (let i = names.length - 1; i >= mark; i--) {
      const name = names[i]!;
      // Restore in place, never delete: a deleted Map entry stays in its hash chain until the next rehash,
      // and names like `i` are unbound once per function, so deletions would build long chains.
      this.bindings.set(name, this.bindings.get(name)?.prev);
    }
    names.length = mark;
    if (this.boundObjs.length > mark) {
      (this.scope as { objs: readonly Obj[] }).objs = this.boundObjs.slice(mark);
      this.boundObjs.length = mark;
    }
    this.depth--;
    const p = this.scope.parent;
    if (p) this.scope = p;
  }

  /** lookup finds the object a name denotes at the current point. */
  lookup(name: string): Obj | undefined {
    let b = this.bindings.get(name);
    while (b && b.depth > PackageDepth && b.depth <= this.hideTop) b = b.prev;
    return b ? b.obj : undefined;
  }

  /** lookupPackage finds a package-level object by name (not universe, not locals). */
  lookupPackage(name: string): Obj | undefined {
    let b = this.bindings.get(name);
    while (b && b.depth > PackageDepth) b = b.prev;
    return b && b.depth === PackageDepth ? b.obj : undefined;
  }

  /** lookupCurrent finds an object declared in the current scope itself. */
  lookupCurrent(name: string): Obj | undefined {
    const b = this.bindings.get(name);
    return b && b.depth === this.depth ? b.obj : undefined;
  }

  /** hideLocals makes local bindings invisible (package-level resolution); returns the value to restore. */
  hideLocals(): number {
    const saved = this.hideTop;
    this.hideTop = this.depth;
    return saved;
  }

  /**
   * declare binds obj in the current scope under ident (no-op for `_`); reports `x redeclared in this block`
   * with gc's `other declaration of x` continuation line.
   */
  declare(ident: Ident, obj: Obj): void {
    const name = ident.name;
    this.info.defs.append(ident, name === '_' ? undefined : obj);
    if (name === '_') return;
    const alt = this.lookupCurrent(name);
    if (alt) {
      this.error(ident, `${name} redeclared in this block`, [
        `\t${posString(alt.pos)}: other declaration of ${name}`,
      ]);
      return;
    }
    this.bind(name, obj);
  }

  /** bind adds obj to the current scope without checks (the caller ensured the name is new here). */
  bind(name: string, obj: Obj): void {
    this.bindings.set(name, { obj, depth: this.depth, prev: this.bindings.get(name) });
    if (this.depth === PackageDepth) this.pkgObjs.push(obj);
    else {
      this.boundNames.push(name);
      this.boundObjs.push(obj);
    }
    if (obj.kind === 'Var' && this.fn && this.depth > PackageDepth) this.fn.locals.push(obj);
  }

  /** record stores the type and value of an evaluated expression (untyped ones are retyped later). */
  record(x: Operand): void {
    if (x.mode === 'invalid') {
      x.rec = -1;
      return;
    }
    x.rec = this.info.types.append(x.expr, this.typeAndValue(x.mode, x.type, x.value));
  }

  recordType(e: Expr, t: Type): void {
    let tv = this.tvCache.get(t);
    if (!tv) {
      tv = { mode: 'typexpr', type: t, value: undefined };
      this.tvCache.set(t, tv);
    }
    this.info.types.append(e, tv);
  }

  /** typeAndValue returns an immutable record, shared when there is no constant value. */
  typeAndValue(mode: OperandMode, type: Type, value: ConstValue | undefined): TypeAndValue {
    if (value !== undefined) return { mode, type, value };
    const cache = this.tvCacheByMode[mode];
    let tv = cache.get(type);
    if (!tv) {
      tv = { mode, type, value: undefined };
      cache.set(type, tv);
    }
    return tv;
  }

  ptrTo(elem: Type): Pointer {
    let t = this.pointers.get(elem);
    if (!t) {
      t = { kind: 'Pointer', elem };
      this.pointers.set(elem, t);
    }
    return t;
  }

  sliceOf(elem: Type): Slice {
    let t = this.slices.get(elem);
    if (!t) {
      t = { kind: 'Slice', elem };
      this.slices.set(elem, t);
    }
    return t;
  }

  mapOf(key: Type, elem: Type): MapT {
    let byElem = this.maps.get(key);
    if (!byElem) {
      byElem = new Map();
      this.maps.set(key, byElem);
    }
    let t = byElem.get(elem);
    if (!t) {
      t = { kind: 'Map', key, elem };
      byElem.set(elem, t);
    }
    return t;
  }

  arrayOf(len: number, elem: Type): ArrayT {
    let byLen = this.arrays.get(elem);
    if (!byLen) {
      byLen = new Map();
      this.arrays.set(elem, byLen);
    }
    let t = byLen.get(len);
    if (!t) {
      t = { kind: 'Array', len, elem };
      byLen.set(len, t);
    }
    return t;
  }
}

/** posString renders a position for continuation lines (`LINE:COL`; the harness strips gc's file prefix). */
export function posString(p: Pos): string {
  return `${p.line}:${p.col}`;
}

/** operand makes an Operand (all fields present, so every operand has the same object shape). */
export function operand(mode: OperandMode, type: Type, value: ConstValue | undefined, expr: Expr): Operand {
  return { mode, type, value, expr, builtin: undefined, rec: -1 };
}

/** failed reports whether an operand became invalid (a helper that defeats TS narrowing after mutation). */
export function failed(x: Operand): boolean {
  return x.mode === 'invalid';
}
