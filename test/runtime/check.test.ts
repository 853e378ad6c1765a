// checkMap must catch corrupted maps, or the model test's invariant checks would prove nothing.
import { describe, expect, it } from 'vitest';
import {
  DataOffset,
  GoRuntime,
  HmapOff,
  Shapes,
  TopHash,
  checkMap,
  makeMapType,
  makemap_small,
  mapassign_fast64,
  plainElem,
} from '../../runtime/index.js';

const t = makeMapType('map[int64]int64', Shapes.int64, plainElem(8));

function fresh(n: number): [GoRuntime, number] {
  const g = new GoRuntime(21);
  const h = makemap_small(g.maps);
  for (let i = 0; i < n; i++) mapassign_fast64(g.maps, t, h, i, 0);
  while (g.maps.growing(h)) mapassign_fast64(g.maps, t, h, 0, 0);
  expect(checkMap(g.maps, t, h)).toEqual([]);
  return [g, h];
}

describe('checkMap detects corruption', () => {
  it('wrong count', () => {
    const [g, h] = fresh(20);
    g.mem.storeI64(h + HmapOff.count, 19);
    expect(checkMap(g.maps, t, h).join()).toMatch(/count 19 != live slots 20/);
  });
  it('wrong tophash', () => {
    const [g, h] = fresh(20);
    const b = g.maps.buckets(h);
    const top = g.mem.load8(b);
    g.mem.store8(b, top === 255 ? 254 : top + 1);
    expect(checkMap(g.maps, t, h).join()).toMatch(/has tophash/);
  });
  it('key in the wrong bucket and duplicates', () => {
    const [g, h] = fresh(20);
    const b0 = g.maps.buckets(h);
    const b1 = b0 + t.bucketSize;
    // Copy the first entry of bucket 1 over the first entry of bucket 0.
    g.mem.store8(b0, g.mem.load8(b1));
    g.mem.memmove(b0 + DataOffset, b1 + DataOffset, 8);
    expect(checkMap(g.maps, t, h).join()).toMatch(/wrong bucket/);
  });
  it('a live slot after emptyRest', () => {
    const [g, h] = fresh(3);
    const b = g.maps.buckets(h);
    g.mem.store8(b + 1, TopHash.emptyRest);
    expect(checkMap(g.maps, t, h).join()).toMatch(/after emptyRest/);
  });
  it('noverflow out of step with the overflow chains', () => {
    const [g, h] = fresh(20);
    g.mem.store16(h + HmapOff.noverflow, g.maps.noverflow(h) + 1);
    expect(checkMap(g.maps, t, h).join()).toMatch(/noverflow \d+ != overflow buckets/);
  });
  it('over the load factor while not growing', () => {
    const [g, h] = fresh(13);
    g.mem.store8(h + HmapOff.B, 0);
    expect(checkMap(g.maps, t, h).join()).toMatch(/over load factor/);
  });
});
