// Test helpers: key kinds for driving the simulated map from JS values, and a small seeded PRNG.
//
// A KeyKind knows its map type, how to write a JS key value into simulated memory, how to read one
// back, how to canonicalise it for a JS Map model (Go equality: +0 == -0, NaN never equal), and how
// to call the entry points Go's compiler would choose for it (fast32/fast64/faststr or generic).

import {
  GoRuntime,
  MapType,
  makeMapType,
  plainElem,
  Shapes,
  mapaccess2,
  mapassign,
  mapdelete,
  mapaccess2_fast32,
  mapassign_fast32,
  mapdelete_fast32,
  mapaccess2_fast64,
  mapassign_fast64,
  mapdelete_fast64,
  mapaccess2_faststr,
  mapassign_faststr,
  mapdelete_faststr,
} from '../../runtime/index.js';

/** Rng is a tiny deterministic PRNG for tests (mulberry32). */
export class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

export type KeyValue = number | string | { f: number; i: number };

/** KeyKind drives one Go key type. */
export interface KeyKind {
  readonly name: string;
  readonly type: MapType;
  /** gen makes a key from a small integer id (so key spaces can be bounded). */
  gen(id: number, rng: Rng): KeyValue;
  /** canon is the model's Map key, or null for a key that never equals itself (NaN). */
  canon(k: KeyValue): string | null;
  read(g: GoRuntime, addr: number): KeyValue;
  assign(g: GoRuntime, h: number, k: KeyValue): number;
  access2(g: GoRuntime, h: number, k: KeyValue): number;
  del(g: GoRuntime, h: number, k: KeyValue): void;
}

const elem8 = plainElem(8);

/** KeyScratch writes keys into a heap object so generic entry points can take them by address. */
class Scratch {
  private addr = 0;
  private strings = new Map<string, number>();
  at(g: GoRuntime): number {
    if (this.addr === 0) this.addr = g.heap.alloc(64, 1000);
    return this.addr;
  }
  /** str interns a JS string's UTF-8 bytes on the heap and returns its data pointer and length. */
  str(g: GoRuntime, s: string): [number, number] {
    const bytes = new TextEncoder().encode(s);
    let p = this.strings.get(s);
    if (p === undefined) {
      p = g.heap.alloc(bytes.length, 1001);
      g.mem.writeBytes(p, bytes);
      this.strings.set(s, p);
    }
    return [p, bytes.length];
  }
}

function canonFloat(f: number): string | null {
  if (f !== f) return null;
  return f === 0 ? '0' : String(f);
}

/** keyKinds returns fresh key kinds (they cache per-runtime scratch state, so make one per runtime). */
export function keyKinds(): KeyKind[] {
  const sc = new Scratch();
  const int64: KeyKind = {
    name: 'int64',
    type: makeMapType('map[int64]int64', Shapes.int64, elem8),
    gen: (id) => (id % 3 === 0 ? -id * 7919 : id * 2654435761),
    canon: (k) => String(k),
    read: (g, a) => g.mem.loadI64(a),
    assign: (g, h, k) => {
      const v = k as number;
      const hi = Math.floor(v / 4294967296);
      return mapassign_fast64(g.maps, int64.type, h, (v - hi * 4294967296) | 0, hi | 0);
    },
    access2: (g, h, k) => {
      // Alternate the generic path (key by address) with the fast path: they must agree.
      const v = k as number;
      if (v % 2 === 0) {
        const a = sc.at(g);
        g.mem.storeI64(a, v);
        return mapaccess2(g.maps, int64.type, h, a);
      }
      const hi = Math.floor(v / 4294967296);
      return mapaccess2_fast64(g.maps, int64.type, h, (v - hi * 4294967296) | 0, hi | 0);
    },
    del: (g, h, k) => {
      const v = k as number;
      const hi = Math.floor(v / 4294967296);
      mapdelete_fast64(g.maps, int64.type, h, (v - hi * 4294967296) | 0, hi | 0);
    },
  };
  const int32: KeyKind = {
    name: 'int32',
    type: makeMapType('map[int32]int64', Shapes.int32, elem8),
    gen: (id) => (id * 40503) | 0,
    canon: (k) => String(k),
    read: (g, a) => g.mem.loadI32(a),
    assign: (g, h, k) => mapassign_fast32(g.maps, int32.type, h, k as number),
    access2: (g, h, k) => mapaccess2_fast32(g.maps, int32.type, h, k as number),
    del: (g, h, k) => mapdelete_fast32(g.maps, int32.type, h, k as number),
  };
  const str: KeyKind = {
    name: 'string',
    type: makeMapType('map[string]int64', Shapes.string, elem8),
    gen: (id) => (id % 5 === 0 ? `k${id}-${'x'.repeat(id % 40)}` : `key${id}`),
    canon: (k) => k as string,
    read: (g, a) => new TextDecoder().decode(g.mem.bytes(g.mem.loadPtr(a), g.mem.loadU64(a + 8))),
    assign: (g, h, k) => mapassign_faststr(g.maps, str.type, h, ...sc.str(g, k as string)),
    access2: (g, h, k) => {
      const [p, n] = sc.str(g, k as string);
      if (n % 2 === 0) return mapaccess2_faststr(g.maps, str.type, h, p, n);
      // Odd lengths go through the generic entry point with a string header: both must agree.
      const a = sc.at(g);
      g.mem.storePtr(a, p);
      g.mem.storeI64(a + 8, n);
      return mapaccess2(g.maps, str.type, h, a);
    },
    del: (g, h, k) => mapdelete_faststr(g.maps, str.type, h, ...sc.str(g, k as string)),
  };
  const f64at = (g: GoRuntime, k: KeyValue): number => {
    const a = sc.at(g);
    g.mem.storeF64(a, k as number);
    return a;
  };
  const float64: KeyKind = {
    name: 'float64',
    type: makeMapType('map[float64]int64', Shapes.float64, elem8),
    gen: (id, rng) => {
      const r = rng.int(40);
      if (r === 0) return NaN;
      if (r === 1) return -0;
      if (r === 2) return 0;
      return (id - 100) / 8;
    },
    canon: (k) => canonFloat(k as number),
    read: (g, a) => g.mem.loadF64(a),
    assign: (g, h, k) => mapassign(g.maps, float64.type, h, f64at(g, k)),
    access2: (g, h, k) => mapaccess2(g.maps, float64.type, h, f64at(g, k)),
    del: (g, h, k) => mapdelete(g.maps, float64.type, h, f64at(g, k)),
  };
  // struct { F float64; I int32 } : size 16, 4 bytes of padding that must not affect hash/equality.
  const structType = makeMapType(
    'map[struct{F float64; I int32}]int64',
    {
      kind: 'struct',
      size: 16,
      align: 8,
      fields: [
        { offset: 0, shape: Shapes.float64 },
        { offset: 8, shape: Shapes.int32 },
      ],
    },
    elem8,
  );
  let garbage = 0;
  const structAt = (g: GoRuntime, k: KeyValue): number => {
    const { f, i } = k as { f: number; i: number };
    const a = sc.at(g);
    g.mem.storeF64(a, f);
    g.mem.store32(a + 8, i);
    g.mem.store32(a + 12, garbage++ * 2654435761); // padding
    return a;
  };
  const struct2: KeyKind = {
    name: 'struct',
    type: structType,
    gen: (id, rng) => ({ f: rng.int(50) === 0 ? NaN : rng.int(20) === 0 ? -0 : id % 7, i: id >> 3 }),
    canon: (k) => {
      const { f, i } = k as { f: number; i: number };
      const c = canonFloat(f);
      return c === null ? null : `${c}/${i}`;
    },
    read: (g, a) => ({ f: g.mem.loadF64(a), i: g.mem.loadI32(a + 8) }),
    assign: (g, h, k) => mapassign(g.maps, structType, h, structAt(g, k)),
    access2: (g, h, k) => mapaccess2(g.maps, structType, h, structAt(g, k)),
    del: (g, h, k) => mapdelete(g.maps, structType, h, structAt(g, k)),
  };
  // [20]int64 keys and elems: both over 128 bytes, so slots hold pointers to heap objects.
  const bigType = makeMapType(
    'map[[20]int64][20]int64',
    { kind: 'array', len: 20, elem: Shapes.int64 },
    plainElem(160),
  );
  const bigAt = (g: GoRuntime, k: KeyValue): number => {
    const id = k as number;
    const a = g.heap.alloc(160, 1002);
    g.mem.storeI64(a + 8 * (id % 20), id);
    g.mem.storeI64(a + 152, -id);
    return a;
  };
  const big: KeyKind = {
    name: 'big',
    type: bigType,
    gen: (id) => id,
    canon: (k) => String(k),
    read: (g, a) => -g.mem.loadI64(a + 152),
    assign: (g, h, k) => mapassign(g.maps, bigType, h, bigAt(g, k)),
    access2: (g, h, k) => mapaccess2(g.maps, bigType, h, bigAt(g, k)),
    del: (g, h, k) => mapdelete(g.maps, bigType, h, bigAt(g, k)),
  };
  return [int64, int32, str, float64, struct2, big];
}
