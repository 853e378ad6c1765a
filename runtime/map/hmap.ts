// hmap/bmap layout constants and the MapRuntime context every map entry point receives.
//
// Invariants:
//  - hmap lives in simulated memory at Go's amd64 offsets (48 bytes): count@0 (int), flags@8 (u8),
//    B@9 (u8), noverflow@10 (u16), hash0@12 (u32), buckets@16, oldbuckets@24, nevacuate@32 (uintptr),
//    extra@40 (*mapextra). mapextra is {overflow@0, oldoverflow@8, nextOverflow@16} (24 bytes); the
//    overflow slices of pointer-free maps are not materialised in simulated memory (see README).
//  - Tophash marks: emptyRest 0, emptyOne 1, evacuatedX 2, evacuatedY 3, evacuatedEmpty 4,
//    minTopHash 5; flags: iterator 1, oldIterator 2, hashWriting 4, sameSizeGrow 8.
//  - MapRuntime carries no per-map state except observation counters keyed by hmap address; all map
//    state is in simulated memory, so a dump of memory is a dump of the maps.

import { Allocator } from '../memory/alloc.js';
import { Memory } from '../memory/memory.js';
import { FastRand } from '../rand.js';
import { KeyAlg } from './hash.js';

export const HmapOff = {
  count: 0,
  flags: 8,
  B: 9,
  noverflow: 10,
  hash0: 12,
  buckets: 16,
  oldbuckets: 24,
  nevacuate: 32,
  extra: 40,
} as const;
export const HmapSize = 48;

export const ExtraOff = { overflow: 0, oldoverflow: 8, nextOverflow: 16 } as const;
export const MapExtraSize = 24;

export const TopHash = {
  emptyRest: 0,
  emptyOne: 1,
  evacuatedX: 2,
  evacuatedY: 3,
  evacuatedEmpty: 4,
  minTopHash: 5,
} as const;

export const HFlag = { iterator: 1, oldIterator: 2, hashWriting: 4, sameSizeGrow: 8 } as const;

export const LoadFactorNum = 13;
/** MaxB bounds B so bucket masks fit 32-bit integer ops (2^30 buckets exceed the simulated memory anyway). */
export const MaxB = 30;
export const LoadFactorDen = 2;

/** overLoadFactor reports whether count items in 2^B buckets exceed the load factor (map.go). */
export function overLoadFactor(count: number, B: number): boolean {
  return count > 8 && count > LoadFactorNum * ((1 << B) >>> 1); // (1<<B)/loadFactorDen, B <= MaxB
}

/** tooManyOverflowBuckets reports whether noverflow calls for a same-size grow (map.go). */
export function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= 1 << (B < 15 ? B : 15);
}

/** GrowEvent describes a hashGrow. */
export interface GrowEvent {
  readonly oldB: number;
  readonly newB: number;
  readonly sameSize: boolean;
  readonly count: number;
  readonly noverflow: number;
}

/**
 * MapListener observes map internals; every callback is optional and `h` is the hmap address.
 * Callbacks must not call back into the map runtime (they run in the middle of an operation).
 */
export interface MapListener {
  /** onGrowStart: hashGrow installed a new bucket array (no entries moved yet). */
  onGrowStart?(h: number, ev: GrowEvent): void;
  /**
   * onEvacuate: old bucket `oldBucket` (index into oldbuckets) was evacuated; `toX` and `toY` are the
   * NUMBER of entries sent to the X half (same index) and the Y half (index + #oldbuckets).
   */
  onEvacuate?(h: number, oldBucket: number, toX: number, toY: number): void;
  /** onOverflow: `overflow` (address) was chained after bucket `bucket` (address); from the preallocated pool or not. */
  onOverflow?(h: number, bucket: number, overflow: number, preallocated: boolean): void;
}

/** MapCounters are per-map totals the runtime cannot recover from memory alone. */
export interface MapCounters {
  growths: number;
  sameSizeGrowths: number;
  overflowAllocated: number;
}

/** MapRuntime is the context of map operations: memory, allocator, hashing, RNG and observers. */
export class MapRuntime {
  readonly mem: Memory;
  readonly alg: KeyAlg;
  /** zeroVal is the address returned by mapaccess for missing keys (maxZero zero bytes). */
  readonly zeroVal: number;
  /** ok is the second result of the last mapaccess2* call. */
  ok = false;
  /** keyOut and elemOut are the two results of mapaccessK (and scratch for lookups). */
  keyOut = 0;
  elemOut = 0;
  listener: MapListener | null = null;
  readonly counters = new Map<number, MapCounters>();
  /** nextOverflowOut is makeBucketArray's second result. */
  nextOverflowOut = 0;

  constructor(
    readonly heap: Allocator,
    readonly rand: FastRand,
  ) {
    this.mem = heap.mem;
    this.alg = new KeyAlg(heap.mem, rand);
    this.zeroVal = heap.zeroVal;
  }

  /** countersOf returns (creating) the observation counters of map h. */
  countersOf(h: number): MapCounters {
    let c = this.counters.get(h);
    if (c === undefined) {
      c = { growths: 0, sameSizeGrowths: 0, overflowAllocated: 0 };
      this.counters.set(h, c);
    }
    return c;
  }

  // --- hmap field access ---------------------------------------------------------------------------

  count(h: number): number {
    return this.mem.loadU64(h + HmapOff.count);
  }
  setCount(h: number, n: number): void {
    this.mem.storeI64(h + HmapOff.count, n);
  }
  flags(h: number): number {
    return this.mem.load8(h + HmapOff.flags);
  }
  setFlags(h: number, f: number): void {
    this.mem.store8(h + HmapOff.flags, f);
  }
  B(h: number): number {
    return this.mem.load8(h + HmapOff.B);
  }
  noverflow(h: number): number {
    return this.mem.load16(h + HmapOff.noverflow);
  }
  hash0(h: number): number {
    return this.mem.load32(h + HmapOff.hash0);
  }
  buckets(h: number): number {
    return this.mem.loadPtr(h + HmapOff.buckets);
  }
  oldbuckets(h: number): number {
    return this.mem.loadPtr(h + HmapOff.oldbuckets);
  }
  nevacuate(h: number): number {
    return this.mem.loadU64(h + HmapOff.nevacuate);
  }
  extra(h: number): number {
    return this.mem.loadPtr(h + HmapOff.extra);
  }
  growing(h: number): boolean {
    const mem = this.mem;
    const w = (h + HmapOff.oldbuckets - mem.low) >>> 2; // hmap is 8-aligned
    return ((mem.u32[w] ?? 0) | (mem.u32[w + 1] ?? 0)) !== 0;
  }
  sameSizeGrow(h: number): boolean {
    return (this.flags(h) & HFlag.sameSizeGrow) !== 0;
  }
  /** noldbuckets is the number of old buckets during a grow (map.go noldbuckets). */
  noldbuckets(h: number): number {
    const B = this.B(h);
    return 1 << ((this.flags(h) & HFlag.sameSizeGrow) !== 0 ? B : B - 1);
  }

  /** overflowOf returns the overflow pointer of bucket b. */
  overflowOf(overflowOffset: number, b: number): number {
    return this.mem.loadPtr(b + overflowOffset);
  }
}
