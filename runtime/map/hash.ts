// Key hashing and equality for the simulated map (the role of alg.go's memhash/strhash/f64hash and the
// compiler-generated hash/eq functions of composite types).
//
// Invariants:
//  - Hashes are 64-bit, produced as two uint32 halves with 32-bit integer ops only (no BigInt):
//    methods return the low half and leave the high half in `hi`. Bucket index = lo & mask (B <= 31);
//    tophash = hi >>> 24.
//  - A hash is a deterministic function of the key bytes, the 64-bit seed (the map's hash0,
//    zero-extended, or the previous part's hash when chaining composite keys) and the run seed (k0,k1),
//    except NaN floats, which get a random hash from the run's RNG exactly as Go (alg.go f64hash).
//  - Floats hash +0 and -0 alike (as Go, c1*(c0^h) case); equality is numeric (NaN != NaN, 0 == -0).
//  - The mixer is bijective on 64 bits for one 8-byte block, so distinct int64 keys never collide
//    in the full 64-bit hash of one map.

import { InternalError } from '../../compiler/diag/index.js';
import { Memory } from '../memory/memory.js';
import { GoPanic } from '../panic.js';
import { FastRand } from '../rand.js';
import { Hasher, KeyDesc, PartOp } from './types.js';

/** DynamicType describes the dynamic type of an interface key; the executor supplies it. */
export interface DynamicType {
  /** name is the type as Go prints it in panics (`[]int`, `main.T`). */
  readonly name: string;
  /** key is the hash/equality descriptor of the type, or null if the type is not comparable. */
  readonly key: KeyDesc | null;
  /** direct: the value lives in the interface's data word itself (pointer-shaped types). */
  readonly direct: boolean;
}

/** DynamicTypeResolver maps an interface's type word (non-zero) to its dynamic type. */
export type DynamicTypeResolver = (typeWord: number) => DynamicType;

const noResolver: DynamicTypeResolver = (w) => {
  throw new InternalError('runtime', `interface map key with type word 0x${w.toString(16)} but no resolver`);
};

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** KeyAlg hashes and compares keys that live in simulated memory. One instance per run. */
export class KeyAlg {
  /** hi is the high 32 bits of the last hash computed. */
  hi = 0;
  /** resolveType interprets interface type words (interface keys); set by the executor. */
  resolveType: DynamicTypeResolver = noResolver;
  private readonly k0: number;
  private readonly k1: number;

  constructor(
    private readonly mem: Memory,
    private readonly rand: FastRand,
  ) {
    // Per-run hash keys, like Go's random aeskeysched/hashkey.
    this.k0 = rand.next() | 1;
    this.k1 = rand.next();
  }

  /** mix64 hashes one 8-byte block (lo, hi) under seed (sLo, sHi). */
  mix64(lo: number, hi: number, sLo: number, sHi: number): number {
    const b = hi ^ sHi ^ this.k1;
    const a = fmix32(lo ^ sLo ^ this.k0 ^ ((b << 16) | (b >>> 16)));
    this.hi = fmix32(b ^ a ^ 0x9e3779b9);
    return a;
  }

  /** memhash32 is the hash of a 4-byte plain key. */
  memhash32(v: number, sLo: number, sHi: number): number {
    return this.mix64(v, 0x04, sLo, sHi);
  }

  /** memhash64 is the hash of an 8-byte plain key given as two halves. */
  memhash64(lo: number, hi: number, sLo: number, sHi: number): number {
    return this.mix64(lo, hi, sLo, sHi);
  }

  /** memhash hashes n bytes at addr. */
  memhash(addr: number, n: number, sLo: number, sHi: number): number {
    const dv = this.mem.dv;
    let off = addr - this.mem.low;
    let a = sLo ^ n;
    let b = sHi;
    const end = off + n;
    while (off + 8 <= end) {
      a = this.mix64(dv.getUint32(off, true), dv.getUint32(off + 4, true), a, b);
      b = this.hi;
      off += 8;
    }
    if (off < end) {
      let w0 = 0;
      let w1 = 0;
      const u8 = this.mem.u8;
      for (let i = 0; off + i < end; i++) {
        const byte = u8[off + i] ?? 0;
        if (i < 4) w0 |= byte << (8 * i);
        else w1 |= byte << (8 * (i - 4));
      }
      a = this.mix64(w0, w1 ^ 0x80000000, a, b);
      b = this.hi;
    }
    // Final avalanche so that length and tail differences reach every bit.
    return this.mix64(n, 0x0badc0de, a, b);
  }

  /** strhash hashes the string whose header (ptr, len) is at addr. */
  strhash(addr: number, sLo: number, sHi: number): number {
    const ptr = this.mem.loadPtr(addr);
    const len = this.mem.loadU64(addr + 8);
    return this.memhash(ptr, len, sLo, sHi);
  }

  /** strhashValue hashes a string given by value. */
  strhashValue(ptr: number, len: number, sLo: number, sHi: number): number {
    return this.memhash(ptr, len, sLo, sHi);
  }

  f64hash(addr: number, sLo: number, sHi: number): number {
    const f = this.mem.loadF64(addr);
    if (f === 0) return this.mix64(0, 0x7ff00000, sLo, sHi);
    if (f !== f) return this.mix64(this.rand.next(), 0x7ff80000, sLo, sHi);
    return this.mix64(this.mem.load32(addr), this.mem.load32(addr + 4), sLo, sHi);
  }

  f32hash(addr: number, sLo: number, sHi: number): number {
    const f = this.mem.loadF32(addr);
    if (f === 0) return this.mix64(0, 0x7f800000, sLo, sHi);
    if (f !== f) return this.mix64(this.rand.next(), 0x7fc00000, sLo, sHi);
    return this.mix64(this.mem.load32(addr), 0x04, sLo, sHi);
  }

  /** hash is t.hasher(key, seed): the hash of the key at addr (seed = hash0, zero-extended). */
  hash(t: KeyDesc, addr: number, seed: number): number {
    return this.hashSeeded(t, addr, seed, 0);
  }

  /** hashSeeded hashes the key at addr under a 64-bit seed (sLo, sHi). */
  hashSeeded(t: KeyDesc, addr: number, sLo: number, sHi: number): number {
    switch (t.hasher) {
      case Hasher.mem32:
        return this.memhash32(this.mem.load32(addr), sLo, sHi);
      case Hasher.mem64:
        return this.mix64(this.mem.load32(addr), this.mem.load32(addr + 4), sLo, sHi);
      case Hasher.mem:
        return this.memhash(addr, t.keySize, sLo, sHi);
      case Hasher.string:
        return this.strhash(addr, sLo, sHi);
      case Hasher.float32:
        return this.f32hash(addr, sLo, sHi);
      case Hasher.float64:
        return this.f64hash(addr, sLo, sHi);
      case Hasher.composite:
        return this.compositeHash(t.parts, addr, sLo, sHi);
      case Hasher.interface:
        return this.ifaceHash(addr, sLo, sHi);
    }
  }

  /**
   * ifaceHash hashes an interface value (alg.go nilinterhash): a nil interface hashes to the seed, an
   * uncomparable dynamic type panics, otherwise the dynamic value is hashed by its own type.
   */
  ifaceHash(addr: number, sLo: number, sHi: number): number {
    const tw = this.mem.loadPtr(addr);
    if (tw === 0) {
      this.hi = sHi >>> 0;
      return sLo >>> 0;
    }
    const dt = this.resolveType(tw);
    if (dt.key === null) throw new GoPanic(`runtime error: hash of unhashable type ${dt.name}`);
    const p = dt.direct ? addr + 8 : this.mem.loadPtr(addr + 8);
    const lo = this.hashSeeded(dt.key, p, sLo ^ 0x2f8c1b7d, sHi ^ 0x6a09e667);
    return this.mix64(lo, this.hi, 0x3c6ef372, 0x510e527f);
  }

  private compositeHash(parts: Int32Array, addr: number, seedLo: number, seedHi: number): number {
    let lo = seedLo;
    let hi = seedHi;
    for (let i = 0; i < parts.length; i += 3) {
      const p = addr + (parts[i + 1] ?? 0);
      const size = parts[i + 2] ?? 0;
      switch (parts[i]) {
        case PartOp.mem:
          lo =
            size === 4
              ? this.memhash32(this.mem.load32(p), lo, hi)
              : size === 8
                ? this.mix64(this.mem.load32(p), this.mem.load32(p + 4), lo, hi)
                : this.memhash(p, size, lo, hi);
          break;
        case PartOp.string:
          lo = this.strhash(p, lo, hi);
          break;
        case PartOp.float32:
          lo = this.f32hash(p, lo, hi);
          break;
        case PartOp.interface:
          lo = this.ifaceHash(p, lo, hi);
          break;
        default:
          lo = this.f64hash(p, lo, hi);
      }
      hi = this.hi;
    }
    this.hi = hi; // with no parts (zero-size key) the seed itself is the hash: never a stale hi
    return lo;
  }

  /** equal is t.key.equal: do the keys at a and b compare equal under Go's == ? */
  equal(t: KeyDesc, a: number, b: number): boolean {
    const mem = this.mem;
    switch (t.hasher) {
      case Hasher.mem32:
        return mem.load32(a) === mem.load32(b);
      case Hasher.mem64:
        return mem.load32(a) === mem.load32(b) && mem.load32(a + 4) === mem.load32(b + 4);
      case Hasher.mem:
        return mem.memequal(a, b, t.keySize);
      case Hasher.string:
        return this.strequal(a, b);
      case Hasher.float32:
        return mem.loadF32(a) === mem.loadF32(b);
      case Hasher.float64:
        return mem.loadF64(a) === mem.loadF64(b);
      case Hasher.composite:
        return this.compositeEqual(t.parts, a, b);
      case Hasher.interface:
        return this.ifaceEqual(a, b);
    }
  }

  /** ifaceEqual is Go's == on interface values (same type word, then efaceeq). */
  ifaceEqual(a: number, b: number): boolean {
    const mem = this.mem;
    const tw = mem.loadPtr(a);
    if (tw !== mem.loadPtr(b)) return false;
    if (tw === 0) return true;
    const dt = this.resolveType(tw);
    if (dt.key === null) throw new GoPanic(`runtime error: comparing uncomparable type ${dt.name}`);
    if (dt.direct) return mem.loadPtr(a + 8) === mem.loadPtr(b + 8);
    return this.equal(dt.key, mem.loadPtr(a + 8), mem.loadPtr(b + 8));
  }

  /** strequal compares the strings whose headers are at a and b. */
  strequal(a: number, b: number): boolean {
    const mem = this.mem;
    const len = mem.loadU64(a + 8);
    if (len !== mem.loadU64(b + 8)) return false;
    return mem.memequal(mem.loadPtr(a), mem.loadPtr(b), len);
  }

  private compositeEqual(parts: Int32Array, a: number, b: number): boolean {
    const mem = this.mem;
    for (let i = 0; i < parts.length; i += 3) {
      const off = parts[i + 1] ?? 0;
      const size = parts[i + 2] ?? 0;
      switch (parts[i]) {
        case PartOp.mem:
          if (!mem.memequal(a + off, b + off, size)) return false;
          break;
        case PartOp.string:
          if (!this.strequal(a + off, b + off)) return false;
          break;
        case PartOp.float32:
          if (mem.loadF32(a + off) !== mem.loadF32(b + off)) return false;
          break;
        case PartOp.interface:
          if (!this.ifaceEqual(a + off, b + off)) return false;
          break;
        default:
          if (mem.loadF64(a + off) !== mem.loadF64(b + off)) return false;
      }
    }
    return true;
  }
}
