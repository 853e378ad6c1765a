// NodeTable: an append-only side table keyed by object identity (AST nodes), read as a ReadonlyMap.
//
// Why: the checker records one entry per evaluated expression (hundreds of thousands for a large file).
// Appending to a log costs a fraction of a Map insertion (no identity hash, no rehashing while the table
// grows), so the Map is built only when a reader first asks for it, as types2 fills only the Info maps its
// caller wants. The log is a list of fixed-size chunks, each holding keys and values interleaved: a single
// growing array would be copied at every growth step (about three times its final size in garbage). Chunks
// stay small enough for V8's young generation (a chunk in the large-object space made scavenges slower).
//
// Invariants:
//  - A later append for the same key wins, exactly as repeated Map.set calls would.
//  - replaceAt(i, v) updates entry i in place; the checker only replaces the newest entry of a key (an
//    expression's final type is decided right after it is evaluated), so the materialized Map agrees.
//  - Once materialized, appends and replacements also update the Map, so reads always see every entry.

/** Entries per chunk (a power of two); a chunk holds key i at 2i and its value at 2i + 1. */
const ChunkBits = 11;
const ChunkEntries = 1 << ChunkBits;
const EntryMask = ChunkEntries - 1;

export class NodeTable<K extends object, V> implements ReadonlyMap<K, V> {
  /** Full chunks, then the current one; slots past `count` in the current chunk are unset. */
  private readonly chunks: (K | V)[][] = [];
  private current: (K | V)[] = [];
  private count = 0;
  private map: Map<K, V> | undefined = undefined;

  /** append records key → value and returns the entry's index. */
  append(key: K, value: V): number {
    const i = this.count++;
    const slot = (i & EntryMask) << 1;
    if (slot === 0) {
      this.current = new Array<K | V>(ChunkEntries * 2);
      this.chunks.push(this.current);
    }
    this.current[slot] = key;
    this.current[slot + 1] = value;
    if (this.map) this.map.set(key, value);
    return i;
  }

  /** valueAt returns the value of entry i (undefined for -1 or an out-of-range index). */
  valueAt(i: number): V | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return this.chunks[i >> ChunkBits]![((i & EntryMask) << 1) + 1] as V;
  }

  /** replaceAt replaces the value of entry i (0 <= i < number of appended entries). */
  replaceAt(i: number, value: V): void {
    const chunk = this.chunks[i >> ChunkBits]!;
    const slot = (i & EntryMask) << 1;
    chunk[slot + 1] = value;
    if (this.map) this.map.set(chunk[slot] as K, value);
  }

  private materialize(): Map<K, V> {
    if (this.map) return this.map;
    const m = new Map<K, V>();
    for (let i = 0; i < this.count; i++) {
      const chunk = this.chunks[i >> ChunkBits]!;
      const slot = (i & EntryMask) << 1;
      m.set(chunk[slot] as K, chunk[slot + 1] as V);
    }
    this.map = m;
    return m;
  }

  get(key: K): V | undefined {
    return this.materialize().get(key);
  }
  has(key: K): boolean {
    return this.materialize().has(key);
  }
  get size(): number {
    return this.materialize().size;
  }
  forEach(cb: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.materialize().forEach((v, k) => cb.call(thisArg, v, k, this));
  }
  entries(): MapIterator<[K, V]> {
    return this.materialize().entries();
  }
  keys(): MapIterator<K> {
    return this.materialize().keys();
  }
  values(): MapIterator<V> {
    return this.materialize().values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.materialize().entries();
  }
}
