// hmap field offsets and map type layouts (keysize, elemsize, bucketsize, flags) against the values Go
// 1.19 prints from its own type descriptors (test/runtime/golden/facts.go).
import { describe, expect, it } from 'vitest';
import {
  HmapOff,
  HmapSize,
  KeyShape,
  ElemShape,
  Shapes,
  makeMapType,
  plainElem,
} from '../../runtime/index.js';
import { facts } from './golden.js';

const P: KeyShape = {
  kind: 'struct',
  size: 8,
  align: 4,
  fields: [
    { offset: 0, shape: Shapes.int32 },
    { offset: 4, shape: Shapes.int32 },
  ],
};
const F2: KeyShape = {
  kind: 'struct',
  size: 24,
  align: 8,
  fields: [
    { offset: 0, shape: Shapes.float64 },
    { offset: 8, shape: Shapes.string },
  ],
};
const B3: KeyShape = { kind: 'array', len: 3, elem: Shapes.int8 };
const Big: KeyShape = { kind: 'array', len: 17, elem: Shapes.int64 };
const IK: KeyShape = {
  kind: 'struct',
  size: 24,
  align: 8,
  fields: [
    { offset: 0, shape: { kind: 'interface' } },
    { offset: 16, shape: Shapes.int32 },
  ],
};
const stringElem: ElemShape = { size: 16, align: 8, pointers: true };

const cases: Record<string, [KeyShape, ElemShape]> = {
  'map[int64]int64': [Shapes.int64, plainElem(8)],
  'map[int32]int32': [Shapes.int32, plainElem(4)],
  'map[int32]int8': [Shapes.int32, plainElem(1)],
  'map[string]int64': [Shapes.string, plainElem(8)],
  'map[string]string': [Shapes.string, stringElem],
  'map[float64]int64': [Shapes.float64, plainElem(8)],
  'map[int64]struct{}': [Shapes.int64, plainElem(0)],
  'map[P]int64': [P, plainElem(8)],
  'map[F2]bool': [F2, plainElem(1)],
  'map[B3]int16': [B3, plainElem(2)],
  'map[int64]Big': [Shapes.int64, plainElem(136)],
  'map[Big]int8': [Big, plainElem(1)],
  'map[any]int64': [{ kind: 'interface' }, plainElem(8)],
  'map[error]bool': [{ kind: 'interface' }, plainElem(1)],
  'map[IK]int64': [IK, plainElem(8)],
};

describe('map layout', () => {
  it('hmap field offsets are Go 1.19 amd64', () => {
    const { size, ...offsets } = facts.hmap;
    expect(HmapSize).toBe(size);
    expect({ ...HmapOff }).toEqual(offsets);
  });
  it('covers every map type Go printed', () => {
    expect(Object.keys(cases).sort()).toEqual(facts.maps.map((m) => m.name).sort());
  });
  for (const want of facts.maps) {
    it(`${want.name}: keysize, elemsize, bucketsize and flags match Go`, () => {
      const [key, elem] = cases[want.name]!;
      const t = makeMapType(want.name, key, elem);
      expect({ keysize: t.keySlot, elemsize: t.elemSlot, bucketsize: t.bucketSize, flags: t.flags }).toEqual({
        keysize: want.keysize,
        elemsize: want.elemsize,
        bucketsize: want.bucketsize,
        flags: want.flags,
      });
      expect(t.overflowOffset).toBe(t.bucketSize - 8);
    });
  }
});
