// Map semantics visible to Go programs: float keys, nil maps, indirect keys/elems, iteration order
// randomness and determinism per seed, and the readable dump.
import { describe, expect, it } from 'vitest';
import {
  GoFatal,
  GoPanic,
  GoRuntime,
  MapIter,
  MapType,
  Shapes,
  checkMap,
  dumpMap,
  makeMapType,
  makemap,
  makemap_small,
  mapaccess1,
  mapaccess2,
  mapaccess1_fat,
  mapaccess2_fat,
  mapaccess1_fast64,
  mapassign,
  mapassign_fast64,
  mapassign_faststr,
  mapaccess1_faststr,
  mapdelete,
  mapiterinit,
  mapiternext,
  mapStats,
  plainElem,
} from '../../runtime/index.js';
import { facts } from './golden.js';

const tf: MapType = makeMapType('map[float64]int64', Shapes.float64, plainElem(8));
const t64: MapType = makeMapType('map[int64]int64', Shapes.int64, plainElem(8));

function iterKeys(g: GoRuntime, t: MapType, h: number, read: (a: number) => number): number[] {
  const out: number[] = [];
  const it = new MapIter(t);
  for (mapiterinit(g.maps, t, h, it); it.key !== 0; mapiternext(g.maps, it)) out.push(read(it.key));
  return out;
}

describe('float64 keys', () => {
  it('treat +0 and -0 as one key (storing the newer key) and NaN as never equal, like Go', () => {
    const g = new GoRuntime(1);
    const rt = g.maps;
    const key = g.heap.alloc(8, 1);
    const at = (f: number): number => {
      g.mem.storeF64(key, f);
      return key;
    };
    const h = makemap_small(rt);
    g.mem.storeI64(mapassign(rt, tf, h, at(0)), 1);
    g.mem.storeI64(mapassign(rt, tf, h, at(-0)), 2);
    const lenAfterZeros = rt.count(h);
    const keys = iterKeys(g, tf, h, (a) => g.mem.loadF64(a));
    const signbitAfterUpdate = Object.is(keys[0], -0);
    g.mem.storeI64(mapassign(rt, tf, h, at(NaN)), 3);
    g.mem.storeI64(mapassign(rt, tf, h, at(NaN)), 4);
    mapaccess2(rt, tf, h, at(NaN));
    const nanLookupOk = rt.ok;
    mapdelete(rt, tf, h, at(NaN));
    let nanValueSum = 0;
    const it = new MapIter(tf);
    for (mapiterinit(rt, tf, h, it); it.key !== 0; mapiternext(rt, it)) {
      if (Number.isNaN(g.mem.loadF64(it.key))) nanValueSum += g.mem.loadI64(it.elem);
    }
    const got = {
      lenAfterZeros,
      valueAtZero: g.mem.loadI64(mapaccess1(rt, tf, h, at(0))),
      signbitAfterUpdate,
      lenWithNaNs: rt.count(h),
      nanLookupOk,
      nanValueSum,
    };
    expect(got).toEqual(facts.floatKeys);
    expect(checkMap(rt, tf, h)).toEqual([]);
  });

  it('keeps NaN entries through growth, including growth during iteration', () => {
    const g = new GoRuntime(2);
    const rt = g.maps;
    const key = g.heap.alloc(8, 1);
    const h = makemap_small(rt);
    for (let i = 0; i < 40; i++) {
      g.mem.storeF64(key, i % 4 === 0 ? NaN : i);
      g.mem.storeI64(mapassign(rt, tf, h, key), i);
    }
    const it = new MapIter(tf);
    let n = 0;
    let extra = 100;
    let grewDuring = false;
    rt.listener = { onGrowStart: () => (grewDuring = true) };
    for (mapiterinit(rt, tf, h, it); it.key !== 0; mapiternext(rt, it)) {
      n++;
      g.mem.storeF64(key, extra % 3 === 0 ? NaN : extra);
      extra++;
      mapassign(rt, tf, h, key);
    }
    expect(grewDuring).toBe(true);
    expect(n).toBeGreaterThanOrEqual(40);
    expect(rt.count(h)).toBe(40 + extra - 100);
    expect(checkMap(rt, tf, h)).toEqual([]);
  });
});

describe('string keys', () => {
  it('an update stores the new key (data pointer), through both the fast and the generic path', () => {
    const ts = makeMapType('map[string]int64', Shapes.string, plainElem(8));
    const g = new GoRuntime(6);
    const rt = g.maps;
    const h = makemap_small(rt);
    const str = (s: string): number => {
      const b = new TextEncoder().encode(s);
      const p = g.heap.alloc(b.length, 1);
      g.mem.writeBytes(p, b);
      return p;
    };
    const [p1, p2, p3] = [str('hello'), str('hello'), str('hello')];
    g.mem.storeI64(mapassign_faststr(rt, ts, h, p1, 5), 1);
    g.mem.storeI64(mapassign_faststr(rt, ts, h, p2, 5), 2);
    expect(rt.count(h)).toBe(1);
    const storedPtr = (): number => {
      const it = new MapIter(ts);
      mapiterinit(rt, ts, h, it);
      return g.mem.loadPtr(it.key);
    };
    expect(storedPtr()).toBe(p2);
    const hdr = g.heap.alloc(16, 1);
    g.mem.storePtr(hdr, p3);
    g.mem.storeI64(hdr + 8, 5);
    g.mem.storeI64(mapassign(rt, ts, h, hdr), 3);
    expect(storedPtr()).toBe(p3);
    expect(g.mem.loadI64(mapaccess1_faststr(rt, ts, h, p1, 5))).toBe(3);
    expect(g.mem.loadI64(mapaccess1_faststr(rt, ts, h, p1, 4))).toBe(0);
  });
});

describe('nil maps and misuse', () => {
  it('reads of a nil map return zeroVal, delete is a no-op, assignment panics', () => {
    const g = new GoRuntime(1);
    const rt = g.maps;
    expect(mapaccess1_fast64(rt, t64, 0, 1, 0)).toBe(rt.zeroVal);
    expect(g.mem.loadI64(rt.zeroVal)).toBe(0);
    mapdelete(rt, t64, 0, g.heap.scratch);
    expect(() => mapassign_fast64(rt, t64, 0, 1, 0)).toThrow(GoPanic);
    expect(() => mapassign_fast64(rt, t64, 0, 1, 0)).toThrow('assignment to entry in nil map');
    expect(iterKeys(g, t64, 0, (a) => a)).toEqual([]);
  });
  it('detects a write while hashWriting is set as a fatal error', () => {
    const g = new GoRuntime(1);
    const rt = g.maps;
    const h = makemap_small(rt);
    rt.setFlags(h, 4);
    expect(() => mapassign_fast64(rt, t64, h, 1, 0)).toThrow(GoFatal);
  });
});

describe('indirect keys and elems (> 128 bytes)', () => {
  it('stores pointers in the slots and behaves like a normal map', () => {
    const bigKey = makeMapType(
      'map[[17]int64]int8',
      { kind: 'array', len: 17, elem: Shapes.int64 },
      plainElem(1),
    );
    const bigElem = makeMapType('map[int64][17]int64', Shapes.int64, plainElem(136));
    const g = new GoRuntime(4);
    const rt = g.maps;
    const hk = makemap(rt, bigKey, 0);
    const he = makemap(rt, bigElem, 0);
    const key = g.heap.alloc(136, 1);
    for (let i = 0; i < 200; i++) {
      g.mem.memclr(key, 136);
      g.mem.storeI64(key + 8 * (i % 17), i);
      g.mem.store8(mapassign(rt, bigKey, hk, key), i & 0x7f);
      const e = mapassign_fast64(rt, bigElem, he, i, 0);
      expect(g.heap.isHeap(e)).toBe(true);
      g.mem.storeI64(e + 128, i * 3);
    }
    for (let i = 0; i < 200; i++) {
      g.mem.memclr(key, 136);
      g.mem.storeI64(key + 8 * (i % 17), i);
      expect(g.mem.load8(mapaccess1(rt, bigKey, hk, key))).toBe(i & 0x7f);
      expect(g.mem.loadI64(mapaccess1_fast64(rt, bigElem, he, i, 0) + 128)).toBe(i * 3);
    }
    // The key slot holds a pointer to a heap copy of the key.
    const slot0 = rt.buckets(hk) + 8;
    const p = g.mem.loadPtr(slot0);
    expect(p === 0 || g.heap.isHeap(p)).toBe(true);
    expect(checkMap(rt, bigKey, hk)).toEqual([]);
    expect(checkMap(rt, bigElem, he)).toEqual([]);
  });
});

describe('elems over 1024 bytes', () => {
  it('use the caller zero buffer (mapaccess*_fat); plain mapaccess1 refuses them', () => {
    const t = makeMapType('map[int64][2000]byte', Shapes.int64, plainElem(2000));
    const g = new GoRuntime(1);
    const rt = g.maps;
    const h = makemap_small(rt);
    const key = g.heap.alloc(8, 1);
    const zero = g.heap.alloc(2000, 1);
    g.mem.storeI64(key, 5);
    expect(() => mapaccess1(rt, t, h, key)).toThrow(/mapaccess\*_fat/);
    expect(mapaccess1_fat(rt, t, h, key, zero)).toBe(zero);
    const e = mapassign(rt, t, h, key);
    g.mem.store8(e + 1999, 7);
    expect(g.mem.load8(mapaccess2_fat(rt, t, h, key, zero) + 1999)).toBe(7);
    expect(rt.ok).toBe(true);
    g.mem.storeI64(key, 6);
    expect(mapaccess2_fat(rt, t, h, key, zero)).toBe(zero);
    expect(rt.ok).toBe(false);
    expect(mapaccess2(rt, t, h, key)).toBe(rt.zeroVal); // allowed: the caller sees !ok
    expect(rt.ok).toBe(false);
  });
});

describe('iteration across several growths', () => {
  it('yields every original key exactly once while inserts grow the map from B=0 to B=5', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const g = new GoRuntime(seed);
      const rt = g.maps;
      const h = makemap_small(rt);
      for (let i = 0; i < 8; i++) g.mem.storeI64(mapassign_fast64(rt, t64, h, i, 0), i);
      const seen = new Map<number, number>();
      const it = new MapIter(t64);
      let next = 1000;
      let growths = 0;
      rt.listener = { onGrowStart: () => growths++ };
      for (mapiterinit(rt, t64, h, it); it.key !== 0; mapiternext(rt, it)) {
        const k = g.mem.loadI64(it.key);
        seen.set(k, (seen.get(k) ?? 0) + 1);
        expect(g.mem.loadI64(it.elem)).toBe(k); // values are current
        for (let j = 0; j < 25; j++, next++) g.mem.storeI64(mapassign_fast64(rt, t64, h, next, 0), next);
      }
      expect(growths).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < 8; i++) expect(seen.get(i)).toBe(1);
      for (const [k, n] of seen) expect([k, n]).toEqual([k, 1]);
      expect(checkMap(rt, t64, h)).toEqual([]);
    }
  });
});

describe('iteration order', () => {
  const build = (seed: number): [GoRuntime, number] => {
    const g = new GoRuntime(seed);
    const h = makemap_small(g.maps);
    for (let i = 0; i < 10; i++) mapassign_fast64(g.maps, t64, h, i, 0);
    return [g, h];
  };
  it('is randomized per loop and per seed, but reproducible for one seed', () => {
    const orders = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      const [g, h] = build(seed);
      for (let r = 0; r < 4; r++) orders.add(iterKeys(g, t64, h, (a) => g.mem.loadI64(a)).join(' '));
    }
    expect(orders.size).toBeGreaterThan(5);
    const [g1, h1] = build(7);
    const [g2, h2] = build(7);
    const a = [0, 1, 2].map(() => iterKeys(g1, t64, h1, (x) => g1.mem.loadI64(x)).join(' '));
    const b = [0, 1, 2].map(() => iterKeys(g2, t64, h2, (x) => g2.mem.loadI64(x)).join(' '));
    expect(a).toEqual(b);
    for (const o of orders)
      expect(
        o
          .split(' ')
          .map(Number)
          .sort((x, y) => x - y),
      ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('dump and stats', () => {
  it('shows header, buckets with tophash bytes, keys, overflow chains and evacuation marks', () => {
    const g = new GoRuntime(3);
    const rt = g.maps;
    const h = makemap_small(rt);
    for (let i = 1; i <= 53; i++) mapassign_fast64(rt, t64, h, i, 0);
    const text = dumpMap(rt, t64, h);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^map map\[int64\]int64 @0xc0000[0-9a-f]+: count=53 B=4 noverflow=\d+ hash0=0x[0-9a-f]{8} flags=\[.*\] bucketsize=144$/,
    );
    expect(lines.filter((l) => /^ {2}b\d\d @0x/.test(l))).toHaveLength(16);
    expect(text).toMatch(/oldbuckets @0x[0-9a-f]+ \(8\) nevacuate=\d+ evacuated=\[E[E.]{7}\]/);
    expect(text).toMatch(/tophash\[([0-9a-f]{2} ){7}[0-9a-f]{2}\]/);
    for (let i = 1; i <= 53; i++) expect(text).toMatch(new RegExp(`\\b\\d:${i}\\b`));
    const s = mapStats(rt, t64, h);
    expect([s.count, s.B, s.buckets, s.oldBuckets, s.growing, s.growths]).toEqual([53, 4, 16, 8, true, 4]);
    expect(s.loadFactor).toBeCloseTo(53 / 16);
  });
});
