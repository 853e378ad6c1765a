// The generic map entry points (map.go): makemap, makemap_small, mapaccess1/2, mapaccessK, mapassign,
// mapdelete, mapclear, maplen. Keys are passed by address (as Go's generic entry points take
// unsafe.Pointer); results are addresses into buckets, indirect key/elem objects, or zeroVal.
//
// Invariants:
//  - Lookups never modify the map; while growing they read the old bucket if it is not yet evacuated.
//  - mapassign grows only when inserting a new key while not already growing, if
//    overLoadFactor(count+1, B) or tooManyOverflowBuckets(noverflow, B); then it restarts the search.
//    It returns the elem slot address (or the indirect elem object); the caller stores the value.
//  - mapdelete writes emptyOne, turns a trailing run of emptyOne into emptyRest (crossing back through
//    the chain), and reseeds hash0 when count drops to 0. Deleting never grows.
//  - nil maps (h == 0): reads return zeroVal, delete is a no-op, assign panics. Keys that contain
//    interfaces (hashMightPanic) are hashed even then, so an unhashable key panics as in Go.
//  - zeroVal holds 1024 bytes: mapaccess1 refuses larger elems (the compiler uses mapaccess1_fat).

import { InternalError } from '../../compiler/diag/index.js';
import { GoFatal, GoPanic } from '../panic.js';
import { MAX_ZERO } from '../memory/layout.js';
import { RuntimeSite } from '../memory/alloc.js';
import {
  ExtraOff,
  HFlag,
  HmapOff,
  HmapSize,
  MapRuntime,
  MaxB,
  TopHash,
  overLoadFactor,
  tooManyOverflowBuckets,
} from './hmap.js';
import { ensureExtra, growWork, hashGrow, isEvacuatedTop, makeBucketArray, newoverflow } from './grow.js';
import { BucketCnt, DataOffset, MapType } from './types.js';

/** tophash derives the tophash byte from the high hash half (map.go tophash). */
export function tophashOf(hi: number): number {
  const top = hi >>> 24;
  return top < TopHash.minTopHash ? top + TopHash.minTopHash : top;
}

/** makemap_small allocates an hmap for make(map) with hint <= 8; buckets are allocated lazily. */
export function makemap_small(rt: MapRuntime, site: number = RuntimeSite.hmap): number {
  const h = rt.heap.alloc(HmapSize, site);
  rt.mem.store32(h + HmapOff.hash0, rt.rand.next());
  return h;
}

/** makemap implements make(map[K]E, hint); h != 0 initialises a caller-provided (stack) hmap. */
export function makemap(
  rt: MapRuntime,
  t: MapType,
  hint: number,
  h = 0,
  site: number = RuntimeSite.hmap,
): number {
  if (hint < 0 || hint * t.bucketSize > 2 ** 48) hint = 0;
  if (h === 0) h = rt.heap.alloc(HmapSize, site);
  rt.mem.store32(h + HmapOff.hash0, rt.rand.next());
  let B = 0;
  while (overLoadFactor(hint, B)) B++;
  if (B > MaxB) throw new GoFatal('runtime: out of memory');
  rt.mem.store8(h + HmapOff.B, B);
  if (B !== 0) {
    rt.mem.storePtr(h + HmapOff.buckets, makeBucketArray(rt, t, B, 0));
    const next = rt.nextOverflowOut;
    if (next !== 0) rt.mem.storePtr(ensureExtra(rt, h) + ExtraOff.nextOverflow, next);
  }
  return h;
}

/**
 * initStackMap is what compiled code does inline for a non-escaping make(map) with hint <= 8: the
 * hmap and one bucket live in the caller's frame; only hash0 and buckets are set.
 */
export function initStackMap(rt: MapRuntime, h: number, bucket: number): void {
  rt.mem.storePtr(h + HmapOff.buckets, bucket);
  rt.mem.store32(h + HmapOff.hash0, rt.rand.next());
}

/** maplen is len(m). */
export function maplen(rt: MapRuntime, h: number): number {
  return h === 0 ? 0 : rt.count(h);
}

/** bucketFor returns the bucket to search for a hash (the old one while it is not yet evacuated). */
export function bucketFor(rt: MapRuntime, t: MapType, h: number, lo: number): number {
  let m = (1 << rt.B(h)) - 1;
  const b = rt.buckets(h) + (lo & m) * t.bucketSize;
  const old = rt.oldbuckets(h);
  if (old !== 0) {
    if (!rt.sameSizeGrow(h)) m = (m - 1) / 2;
    const oldb = old + (lo & m) * t.bucketSize;
    if (!isEvacuatedTop(rt.mem.load8(oldb))) return oldb;
  }
  return b;
}

/** findSlot returns the elem slot of the key at `key`, or -1; the stored key's address goes to rt.keyOut. */
function findSlot(rt: MapRuntime, t: MapType, h: number, key: number): number {
  const lo = rt.alg.hash(t, key, rt.hash0(h));
  const top = tophashOf(rt.alg.hi);
  const mem = rt.mem;
  for (let b = bucketFor(rt, t, h, lo); b !== 0; b = mem.loadPtr(b + t.overflowOffset)) {
    for (let i = 0; i < BucketCnt; i++) {
      const th = mem.load8(b + i);
      if (th !== top) {
        if (th === TopHash.emptyRest) return -1;
        continue;
      }
      let k = b + DataOffset + i * t.keySlot;
      if (t.indirectKey) k = mem.loadPtr(k);
      if (rt.alg.equal(t, key, k)) {
        rt.keyOut = k;
        return b + t.elemsOffset + i * t.elemSlot;
      }
    }
  }
  return -1;
}

function elemAt(rt: MapRuntime, t: MapType, slot: number): number {
  return t.indirectElem ? rt.mem.loadPtr(slot) : slot;
}

/** zeroFor returns zeroVal, which only holds MAX_ZERO bytes: bigger elems need the _fat entry points. */
function zeroFor(rt: MapRuntime, t: MapType): number {
  if (t.elemSize > MAX_ZERO)
    throw new InternalError('runtime', `${t.name}: elem > ${MAX_ZERO} bytes needs mapaccess*_fat`);
  return rt.zeroVal;
}

/** mapaccess1 returns the address of m[key]'s value, or zeroVal if absent. */
export function mapaccess1(rt: MapRuntime, t: MapType, h: number, key: number): number {
  if (h === 0 || rt.count(h) === 0) {
    if (t.hashMightPanic) rt.alg.hash(t, key, 0); // an unhashable interface key panics even here
    return zeroFor(rt, t);
  }
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map read and map write');
  const e = findSlot(rt, t, h, key);
  return e < 0 ? zeroFor(rt, t) : elemAt(rt, t, e);
}

/**
 * mapaccess2 is mapaccess1 that also sets rt.ok (the comma-ok result). For elems over 1024 bytes a
 * miss returns zeroVal with rt.ok = false, and the caller must not read the value through it (use
 * mapaccess2_fat, or substitute its own zero buffer when !rt.ok).
 */
export function mapaccess2(rt: MapRuntime, t: MapType, h: number, key: number): number {
  rt.ok = false;
  if (h === 0 || rt.count(h) === 0) {
    if (t.hashMightPanic) rt.alg.hash(t, key, 0);
    return rt.zeroVal;
  }
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map read and map write');
  const e = findSlot(rt, t, h, key);
  if (e < 0) return rt.zeroVal;
  rt.ok = true;
  return elemAt(rt, t, e);
}

/** mapaccess1_fat is mapaccess1 for elems > 1024 bytes: a miss returns the caller's zero buffer `zero`. */
export function mapaccess1_fat(rt: MapRuntime, t: MapType, h: number, key: number, zero: number): number {
  if (h === 0 || rt.count(h) === 0) {
    if (t.hashMightPanic) rt.alg.hash(t, key, 0);
    return zero;
  }
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map read and map write');
  const e = findSlot(rt, t, h, key);
  return e < 0 ? zero : elemAt(rt, t, e);
}

/** mapaccess2_fat is mapaccess2 for elems > 1024 bytes. */
export function mapaccess2_fat(rt: MapRuntime, t: MapType, h: number, key: number, zero: number): number {
  const e = mapaccess1_fat(rt, t, h, key, zero);
  rt.ok = e !== zero;
  return e;
}

/** mapaccessK returns the stored key's address (0 if absent) and leaves the elem address in rt.elemOut. */
export function mapaccessK(rt: MapRuntime, t: MapType, h: number, key: number): number {
  if (h === 0 || rt.count(h) === 0) return 0;
  const e = findSlot(rt, t, h, key);
  if (e < 0) return 0;
  rt.elemOut = elemAt(rt, t, e);
  return rt.keyOut;
}

/** mapassign returns the address where m[key]'s value is to be stored, inserting key if absent. */
export function mapassign(rt: MapRuntime, t: MapType, h: number, key: number): number {
  if (h === 0) throw new GoPanic('assignment to entry in nil map');
  const mem = rt.mem;
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map writes');
  const lo = rt.alg.hash(t, key, rt.hash0(h));
  const top = tophashOf(rt.alg.hi);
  rt.setFlags(h, rt.flags(h) ^ HFlag.hashWriting);
  if (rt.buckets(h) === 0)
    mem.storePtr(h + HmapOff.buckets, rt.heap.alloc(t.bucketSize, RuntimeSite.buckets));
  const ks = t.keySlot;
  const es = t.elemSlot;
  let elem: number;
  for (;;) {
    const bucket = lo & ((1 << rt.B(h)) - 1);
    if (rt.growing(h)) growWork(rt, t, h, bucket);
    let b = rt.buckets(h) + bucket * t.bucketSize;
    let insertb = 0;
    let inserti = 0;
    let found = -1;
    search: for (;;) {
      for (let i = 0; i < BucketCnt; i++) {
        const th = mem.load8(b + i);
        if (th !== top) {
          if (th <= TopHash.emptyOne && insertb === 0) {
            insertb = b;
            inserti = i;
          }
          if (th === TopHash.emptyRest) break search;
          continue;
        }
        let k = b + DataOffset + i * ks;
        if (t.indirectKey) k = mem.loadPtr(k);
        if (!rt.alg.equal(t, key, k)) continue;
        if (t.needKeyUpdate) mem.memmove(k, key, t.keySize);
        found = b + t.elemsOffset + i * es;
        break search;
      }
      const ovf = mem.loadPtr(b + t.overflowOffset);
      if (ovf === 0) break;
      b = ovf;
    }
    if (found >= 0) {
      elem = found;
      break;
    }
    if (
      !rt.growing(h) &&
      (overLoadFactor(rt.count(h) + 1, rt.B(h)) || tooManyOverflowBuckets(rt.noverflow(h), rt.B(h)))
    ) {
      hashGrow(rt, t, h);
      continue; // growing invalidates everything: search again
    }
    if (insertb === 0) {
      insertb = newoverflow(rt, t, h, b);
      inserti = 0;
    }
    let insertk = insertb + DataOffset + inserti * ks;
    elem = insertb + t.elemsOffset + inserti * es;
    if (t.indirectKey) {
      const kmem = rt.heap.alloc(t.keySize, RuntimeSite.indirectKey);
      mem.storePtr(insertk, kmem);
      insertk = kmem;
    }
    if (t.indirectElem) mem.storePtr(elem, rt.heap.alloc(t.elemSize, RuntimeSite.indirectElem));
    mem.memmove(insertk, key, t.keySize);
    mem.store8(insertb + inserti, top);
    rt.setCount(h, rt.count(h) + 1);
    break;
  }
  const f = rt.flags(h);
  if ((f & HFlag.hashWriting) === 0) throw new GoFatal('concurrent map writes');
  rt.setFlags(h, f & ~HFlag.hashWriting);
  return t.indirectElem ? mem.loadPtr(elem) : elem;
}

/** mapdelete removes key from the map (no-op if absent or the map is nil). */
export function mapdelete(rt: MapRuntime, t: MapType, h: number, key: number): void {
  if (h === 0 || rt.count(h) === 0) {
    if (t.hashMightPanic) rt.alg.hash(t, key, 0);
    return;
  }
  const mem = rt.mem;
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map writes');
  const lo = rt.alg.hash(t, key, rt.hash0(h));
  const top = tophashOf(rt.alg.hi);
  rt.setFlags(h, rt.flags(h) ^ HFlag.hashWriting);
  const bucket = lo & ((1 << rt.B(h)) - 1);
  if (rt.growing(h)) growWork(rt, t, h, bucket);
  const bOrig = rt.buckets(h) + bucket * t.bucketSize;
  search: for (let b = bOrig; b !== 0; b = mem.loadPtr(b + t.overflowOffset)) {
    for (let i = 0; i < BucketCnt; i++) {
      const th = mem.load8(b + i);
      if (th !== top) {
        if (th === TopHash.emptyRest) break search;
        continue;
      }
      const k = b + DataOffset + i * t.keySlot;
      const k2 = t.indirectKey ? mem.loadPtr(k) : k;
      if (!rt.alg.equal(t, key, k2)) continue;
      if (t.indirectKey) mem.storePtr(k, 0);
      else if (t.keyPointers) mem.memclr(k, t.keySize);
      const e = b + t.elemsOffset + i * t.elemSlot;
      if (t.indirectElem) mem.storePtr(e, 0);
      else mem.memclr(e, t.elemSize);
      deleteSlot(rt, t, bOrig, b, i);
      const n = rt.count(h) - 1;
      rt.setCount(h, n);
      if (n === 0) mem.store32(h + HmapOff.hash0, rt.rand.next());
      break search;
    }
  }
  const f = rt.flags(h);
  if ((f & HFlag.hashWriting) === 0) throw new GoFatal('concurrent map writes');
  rt.setFlags(h, f & ~HFlag.hashWriting);
}

/** deleteSlot marks slot i of bucket b emptyOne, then converts a trailing emptyOne run to emptyRest. */
export function deleteSlot(rt: MapRuntime, t: MapType, bOrig: number, b: number, i: number): void {
  const mem = rt.mem;
  mem.store8(b + i, TopHash.emptyOne);
  if (i === BucketCnt - 1) {
    const ovf = mem.loadPtr(b + t.overflowOffset);
    if (ovf !== 0 && mem.load8(ovf) !== TopHash.emptyRest) return;
  } else if (mem.load8(b + i + 1) !== TopHash.emptyRest) {
    return;
  }
  for (;;) {
    mem.store8(b + i, TopHash.emptyRest);
    if (i === 0) {
      if (b === bOrig) break;
      const c = b;
      for (b = bOrig; mem.loadPtr(b + t.overflowOffset) !== c; b = mem.loadPtr(b + t.overflowOffset));
      i = BucketCnt - 1;
    } else {
      i--;
    }
    if (mem.load8(b + i) !== TopHash.emptyOne) break;
  }
}

/** mapclear implements the `for k := range m { delete(m, k) }` idiom (map.go mapclear). */
export function mapclear(rt: MapRuntime, t: MapType, h: number): void {
  if (h === 0 || rt.count(h) === 0) return;
  const mem = rt.mem;
  let f = rt.flags(h);
  if ((f & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map writes');
  f ^= HFlag.hashWriting;
  f &= ~HFlag.sameSizeGrow;
  rt.setFlags(h, f);
  mem.storePtr(h + HmapOff.oldbuckets, 0);
  mem.storeI64(h + HmapOff.nevacuate, 0);
  mem.store16(h + HmapOff.noverflow, 0);
  rt.setCount(h, 0);
  mem.store32(h + HmapOff.hash0, rt.rand.next());
  const extra = rt.extra(h);
  if (extra !== 0) mem.memclr(extra, 24);
  makeBucketArray(rt, t, rt.B(h), rt.buckets(h));
  if (rt.nextOverflowOut !== 0) mem.storePtr(ensureExtra(rt, h) + ExtraOff.nextOverflow, rt.nextOverflowOut);
  f = rt.flags(h);
  if ((f & HFlag.hashWriting) === 0) throw new GoFatal('concurrent map writes');
  rt.setFlags(h, f & ~HFlag.hashWriting);
}
