// Simulated memory, Go's size classes and growslice, checked against values printed by Go 1.19.
import { describe, expect, it } from 'vitest';
import {
  ARENA_BASE,
  Allocator,
  CLASS_TO_SIZE,
  growCap,
  growslice,
  hex,
  roundupsize,
} from '../../runtime/index.js';
import { facts } from './golden.js';

describe('roundupsize', () => {
  it('matches Go for every size 1..40000', () => {
    const steps = facts.roundupsize;
    expect(steps.length).toBeGreaterThan(60);
    for (let i = 0; i < steps.length; i++) {
      const [from, value] = steps[i]!;
      const to = (steps[i + 1]?.[0] ?? 40001) - 1;
      for (let n = from; n <= to; n++) {
        if (roundupsize(n) !== value)
          expect(`roundupsize(${n}) = ${roundupsize(n)}`).toBe(`roundupsize(${n}) = ${value}`);
      }
    }
  });
  it('class sizes are exactly the small-object steps Go shows', () => {
    const goSmall = facts.roundupsize.map(([, v]) => v).filter((v) => v <= 32768);
    expect(goSmall).toEqual(CLASS_TO_SIZE.slice(1));
  });
});

describe('growslice', () => {
  it('one-at-a-time append capacities match Go for many element sizes', () => {
    expect(facts.growslice.length).toBeGreaterThan(5);
    for (const { elemSize, caps } of facts.growslice) {
      const got: number[] = [];
      let cap = 0;
      let len = 0;
      while (got.length < caps.length) {
        if (len === cap) {
          cap = growCap(cap, len + 1, elemSize);
          got.push(cap);
        }
        len++;
      }
      expect({ elemSize, caps: got }).toEqual({ elemSize, caps });
    }
  });
  it('multi-element append capacities match Go', () => {
    for (const { elemSize, oldCap, add, cap } of facts.appendMany) {
      expect({ elemSize, oldCap, add, cap: growCap(oldCap, oldCap + add, elemSize) }).toEqual({
        elemSize,
        oldCap,
        add,
        cap,
      });
    }
  });
  it('copies the old elements and accounts the allocation', () => {
    const a = new Allocator();
    const old = a.alloc(3 * 8, 7);
    for (let i = 0; i < 3; i++) a.mem.storeI64(old + 8 * i, -i - 1);
    const s = growslice(a, 8, old, 3, 3, 4, 9);
    expect(s.cap).toBe(6);
    expect(s.len).toBe(3);
    expect([0, 1, 2, 3].map((i) => a.mem.loadI64(s.ptr + 8 * i))).toEqual([-1, -2, -3, 0]);
    expect(a.heapStats.get(9)).toEqual({ count: 1, bytes: 48, roundedBytes: 48 });
    expect(growslice(a, 0, 0, 0, 0, 5).ptr).toBe(a.zerobase);
  });
});

describe('memory and allocator', () => {
  it('stores and loads 8..64-bit integers and floats exactly', () => {
    const a = new Allocator();
    const m = a.mem;
    const p = a.alloc(64, 1);
    m.storeI64(p, -2);
    expect(m.loadI64(p)).toBe(-2);
    expect(m.loadU64(p)).toBe(2 ** 64 - 2); // rounded, as documented: exact only below 2^53
    expect(m.loadBigU64(p)).toBe(2n ** 64n - 2n);
    m.storeI64(p, 2 ** 53 - 1);
    expect(m.loadI64(p)).toBe(2 ** 53 - 1);
    m.storeI64(p, -(2 ** 40) - 12345);
    expect(m.loadI64(p)).toBe(-(2 ** 40) - 12345);
    m.store64(p, 0x89abcdef | 0, 0x01234567);
    expect(m.loadBigU64(p)).toBe(0x0123456789abcdefn);
    m.storeF32(p + 8, 1.5);
    expect(m.loadF32(p + 8)).toBe(1.5);
    m.storeF64(p + 16, -0);
    expect(Object.is(m.loadF64(p + 16), -0)).toBe(true);
    m.store16(p + 24, 0xffff);
    expect(m.loadI16(p + 24)).toBe(-1);
    m.store8(p + 26, 0x80);
    expect(m.loadI8(p + 26)).toBe(-128);
    m.memmove(p + 32, p, 16);
    expect(m.memequal(p, p + 32, 16)).toBe(true);
    m.memclr(p + 32, 8);
    expect(m.loadU64(p + 32)).toBe(0);
    expect(m.memequal(p, p + 32, 16)).toBe(false);
  });
  it('lays out the heap like Go: arena at 0xc000000000, objects of a class adjacent', () => {
    const a = new Allocator();
    const x = a.alloc(48, 1);
    const y = a.alloc(40, 1); // same class (48)
    const z = a.alloc(100, 2); // class 112
    expect(x).toBeGreaterThanOrEqual(ARENA_BASE);
    expect(hex(x)).toMatch(/^0xc0000[0-9a-f]{5}$/);
    expect(y - x).toBe(48);
    expect(z % 8192).toBe(0); // first object of its own span
    expect(a.isHeap(z)).toBe(true);
    const big = a.alloc(40000, 3);
    expect(big % 8192).toBe(0);
    expect(a.heapStats.get(3)).toEqual({ count: 1, bytes: 40000, roundedBytes: 40960 });
    expect(a.alloc(0, 4)).toBe(a.zerobase);
  });
  it('grows the backing store without losing data', () => {
    const a = new Allocator(1 << 16, 1 << 16);
    const first = a.alloc(8, 1);
    a.mem.storeI64(first, 42);
    for (let i = 0; i < 100; i++) a.alloc(30000, 2);
    expect(a.mem.loadI64(first)).toBe(42);
  });
  it('pushes and pops zeroed stack frames below the arena', () => {
    const a = new Allocator();
    const f1 = a.pushFrame(40);
    a.mem.storeI64(f1, 7);
    const f2 = a.pushFrame(16);
    expect(f2).toBe(f1 - 16);
    expect(a.isStack(f2)).toBe(true);
    a.popFrame(f2, 16);
    a.popFrame(f1, 40);
    expect(a.mem.loadI64(a.pushFrame(40))).toBe(0);
    expect(() => a.popFrame(f1 - 8, 8)).toThrow(/LIFO/);
    a.noteStackAlloc(48, 5);
    expect(a.stackStats.get(5)?.count).toBe(1);
  });
});
