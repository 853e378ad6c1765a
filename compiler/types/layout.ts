// Memory layout on amd64 (gc's sizes): sizeof, alignof, struct field offsets, and "has pointers".
//
// Invariants:
//  - Matches unsafe.Sizeof/Alignof/Offsetof of Go 1.19 on amd64 (word = 8, max align = 8).
//  - A struct whose last field has size 0 (and the struct is not itself size 0) gets one byte of padding
//    before rounding, as gc does, so a pointer to it never points past the object.
//  - Results are cached per type object (WeakMap); the functions are pure.

import type { BasicKind, Struct, Type } from './types.js';
import { under } from './types.js';

export const PtrSize = 8;

const BASIC_SIZE: Record<BasicKind, number> = {
  invalid: 1,
  bool: 1,
  int: 8,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  uintptr: 8,
  float32: 4,
  float64: 8,
  string: 16,
  'unsafe.Pointer': 8,
  'untyped bool': 1,
  'untyped int': 8,
  'untyped rune': 4,
  'untyped float': 8,
  'untyped string': 16,
  'untyped nil': 8,
};

const sizeCache = new WeakMap<Type, number>();
const offsetCache = new WeakMap<Struct, number[]>();

/** sizeof returns the size in bytes of a value of type t. */
export function sizeof(t: Type): number {
  const cached = sizeCache.get(t);
  if (cached !== undefined) return cached;
  const size = computeSize(t);
  sizeCache.set(t, size);
  return size;
}

function computeSize(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      return BASIC_SIZE[u.basic];
    case 'Pointer':
    case 'Map':
    case 'Signature':
      return PtrSize;
    case 'Slice':
      return 3 * PtrSize;
    case 'Interface':
      return 2 * PtrSize;
    case 'Array':
      return u.len * sizeof(u.elem);
    case 'Struct': {
      const n = u.fields.length;
      if (n === 0) return 0;
      const offs = offsetsof(u);
      const last = u.fields[n - 1]!;
      let size = offs[n - 1]! + sizeof(last.type);
      if (sizeof(last.type) === 0 && size > 0) size++; // gc pads a trailing zero-size field
      return alignUp(size, alignof(u));
    }
    case 'Tuple': {
      let off = 0;
      for (const v of u.vars) off = alignUp(off, alignof(v.type)) + sizeof(v.type);
      return off;
    }
    case 'Named':
      return PtrSize;
  }
}

/** alignof returns the alignment in bytes of a value of type t. */
export function alignof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic === 'string' || u.basic === 'untyped string'
        ? PtrSize
        : Math.min(BASIC_SIZE[u.basic], 8);
    case 'Array':
      return alignof(u.elem);
    case 'Struct': {
      let a = 1;
      for (const f of u.fields) a = Math.max(a, alignof(f.type));
      return a;
    }
    case 'Tuple': {
      let a = 1;
      for (const v of u.vars) a = Math.max(a, alignof(v.type));
      return a;
    }
    default:
      return PtrSize;
  }
}

/** offsetsof returns the byte offset of each field of a struct. */
export function offsetsof(s: Struct): readonly number[] {
  const cached = offsetCache.get(s);
  if (cached) return cached;
  const offs: number[] = [];
  let off = 0;
  for (const f of s.fields) {
    off = alignUp(off, alignof(f.type));
    offs.push(off);
    off += sizeof(f.type);
  }
  offsetCache.set(s, offs);
  return offs;
}

/** hasPointers reports whether a value of type t contains pointers the GC must scan. */
export function hasPointers(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      return (
        u.basic === 'string' ||
        u.basic === 'untyped string' ||
        u.basic === 'unsafe.Pointer' ||
        u.basic === 'untyped nil'
      );
    case 'Pointer':
    case 'Slice':
    case 'Map':
    case 'Signature':
    case 'Interface':
      return true;
    case 'Array':
      return u.len > 0 && hasPointers(u.elem);
    case 'Struct':
      return u.fields.some((f) => hasPointers(f.type));
    case 'Tuple':
      return u.vars.some((v) => hasPointers(v.type));
    case 'Named':
      return true;
  }
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/**
 * isDirectIface reports whether an interface stores values of t directly in its data word (gc's
 * types.IsDirectIface): pointer-shaped types, and structs or one-element arrays wrapping exactly one of them.
 * Escape analysis, the SSA builder's boxing and fmt's unboxing must agree on it.
 */
export function isDirectIface(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Pointer':
    case 'Map':
    case 'Signature':
      return true;
    case 'Basic':
      return u.basic === 'unsafe.Pointer';
    case 'Array':
      return u.len === 1 && isDirectIface(u.elem);
    case 'Struct':
      return u.fields.length === 1 && isDirectIface(u.fields[0]!.type);
    default:
      return false;
  }
}
