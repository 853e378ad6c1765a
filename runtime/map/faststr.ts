// String-key map entry points (map_faststr.go): the key is passed by value as (ptr, len).
//
// Invariants:
//  - Hashing is strhash (KeyAlg.memhash over the bytes), the same as the generic path, so generic and
//    fast entry points may be mixed on one map.
//  - A key slot is a string header: data pointer at +0, length at +8 (lengths stay below 2^31).
//    Keys are equal iff their lengths are equal and the pointers are equal or the bytes are equal.
//  - Assigning to an existing key replaces the stored data pointer (Go: `k.str = key.str`), exactly
//    what the generic path's needkeyupdate copy does for strings.
//  - Lookups work on byte offsets into the backing store and typed-array views (see fast.ts); views
//    are re-read after anything that may allocate.

import { GoFatal, GoPanic } from '../panic.js';
import { RuntimeSite } from '../memory/alloc.js';
import { Memory } from '../memory/memory.js';
import { HFlag, HmapOff, MapRuntime, TopHash, overLoadFactor, tooManyOverflowBuckets } from './hmap.js';
import { growWork, hashGrow, newoverflow } from './grow.js';
import { mapdelete, tophashOf } from './ops.js';
import { BucketCnt, DataOffset, MapType } from './types.js';

const TWO32 = 4294967296;

/** sameString reports whether the string at key slot offset `ko` equals (ptr, len). */
function sameString(mem: Memory, ko: number, ptr: number, len: number): boolean {
  const u32 = mem.u32;
  const w = ko >>> 2;
  if (u32[w + 2] !== len || u32[w + 3] !== 0) return false;
  const p = u32[w + 1]! * TWO32 + u32[w]!;
  return p === ptr || mem.memequal(p, ptr, len);
}

/** bucketOffset returns the offset of the bucket to search for `hash` (old bucket while unevacuated). */
function bucketOffset(mem: Memory, t: MapType, ho: number, hash: number): number {
  const u8 = mem.u8;
  const u32 = mem.u32;
  const low = mem.low;
  let m = (1 << u8[ho + HmapOff.B]!) - 1;
  let w = (ho + HmapOff.buckets) >>> 2;
  const bo = (u32[w + 1]! * TWO32 + u32[w]! - low + (hash & m) * t.bucketSize) | 0;
  w = (ho + HmapOff.oldbuckets) >>> 2;
  const oldHi = u32[w + 1]!;
  const oldLo = u32[w]!;
  if ((oldLo | oldHi) === 0) return bo;
  if ((u8[ho + HmapOff.flags]! & HFlag.sameSizeGrow) === 0) m >>>= 1;
  const oldo = (oldHi * TWO32 + oldLo - low + (hash & m) * t.bucketSize) | 0;
  const t0 = u8[oldo]!;
  return t0 > TopHash.emptyOne && t0 < TopHash.minTopHash ? bo : oldo;
}

/** findStr returns the elem slot address of string key (ptr, len), or -1. */
function findStr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): number {
  const mem = rt.mem;
  const low = mem.low;
  const ho = (h - low) | 0;
  const hash = rt.alg.memhash(ptr, len, mem.u32[(ho + HmapOff.hash0) >>> 2]!, 0);
  const top = tophashOf(rt.alg.hi);
  const u8 = mem.u8;
  const u32 = mem.u32;
  let bo = bucketOffset(mem, t, ho, hash);
  for (;;) {
    for (let i = 0; i < BucketCnt; i++) {
      const th = u8[bo + i]!;
      if (th !== top) {
        if (th === TopHash.emptyRest) return -1;
        continue;
      }
      if (sameString(mem, bo + DataOffset + i * 16, ptr, len))
        return bo + low + t.elemsOffset + i * t.elemSlot;
    }
    const w = (bo + t.overflowOffset) >>> 2;
    const ovf = u32[w + 1]! * TWO32 + u32[w]!;
    if (ovf === 0) return -1;
    bo = (ovf - low) | 0;
  }
}

/** mapaccess1_faststr returns &m[key] or zeroVal. */
export function mapaccess1_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): number {
  if (h === 0 || rt.count(h) === 0) return rt.zeroVal;
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map read and map write');
  const e = findStr(rt, t, h, ptr, len);
  if (e < 0) return rt.zeroVal;
  return t.indirectElem ? rt.mem.loadPtr(e) : e;
}

/** mapaccess2_faststr is mapaccess1_faststr plus rt.ok. */
export function mapaccess2_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): number {
  rt.ok = false;
  if (h === 0 || rt.count(h) === 0) return rt.zeroVal;
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map read and map write');
  const e = findStr(rt, t, h, ptr, len);
  if (e < 0) return rt.zeroVal;
  rt.ok = true;
  return t.indirectElem ? rt.mem.loadPtr(e) : e;
}

/** mapassign_faststr returns the address to store m[key]'s value at, inserting the key if absent. */
export function mapassign_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): number {
  if (h === 0) throw new GoPanic('assignment to entry in nil map');
  const mem = rt.mem;
  const low = mem.low;
  const ho = (h - low) | 0;
  let flags = mem.u8[ho + HmapOff.flags]!;
  if ((flags & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map writes');
  const hash = rt.alg.memhash(ptr, len, mem.u32[(ho + HmapOff.hash0) >>> 2]!, 0);
  const top = tophashOf(rt.alg.hi);
  mem.u8[ho + HmapOff.flags] = flags ^ HFlag.hashWriting;
  if (rt.buckets(h) === 0)
    mem.storePtr(h + HmapOff.buckets, rt.heap.alloc(t.bucketSize, RuntimeSite.buckets));
  let elem = 0;
  for (;;) {
    const bucket = hash & ((1 << mem.u8[ho + HmapOff.B]!) - 1);
    if (rt.growing(h)) growWork(rt, t, h, bucket);
    const u8 = mem.u8;
    const u32 = mem.u32;
    let w = (ho + HmapOff.buckets) >>> 2;
    let bo = (u32[w + 1]! * TWO32 + u32[w]! - low + bucket * t.bucketSize) | 0;
    let inserto = -1;
    let inserti = 0;
    let found = false;
    search: for (;;) {
      for (let i = 0; i < BucketCnt; i++) {
        const th = u8[bo + i]!;
        if (th !== top) {
          if (th <= TopHash.emptyOne && inserto < 0) {
            inserto = bo;
            inserti = i;
          }
          if (th === TopHash.emptyRest) break search;
          continue;
        }
        const ko = bo + DataOffset + i * 16;
        if (!sameString(mem, ko, ptr, len)) continue;
        mem.storePtr(ko + low, ptr); // already have a mapping: overwrite the key's data pointer
        inserto = bo;
        inserti = i;
        found = true;
        break search;
      }
      w = (bo + t.overflowOffset) >>> 2;
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
      mem.storePtr(insertb + DataOffset + inserti * 16, ptr);
      mem.storeI64(insertb + DataOffset + inserti * 16 + 8, len);
      if (t.indirectElem) {
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

/** mapdelete_faststr deletes m[key] (through the generic algorithm, via the scratch slot). */
export function mapdelete_faststr(rt: MapRuntime, t: MapType, h: number, ptr: number, len: number): void {
  const s = rt.heap.scratch;
  rt.mem.storePtr(s, ptr);
  rt.mem.storeI64(s + 8, len);
  mapdelete(rt, t, h, s);
}
