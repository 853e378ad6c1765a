// growslice: Go 1.19's append growth (runtime/slice.go), capacity rule and reallocation.
//
// Invariants:
//  - growCap(oldCap, needed, elemSize) is exactly the capacity Go 1.19 gives: needed if it exceeds
//    twice the old capacity; else double below 256 elements; else grow by (newcap + 3*256)/4 until
//    enough; then the byte size is rounded up to a malloc size class and divided back (the
//    elemSize == 1, pointer-size and power-of-two branches in Go only choose faster arithmetic, the
//    result is the same floor(roundupsize(newcap*size)/size)).
//  - Zero-size elements never allocate: the slice points at zerobase and cap = needed.
//  - The new array is zeroed beyond the copied old length (fresh heap memory is zero).
//
// Example: appending to a []int64 of cap 256 that needs 257 gives 512; cap 512 needing 513 gives 848.

import { GoPanic } from '../panic.js';
import { Allocator, RuntimeSite } from './alloc.js';
import { roundupsize } from './sizeclasses.js';

/** MaxAlloc is maxAlloc on linux/amd64 (1 << 48). */
export const MaxAlloc = 2 ** 48;

/** growCap returns the capacity growslice picks for an append needing `needed` elements. */
export function growCap(oldCap: number, needed: number, elemSize: number): number {
  if (needed < oldCap) throw new GoPanic('runtime error: growslice: cap out of range');
  if (elemSize === 0) return needed;
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else {
    const threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < needed) newcap += Math.floor((newcap + 3 * threshold) / 4);
      if (newcap <= 0) newcap = needed;
    }
  }
  const bytes = newcap * elemSize;
  if (newcap > MaxAlloc / elemSize || bytes > MaxAlloc)
    throw new GoPanic('runtime error: growslice: cap out of range');
  return Math.floor(roundupsize(bytes) / elemSize);
}

/** SliceHeader is a slice value: data pointer, length and capacity. */
export interface SliceHeader {
  ptr: number;
  len: number;
  cap: number;
}

/**
 * growslice reallocates a slice so it can hold `needed` elements: it allocates the new array (site
 * accounting under `site`), copies the old `oldLen` elements and returns the new header with
 * len = oldLen (the caller stores the appended elements and sets the final length, as compiled Go does).
 */
export function growslice(
  heap: Allocator,
  elemSize: number,
  oldPtr: number,
  oldLen: number,
  oldCap: number,
  needed: number,
  site: number = RuntimeSite.growslice,
): SliceHeader {
  const newcap = growCap(oldCap, needed, elemSize);
  if (elemSize === 0) return { ptr: heap.zerobase, len: oldLen, cap: newcap };
  const p = heap.alloc(newcap * elemSize, site);
  heap.mem.memmove(p, oldPtr, oldLen * elemSize);
  return { ptr: p, len: oldLen, cap: newcap };
}
