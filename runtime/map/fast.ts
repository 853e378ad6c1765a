// Fast map entry points for 4- and 8-byte keys (map_fast32.go, map_fast64.go): keys passed by value.
// String keys (map_faststr.go) are in faststr.ts.
//
// Go picks these for 4-byte and 8-byte plain-memory keys (walk.mapfast). They hash with the same
// function as the generic path (memhash32/memhash64), so both may be mixed on one map. A 32-bit key
// is one uint32/int32 number; a 64-bit key is its (lo, hi) 32-bit halves.
//
// Invariants:
//  - The 64-bit paths are specialised on typed-array views (no memory round trip for the key);
//    the 32-bit ones copy the key into the runtime's scratch slot and run the generic algorithm.
//    Either way the result is what Go computes: same growth decisions, same slot choice (first empty
//    slot of the chain), same returned elem slot.
//  - Unlike Go's mapaccess*_fast64, lookups always hash and compare tophash before the key, even in
//    a one-bucket map; that changes only which bytes are read, never the result.

import { GoFatal, GoPanic } from '../panic.js';
import { RuntimeSite } from '../memory/alloc.js';
import { HFlag, HmapOff, MapRuntime, TopHash, overLoadFactor, tooManyOverflowBuckets } from './hmap.js';
import { growWork, hashGrow, newoverflow } from './grow.js';
import { mapaccess1, mapaccess2, mapassign, mapdelete, tophashOf } from './ops.js';
import { BucketCnt, DataOffset, MapType } from './types.js';

// --- 64-bit keys ---------------------------------------------------------------------------------

const TWO32 = 4294967296;

// The 64-bit paths work on byte offsets into the backing store (addr - mem.low, int32 because the
// store is capped below 2 GiB, so `| 0` keeps them in V8's integer representation) and read the typed
// array views directly; every hmap field and bucket slot they touch is naturally aligned. Views are
// re-read after anything that may allocate (growWork, hashGrow, newoverflow).

/** find64 returns the elem slot address of key hi:lo in map h (count > 0), or -1. */
function find64(rt: MapRuntime, t: MapType, h: number, lo: number, hi: number): number {
  const mem = rt.mem;
  const u8 = mem.u8;
  const i32 = mem.i32;
  const u32 = mem.u32;
  const low = mem.low;
  const ho = (h - low) | 0;
  const B = u8[ho + HmapOff.B]!;
  const hash = rt.alg.mix64(lo, hi, u32[(ho + HmapOff.hash0) >>> 2]!, 0);
  const top = tophashOf(rt.alg.hi);
  const bs = t.bucketSize;
  let m = (1 << B) - 1;
  let w = (ho + HmapOff.buckets) >>> 2;
  let bo = (u32[w + 1]! * TWO32 + u32[w]! - low + (hash & m) * bs) | 0;
  w = (ho + HmapOff.oldbuckets) >>> 2;
  const oldHi = u32[w + 1]!;
  const oldLo = u32[w]!;
  if ((oldLo | oldHi) !== 0) {
    if ((u8[ho + HmapOff.flags]! & HFlag.sameSizeGrow) === 0) m >>>= 1;
    const oldo = (oldHi * TWO32 + oldLo - low + (hash & m) * bs) | 0;
    const t0 = u8[oldo]!;
    if (!(t0 > TopHash.emptyOne && t0 < TopHash.minTopHash)) bo = oldo;
  }
  lo |= 0;
  hi |= 0;
  const ovfOff = t.overflowOffset;
  for (;;) {
    for (let i = 0; i < BucketCnt; i++) {
      const th = u8[bo + i]!;
      if (th !== top) {
        if (th === TopHash.emptyRest) return -1;
        continue;
      }
      const k = (bo + DataOffset + i * 8) >>> 2;
      if (i32[k] === lo && i32[k + 1] === hi) return bo + low + t.elemsOffset + i * t.elemSlot;
    }
    w = (bo + ovfOff) >>> 2;
    const ovf = u32[w + 1]! * TWO32 + u32[w]!;
    if (ovf === 0) return -1;
    bo = (ovf - low) | 0;
  }
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
  const low = mem.low;
  const ho = (h - low) | 0;
  let flags = mem.u8[ho + HmapOff.flags]!;
  if ((flags & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map writes');
  lo |= 0;
  hi |= 0;
  const hash = rt.alg.mix64(lo, hi, mem.u32[(ho + HmapOff.hash0) >>> 2]!, 0);
  const top = tophashOf(rt.alg.hi);
  mem.u8[ho + HmapOff.flags] = flags ^ HFlag.hashWriting;
  if (rt.buckets(h) === 0)
    mem.storePtr(h + HmapOff.buckets, rt.heap.alloc(t.bucketSize, RuntimeSite.buckets));
  const bs = t.bucketSize;
  const ovfOff = t.overflowOffset;
  let elem = 0;
  for (;;) {
    const bucket = hash & ((1 << mem.u8[ho + HmapOff.B]!) - 1);
    if (rt.growing(h)) growWork(rt, t, h, bucket);
    const u8 = mem.u8;
    const i32 = mem.i32;
    const u32 = mem.u32;
    let w = (ho + HmapOff.buckets) >>> 2;
    let bo = (u32[w + 1]! * TWO32 + u32[w]! - low + bucket * bs) | 0;
    let inserto = -1; // offset of the bucket chosen for insertion
    let inserti = 0;
    let found = false;
    search: for (;;) {
      for (let i = 0; i < BucketCnt; i++) {
        const th = u8[bo + i]!;
        if (th <= TopHash.emptyOne) {
          if (inserto < 0) {
            inserto = bo;
            inserti = i;
          }
          if (th === TopHash.emptyRest) break search;
          continue;
        }
        const k = (bo + DataOffset + i * 8) >>> 2;
        if (i32[k] !== lo || i32[k + 1] !== hi) continue;
        inserto = bo;
        inserti = i;
        found = true;
        break search;
      }
      w = (bo + ovfOff) >>> 2;
      const ovf = u32[w + 1]! * TWO32 + u32[w]!;
      if (ovf === 0) break;
      bo = (ovf - low) | 0;
    }
    if (!found) {
      const B = mem.u8[ho + HmapOff.B]!;
      if (
        !rt.growing(h) &&
        (overLoadFactor(rt.count(h) + 1, B) || tooManyOverflowBuckets(rt.noverflow(h), B))
      ) {
        hashGrow(rt, t, h);
        continue;
      }
      if (inserto < 0) {
        inserto = newoverflow(rt, t, h, bo + low) - low;
        inserti = 0;
      }
      const insertb = inserto + low;
      mem.u8[inserto + inserti] = top;
      mem.store64(insertb + DataOffset + inserti * 8, lo, hi);
      if (t.indirectElem) {
        // Go never picks _fast64 for elems > 128 bytes; handled anyway for executors that do.
        mem.storePtr(
          insertb + t.elemsOffset + inserti * t.elemSlot,
          rt.heap.alloc(t.elemSize, RuntimeSite.indirectElem),
        );
      }
      rt.setCount(h, rt.count(h) + 1);
    }
    elem = inserto + low + t.elemsOffset + inserti * t.elemSlot;
    break;
  }
  flags = mem.u8[ho + HmapOff.flags]!;
  if ((flags & HFlag.hashWriting) === 0) throw new GoFatal('concurrent map writes');
  mem.u8[ho + HmapOff.flags] = flags & ~HFlag.hashWriting;
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
