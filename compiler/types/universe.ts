// The universe scope: predeclared types, constants, nil, builtin functions, and the `fmt` package members.
//
// Invariants:
//  - Basic types are singletons created here; `Typ[kind]` is the canonical Basic for a kind, while `byte`
//    and `rune` are distinct Basic objects (kind uint8/int32) that print by their alias name.
//  - `any` is an alias for `anyType` (the empty interface): typeString prints it as `any`.
//  - The universe is shared by all checks and never mutated after module load.

import { NoPos } from '../diag/index.js';
import { makeBool, makeInt } from './constant.js';
import type {
  Basic,
  BasicKind,
  Builtin,
  BuiltinId,
  Const,
  Func,
  Interface,
  Named,
  Obj,
  Signature,
  Type,
  TypeName,
} from './types.js';
import { BASIC_FLAGS, newVar } from './types.js';
import type { Scope } from './info.js';

function basic(kind: BasicKind, name: string = kind): Basic {
  return { kind: 'Basic', basic: kind, name, flags: BASIC_FLAGS[kind] };
}

/** PREDECLARED_BASIC_KINDS are the basic types Go's universe names (byte and rune are aliases, added apart). */
const PREDECLARED_BASIC_KINDS: readonly BasicKind[] = [
  'bool',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'string',
];

const BASIC_KINDS: readonly BasicKind[] = [
  'invalid',
  ...PREDECLARED_BASIC_KINDS,
  'unsafe.Pointer',
  'untyped bool',
  'untyped int',
  'untyped rune',
  'untyped float',
  'untyped string',
  'untyped nil',
];

/** Typ maps each basic kind to its canonical Basic type. */
export const Typ = Object.fromEntries(BASIC_KINDS.map((k) => [k, basic(k)])) as Record<BasicKind, Basic>;
Object.assign(Typ, { invalid: basic('invalid', 'invalid type') });

export const ByteType: Basic = basic('uint8', 'byte');
export const RuneType: Basic = basic('int32', 'rune');
export const InvalidType: Basic = Typ.invalid;

/** anyType is the empty interface (`any`, `interface{}`). */
export const anyType: Interface = { kind: 'Interface', methods: [] };

function typeName(name: string, type: Type, isAlias = false): TypeName {
  return { kind: 'TypeName', name, pos: NoPos, type, isAlias };
}

/** errorType is the predeclared `error` interface type. */
export const errorType: Named = (() => {
  const obj = typeName('error', InvalidType);
  const errorSig: Signature = {
    kind: 'Signature',
    recv: undefined,
    params: [],
    results: [newVar('', NoPos, Typ.string)],
    variadic: false,
  };
  const errorMethod: Func = {
    kind: 'Func',
    name: 'Error',
    pos: NoPos,
    type: errorSig,
    decl: undefined,
    ptrRecv: false,
    pkg: undefined,
  };
  const named: Named = {
    kind: 'Named',
    obj,
    underlying: { kind: 'Interface', methods: [errorMethod] },
    methods: [],
  };
  obj.type = named;
  return named;
})();

const BUILTINS: readonly BuiltinId[] = [
  'append',
  'cap',
  'copy',
  'delete',
  'len',
  'make',
  'new',
  'panic',
  'print',
  'println',
];

function buildUniverse(): Map<string, Obj> {
  const names = new Map<string, Obj>();
  for (const k of PREDECLARED_BASIC_KINDS) names.set(k, typeName(k, Typ[k]));
  names.set('byte', typeName('byte', ByteType, true));
  names.set('rune', typeName('rune', RuneType, true));
  names.set('any', typeName('any', anyType, true));
  names.set('error', errorType.obj);
  const consts: Const[] = [
    { kind: 'Const', name: 'true', pos: NoPos, type: Typ['untyped bool'], value: makeBool(true) },
    { kind: 'Const', name: 'false', pos: NoPos, type: Typ['untyped bool'], value: makeBool(false) },
    { kind: 'Const', name: 'iota', pos: NoPos, type: Typ['untyped int'], value: makeInt(0n) },
  ];
  for (const c of consts) names.set(c.name, c);
  names.set('nil', { kind: 'Nil', name: 'nil', pos: NoPos });
  for (const id of BUILTINS) {
    const b: Builtin = { kind: 'Builtin', name: id, pos: NoPos, id };
    names.set(id, b);
  }
  return names;
}

/** UniverseNames maps every predeclared name to its object. */
export const UniverseNames: ReadonlyMap<string, Obj> = buildUniverse();

/** Universe is the outermost scope. */
export const Universe: Scope = { parent: undefined, node: undefined, objs: [...UniverseNames.values()] };

/** FMT_SUPPORTED lists the fmt functions mini-Go supports; their signatures are built by fmtFunc. */
export const FMT_FUNCS: ReadonlyMap<string, Func> = (() => {
  const m = new Map<string, Func>();
  const anys = newVar('a', NoPos, { kind: 'Slice', elem: anyType }, { isParam: true });
  const format = newVar('format', NoPos, Typ.string, { isParam: true });
  const nErr = [
    newVar('n', NoPos, Typ.int, { isResult: true }),
    newVar('err', NoPos, errorType, { isResult: true }),
  ];
  const str = [newVar('', NoPos, Typ.string, { isResult: true })];
  const sig = (params: (typeof anys)[], results: typeof nErr): Signature => ({
    kind: 'Signature',
    recv: undefined,
    params,
    results,
    variadic: true,
  });
  const add = (name: string, s: Signature): void => {
    m.set(name, { kind: 'Func', name, pos: NoPos, type: s, decl: undefined, ptrRecv: false, pkg: 'fmt' });
  };
  add('Println', sig([anys], nErr));
  add('Print', sig([anys], nErr));
  add('Printf', sig([format, anys], nErr));
  add('Sprintf', sig([format, anys], str));
  add('Sprint', sig([anys], str));
  add('Sprintln', sig([anys], str));
  return m;
})();

/**
 * UnsupportedPredeclared names Go's predeclared identifiers that mgo leaves out, with the feature each belongs
 * to, so a use reads `complex numbers not supported by mgo yet` rather than a misleading `undefined: complex128`.
 */
export const UnsupportedPredeclared: ReadonlyMap<string, string> = new Map([
  ['complex64', 'complex numbers'],
  ['complex128', 'complex numbers'],
  ['complex', 'complex numbers'],
  ['real', 'complex numbers'],
  ['imag', 'complex numbers'],
  ['recover', 'recover'],
  ['close', 'channels (close)'],
  ['comparable', 'generics (comparable)'],
]);

/** undefinedMessage is the diagnostic for an identifier that resolves to nothing. */
export function undefinedMessage(name: string): string {
  const feature = UnsupportedPredeclared.get(name);
  return feature ? `${feature} not supported by mgo yet` : `undefined: ${name}`;
}
