// Growth, evacuation, overflow buckets and deletion marks of the simulated map, against Go 1.19.
import { describe, expect, it } from 'vitest';
import {
  GoRuntime,
  HFlag,
  HmapOff,
  MapType,
  Shapes,
  TopHash,
  checkMap,
  makeMapType,
  makemap,
  makemap_small,
  mapaccess1_fast64,
  mapassign_fast64,
  mapclear,
  mapdelete_fast64,
  mapStats,
  plainElem,
} from '../../runtime/index.js';
import { newoverflow } from '../../runtime/map/grow.js';
import { facts } from './golden.js';

const t64: MapType = makeMapType('map[int64]int64', Shapes.int64, plainElem(8));

function evacuatedMarks(g: GoRuntime, h: number): string {
  const rt = g.maps;
  const old = rt.oldbuckets(h);
  if (old === 0) return '';
  let s = '';
  for (let i = 0; i < rt.noldbuckets(h); i++) {
    const top = g.mem.load8(old + i * t64.bucketSize);
    s += top > TopHash.emptyOne && top < TopHash.minTopHash ? 'E' : '.';
  }
  return s;
}

describe('growth points', () => {
  const goGrowthInserts = facts.insertB.flatMap((b, i) =>
    i > 0 && b !== facts.insertB[i - 1] ? [i + 1] : [],
  );

  it('Go 1.19 starts doubling at inserts 9, 14, 27, 53, 105', () => {
    expect(goGrowthInserts.slice(0, 5)).toEqual([9, 14, 27, 53, 105]);
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`B after each of 2000 inserts matches Go (seed ${seed})`, () => {
      const g = new GoRuntime(seed);
      const rt = g.maps;
      const h = makemap_small(rt);
      const starts: number[] = [];
      rt.listener = { onGrowStart: (_h, ev) => starts.push(ev.count + 1) };
      const bs: number[] = [];
      for (let i = 1; i <= 2000; i++) {
        g.mem.storeI64(mapassign_fast64(rt, t64, h, i, 0), i);
        bs.push(rt.B(h));
      }
      expect(bs).toEqual(facts.insertB);
      expect(starts).toEqual(goGrowthInserts);
      expect(checkMap(rt, t64, h)).toEqual([]);
    });
  }

  it('makemap hint picks the same B as Go', () => {
    const g = new GoRuntime(1);
    for (const [hint, B] of Object.entries(facts.hintB)) {
      const h = makemap(g.maps, t64, Number(hint));
      expect([Number(hint), g.maps.B(h), g.maps.buckets(h) === 0]).toEqual([Number(hint), B, B === 0]);
    }
  });

  it('updating existing keys never grows; the next new key does', () => {
    const g = new GoRuntime(9);
    const rt = g.maps;
    const h = makemap_small(rt);
    for (let i = 1; i <= 13; i++) mapassign_fast64(rt, t64, h, i, 0);
    while (rt.growing(h)) mapassign_fast64(rt, t64, h, 1, 0); // finish the grow started at #9
    let grows = 0;
    rt.listener = { onGrowStart: () => grows++ };
    for (let r = 0; r < 100; r++) mapassign_fast64(rt, t64, h, 1 + (r % 13), 0);
    expect([rt.B(h), grows]).toEqual([1, 0]);
    mapassign_fast64(rt, t64, h, 14, 0);
    expect([rt.B(h), grows]).toEqual([2, 1]);
  });
});

describe('incremental evacuation', () => {
  it('moves at most two old buckets per write, none per read, and finishes', () => {
    for (const seed of [1, 2, 3]) {
      const g = new GoRuntime(seed);
      const rt = g.maps;
      const h = makemap_small(rt);
      const evacs: [number, number, number][] = [];
      rt.listener = { onEvacuate: (_h, b, x, y) => evacs.push([b, x, y]) };
      for (let i = 1; i <= 53; i++) mapassign_fast64(rt, t64, h, i, 0);
      // The 53rd insert started growth to B=4 and evacuated 1 or 2 of the 8 old buckets.
      expect(rt.B(h)).toBe(4);
      expect(rt.growing(h)).toBe(true);
      const first = evacuatedMarks(g, h);
      expect(first).toHaveLength(8);
      const n0 = first.split('E').length - 1;
      expect(n0).toBeGreaterThanOrEqual(1);
      expect(n0).toBeLessThanOrEqual(2);
      expect(first[0]).toBe('E'); // bucket nevacuate=0 is always one of them
      expect(rt.nevacuate(h)).toBeGreaterThanOrEqual(1);
      // Reads do not evacuate.
      for (let i = 1; i <= 53; i++) expect(g.mem.loadI64(mapaccess1_fast64(rt, t64, h, i, 0))).toBe(0);
      expect(evacuatedMarks(g, h)).toBe(first);
      // Every entry moved goes to X or Y, and the totals add up.
      let writes = 0;
      let prev = n0;
      while (rt.growing(h)) {
        mapassign_fast64(rt, t64, h, 1000 + writes++, 0);
        const marks = evacuatedMarks(g, h);
        const n = rt.growing(h) ? marks.split('E').length - 1 : 8;
        expect(n - prev).toBeLessThanOrEqual(2);
        prev = n;
        expect(checkMap(rt, t64, h)).toEqual([]);
      }
      expect(writes).toBeLessThanOrEqual(7);
      const moved = evacs.filter(([b]) => b < 8);
      expect(moved.reduce((s, [, x, y]) => s + x + y, 0)).toBeGreaterThanOrEqual(52);
    }
  });

  it('same-size growth under churn keeps B and sets sameSizeGrow once noverflow reaches 2^B', () => {
    // Like Go's experiment: B=4, count 100, delete the oldest key and insert a new one.
    for (const seed of [1, 2]) {
      const g = new GoRuntime(seed);
      const rt = g.maps;
      const h = makemap_small(rt);
      for (let i = 0; i < 100; i++) mapassign_fast64(rt, t64, h, i, 0);
      while (rt.growing(h)) mapassign_fast64(rt, t64, h, 0, 0);
      expect(rt.B(h)).toBe(4);
      let sameSize: { noverflow: number; B: number; newB: number } | undefined;
      rt.listener = {
        onGrowStart: (_h, ev) => {
          if (sameSize === undefined) sameSize = { noverflow: ev.noverflow, B: ev.oldB, newB: ev.newB };
        },
      };
      let step = 0;
      while (sameSize === undefined && step < 20000) {
        mapdelete_fast64(rt, t64, h, step, 0);
        mapassign_fast64(rt, t64, h, step + 100, 0);
        step++;
        if (step % 50 === 0) expect(checkMap(rt, t64, h)).toEqual([]);
      }
      expect(sameSize).toEqual({ noverflow: 16, B: 4, newB: 4 });
      expect(rt.flags(h) & HFlag.sameSizeGrow).toBe(HFlag.sameSizeGrow);
      expect(rt.noverflow(h)).toBeLessThan(4); // reset by hashGrow; only the first evacuations added to it
      expect(rt.count(h)).toBe(100);
      expect(checkMap(rt, t64, h)).toEqual([]);
      while (rt.growing(h)) mapassign_fast64(rt, t64, h, 1, 0);
      expect(rt.flags(h) & HFlag.sameSizeGrow).toBe(0);
      expect(mapStats(rt, t64, h).sameSizeGrowths).toBe(1);
    }
  });
});

describe('overflow buckets', () => {
  it('makeBucketArray preallocates 2^(B-4) overflow buckets rounded to the size class', () => {
    const g = new GoRuntime(3);
    const rt = g.maps;
    const h = makemap(rt, t64, 53); // B=4: 16+1 buckets * 144 = 2448 -> 2688 bytes -> 18 buckets
    expect(rt.B(h)).toBe(4);
    const extra = rt.extra(h);
    expect(extra).not.toBe(0);
    const next = g.mem.loadPtr(extra + 16);
    expect(next).toBe(rt.buckets(h) + 16 * t64.bucketSize);
    // The last preallocated bucket carries the non-nil sentinel overflow pointer (= buckets).
    expect(g.mem.loadPtr(rt.buckets(h) + 17 * t64.bucketSize + t64.overflowOffset)).toBe(rt.buckets(h));
    const events: boolean[] = [];
    rt.listener = { onOverflow: (_h, _b, _o, pre) => events.push(pre) };
    for (let i = 0; i < 400 && events.length < 3; i++) mapassign_fast64(rt, t64, h, i * 16, 0);
    expect(events.slice(0, 3)).toEqual([true, true, false]);
  });

  it('incrnoverflow counts exactly below B=16 and with probability 2^-(B-15) above', () => {
    const g = new GoRuntime(5);
    const rt = g.maps;
    const h = makemap_small(rt);
    g.mem.store8(h + HmapOff.B, 17);
    g.mem.storePtr(h + HmapOff.buckets, g.heap.alloc(t64.bucketSize * 2, 1));
    // Chain 8000 overflow buckets to bucket 0 via the runtime, counting increments of noverflow.
    const b0 = rt.buckets(h);
    let b = b0;
    for (let i = 0; i < 8000; i++) b = newOverflowVia(g, h, b);
    const n = rt.noverflow(h);
    expect(n).toBeGreaterThan(8000 / 4 - 200);
    expect(n).toBeLessThan(8000 / 4 + 200);
  });
});

function newOverflowVia(g: GoRuntime, h: number, b: number): number {
  return newoverflow(g.maps, t64, h, b);
}

describe('delete', () => {
  it('marks emptyOne, converts trailing runs to emptyRest, reseeds hash0 at count 0', () => {
    const g = new GoRuntime(11);
    const rt = g.maps;
    const h = makemap_small(rt);
    for (let i = 1; i <= 5; i++) mapassign_fast64(rt, t64, h, i, 0);
    const b = rt.buckets(h);
    const tops = (): number[] => Array.from(g.mem.bytes(b, 8));
    // Keys sit in slots 0..4 in insertion order (B=0, one bucket).
    mapdelete_fast64(rt, t64, h, 2, 0);
    expect(tops()[1]).toBe(TopHash.emptyOne);
    mapdelete_fast64(rt, t64, h, 5, 0); // slot 4 followed by emptyRest: becomes emptyRest
    expect(tops().slice(4)).toEqual([0, 0, 0, 0]);
    mapdelete_fast64(rt, t64, h, 4, 0);
    mapdelete_fast64(rt, t64, h, 3, 0); // run 1..4 now all empty: slots 1..7 emptyRest
    expect(tops().slice(1)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(tops()[0]).toBeGreaterThanOrEqual(TopHash.minTopHash);
    const seedBefore = rt.hash0(h);
    mapdelete_fast64(rt, t64, h, 1, 0);
    expect(rt.count(h)).toBe(0);
    expect(rt.hash0(h)).not.toBe(seedBefore);
    expect(checkMap(rt, t64, h)).toEqual([]);
  });

  it('mapclear keeps B and the array, zeroes count and reseeds', () => {
    const g = new GoRuntime(12);
    const rt = g.maps;
    const h = makemap_small(rt);
    for (let i = 1; i <= 100; i++) mapassign_fast64(rt, t64, h, i, 0);
    const [B, buckets, seed] = [rt.B(h), rt.buckets(h), rt.hash0(h)];
    mapclear(rt, t64, h);
    expect([rt.B(h), rt.buckets(h), rt.count(h), rt.growing(h)]).toEqual([B, buckets, 0, false]);
    expect(rt.hash0(h)).not.toBe(seed);
    expect(g.mem.loadI64(mapaccess1_fast64(rt, t64, h, 5, 0))).toBe(0);
    expect(checkMap(rt, t64, h)).toEqual([]);
  });
});
