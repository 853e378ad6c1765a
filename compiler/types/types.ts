// Type representation and objects (the things identifiers denote), shaped after go/types / types2.
//
// Invariants:
//  - Basic types are singletons (see universe.ts); every other type is a fresh object. `identical(a, b)`
//    compares structurally, except Named types, which are identical only to themselves.
//  - `byte` and `rune` are separate Basic objects whose `kind` is uint8/int32: identical to uint8/int32, but
//    printed as `byte`/`rune` (as types2 does).
//  - A Named type's `underlying` is filled in after its declaration is resolved; later phases only ever see
//    the resolved value (never a Named as underlying of another Named).
//  - Objects are mutable only while the checker runs (type filled lazily, `used` flags); afterwards they are
//    read-only for later phases.

import type { Pos } from '../diag/index.js';
import type { FuncDecl, FuncLit } from '../syntax/index.js';
import type { ConstValue } from './constant.js';

// ---------------------------------------------------------------------------------------------------------
// Types

export type Type = Basic | Pointer | Slice | ArrayT | MapT | Struct | Signature | Named | Tuple | Interface;

export type BasicKind =
  | 'invalid'
  | 'bool'
  | 'int'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'uintptr'
  | 'float32'
  | 'float64'
  | 'string'
  | 'unsafe.Pointer'
  | 'untyped bool'
  | 'untyped int'
  | 'untyped rune'
  | 'untyped float'
  | 'untyped string'
  | 'untyped nil';

/**
 * Basic is a predeclared type. `name` is how it prints (`byte` for the byte alias, kind `uint8`); `flags`
 * caches the kind's classification (BasicFlag bits) so predicates are a mask test, not a set lookup. It is
 * optional so Basic values built outside the universe stay valid; they are classified through the table.
 */
export interface Basic {
  readonly kind: 'Basic';
  readonly basic: BasicKind;
  readonly name: string;
  /** BasicFlag bits of `basic` (the universe's Basic objects always carry them; see basicFlags). */
  readonly flags?: number;
}

/** BasicFlag bits classify basic kinds (types2's BasicInfo). */
export const BasicFlag = {
  Boolean: 1,
  Integer: 2,
  Unsigned: 4,
  Float: 8,
  String: 16,
  Untyped: 32,
  /** Values of the kind can be constants (boolean, numeric, string; not nil/unsafe.Pointer/invalid). */
  Const: 64,
} as const;

const F = BasicFlag;
/** BASIC_FLAGS is the classification table of every basic kind. */
export const BASIC_FLAGS: Readonly<Record<BasicKind, number>> = {
  invalid: 0,
  bool: F.Boolean | F.Const,
  int: F.Integer | F.Const,
  int8: F.Integer | F.Const,
  int16: F.Integer | F.Const,
  int32: F.Integer | F.Const,
  int64: F.Integer | F.Const,
  uint: F.Integer | F.Unsigned | F.Const,
  uint8: F.Integer | F.Unsigned | F.Const,
  uint16: F.Integer | F.Unsigned | F.Const,
  uint32: F.Integer | F.Unsigned | F.Const,
  uint64: F.Integer | F.Unsigned | F.Const,
  uintptr: F.Integer | F.Unsigned | F.Const,
  float32: F.Float | F.Const,
  float64: F.Float | F.Const,
  string: F.String | F.Const,
  'unsafe.Pointer': 0,
  'untyped bool': F.Boolean | F.Untyped | F.Const,
  'untyped int': F.Integer | F.Untyped | F.Const,
  'untyped rune': F.Integer | F.Untyped | F.Const,
  'untyped float': F.Float | F.Untyped | F.Const,
  'untyped string': F.String | F.Untyped | F.Const,
  'untyped nil': F.Untyped,
};

/** *elem */
export interface Pointer {
  readonly kind: 'Pointer';
  readonly elem: Type;
}

/** []elem */
export interface Slice {
  readonly kind: 'Slice';
  readonly elem: Type;
}

/** [len]elem */
export interface ArrayT {
  readonly kind: 'Array';
  readonly len: number;
  readonly elem: Type;
}

/** map[key]elem */
export interface MapT {
  readonly kind: 'Map';
  readonly key: Type;
  readonly elem: Type;
}

/** struct{...}; each field is a Var with isField (and `embedded` for an embedded field). */
export interface Struct {
  readonly kind: 'Struct';
  readonly fields: readonly Var[];
}

/** func(params) results; `variadic` means the last param has type []T written as ...T. */
export interface Signature {
  readonly kind: 'Signature';
  readonly recv: Var | undefined;
  readonly params: readonly Var[];
  readonly results: readonly Var[];
  readonly variadic: boolean;
}

/** A declared type `type T underlying`. Identity is object identity. */
export interface Named {
  readonly kind: 'Named';
  readonly obj: TypeName;
  /** Set once the declaration is resolved; `invalid` for a cyclic/invalid declaration. */
  underlying: Type;
  /** Declared methods, in source order. A method's signature recv tells value vs pointer receiver. */
  readonly methods: Func[];
}

/** Multiple results of a call, e.g. `(int, bool)`. Never the type of a variable. */
export interface Tuple {
  readonly kind: 'Tuple';
  readonly vars: readonly Var[];
}

/** interface{...}: only the empty interface (`any`, `interface{}`) and `error` exist in mini-Go. */
export interface Interface {
  readonly kind: 'Interface';
  readonly methods: readonly Func[];
}

// ---------------------------------------------------------------------------------------------------------
// Objects

export type Obj = Var | Const | TypeName | Func | Builtin | PkgName | Nil;

interface ObjBase {
  readonly name: string;
  /** Declaration position (the identifier), NoPos for universe objects. */
  readonly pos: Pos;
}

/** Var is a variable, parameter, result or struct field. */
export interface Var extends ObjBase {
  readonly kind: 'Var';
  type: Type;
  readonly isGlobal: boolean;
  readonly isParam: boolean;
  readonly isResult: boolean;
  readonly isField: boolean;
  /** Embedded struct field (`struct{ T }`). */
  readonly embedded: boolean;
  /** The function (declaration or literal) whose body or signature declares this var; undefined for globals/fields. */
  readonly func: FuncDecl | FuncLit | undefined;
  /** Set when the variable is read (for `declared but not used`). */
  used: boolean;
  /** Unique id in declaration order, handy as a map key in later phases. */
  readonly id: number;
}

/** Const is a named constant with its exact value. */
export interface Const extends ObjBase {
  readonly kind: 'Const';
  type: Type;
  value: ConstValue;
}

/** TypeName is a declared type name (or predeclared type, or alias). */
export interface TypeName extends ObjBase {
  readonly kind: 'TypeName';
  type: Type;
  readonly isAlias: boolean;
}

/** Func is a declared function or method (methods have sig.recv set). */
export interface Func extends ObjBase {
  readonly kind: 'Func';
  type: Signature;
  /** The declaration; undefined for package fmt functions and error.Error. */
  readonly decl: FuncDecl | undefined;
  /** For methods with a pointer receiver `func (p *T) m()`. */
  readonly ptrRecv: boolean;
  /** For fmt functions: the package qualifier ("fmt"). */
  readonly pkg: string | undefined;
}

export type BuiltinId =
  'append' | 'cap' | 'copy' | 'delete' | 'len' | 'make' | 'new' | 'panic' | 'print' | 'println';

/** Builtin is a predeclared function such as len or append. */
export interface Builtin extends ObjBase {
  readonly kind: 'Builtin';
  readonly id: BuiltinId;
}

/** PkgName is an imported package (only "fmt"). */
export interface PkgName extends ObjBase {
  readonly kind: 'PkgName';
  readonly path: string;
  used: boolean;
}

/** Nil is the predeclared `nil`. */
export interface Nil extends ObjBase {
  readonly kind: 'Nil';
}

// ---------------------------------------------------------------------------------------------------------
// Predicates

/** under returns the underlying type (a Named's underlying; the type itself otherwise). */
export function under(t: Type): Type {
  return t.kind === 'Named' ? t.underlying : t;
}

/** basicFlags returns the BasicFlag bits of t's underlying type (0 for non-basic types). */
export function basicFlags(t: Type): number {
  const u = t.kind === 'Named' ? t.underlying : t;
  return u.kind === 'Basic' ? (u.flags ?? BASIC_FLAGS[u.basic]) : 0;
}

export function isInteger(t: Type): boolean {
  return (basicFlags(t) & F.Integer) !== 0;
}
export function isUnsigned(t: Type): boolean {
  return (basicFlags(t) & F.Unsigned) !== 0;
}
export function isFloat(t: Type): boolean {
  return (basicFlags(t) & F.Float) !== 0;
}
export function isNumeric(t: Type): boolean {
  return (basicFlags(t) & (F.Integer | F.Float)) !== 0;
}
export function isString(t: Type): boolean {
  return (basicFlags(t) & F.String) !== 0;
}
export function isBoolean(t: Type): boolean {
  return (basicFlags(t) & F.Boolean) !== 0;
}
/** isUntyped reports an untyped constant/nil type (never true for a Named type). */
export function isUntyped(t: Type): boolean {
  return t.kind === 'Basic' && ((t.flags ?? BASIC_FLAGS[t.basic]) & F.Untyped) !== 0;
}
export function isInvalid(t: Type): boolean {
  return t.kind === 'Basic' && t.basic === 'invalid';
}
/** isTyped is the negation of isUntyped. */
export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}
export function isInterface(t: Type): boolean {
  return under(t).kind === 'Interface';
}
/** isConstType reports whether values of t can be constants (boolean, numeric, string). */
export function isConstType(t: Type): boolean {
  return (basicFlags(t) & F.Const) !== 0;
}

/** identical reports whether a and b are identical types (Go spec "Type identity"). */
export function identical(a: Type, b: Type): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'Basic':
      return b.kind === 'Basic' && a.basic === b.basic;
    case 'Pointer':
      return b.kind === 'Pointer' && identical(a.elem, b.elem);
    case 'Slice':
      return b.kind === 'Slice' && identical(a.elem, b.elem);
    case 'Array':
      return b.kind === 'Array' && a.len === b.len && identical(a.elem, b.elem);
    case 'Map':
      return b.kind === 'Map' && identical(a.key, b.key) && identical(a.elem, b.elem);
    case 'Struct': {
      if (b.kind !== 'Struct' || a.fields.length !== b.fields.length) return false;
      for (let i = 0; i < a.fields.length; i++) {
        const f = a.fields[i]!;
        const g = b.fields[i]!;
        if (f.name !== g.name || f.embedded !== g.embedded || !identical(f.type, g.type)) return false;
      }
      return true;
    }
    case 'Signature': {
      if (b.kind !== 'Signature' || a.variadic !== b.variadic) return false;
      return identicalVars(a.params, b.params) && identicalVars(a.results, b.results);
    }
    case 'Tuple':
      return b.kind === 'Tuple' && identicalVars(a.vars, b.vars);
    case 'Interface':
      // Only the empty interface and `error` exist; they are distinguished by their method count.
      return b.kind === 'Interface' && a.methods.length === b.methods.length;
    case 'Named':
      return false;
  }
}

function identicalVars(a: readonly Var[], b: readonly Var[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!identical(a[i]!.type, b[i]!.type)) return false;
  return true;
}

/** comparable reports whether == is defined on values of t (map keys must be comparable). */
export function comparable(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic !== 'untyped nil';
    case 'Pointer':
    case 'Interface':
      return true;
    case 'Struct':
      return u.fields.every((f) => comparable(f.type));
    case 'Array':
      return comparable(u.elem);
    case 'Slice':
    case 'Map':
    case 'Signature':
    case 'Tuple':
      return false;
    case 'Named':
      return false;
  }
}

/** hasNil reports whether nil is assignable to t. */
export function hasNil(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Pointer':
    case 'Slice':
    case 'Map':
    case 'Signature':
    case 'Interface':
      return true;
    case 'Basic':
      return u.basic === 'unsafe.Pointer';
    default:
      return false;
  }
}

let nextVarId = 0;

/** newVar creates a Var object; the id is unique per process. */
export function newVar(
  name: string,
  pos: Pos,
  type: Type,
  flags: Partial<Pick<Var, 'isGlobal' | 'isParam' | 'isResult' | 'isField' | 'embedded' | 'func'>> = {},
): Var {
  return {
    kind: 'Var',
    name,
    pos,
    type,
    isGlobal: flags.isGlobal ?? false,
    isParam: flags.isParam ?? false,
    isResult: flags.isResult ?? false,
    isField: flags.isField ?? false,
    embedded: flags.embedded ?? false,
    func: flags.func,
    used: false,
    id: nextVarId++,
  };
}
