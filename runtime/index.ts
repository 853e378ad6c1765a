// The simulated Go 1.19 runtime: one GoRuntime per program run, built from a run seed.
//
// Invariants: everything random in a run (hash keys, hash0 of every map, iteration start points, NaN
// hashes) comes from one FastRand seeded by `seed`, so a run is reproducible, and changing the seed
// only changes placement and iteration order, never a program's semantics.
import { Allocator } from './memory/alloc.js';
import { MapRuntime } from './map/hmap.js';
import { FastRand } from './rand.js';

export * from './memory/index.js';
export * from './map/index.js';
export { FastRand } from './rand.js';
export { GoPanic, GoFatal } from './panic.js';

/** GoRuntime bundles the allocator, the RNG and the map runtime of one run. */
export class GoRuntime {
  readonly heap: Allocator;
  readonly rand: FastRand;
  readonly maps: MapRuntime;

  constructor(
    readonly seed: number,
    stackBytes?: number,
  ) {
    this.heap = new Allocator(stackBytes);
    this.rand = new FastRand(seed);
    this.maps = new MapRuntime(this.heap, this.rand);
  }

  get mem() {
    return this.heap.mem;
  }
}
