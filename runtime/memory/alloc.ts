// Allocator: Go-like heap (size-classed spans in the 0xc000000000 arena) and a call stack, with
// per-allocation-site accounting.
//
// Invariants:
//  - Heap objects are never freed (no GC). Small objects (<= 32 KiB) are carved from spans of their
//    size class (CLASS_TO_NPAGES pages each), so consecutive objects of one class are adjacent and
//    addresses look like Go's; large objects get whole pages. Every heap object is zeroed.
//  - A request of n bytes reserves roundupsize(n) bytes: the allocation accounting records both.
//  - Zero-size allocations return ZEROBASE (Go's &zerobase) and are counted but reserve nothing.
//  - The stack grows down from ARENA_BASE; pushFrame/popFrame are strictly LIFO and frames are zeroed.
//  - Site ids are small non-negative integers chosen by the compiler; the runtime's own allocations use
//    the negative RuntimeSite ids below. Stats are kept separately for heap and stack.

import { InternalError } from '../../compiler/diag/index.js';
import {
  ARENA_BASE,
  DEFAULT_STACK_BYTES,
  PageSize,
  RESERVED_BYTES,
  SCRATCH_OFFSET,
  ZEROBASE_OFFSET,
  ZEROVAL_OFFSET,
} from './layout.js';
import { Memory } from './memory.js';
import { CLASS_TO_NPAGES, CLASS_TO_SIZE, MaxSmallSize, roundupsize, sizeToClass } from './sizeclasses.js';

/** RuntimeSite names the runtime's own allocation sites (negative so they never clash with user sites). */
export const RuntimeSite = {
  hmap: -1, // new(hmap) in makemap / makemap_small
  buckets: -2, // makeBucketArray
  overflow: -3, // newoverflow when the preallocated pool is empty
  mapextra: -4, // new(mapextra)
  indirectKey: -5, // newobject(t.key) for keys > 128 bytes
  indirectElem: -6, // newobject(t.elem) for elems > 128 bytes
  growslice: -7, // append growth
  unknown: -8,
  overflowSlice: -9, // h.extra.overflow (*[]*bmap) of pointer-free maps and its backing array
} as const;

/**
 * DEFAULT_INITIAL_HEAP sizes the first backing buffer. It is large because a fresh ArrayBuffer is
 * lazily committed zero pages (untouched pages cost no memory), and starting big avoids copying the
 * whole heap on each growth, which measured 20-25% of a 1M-insert map workload.
 */
export const DEFAULT_INITIAL_HEAP = 256 << 20;

/** SiteStats is the allocation count and bytes (requested and size-class rounded) of one site. */
export interface SiteStats {
  count: number;
  bytes: number;
  roundedBytes: number;
}

function bump(stats: Map<number, SiteStats>, site: number, bytes: number, rounded: number): void {
  const s = stats.get(site);
  if (s === undefined) stats.set(site, { count: 1, bytes, roundedBytes: rounded });
  else {
    s.count++;
    s.bytes += bytes;
    s.roundedBytes += rounded;
  }
}

/** Allocator owns the heap arena and the call stack of one simulated process. */
export class Allocator {
  readonly mem: Memory;
  /** zeroVal is the address of Go's zeroVal buffer (maxZero bytes, always zero). */
  readonly zeroVal: number;
  /** zerobase is the address returned for zero-size allocations. */
  readonly zerobase: number;
  /** scratch is a runtime-owned scratch area for by-value entry points. */
  readonly scratch: number;
  readonly stackLow: number;
  /** heapStats and stackStats map site id -> counts. */
  readonly heapStats = new Map<number, SiteStats>();
  readonly stackStats = new Map<number, SiteStats>();

  private pageTop: number; // next free page in the arena
  private spanNext: Float64Array; // per size class: next free object address (0 = no span)
  private spanEnd: Float64Array; // per size class: end of the current span
  private sp: number; // stack pointer (lowest used stack address)

  constructor(stackBytes = DEFAULT_STACK_BYTES, initialHeapBytes = DEFAULT_INITIAL_HEAP) {
    this.stackLow = ARENA_BASE - stackBytes;
    this.mem = new Memory(this.stackLow, stackBytes + RESERVED_BYTES + initialHeapBytes);
    this.zeroVal = ARENA_BASE + ZEROVAL_OFFSET;
    this.zerobase = ARENA_BASE + ZEROBASE_OFFSET;
    this.scratch = ARENA_BASE + SCRATCH_OFFSET;
    this.pageTop = ARENA_BASE + RESERVED_BYTES;
    this.spanNext = new Float64Array(CLASS_TO_SIZE.length);
    this.spanEnd = new Float64Array(CLASS_TO_SIZE.length);
    this.sp = ARENA_BASE;
  }

  /** heapTop is one past the highest heap byte handed out so far. */
  get heapTop(): number {
    return this.pageTop;
  }

  private allocPages(npages: number): number {
    const p = this.pageTop;
    this.pageTop += npages * PageSize;
    this.mem.ensure(this.pageTop);
    return p;
  }

  /** alloc is mallocgc: it returns the address of a fresh zeroed heap object of `size` bytes. */
  alloc(size: number, site: number = RuntimeSite.unknown): number {
    if (!(size >= 0) || size !== Math.floor(size))
      throw new InternalError('runtime', `alloc of ${size} bytes`);
    if (size === 0) {
      bump(this.heapStats, site, 0, 0);
      return this.zerobase;
    }
    if (size > MaxSmallSize) {
      const rounded = roundupsize(size);
      bump(this.heapStats, site, size, rounded);
      return this.allocPages(rounded / PageSize);
    }
    const cls = sizeToClass(size);
    const objSize = CLASS_TO_SIZE[cls] ?? 0;
    bump(this.heapStats, site, size, objSize);
    let p = this.spanNext[cls] ?? 0;
    if (p === 0 || p + objSize > (this.spanEnd[cls] ?? 0)) {
      const npages = CLASS_TO_NPAGES[cls] ?? 1;
      p = this.allocPages(npages);
      this.spanEnd[cls] = p + npages * PageSize;
    }
    this.spanNext[cls] = p + objSize;
    return p;
  }

  /** pushFrame reserves a zeroed stack frame of `size` bytes (8-aligned) and returns its lowest address. */
  pushFrame(size: number): number {
    const sz = (size + 7) & ~7;
    const sp = this.sp - sz;
    if (sp < this.stackLow) throw new InternalError('runtime', 'goroutine stack exceeds the simulated stack');
    this.mem.memclr(sp, sz);
    this.sp = sp;
    return sp;
  }

  /** popFrame releases the frame returned by the matching pushFrame. */
  popFrame(frame: number, size: number): void {
    const sz = (size + 7) & ~7;
    if (frame !== this.sp) throw new InternalError('runtime', 'popFrame out of LIFO order');
    this.sp = frame + sz;
  }

  /** noteStackAlloc records a stack-allocated object (e.g. a non-escaping make) for site accounting. */
  noteStackAlloc(size: number, site: number): void {
    bump(this.stackStats, site, size, size);
  }

  /** isHeap reports whether addr points into the heap arena (as opposed to the stack or nil). */
  isHeap(addr: number): boolean {
    return addr >= ARENA_BASE && addr < this.pageTop;
  }

  /** isStack reports whether addr points into the stack region. */
  isStack(addr: number): boolean {
    return addr >= this.stackLow && addr < ARENA_BASE;
  }
}
