// Map descriptors built from the compiler's own types must have the layouts Go 1.19 reports for the
// same declarations (test/runtime/golden/facts.go).
import { describe, expect, it } from 'vitest';
import { NoPos } from '../../compiler/diag/index.js';
import { Typ, anyType, errorType } from '../../compiler/types/index.js';
import type { MapT, Type, Var } from '../../compiler/types/index.js';
import { mapTypeFor } from '../../runtime/map/fromtypes.js';
import { facts } from './golden.js';

// The declarations of facts.go, built directly as compiler types (as the checker would produce them):
//   type P struct{ A, B int32 }; type F2 struct{ X float64; S string }; type B3 [3]byte;
//   type Big struct{ A [17]int64 }; type IK struct{ A any; N int32 }
function field(name: string, type: Type): Var {
  return {
    kind: 'Var',
    name,
    pos: NoPos,
    type,
    isGlobal: false,
    isParam: false,
    isResult: false,
    isField: true,
    embedded: false,
    func: undefined,
    used: false,
    id: 0,
  };
}

function declaredTypes(): Map<string, Type> {
  const struct = (...fields: Var[]): Type => ({ kind: 'Struct', fields });
  return new Map<string, Type>([
    ['P', struct(field('A', Typ.int32), field('B', Typ.int32))],
    ['F2', struct(field('X', Typ.float64), field('S', Typ.string))],
    ['B3', { kind: 'Array', len: 3, elem: Typ.uint8 }],
    ['Big', struct(field('A', { kind: 'Array', len: 17, elem: Typ.int64 }))],
    ['IK', struct(field('A', anyType), field('N', Typ.int32))],
    ['any', anyType],
    ['error', errorType],
  ]);
}

describe('mapTypeFor (from compiler types)', () => {
  it('matches Go layouts for basic, struct, array and big key/elem types', () => {
    const d = declaredTypes();
    const T = (name: string): Type => {
      const basic = (Typ as Record<string, Type>)[name];
      const t = basic ?? d.get(name);
      if (t === undefined) throw new Error(`no type ${name}`);
      return t;
    };
    const structEmpty: Type = { kind: 'Struct', fields: [] };
    const mapOf = (k: Type, e: Type): MapT => ({ kind: 'Map', key: k, elem: e });
    const cases: Record<string, MapT> = {
      'map[int64]int64': mapOf(T('int64'), T('int64')),
      'map[int32]int32': mapOf(T('int32'), T('int32')),
      'map[int32]int8': mapOf(T('int32'), T('int8')),
      'map[string]int64': mapOf(T('string'), T('int64')),
      'map[string]string': mapOf(T('string'), T('string')),
      'map[float64]int64': mapOf(T('float64'), T('int64')),
      'map[int64]struct{}': mapOf(T('int64'), structEmpty),
      'map[P]int64': mapOf(T('P'), T('int64')),
      'map[F2]bool': mapOf(T('F2'), T('bool')),
      'map[B3]int16': mapOf(T('B3'), T('int16')),
      'map[int64]Big': mapOf(T('int64'), T('Big')),
      'map[Big]int8': mapOf(T('Big'), T('int8')),
      'map[any]int64': mapOf(T('any'), T('int64')),
      'map[error]bool': mapOf(T('error'), T('bool')),
      'map[IK]int64': mapOf(T('IK'), T('int64')),
    };
    for (const want of facts.maps) {
      const mt = mapTypeFor(cases[want.name]!);
      expect({
        name: want.name,
        keysize: mt.keySlot,
        elemsize: mt.elemSlot,
        bucketsize: mt.bucketSize,
        flags: mt.flags,
      }).toEqual(want);
    }
    // Cached per type object.
    const m = cases['map[P]int64']!;
    expect(mapTypeFor(m)).toBe(mapTypeFor(m));
  });
});
