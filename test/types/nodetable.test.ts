// NodeTable (compiler/types/nodetable.ts) behaves as a Map filled by repeated set calls: entries span
// several storage chunks, replaceAt updates one entry, and appends after the Map was first read are seen.

import { describe, expect, it } from 'vitest';
import { NodeTable } from '../../compiler/types/nodetable.js';

/** Enough entries to fill several chunks of the log. */
const Count = 10_000;

function filled(): { table: NodeTable<{ id: number }, number>; keys: { id: number }[] } {
  const table = new NodeTable<{ id: number }, number>();
  const keys: { id: number }[] = [];
  for (let i = 0; i < Count; i++) {
    const key = { id: i };
    keys.push(key);
    expect(table.append(key, i * 2)).toBe(i);
  }
  return { table, keys };
}

describe('NodeTable', () => {
  it('reads back every entry by index and by key', () => {
    const { table, keys } = filled();
    expect(table.valueAt(-1)).toBeUndefined();
    expect(table.valueAt(Count)).toBeUndefined();
    for (const i of [0, 1, 2047, 2048, 4095, 4096, Count - 1]) expect(table.valueAt(i)).toBe(i * 2);
    expect(table.size).toBe(Count);
    for (const i of [0, 2047, 2048, Count - 1]) expect(table.get(keys[i]!)).toBe(i * 2);
    expect([...table.keys()]).toEqual(keys);
  });

  it('replaceAt changes one entry before and after the Map is built', () => {
    const { table, keys } = filled();
    table.replaceAt(2048, -1);
    expect(table.valueAt(2048)).toBe(-1);
    expect(table.valueAt(2047)).toBe(2047 * 2);
    expect(table.get(keys[2048]!)).toBe(-1);
    table.replaceAt(Count - 1, -2);
    expect(table.get(keys[Count - 1]!)).toBe(-2);
  });

  it('a later append for the same key wins, also after the Map is built', () => {
    const { table, keys } = filled();
    table.append(keys[5]!, 7);
    expect(table.get(keys[5]!)).toBe(7);
    const extra = { id: -1 };
    table.append(extra, 9);
    expect(table.get(extra)).toBe(9);
    expect(table.size).toBe(Count + 1);
  });
});
