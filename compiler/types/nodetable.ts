// NodeTable: an append-only side table keyed by object identity (AST nodes), read as a ReadonlyMap.
//
// Why: the checker records one entry per evaluated expression (hundreds of thousands for a large file).
// Appending to two arrays costs a fraction of a Map insertion (no identity hash, no rehashing while the
// table grows), so the Map is built only when a reader first asks for it, as types2 fills only the Info
// maps its caller wants.
//
// Invariants:
//  - A later append for the same key wins, exactly as repeated Map.set calls would.
//  - replaceAt(i, v) updates entry i in place; the checker only replaces the newest entry of a key (an
//    expression's final type is decided right after it is evaluated), so the materialized Map agrees.
//  - Once materialized, appends and replacements also update the Map, so reads always see every entry.

export class NodeTable<K extends object, V> implements ReadonlyMap<K, V> {
  private readonly keyLog: K[] = [];
  private readonly valueLog: V[] = [];
  private map: Map<K, V> | undefined = undefined;

  /** append records key → value and returns the entry's index. */
  append(key: K, value: V): number {
    if (this.map) this.map.set(key, value);
    this.valueLog.push(value);
    return this.keyLog.push(key) - 1;
  }

  /** valueAt returns the value of entry i (undefined for -1 or an out-of-range index). */
  valueAt(i: number): V | undefined {
    return i >= 0 ? this.valueLog[i] : undefined;
  }

  /** replaceAt replaces the value of entry i. */
  replaceAt(i: number, value: V): void {
    this.valueLog[i] = value;
    if (this.map) this.map.set(this.keyLog[i]!, value);
  }

  private materialize(): Map<K, V> {
    if (this.map) return this.map;
    const m = new Map<K, V>();
    const keys = this.keyLog;
    const values = this.valueLog;
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, values[i]!);
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
