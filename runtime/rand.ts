// FastRand: the deterministic stand-in for Go's fastrand(), seeded by the run seed.
//
// Invariants:
//  - The sequence is a pure function of the seed (splitmix32-style counter + avalanche), so a run is
//    reproducible: hash keys, every map's hash0, iteration start points, NaN hashes and the
//    probabilistic noverflow increments all come from this one stream, in program order.
//  - next() returns a uint32; next64hi/lo is not needed because the simulation limits B to <= 31.

/** FastRand is a small, fast, seeded 32-bit PRNG. */
export class FastRand {
  private state: number;

  constructor(seed: number) {
    this.state = (seed ^ 0x6a09e667) | 0;
  }

  /** next returns the next uint32 of the stream. */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  }
}
