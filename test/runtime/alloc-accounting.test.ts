// Heap allocation accounting of map creation against Go 1.19's runtime.MemStats (Mallocs and
// TotalAlloc per escaping make(map, hint)), and stack vs heap bookkeeping.
import { describe, expect, it } from 'vitest';
import {
  GoRuntime,
  HmapSize,
  MapIter,
  MapType,
  Shapes,
  checkMap,
  initStackMap,
  makeMapType,
  makemap,
  makemap_small,
  mapassign_fast64,
  mapassign_faststr,
  mapiterinit,
  mapiternext,
  plainElem,
} from '../../runtime/index.js';
import { facts } from './golden.js';

const types = {
  'map[int64]int64': makeMapType('map[int64]int64', Shapes.int64, plainElem(8)),
  'map[string]string': makeMapType('map[string]string', Shapes.string, {
    size: 16,
    align: 8,
    pointers: true,
  }),
};

describe('allocation accounting', () => {
  it('make(map, hint) allocates the same objects and size-class bytes as Go', () => {
    expect(facts.makemapAllocs.length).toBeGreaterThan(10);
    for (const c of facts.makemapAllocs) {
      const g = new GoRuntime(1);
      const t = types[c.map as keyof typeof types];
      const site = 42;
      // Escaping make: Go uses makemap_small for hint <= 8 and makemap otherwise.
      if (c.hint <= 8) makemap_small(g.maps, site);
      else makemap(g.maps, t, c.hint, 0, site);
      let allocs = 0;
      let bytes = 0;
      for (const s of g.heap.heapStats.values()) {
        allocs += s.count;
        bytes += s.roundedBytes;
      }
      expect({ ...c, allocs, bytes }).toEqual(c);
    }
  });

  it('the first range over a pointer-free map allocates extra and its overflow slice, like Go', () => {
    const g = new GoRuntime(1);
    const rt = g.maps;
    const ti = types['map[int64]int64'];
    const ts = makeMapType('map[string]int64', Shapes.string, plainElem(8));
    const hi = makemap_small(rt);
    mapassign_fast64(rt, ti, hi, 1, 0);
    const hs = makemap_small(rt);
    const str = g.heap.alloc(1, 1);
    mapassign_faststr(rt, ts, hs, str, 1);
    const allocsOf = (f: () => void): number => {
      const total = (): number => [...g.heap.heapStats.values()].reduce((n, s) => n + s.count, 0);
      const before = total();
      f();
      return total() - before;
    };
    const range = (t: MapType, h: number) => () => {
      const it = new MapIter(t);
      for (mapiterinit(rt, t, h, it); it.key !== 0; mapiternext(rt, it));
    };
    expect({
      pointerFreeFirst: allocsOf(range(ti, hi)),
      pointerFreeAgain: allocsOf(range(ti, hi)),
      pointerful: allocsOf(range(ts, hs)),
    }).toEqual(facts.iterAllocs);
  });

  it('attributes the hmap to the caller site and buckets to runtime sites', () => {
    const g = new GoRuntime(1);
    const t = types['map[int64]int64'];
    const h = makemap_small(g.maps, 7);
    for (let i = 0; i < 9; i++) mapassign_fast64(g.maps, t, h, i, 0);
    expect(g.heap.heapStats.get(7)).toEqual({ count: 1, bytes: HmapSize, roundedBytes: 48 });
    const bucketAllocs = g.heap.heapStats.get(-2);
    expect(bucketAllocs?.count).toBe(2); // lazily allocated first bucket, then the B=1 array
  });

  it('a stack map (hmap and first bucket in the frame) works and only its growth hits the heap', () => {
    const g = new GoRuntime(1);
    const t = types['map[int64]int64'];
    const frame = g.heap.pushFrame(HmapSize + t.bucketSize);
    g.heap.noteStackAlloc(HmapSize + t.bucketSize, 3);
    const h = frame;
    initStackMap(g.maps, h, frame + HmapSize);
    for (let i = 0; i < 8; i++) g.mem.storeI64(mapassign_fast64(g.maps, t, h, i, 0), i);
    expect(g.heap.heapStats.size).toBe(0);
    expect(g.heap.isStack(g.maps.buckets(h))).toBe(true);
    mapassign_fast64(g.maps, t, h, 8, 0); // 9th insert grows: the new array is on the heap
    expect(g.heap.isHeap(g.maps.buckets(h))).toBe(true);
    expect(checkMap(g.maps, t, h)).toEqual([]);
    expect(g.heap.stackStats.get(3)?.count).toBe(1);
  });
});
