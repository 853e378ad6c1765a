// Go 1.19's malloc size classes (runtime/sizeclasses.go) and roundupsize (runtime/msize.go).
//
// Invariants:
//  - CLASS_TO_SIZE[0] = 0 is the "large object" class; classes 1..67 are the small-object sizes.
//  - roundupsize(n) = the smallest class size >= n for n < 32768 (MaxSmallSize); otherwise n rounded
//    up to a whole 8 KiB page, exactly as msize.go computes it through its lookup tables.
//  - The numbers are data copied from the table Go generates (mksizeclasses.go); they are facts about
//    Go 1.19's allocator, checked against Go in test/runtime/sizeclasses.test.ts.

import { PageSize } from './layout.js';

/** MaxSmallSize is _MaxSmallSize: larger objects get whole pages. */
export const MaxSmallSize = 32768;

/** CLASS_TO_SIZE is class_to_size: object size of each size class. */
export const CLASS_TO_SIZE: readonly number[] = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
  448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
  3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384,
  18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/** CLASS_TO_NPAGES is class_to_allocnpages: pages per span of each size class. */
export const CLASS_TO_NPAGES: readonly number[] = [
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2,
  1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
];

// SIZE_TO_CLASS[ceil(n/8)] for n <= MaxSmallSize, built once from CLASS_TO_SIZE.
const SIZE_TO_CLASS = new Uint8Array(MaxSmallSize / 8 + 1);
{
  let c = 1;
  for (let i = 1; i < SIZE_TO_CLASS.length; i++) {
    while ((CLASS_TO_SIZE[c] ?? Infinity) < i * 8) c++;
    SIZE_TO_CLASS[i] = c;
  }
}

/** sizeToClass returns the size class of a small allocation (1 <= n <= MaxSmallSize), 0 for large. */
export function sizeToClass(n: number): number {
  if (n > MaxSmallSize) return 0;
  return SIZE_TO_CLASS[(n + 7) >>> 3] ?? 0;
}

/** roundupsize returns the number of bytes mallocgc really reserves for an n-byte request. */
export function roundupsize(n: number): number {
  if (n < MaxSmallSize) return CLASS_TO_SIZE[SIZE_TO_CLASS[(n + 7) >>> 3] ?? 0] ?? 0;
  return Math.ceil(n / PageSize) * PageSize;
}
