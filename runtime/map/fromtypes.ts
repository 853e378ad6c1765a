// Building map type descriptors from the compiler's types (compiler/types layout), for the executor.
//
// Invariants:
//  - Sizes, alignments, field offsets and pointer-ness come from compiler/types (sizeof, alignof,
//    offsetsof, hasPointers), so the bucket layout matches the layout the compiled code uses.
//  - Key algorithms follow Go's type algorithms: integers, bools, pointers, maps-as-keys are not
//    comparable, so only plain memory, strings, floats and their arrays/structs reach here; blank
//    struct fields (`_`) take no part in hashing or equality, as in Go.
//  - mapTypeFor caches descriptors per compiler type object, so an executor can call it per op site.
//  - Interface keys hash and compare their dynamic value; the executor must install a resolver for
//    interface type words (KeyAlg.resolveType).

import { InternalError } from '../../compiler/diag/index.js';
import { alignof, hasPointers, offsetsof, sizeof, typeString, under } from '../../compiler/types/index.js';
import type { MapT, Type } from '../../compiler/types/index.js';
import { ElemShape, KeyShape, MapType, makeMapType } from './types.js';

/** keyShapeOf returns the hashing/equality shape of a comparable compiler type. */
export function keyShapeOf(t: Type): KeyShape {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'string':
        case 'untyped string':
          return { kind: 'string' };
        case 'float32':
          return { kind: 'float32' };
        case 'float64':
        case 'untyped float':
          return { kind: 'float64' };
        default:
          return { kind: 'mem', size: sizeof(u), align: alignof(u), pointers: hasPointers(u) };
      }
    case 'Pointer':
    case 'Map':
    case 'Signature':
      return { kind: 'mem', size: 8, align: 8, pointers: true };
    case 'Array':
      return { kind: 'array', len: u.len, elem: keyShapeOf(u.elem) };
    case 'Struct': {
      const offs = offsetsof(u);
      const fields = u.fields.flatMap((f, i) =>
        f.name === '_' ? [] : [{ offset: offs[i] ?? 0, shape: keyShapeOf(f.type) }],
      );
      return { kind: 'struct', size: sizeof(u), align: alignof(u), fields };
    }
    case 'Interface':
      return { kind: 'interface' };
    default:
      throw new InternalError('runtime', `map key type ${typeString(t)} is not supported by the runtime`);
  }
}

/** elemShapeOf returns the size/alignment/pointer facts of a map element type. */
export function elemShapeOf(t: Type): ElemShape {
  return { size: sizeof(t), align: alignof(t), pointers: hasPointers(t) };
}

const cache = new WeakMap<Type, MapType>();

/** mapTypeFor returns the runtime descriptor of a map type (cached per type object). */
export function mapTypeFor(t: MapT | Type): MapType {
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  const u = under(t);
  if (u.kind !== 'Map') throw new InternalError('runtime', `mapTypeFor: ${typeString(t)} is not a map type`);
  const mt = makeMapType(typeString(t), keyShapeOf(u.key), elemShapeOf(u.elem));
  cache.set(t, mt);
  return mt;
}
