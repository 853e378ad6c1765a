// Bucket arrays, overflow buckets and incremental growth (map.go: makeBucketArray, newoverflow,
// incrnoverflow, hashGrow, growWork, evacuate, advanceEvacuationMark).
//
// Invariants:
//  - makeBucketArray(B) allocates 2^B buckets, plus 2^(B-4) preallocated overflow buckets when
//    B >= 4 (the total rounded up to the malloc size class); the last preallocated bucket's overflow
//    pointer is the non-nil sentinel `buckets`, and newoverflow hands them out by bumping
//    extra.nextOverflow before falling back to a fresh heap bucket.
//  - Pointer-free maps record every overflow bucket in the *[]*bmap at extra.overflow (allocated by
//    createOverflow, grown by growslice), as Go does to keep them alive; hashGrow moves that slice to
//    extra.oldoverflow and the end of the grow drops it.
//  - hashGrow moves no data: it installs the new array (B+1, or same B with sameSizeGrow), moves the
//    iterator flag to oldIterator and zeroes nevacuate/noverflow.
//  - growWork (only from mapassign/mapdelete) evacuates the old bucket feeding the written bucket, then
//    old bucket nevacuate; so each write moves at most two old buckets (plus their overflow chains).
//  - After evacuate(i), every slot of old bucket i's chain holds evacuatedX/Y/Empty; entries keep their
//    order within the X and Y destinations; growth finishes when nevacuate reaches #oldbuckets.

import { InternalError } from '../../compiler/diag/index.js';
import { RuntimeSite } from '../memory/alloc.js';
import {
  ExtraOff,
  HFlag,
  HmapOff,
  MapExtraSize,
  MapRuntime,
  MaxB,
  SliceHeaderSize,
  TopHash,
  overLoadFactor,
} from './hmap.js';
import { GoFatal } from '../panic.js';
import { BucketCnt, DataOffset, Hasher, MapType } from './types.js';
import { roundupsize } from '../memory/sizeclasses.js';
import { growslice } from '../memory/growslice.js';
import { Memory } from '../memory/memory.js';

/** makeBucketArray allocates (or clears `dirty`) the bucket array for 2^B buckets; nextOverflow in rt. */
export function makeBucketArray(rt: MapRuntime, t: MapType, B: number, dirty: number): number {
  const base = 2 ** B;
  let nbuckets = base;
  if (B >= 4) {
    nbuckets += 2 ** (B - 4);
    const sz = t.bucketSize * nbuckets;
    const up = roundupsize(sz);
    if (up !== sz) nbuckets = Math.floor(up / t.bucketSize);
  }
  let buckets: number;
  if (dirty === 0) {
    buckets = rt.heap.alloc(t.bucketSize * nbuckets, RuntimeSite.buckets);
  } else {
    buckets = dirty;
    rt.mem.memclr(buckets, t.bucketSize * nbuckets);
  }
  rt.nextOverflowOut = 0;
  if (base !== nbuckets) {
    rt.nextOverflowOut = buckets + base * t.bucketSize;
    const last = buckets + (nbuckets - 1) * t.bucketSize;
    rt.mem.storePtr(last + t.overflowOffset, buckets);
  }
  return buckets;
}

/** ensureExtra returns h.extra, allocating the mapextra on first use. */
export function ensureExtra(rt: MapRuntime, h: number): number {
  let extra = rt.extra(h);
  if (extra === 0) {
    extra = rt.heap.alloc(MapExtraSize, RuntimeSite.mapextra);
    rt.mem.storePtr(h + HmapOff.extra, extra);
  }
  return extra;
}

/**
 * createOverflow makes sure h.extra and h.extra.overflow (a *[]*bmap) exist, as Go does before it
 * records an overflow bucket of a pointer-free map, and in mapiterinit for such maps.
 */
export function createOverflow(rt: MapRuntime, h: number): number {
  const extra = ensureExtra(rt, h);
  if (rt.mem.loadPtr(extra + ExtraOff.overflow) === 0) {
    rt.mem.storePtr(extra + ExtraOff.overflow, rt.heap.alloc(SliceHeaderSize, RuntimeSite.overflowSlice));
  }
  return extra;
}

/** appendOverflow is `*h.extra.overflow = append(*h.extra.overflow, ovf)` (growslice on a full slice). */
function appendOverflow(rt: MapRuntime, h: number, ovf: number): void {
  const mem = rt.mem;
  const sh = mem.loadPtr(createOverflow(rt, h) + ExtraOff.overflow);
  let ptr = mem.loadPtr(sh);
  const len = mem.loadU64(sh + 8);
  const cap = mem.loadU64(sh + 16);
  if (len === cap) {
    const grown = growslice(rt.heap, 8, ptr, len, cap, len + 1, RuntimeSite.overflowSlice);
    ptr = grown.ptr;
    mem.storePtr(sh, ptr);
    mem.storeI64(sh + 16, grown.cap);
  }
  mem.storePtr(ptr + len * 8, ovf);
  mem.storeI64(sh + 8, len + 1);
}

/** incrnoverflow counts one more overflow bucket (probabilistically once B >= 16). */
export function incrnoverflow(rt: MapRuntime, h: number): void {
  const B = rt.B(h);
  if (B < 16) {
    rt.mem.store16(h + HmapOff.noverflow, (rt.noverflow(h) + 1) & 0xffff);
    return;
  }
  const mask = 2 ** (B - 15) - 1;
  if ((rt.rand.next() & mask) === 0) rt.mem.store16(h + HmapOff.noverflow, (rt.noverflow(h) + 1) & 0xffff);
}

/** newoverflow chains a new overflow bucket after bucket b and returns it. */
export function newoverflow(rt: MapRuntime, t: MapType, h: number, b: number): number {
  const mem = rt.mem;
  let ovf: number;
  const extra = rt.extra(h);
  const next = extra === 0 ? 0 : mem.loadPtr(extra + ExtraOff.nextOverflow);
  const preallocated = next !== 0;
  if (preallocated) {
    ovf = next;
    if (mem.loadPtr(ovf + t.overflowOffset) === 0) {
      mem.storePtr(extra + ExtraOff.nextOverflow, ovf + t.bucketSize);
    } else {
      mem.storePtr(ovf + t.overflowOffset, 0);
      mem.storePtr(extra + ExtraOff.nextOverflow, 0);
    }
  } else {
    ovf = rt.heap.alloc(t.bucketSize, RuntimeSite.overflow);
  }
  incrnoverflow(rt, h);
  // Pointer-free buckets are invisible to the GC, so Go keeps overflow buckets alive through the
  // h.extra.overflow slice; it is simulated for its allocations (and so that dumps show it).
  if (!t.bucketPointers) appendOverflow(rt, h, ovf);
  mem.storePtr(b + t.overflowOffset, ovf);
  rt.countersOf(h).overflowAllocated++;
  const l = rt.listener;
  if (l !== null && l.onOverflow !== undefined) l.onOverflow(h, b, ovf, preallocated);
  return ovf;
}

/** hashGrow starts a doubling (or same-size) grow; growWork does the moving. */
export function hashGrow(rt: MapRuntime, t: MapType, h: number): void {
  const mem = rt.mem;
  const count = rt.count(h);
  const oldB = rt.B(h);
  let flags = rt.flags(h);
  let bigger = 1;
  if (!overLoadFactor(count + 1, oldB)) {
    bigger = 0;
    flags |= HFlag.sameSizeGrow;
  }
  const noverflow = rt.noverflow(h);
  const oldbuckets = rt.buckets(h);
  if (oldB + bigger > MaxB) throw new GoFatal('runtime: out of memory');
  const newbuckets = makeBucketArray(rt, t, oldB + bigger, 0);
  const nextOverflow = rt.nextOverflowOut;
  let nflags = flags & ~(HFlag.iterator | HFlag.oldIterator);
  if ((flags & HFlag.iterator) !== 0) nflags |= HFlag.oldIterator;
  mem.store8(h + HmapOff.B, oldB + bigger);
  rt.setFlags(h, nflags);
  mem.storePtr(h + HmapOff.oldbuckets, oldbuckets);
  mem.storePtr(h + HmapOff.buckets, newbuckets);
  mem.storeI64(h + HmapOff.nevacuate, 0);
  mem.store16(h + HmapOff.noverflow, 0);
  const extra = rt.extra(h);
  if (extra !== 0) {
    mem.storePtr(extra + ExtraOff.oldoverflow, mem.loadPtr(extra + ExtraOff.overflow));
    mem.storePtr(extra + ExtraOff.overflow, 0);
  }
  if (nextOverflow !== 0) mem.storePtr(ensureExtra(rt, h) + ExtraOff.nextOverflow, nextOverflow);
  const c = rt.countersOf(h);
  c.growths++;
  if (bigger === 0) c.sameSizeGrowths++;
  const l = rt.listener;
  if (l !== null && l.onGrowStart !== undefined) {
    l.onGrowStart(h, { oldB, newB: oldB + bigger, sameSize: bigger === 0, count, noverflow });
  }
}

/** evacuatedMark reports whether tophash byte x marks an evacuated head bucket (map.go evacuated). */
export function isEvacuatedTop(x: number): boolean {
  return x > TopHash.emptyOne && x < TopHash.minTopHash;
}

/** growWork evacuates the old bucket feeding `bucket`, then one more to make progress. */
export function growWork(rt: MapRuntime, t: MapType, h: number, bucket: number): void {
  evacuate(rt, t, h, bucket & (rt.noldbuckets(h) - 1));
  if (rt.growing(h)) evacuate(rt, t, h, rt.nevacuate(h));
}

/** evacuate moves old bucket `oldbucket` (and its overflow chain) into the new array. */
export function evacuate(rt: MapRuntime, t: MapType, h: number, oldbucket: number): void {
  const mem = rt.mem;
  const oldbuckets = rt.oldbuckets(h);
  const bs = t.bucketSize;
  let b = oldbuckets + oldbucket * bs;
  const newbit = rt.noldbuckets(h);
  if (!isEvacuatedTop(mem.load8(b))) {
    const sameSize = rt.sameSizeGrow(h);
    const buckets = rt.buckets(h);
    const hash0 = rt.hash0(h);
    const iterating = (rt.flags(h) & HFlag.iterator) !== 0;
    // Destinations X (same index) and Y (index + newbit): bucket address and next slot.
    let xb = buckets + oldbucket * bs;
    let xi = 0;
    let yb = sameSize ? 0 : buckets + (oldbucket + newbit) * bs;
    let yi = 0;
    let toX = 0;
    let toY = 0;
    const ks = t.keySlot;
    const es = t.elemSlot;
    const low = mem.low;
    const mem64 = t.hasher === Hasher.mem64;
    for (; b !== 0; b = mem.loadPtr(b + t.overflowOffset)) {
      const bo = b - low;
      for (let i = 0; i < BucketCnt; i++) {
        let top = mem.u8[bo + i]!;
        if (top <= TopHash.emptyOne) {
          mem.u8[bo + i] = TopHash.evacuatedEmpty;
          continue;
        }
        if (top < TopHash.minTopHash) throw new InternalError('runtime', 'bad map state');
        const ko = bo + DataOffset + i * ks;
        const eo = bo + t.elemsOffset + i * es;
        let useY = 0;
        if (mem64 && !sameSize) {
          const w = ko >>> 2; // 8-byte plain keys: hash straight from the slot (memhash64)
          if ((rt.alg.mix64(mem.i32[w]!, mem.i32[w + 1]!, hash0, 0) & newbit) !== 0) useY = 1;
        } else if (!sameSize) {
          const k2 = t.indirectKey ? mem.loadPtr(ko + low) : ko + low;
          const lo = rt.alg.hash(t, k2, hash0);
          if (iterating && !t.reflexiveKey && !rt.alg.equal(t, k2, k2)) {
            // NaN: its hash is random; send it by the low tophash bit and give it a fresh tophash.
            useY = top & 1;
            top = rt.alg.hi >>> 24;
            if (top < TopHash.minTopHash) top += TopHash.minTopHash;
          } else if ((lo & newbit) !== 0) {
            useY = 1;
          }
        }
        mem.u8[bo + i] = TopHash.evacuatedX + useY;
        let db: number;
        let di: number;
        if (useY === 0) {
          if (xi === BucketCnt) {
            xb = newoverflow(rt, t, h, xb);
            xi = 0;
          }
          db = xb;
          di = xi++;
          toX++;
        } else {
          if (yi === BucketCnt) {
            yb = newoverflow(rt, t, h, yb);
            yi = 0;
          }
          db = yb;
          di = yi++;
          toY++;
        }
        const dbo = db - low;
        mem.u8[dbo + di] = top;
        copySlot(mem, dbo + DataOffset + di * ks, ko, ks); // copies the pointer when indirect
        copySlot(mem, dbo + t.elemsOffset + di * es, eo, es);
      }
    }
    // Unlink overflow buckets and clear keys/elems to help GC (Go does this only for pointerful buckets).
    if ((rt.flags(h) & HFlag.oldIterator) === 0 && t.bucketPointers) {
      const ob = oldbuckets + oldbucket * bs;
      mem.memclr(ob + DataOffset, bs - DataOffset);
    }
    const l = rt.listener;
    if (l !== null && l.onEvacuate !== undefined) l.onEvacuate(h, oldbucket, toX, toY);
  }
  if (oldbucket === rt.nevacuate(h)) advanceEvacuationMark(rt, t, h, newbit);
}

/** copySlot copies n bytes between non-overlapping slots given as byte offsets into the store. */
function copySlot(mem: Memory, d: number, s: number, n: number): void {
  if (((d | s | n) & 3) === 0) {
    const i32 = mem.i32;
    for (let i = d >>> 2, j = s >>> 2, end = (d + n) >>> 2; i < end; i++, j++) i32[i] = i32[j]!;
  } else if (n > 0) {
    mem.u8.copyWithin(d, s, s + n);
  }
}

/** bucketEvacuated reports whether old bucket i has been evacuated. */
export function bucketEvacuated(rt: MapRuntime, t: MapType, h: number, i: number): boolean {
  return isEvacuatedTop(rt.mem.load8(rt.oldbuckets(h) + i * t.bucketSize));
}

function advanceEvacuationMark(rt: MapRuntime, t: MapType, h: number, newbit: number): void {
  const mem = rt.mem;
  let nev = rt.nevacuate(h) + 1;
  const stop = Math.min(nev + 1024, newbit);
  while (nev !== stop && bucketEvacuated(rt, t, h, nev)) nev++;
  mem.storeI64(h + HmapOff.nevacuate, nev);
  if (nev === newbit) {
    mem.storePtr(h + HmapOff.oldbuckets, 0);
    const extra = rt.extra(h);
    if (extra !== 0) mem.storePtr(extra + ExtraOff.oldoverflow, 0);
    rt.setFlags(h, rt.flags(h) & ~HFlag.sameSizeGrow);
  }
}
