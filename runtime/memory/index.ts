// The simulated address space: memory, allocator, size classes and slice growth.
export { Memory, hex } from './memory.js';
export { Allocator, RuntimeSite } from './alloc.js';
export type { SiteStats } from './alloc.js';
export { roundupsize, sizeToClass, CLASS_TO_SIZE, MaxSmallSize } from './sizeclasses.js';
export { growCap, growslice, MaxAlloc } from './growslice.js';
export type { SliceHeader } from './growslice.js';
export * from './layout.js';
