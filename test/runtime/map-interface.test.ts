// Interface map keys (map[any]T): hashing and equality by dynamic type and value, NaN, nil, and the
// "hash of unhashable type" panics, against what Go 1.19 does for the same operations (facts.go).
import { describe, expect, it } from 'vitest';
import {
  DynamicType,
  GoPanic,
  GoRuntime,
  KeyShape,
  Shapes,
  checkMap,
  makeKeyDesc,
  makeMapType,
  makemap_small,
  mapaccess1,
  mapassign,
  mapdelete,
  plainElem,
} from '../../runtime/index.js';
import { facts } from './golden.js';

const IK: KeyShape = {
  kind: 'struct',
  size: 24,
  align: 8,
  fields: [
    { offset: 0, shape: { kind: 'interface' } },
    { offset: 16, shape: Shapes.int32 },
  ],
};

// A type word per dynamic type, as an executor would assign descriptor addresses.
const dynamicTypes: DynamicType[] = [
  { name: 'int', key: makeKeyDesc('int', Shapes.int64), direct: false },
  { name: 'int64', key: makeKeyDesc('int64', Shapes.int64), direct: false },
  { name: 'int32', key: makeKeyDesc('int32', Shapes.int32), direct: false },
  { name: 'string', key: makeKeyDesc('string', Shapes.string), direct: false },
  { name: 'float64', key: makeKeyDesc('float64', Shapes.float64), direct: false },
  { name: 'main.IK', key: makeKeyDesc('main.IK', IK), direct: false },
  { name: '[]int', key: null, direct: false },
  { name: '[]uint8', key: null, direct: false },
  { name: 'map[int]int', key: null, direct: true },
];
const typeWord = (name: string): number => 0x4a0000 + 0x40 * dynamicTypes.findIndex((d) => d.name === name);

function setup(): {
  g: GoRuntime;
  key: (type: string | null, value?: number | string | [string, number]) => number;
} {
  const g = new GoRuntime(8);
  g.maps.alg.resolveType = (w) => {
    const d = dynamicTypes[(w - 0x4a0000) / 0x40];
    if (d === undefined) throw new Error(`bad type word ${w}`);
    return d;
  };
  const str = (s: string): [number, number] => {
    const b = new TextEncoder().encode(s);
    const p = g.heap.alloc(b.length, 1);
    g.mem.writeBytes(p, b);
    return [p, b.length];
  };
  // key builds an interface value holding `value` of dynamic type `type` (null = nil interface).
  const key = (type: string | null, value?: number | string | [string, number]): number => {
    const iface = g.heap.alloc(16, 1);
    if (type === null) return iface;
    g.mem.storePtr(iface, typeWord(type));
    let data = 0;
    switch (type) {
      case 'int':
      case 'int64':
        data = g.heap.alloc(8, 1);
        g.mem.storeI64(data, value as number);
        break;
      case 'int32':
        data = g.heap.alloc(4, 1);
        g.mem.store32(data, value as number);
        break;
      case 'float64':
        data = g.heap.alloc(8, 1);
        g.mem.storeF64(data, value as number);
        break;
      case 'string': {
        data = g.heap.alloc(16, 1);
        const [p, n] = str(value as string);
        g.mem.storePtr(data, p);
        g.mem.storeI64(data + 8, n);
        break;
      }
      case 'main.IK': {
        // IK{A: <string>, N: n}
        const [s, n] = value as [string, number];
        data = g.heap.alloc(24, 1);
        const inner = key('string', s);
        g.mem.memmove(data, inner, 16);
        g.mem.store32(data + 16, n);
        break;
      }
      default:
        data = g.heap.alloc(24, 1); // slices and maps: any non-nil data
    }
    g.mem.storePtr(iface + 8, data);
    return iface;
  };
  return { g, key };
}

describe('interface keys', () => {
  it('behave like Go 1.19 map[any]int64', () => {
    const { g, key } = setup();
    const rt = g.maps;
    const t = makeMapType('map[any]int64', { kind: 'interface' }, plainElem(8));
    const h = makemap_small(rt);
    const set = (k: number, v: number): void => g.mem.storeI64(mapassign(rt, t, h, k), v);
    const get = (k: number): number => g.mem.loadI64(mapaccess1(rt, t, h, k));
    const panicText = (f: () => void): string => {
      try {
        f();
        return 'no panic';
      } catch (e) {
        if (e instanceof GoPanic) return e.message;
        throw e;
      }
    };
    set(key('int', 1), 1);
    set(key('int64', 1), 2);
    set(key('string', 'a'), 3);
    set(key(null), 4);
    set(key('float64', NaN), 5);
    set(key('float64', NaN), 6);
    set(key('float64', 1.5), 7);
    set(key('main.IK', ['x', 2]), 8);
    set(key('string', 'a'), 9);
    const emptyT = makeMapType('map[any]int', { kind: 'interface' }, plainElem(8));
    const got = {
      len: rt.count(h),
      int: get(key('int', 1)),
      int64: get(key('int64', 1)),
      string: get(key('string', 'a')),
      nil: get(key(null)),
      nan: get(key('float64', NaN)),
      float: get(key('float64', 1.5)),
      struct: get(key('main.IK', ['x', 2])),
      missingInt32: get(key('int32', 1)),
      assignUnhashable: panicText(() => set(key('[]int'), 1)),
      readUnhashable: panicText(() => get(key('map[int]int'))),
      emptyMapRead: panicText(() => mapaccess1(rt, emptyT, 0, key('[]uint8'))),
      deleteNilMap: panicText(() => mapdelete(rt, emptyT, 0, key('[]int'))),
      structUnhashable: panicText(() => {
        // IK{A: []int{}}: retag the struct's interface field A with the unhashable dynamic type.
        const k = key('main.IK', ['', 0]);
        g.mem.storePtr(g.mem.loadPtr(k + 8), typeWord('[]int'));
        set(k, 1);
      }),
    };
    expect(got).toEqual(facts.interfaceKeys);
    expect(checkMap(rt, t, h)).toEqual([]);
    // Keys survive growth (NaN entries included).
    for (let i = 0; i < 100; i++) set(key('int', 1000 + i), i);
    expect(get(key('int', 1050))).toBe(50);
    expect(get(key('string', 'a'))).toBe(9);
    expect(checkMap(rt, t, h)).toEqual([]);
  });
});
