// Map type descriptors: Go's runtime.maptype, built from a key/elem shape description.
//
// A KeyShape describes how a key type is hashed and compared (Go's type algorithms, alg.go):
// plain memory (ints, bools, pointers, channels: memhash + memequal), strings (strhash), floats
// (f32hash/f64hash: +0 == -0, NaN != NaN) and structs/arrays of those. `makeMapType` flattens a shape
// into a table of parts [op, offset, size]; hashing chains part hashes (h = hashPart(p+off, h)) like
// the compiler-generated hash functions of composite types, and equality compares part by part.
//
// Invariants (Go's reflectdata.MapBucketType / runtime.maptype):
//  - keys/elems larger than 128 bytes are stored indirectly: the slot holds an 8-byte pointer.
//  - bucket = tophash[8] | keys[8] | elems[8] | overflow pointer; keysOffset = 8 (dataOffset),
//    elemsOffset = 8 + 8*keySlot, overflowOffset = bucketSize - 8, bucketSize = 16 + 8*(keySlot+elemSlot).
//  - flags use Go's bits: 1 indirectkey, 2 indirectelem, 4 reflexivekey, 8 needkeyupdate.
//  - A key that is one run of plain memory of 4 or 8 bytes uses memhash32/memhash64, the same hash
//    the _fast32/_fast64 entry points compute from the value, so both paths agree on one map.

import { InternalError } from '../../compiler/diag/index.js';

/** KeyShape is the hashing/equality structure of a comparable Go type. */
export type KeyShape =
  | { readonly kind: 'mem'; readonly size: number; readonly align: number; readonly pointers?: boolean }
  | { readonly kind: 'string' }
  | { readonly kind: 'float32' }
  | { readonly kind: 'float64' }
  | { readonly kind: 'complex64' }
  | { readonly kind: 'complex128' }
  | {
      readonly kind: 'struct';
      readonly size: number;
      readonly align: number;
      readonly fields: readonly { readonly offset: number; readonly shape: KeyShape }[];
    }
  | { readonly kind: 'array'; readonly len: number; readonly elem: KeyShape }
  /** An interface value (type word, data word); hashed and compared by its dynamic type. */
  | { readonly kind: 'interface' };

/** ElemShape is what the map needs to know about an element type: size, alignment, pointers. */
export interface ElemShape {
  readonly size: number;
  readonly align: number;
  readonly pointers: boolean;
}

/** PartOp says how one part of a key is hashed and compared. */
export const PartOp = { mem: 0, string: 1, float32: 2, float64: 3, interface: 4 } as const;

/** Hasher selects the whole-key hash function (alg.go's memhash32/memhash64/strhash/... or composite). */
export const Hasher = {
  mem32: 0,
  mem64: 1,
  mem: 2,
  string: 3,
  float32: 4,
  float64: 5,
  composite: 6,
  interface: 7,
} as const;
export type HasherId = (typeof Hasher)[keyof typeof Hasher];

export const MaxKeySize = 128;
export const MaxElemSize = 128;
export const BucketCnt = 8;
export const DataOffset = 8;

export const TypeFlag = {
  indirectKey: 1,
  indirectElem: 2,
  reflexiveKey: 4,
  needKeyUpdate: 8,
  hashMightPanic: 16,
} as const;

/** KeyDesc is what hashing and equality need to know about a key type (a MapType is one). */
export interface KeyDesc {
  readonly name: string;
  readonly keySize: number;
  readonly hasher: HasherId;
  /** parts is [op, offset, size] triples; used by composite hashing and by equality. */
  readonly parts: Int32Array;
}

/** MapType is runtime.maptype plus the flattened key algorithm. Immutable once built. */
export interface MapType extends KeyDesc {
  readonly keyAlign: number;
  readonly elemSize: number;
  readonly elemAlign: number;
  readonly keySlot: number; // maptype.keysize: bytes per key slot (8 when indirect)
  readonly elemSlot: number; // maptype.elemsize
  readonly bucketSize: number;
  readonly elemsOffset: number;
  readonly overflowOffset: number;
  readonly flags: number;
  readonly indirectKey: boolean;
  readonly indirectElem: boolean;
  readonly reflexiveKey: boolean;
  readonly needKeyUpdate: boolean;
  /** hashMightPanic: the key contains interfaces, whose dynamic type may be unhashable. */
  readonly hashMightPanic: boolean;
  readonly keyPointers: boolean;
  readonly elemPointers: boolean;
  /** bucketPointers is t.bucket.ptrdata != 0 (overflow buckets of pointer-free maps are tracked in extra). */
  readonly bucketPointers: boolean;
  readonly shape: KeyShape;
}

/** shapeSize returns the size in bytes of a key shape. */
export function shapeSize(s: KeyShape): number {
  switch (s.kind) {
    case 'mem':
    case 'struct':
      return s.size;
    case 'string':
    case 'complex128':
    case 'interface':
      return 16;
    case 'float32':
      return 4;
    case 'float64':
    case 'complex64':
      return 8;
    case 'array':
      return s.len * shapeSize(s.elem);
  }
}

/** shapeAlign returns the alignment of a key shape. */
export function shapeAlign(s: KeyShape): number {
  switch (s.kind) {
    case 'mem':
    case 'struct':
      return s.align;
    case 'string':
    case 'complex128':
    case 'float64':
    case 'interface':
      return 8;
    case 'float32':
    case 'complex64':
      return 4;
    case 'array':
      return shapeAlign(s.elem);
  }
}

function shapePointers(s: KeyShape): boolean {
  switch (s.kind) {
    case 'mem':
      return s.pointers ?? false;
    case 'string':
    case 'interface':
      return true;
    case 'struct':
      return s.fields.some((f) => shapePointers(f.shape));
    case 'array':
      return s.len > 0 && shapePointers(s.elem);
    default:
      return false;
  }
}

/** flatten appends [op, offset, size] parts of a shape at base offset, merging adjacent memory runs. */
function flatten(s: KeyShape, base: number, out: number[]): void {
  const push = (op: number, off: number, size: number): void => {
    const n = out.length;
    if (
      op === PartOp.mem &&
      n >= 3 &&
      out[n - 3] === PartOp.mem &&
      (out[n - 2] ?? 0) + (out[n - 1] ?? 0) === off
    ) {
      out[n - 1] = (out[n - 1] ?? 0) + size;
      return;
    }
    if (size > 0 || op !== PartOp.mem) out.push(op, off, size);
  };
  switch (s.kind) {
    case 'mem':
      push(PartOp.mem, base, s.size);
      return;
    case 'string':
      push(PartOp.string, base, 16);
      return;
    case 'float32':
      push(PartOp.float32, base, 4);
      return;
    case 'float64':
      push(PartOp.float64, base, 8);
      return;
    case 'interface':
      push(PartOp.interface, base, 16);
      return;
    case 'complex64':
      push(PartOp.float32, base, 4);
      push(PartOp.float32, base + 4, 4);
      return;
    case 'complex128':
      push(PartOp.float64, base, 8);
      push(PartOp.float64, base + 8, 8);
      return;
    case 'struct':
      for (const f of s.fields) flatten(f.shape, base + f.offset, out);
      return;
    case 'array': {
      const es = shapeSize(s.elem);
      for (let i = 0; i < s.len; i++) flatten(s.elem, base + i * es, out);
      return;
    }
  }
}

function pickHasher(parts: number[], keySize: number): HasherId {
  if (parts.length === 3 && parts[1] === 0 && parts[2] === keySize) {
    switch (parts[0]) {
      case PartOp.mem:
        return keySize === 4 ? Hasher.mem32 : keySize === 8 ? Hasher.mem64 : Hasher.mem;
      case PartOp.string:
        return Hasher.string;
      case PartOp.float32:
        return Hasher.float32;
      case PartOp.float64:
        return Hasher.float64;
      case PartOp.interface:
        return Hasher.interface;
    }
  }
  return Hasher.composite;
}

/** makeMapType builds the descriptor of map[K]E. */
export function makeMapType(name: string, key: KeyShape, elem: ElemShape): MapType {
  const keySize = shapeSize(key);
  const keyAlign = shapeAlign(key);
  if (keyAlign > 8 || elem.align > 8) throw new InternalError('runtime', `alignment too big for ${name}`);
  if (keySize % keyAlign !== 0 || (elem.align > 0 && elem.size % elem.align !== 0)) {
    throw new InternalError('runtime', `size not a multiple of alignment for ${name}`);
  }
  const indirectKey = keySize > MaxKeySize;
  const indirectElem = elem.size > MaxElemSize;
  const keySlot = indirectKey ? 8 : keySize;
  const elemSlot = indirectElem ? 8 : elem.size;
  const parts: number[] = [];
  flatten(key, 0, parts);
  const ops = parts.filter((_, i) => i % 3 === 0);
  // Interfaces are not reflexive (they may hold a NaN) and may panic (unhashable dynamic type).
  const reflexiveKey = !ops.some(
    (op) => op === PartOp.float32 || op === PartOp.float64 || op === PartOp.interface,
  );
  const hashMightPanic = ops.includes(PartOp.interface);
  const needKeyUpdate = parts.some((_, i) => i % 3 === 0 && parts[i] !== PartOp.mem);
  const keyPointers = shapePointers(key);
  const elemPointers = elem.pointers;
  const flags =
    (indirectKey ? TypeFlag.indirectKey : 0) |
    (indirectElem ? TypeFlag.indirectElem : 0) |
    (reflexiveKey ? TypeFlag.reflexiveKey : 0) |
    (needKeyUpdate ? TypeFlag.needKeyUpdate : 0) |
    (hashMightPanic ? TypeFlag.hashMightPanic : 0);
  const bucketSize = DataOffset + BucketCnt * (keySlot + elemSlot) + 8;
  return {
    name,
    keySize,
    keyAlign,
    elemSize: elem.size,
    elemAlign: elem.align,
    keySlot,
    elemSlot,
    bucketSize,
    elemsOffset: DataOffset + BucketCnt * keySlot,
    overflowOffset: bucketSize - 8,
    flags,
    indirectKey,
    indirectElem,
    reflexiveKey,
    needKeyUpdate,
    hashMightPanic,
    keyPointers,
    elemPointers,
    bucketPointers: indirectKey || indirectElem || keyPointers || elemPointers,
    hasher: pickHasher(parts, keySize),
    parts: Int32Array.from(parts),
    shape: key,
  };
}

/** Shapes of common key types, for tests and for the executor's basic types. */
export const Shapes = {
  int8: { kind: 'mem', size: 1, align: 1 },
  int16: { kind: 'mem', size: 2, align: 2 },
  int32: { kind: 'mem', size: 4, align: 4 },
  int64: { kind: 'mem', size: 8, align: 8 },
  pointer: { kind: 'mem', size: 8, align: 8, pointers: true },
  string: { kind: 'string' },
  float32: { kind: 'float32' },
  float64: { kind: 'float64' },
} as const satisfies Record<string, KeyShape>;

/**
 * makeKeyDesc builds the hashing/equality descriptor of a key type on its own (e.g. the dynamic type
 * of an interface key).
 */
export function makeKeyDesc(name: string, key: KeyShape): KeyDesc {
  const parts: number[] = [];
  flatten(key, 0, parts);
  const keySize = shapeSize(key);
  return { name, keySize, hasher: pickHasher(parts, keySize), parts: Int32Array.from(parts) };
}

/** plainElem makes an ElemShape for a plain type of the given size (alignment min(size, 8), power of two). */
export function plainElem(size: number, pointers = false): ElemShape {
  let align = 1;
  while (align < 8 && size % (align * 2) === 0 && align * 2 <= size) align *= 2;
  return { size, align: size === 0 ? 1 : align, pointers };
}
