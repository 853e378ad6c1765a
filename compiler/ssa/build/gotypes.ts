// Go types -> SSA types, gc's spelling of types in dumps and symbols, and the map-type facts walk needs.
//
// Invariants: named types print qualified (`main.T`), as gc's SSA dumps do; `type.T` symbol names use the
// same spelling. Every Go type maps to exactly one TypeClass (see ir.ts); structs and arrays are
// 'composite' and are never SSA values.

import { assertNever, InternalError } from '../../diag/index.js';
import { hasPointers, sizeof, under, type Type } from '../../types/index.js';
import type { AuxSym, SsaType, TypeClass } from '../ir.js';

/** goTypeName spells a Go type as gc's SSA printer does. */
export function goTypeName(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.name === 'byte'
        ? 'uint8'
        : t.name === 'rune'
          ? 'int32'
          : t.basic.startsWith('untyped')
            ? t.basic
            : t.name;
    case 'Pointer':
      return '*' + goTypeName(t.elem);
    case 'Slice':
      return '[]' + goTypeName(t.elem);
    case 'Array':
      return `[${t.len}]${goTypeName(t.elem)}`;
    case 'Map':
      return `map[${goTypeName(t.key)}]${goTypeName(t.elem)}`;
    case 'Struct':
      return `struct { ${t.fields.map((f) => `${f.embedded ? '' : f.name + ' '}${goTypeName(f.type)}`).join('; ')} }`;
    case 'Signature': {
      const ps = t.params.map((p) => goTypeName(p.type)).join(', ');
      const rs = t.results.map((r) => goTypeName(r.type));
      return `func(${ps})${rs.length === 0 ? '' : rs.length === 1 ? ' ' + rs[0] : ` (${rs.join(', ')})`}`;
    }
    case 'Named':
      return t.obj.name === 'error' ? 'error' : `main.${t.obj.name}`;
    case 'Tuple':
      return t.vars.map((v) => goTypeName(v.type)).join(',');
    case 'Interface':
      return 'interface {}';
    default:
      return assertNever(t, 'ssa');
  }
}

const CLASS_OF_BASIC: Record<string, TypeClass> = {
  bool: 'bool',
  string: 'string',
  float32: 'float',
  float64: 'float',
  uintptr: 'ptr',
  'unsafe.Pointer': 'ptr',
  'untyped bool': 'bool',
  'untyped string': 'string',
  'untyped float': 'float',
  'untyped nil': 'ptr',
};

const cache = new WeakMap<Type, SsaType>();

/** ssaType converts a Go type to the SSA type of values of that type. */
export function ssaType(t: Type): SsaType {
  const hit = cache.get(t);
  if (hit) return hit;
  const u = under(t);
  let cls: TypeClass;
  let signed: boolean | undefined;
  switch (u.kind) {
    case 'Basic':
      cls = CLASS_OF_BASIC[u.basic] ?? 'int';
      if (cls === 'int') signed = !u.basic.startsWith('uint');
      break;
    case 'Pointer':
    case 'Map':
    case 'Signature':
      cls = 'ptr';
      break;
    case 'Slice':
      cls = 'slice';
      break;
    case 'Interface':
      cls = 'iface';
      break;
    case 'Struct':
    case 'Array':
      cls = 'composite';
      break;
    case 'Named':
    case 'Tuple':
      throw new InternalError('ssa', `no SSA type for ${u.kind}`);
    default:
      return assertNever(u, 'ssa');
  }
  const st: SsaType = {
    name: goTypeName(t),
    cls,
    size: sizeof(t),
    ...(signed !== undefined ? { signed } : {}),
    ...(u.kind === 'Pointer' ? { elem: ssaType(u.elem) } : {}),
    go: t,
  };
  cache.set(t, st);
  return st;
}

/** typeSym is the `type.T` descriptor symbol of a Go type. */
export function typeSym(t: Type): AuxSym {
  return { kind: 'sym', name: `type.${goTypeName(t)}`, symKind: 'type', type: ssaType(t) };
}

// ---------------------------------------------------------------------------------------------------------
// Map facts (walk/walk.go mapfast, reflectdata AlgType)

/** MapFast is walk's mapfast result: which family of runtime entry points a map type uses. */
export type MapFast = 'slow' | 'fast32' | 'fast32ptr' | 'fast64' | 'fast64ptr' | 'faststr';

/** MaxElemSize: elements larger than this force the generic entry points (runtime maxElemSize). */
export const MaxElemSize = 128;
/** ZeroValSize: elements larger than this use mapaccess1_fat/mapaccess2_fat (runtime maxZero). */
export const ZeroValSize = 1024;

/**
 * algKind is reflectdata.AlgType reduced to what mapfast asks: AMEM32 / AMEM64 (plain memory of 4 or 8
 * bytes with no padding, floats excluded), ASTRING (string or a one-field struct/array of string), other.
 */
function algKind(t: Type): 'mem32' | 'mem64' | 'string' | 'other' {
  const k = memAlg(t);
  if (k === 'string') return 'string';
  if (k === 'mem') {
    const s = sizeof(t);
    if (s === 4) return 'mem32';
    if (s === 8) return 'mem64';
  }
  return 'other';
}

/** memAlg: 'mem' when equality is plain memory comparison, 'string' for string-like, else 'special'. */
function memAlg(t: Type): 'mem' | 'string' | 'special' {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === 'string') return 'string';
      if (u.basic === 'float32' || u.basic === 'float64') return 'special';
      return 'mem';
    case 'Pointer':
    case 'Map':
      return 'mem';
    case 'Signature':
    case 'Slice':
    case 'Interface':
    case 'Tuple':
    case 'Named':
      return 'special';
    case 'Array':
      if (u.len === 1) return memAlg(u.elem);
      return memAlg(u.elem) === 'mem' ? 'mem' : 'special';
    case 'Struct': {
      if (u.fields.length === 1 && u.fields[0]!.name !== '_') return memAlg(u.fields[0]!.type);
      let off = 0;
      for (const f of u.fields) {
        if (f.name === '_' || memAlg(f.type) !== 'mem') return 'special';
        // padding between fields makes the struct non-memory-comparable
        const a = sizeof(f.type);
        if (a > 0 && off % Math.min(a, 8) !== 0) return 'special';
        off += a;
      }
      return off === sizeof(u) ? 'mem' : 'special';
    }
    default:
      return assertNever(u, 'ssa');
  }
}

/** mapFast mirrors walk.mapfast on amd64 (go-internals 2.1). */
export function mapFast(m: Type): MapFast {
  const u = under(m);
  if (u.kind !== 'Map') throw new InternalError('ssa', 'mapFast of a non-map');
  if (sizeof(u.elem) > MaxElemSize) return 'slow';
  switch (algKind(u.key)) {
    case 'mem32':
      return 'fast32';
    case 'mem64':
      return hasPointers(u.key) ? 'fast64ptr' : 'fast64';
    case 'string':
      return 'faststr';
    case 'other':
      return 'slow';
  }
}

/** The runtime entry suffix per operation (walk.go mapaccess1/mapaccess2/mapassign/mapdelete tables). */
export function mapFnSuffix(fast: MapFast, op: 'access' | 'assign'): string {
  if (fast === 'slow') return '';
  if (op === 'assign') return '_' + fast;
  return '_' + fast.replace('ptr', '');
}

/** mapKeyParam is the runtime's parameter type for a fast key (uint32, uint64, unsafe.Pointer, string). */
export function mapKeyIsByValue(fast: MapFast): boolean {
  return fast !== 'slow';
}
