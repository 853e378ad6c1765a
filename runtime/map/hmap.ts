// hmap/bmap layout constants and the MapRuntime context every map entry point receives.
//
// Invariants:
//  - hmap lives in simulated memory at Go's amd64 offsets (48 bytes): count@0 (int), flags@8 (u8),
//    B@9 (u8), noverflow@10 (u16), hash0@12 (u32), buckets@16, oldbuckets@24, nevacuate@32 (uintptr),
//    extra@40 (*mapextra). mapextra is {overflow@0, oldoverflow@8, nextOverflow@16} (24 bytes);
//    overflow/oldoverflow point to slice headers (*[]*bmap) used only by pointer-free maps.
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
/** SliceHeaderSize is the size of a slice header (ptr, len, cap). */
export const SliceHeaderSize = 24;

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
  // An hmap is 8-byte aligned (size class 48 or a stack slot), so its words are read straight from the
  // typed-array views: w = (h - low) >>> 2 indexes its first 32-bit word.

  private word(h: number): number {
    return (h - this.mem.low) >>> 2;
  }
  private ptrAt(w: number): number {
    const u32 = this.mem.u32;
    return u32[w + 1]! * 4294967296 + u32[w]!;
  }

  count(h: number): number {
    return this.ptrAt(this.word(h)); // HmapOff.count = 0
  }
  setCount(h: number, n: number): void {
    if (n >= 0x80000000) {
      this.mem.storeI64(h + HmapOff.count, n);
      return;
    }
    const w = this.word(h);
    this.mem.i32[w] = n;
    this.mem.i32[w + 1] = 0;
  }
  flags(h: number): number {
    return this.mem.u8[h - this.mem.low + HmapOff.flags]!;
  }
  setFlags(h: number, f: number): void {
    this.mem.u8[h - this.mem.low + HmapOff.flags] = f;
  }
  B(h: number): number {
    return this.mem.u8[h - this.mem.low + HmapOff.B]!;
  }
  noverflow(h: number): number {
    const o = h - this.mem.low + HmapOff.noverflow;
    return this.mem.u8[o]! | (this.mem.u8[o + 1]! << 8);
  }
  hash0(h: number): number {
    return this.mem.u32[this.word(h) + HmapOff.hash0 / 4]!;
  }
  buckets(h: number): number {
    return this.ptrAt(this.word(h) + HmapOff.buckets / 4);
  }
  oldbuckets(h: number): number {
    return this.ptrAt(this.word(h) + HmapOff.oldbuckets / 4);
  }
  nevacuate(h: number): number {
    return this.ptrAt(this.word(h) + HmapOff.nevacuate / 4);
  }
  extra(h: number): number {
    return this.ptrAt(this.word(h) + HmapOff.extra / 4);
  }
  growing(h: number): boolean {
    const u32 = this.mem.u32;
    const w = this.word(h) + HmapOff.oldbuckets / 4;
    return (u32[w]! | u32[w + 1]!) !== 0;
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
