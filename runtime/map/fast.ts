// Fast map entry points (map_fast32.go, map_fast64.go, map_faststr.go): keys passed by value.
//
// Go picks these for 4-byte and 8-byte plain-memory keys and for strings (walk.mapfast). They hash
// with the same function as the generic path (memhash32/memhash64/strhash), so both may be mixed on
// one map. Values: a 32-bit key is one uint32/int32 number; a 64-bit key is its (lo, hi) 32-bit halves;
// a string is (ptr, len).
//
// Invariants:
//  - The 64-bit paths are specialised (no memory round trip for the key, no tophash compare, exactly
//    like map_fast64.go); the others copy the key into the runtime's scratch slot and run the
//    generic algorithm, which is observably identical (same hashing, growth, slot choice).
//  - As in Go, mapaccess*_fast64 on a one-bucket map (B == 0) compares keys without hashing.

import { GoFatal, GoPanic } from '../panic.js';
import { RuntimeSite } from '../memory/alloc.js';
import { HFlag, HmapOff, MapRuntime, TopHash, overLoadFactor, tooManyOverflowBuckets } from './hmap.js';
import { growWork, hashGrow, isEvacuatedTop, newoverflow } from './grow.js';
import { mapaccess1, mapaccess2, mapassign, mapdelete, tophashOf } from './ops.js';
import { BucketCnt, DataOffset, MapType } from './types.js';

// --- 64-bit keys ---------------------------------------------------------------------------------

function find64(rt: MapRuntime, t: MapType, h: number, lo: number, hi: number): number {
  const mem = rt.mem;
  let b: number;
  const B = rt.B(h);
  if (B === 0) {
    b = rt.buckets(h);
  } else {
    const hash = rt.alg.mix64(lo, hi, rt.hash0(h), 0);
    let m = 2 ** B - 1;
    b = rt.buckets(h) + (hash & m) * t.bucketSize;
    const old = rt.oldbuckets(h);
    if (old !== 0) {
      if (!rt.sameSizeGrow(h)) m = (m - 1) / 2;
      const oldb = old + (hash & m) * t.bucketSize;
      if (!isEvacuatedTop(mem.load8(oldb))) b = oldb;
    }
  }
  const dv = mem.dv;
  const low = mem.low;
  lo |= 0;
  hi |= 0;
  for (; b !== 0; b = mem.loadPtr(b + t.overflowOffset)) {
    const off = b - low;
    for (let i = 0; i < BucketCnt; i++) {
      const koff = off + DataOffset + i * 8;
      if (
        dv.getInt32(koff, true) === lo &&
        dv.getInt32(koff + 4, true) === hi &&
        (mem.u8[off + i] ?? 0) > TopHash.emptyOne
      ) {
        return b + t.elemsOffset + i * t.elemSlot;
      }
    }
  }
  return -1;
}

/** mapaccess1_fast64 returns &m[key] or zeroVal. */
export function mapaccess1_fast64(rt: MapRuntime, t: MapType, h: number, lo: number, hi: number): number {
  if (h === 0 || rt.count(h) === 0) return rt.zeroVal;
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map read and map write');
  const e = find64(rt, t, h, lo, hi);
  if (e < 0) return rt.zeroVal;
  return t.indirectElem ? rt.mem.loadPtr(e) : e;
}

/** mapaccess2_fast64 is mapaccess1_fast64 plus rt.ok. */
export function mapaccess2_fast64(rt: MapRuntime, t: MapType, h: number, lo: number, hi: number): number {
  rt.ok = false;
  if (h === 0 || rt.count(h) === 0) return rt.zeroVal;
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map read and map write');
  const e = find64(rt, t, h, lo, hi);
  if (e < 0) return rt.zeroVal;
  rt.ok = true;
  return t.indirectElem ? rt.mem.loadPtr(e) : e;
}

/** mapassign_fast64 returns the address to store m[key]'s value at, inserting the key if absent. */
export function mapassign_fast64(rt: MapRuntime, t: MapType, h: number, lo: number, hi: number): number {
  if (h === 0) throw new GoPanic('assignment to entry in nil map');
  const mem = rt.mem;
  let flags = rt.flags(h);
  if ((flags & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map writes');
  lo |= 0;
  hi |= 0;
  const hash = rt.alg.mix64(lo, hi, rt.hash0(h), 0);
  const top = tophashOf(rt.alg.hi);
  rt.setFlags(h, flags ^ HFlag.hashWriting);
  if (rt.buckets(h) === 0)
    mem.storePtr(h + HmapOff.buckets, rt.heap.alloc(t.bucketSize, RuntimeSite.buckets));
  const es = t.elemSlot;
  let elem = 0;
  for (;;) {
    const bucket = hash & (2 ** rt.B(h) - 1);
    if (rt.growing(h)) growWork(rt, t, h, bucket);
    let b = rt.buckets(h) + bucket * t.bucketSize;
    let insertb = 0;
    let inserti = 0;
    let found = false;
    const dv = mem.dv;
    const low = mem.low;
    search: for (;;) {
      const off = b - low;
      for (let i = 0; i < BucketCnt; i++) {
        const th = mem.u8[off + i] ?? 0;
        if (th <= TopHash.emptyOne) {
          if (insertb === 0) {
            insertb = b;
            inserti = i;
          }
          if (th === TopHash.emptyRest) break search;
          continue;
        }
        const koff = off + DataOffset + i * 8;
        if (dv.getInt32(koff, true) !== lo || dv.getInt32(koff + 4, true) !== hi) continue;
        insertb = b;
        inserti = i;
        found = true;
        break search;
      }
      const ovf = mem.loadPtr(b + t.overflowOffset);
      if (ovf === 0) break;
      b = ovf;
    }
    if (!found) {
      const B = rt.B(h);
      if (
        !rt.growing(h) &&
        (overLoadFactor(rt.count(h) + 1, B) || tooManyOverflowBuckets(rt.noverflow(h), B))
      ) {
        hashGrow(rt, t, h);
        continue;
      }
      if (insertb === 0) {
        insertb = newoverflow(rt, t, h, b);
        inserti = 0;
      }
      mem.store8(insertb + inserti, top);
      mem.store64(insertb + DataOffset + inserti * 8, lo, hi);
      if (t.indirectElem) {
        // Go never picks _fast64 for elems > 128 bytes; handled anyway for executors that do.
        mem.storePtr(
          insertb + t.elemsOffset + inserti * es,
          rt.heap.alloc(t.elemSize, RuntimeSite.indirectElem),
        );
      }
      rt.setCount(h, rt.count(h) + 1);
    }
    elem = insertb + t.elemsOffset + inserti * es;
    break;
  }
  flags = rt.flags(h);
  if ((flags & HFlag.hashWriting) === 0) throw new GoFatal('concurrent map writes');
  rt.setFlags(h, flags & ~HFlag.hashWriting);
  return t.indirectElem ? mem.loadPtr(elem) : elem;
}

/** mapassign_fast64ptr is mapassign_fast64 for pointer keys (a pointer is 8 bytes on amd64). */
export function mapassign_fast64ptr(rt: MapRuntime, t: MapType, h: number, p: number): number {
  return mapassign_fast64(rt, t, h, p >>> 0, (p / 4294967296) >>> 0);
}

function scratch64(rt: MapRuntime, lo: number, hi: number): number {
  const s = rt.heap.scratch;
  rt.mem.store64(s, lo, hi);
  return s;
}

/** mapdelete_fast64 deletes m[key]. */
export function mapdelete_fast64(rt: MapRuntime, t: MapType, h: number, lo: number, hi: number): void {
  mapdelete(rt, t, h, scratch64(rt, lo, hi));
}

// --- 32-bit keys ---------------------------------------------------------------------------------

function scratch32(rt: MapRuntime, v: number): number {
  const s = rt.heap.scratch;
  rt.mem.store32(s, v);
  return s;
}

export function mapaccess1_fast32(rt: MapRuntime, t: MapType, h: number, key: number): number {
  return mapaccess1(rt, t, h, scratch32(rt, key));
}
export function mapaccess2_fast32(rt: MapRuntime, t: MapType, h: number, key: number): number {
  return mapaccess2(rt, t, h, scratch32(rt, key));
}
export function mapassign_fast32(rt: MapRuntime, t: MapType, h: number, key: number): number {
  return mapassign(rt, t, h, scratch32(rt, key));
}
/** mapassign_fast32ptr exists for 32-bit targets; on amd64 pointer keys use _fast64ptr. */
export function mapassign_fast32ptr(rt: MapRuntime, t: MapType, h: number, key: number): number {
  return mapassign(rt, t, h, scratch32(rt, key));
}
export function mapdelete_fast32(rt: MapRuntime, t: MapType, h: number, key: number): void {
  mapdelete(rt, t, h, scratch32(rt, key));
}

// --- string keys ---------------------------------------------------------------------------------

function scratchStr(rt: MapRuntime, ptr: number, len: number): number {
  const s = rt.heap.scratch;
  rt.mem.storePtr(s, ptr);
  rt.mem.storeI64(s + 8, len);
  return s;
}

export function mapaccess1_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): number {
  return mapaccess1(rt, t, h, scratchStr(rt, ptr, len));
}
export function mapaccess2_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): number {
  return mapaccess2(rt, t, h, scratchStr(rt, ptr, len));
}
export function mapassign_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): number {
  return mapassign(rt, t, h, scratchStr(rt, ptr, len));
}
export function mapdelete_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): void {
  mapdelete(rt, t, h, scratchStr(rt, ptr, len));
}
