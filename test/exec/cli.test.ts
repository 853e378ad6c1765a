// `mgo run` at the command level: the shape of --trace=map and --stats output for a map filled with 1..200
// distinct keys. Growth points and final B come from Go 1.19 (test/runtime/golden/facts.json); the trace
// must account for every entry moved by each growth, and --stats must name the same map.

import { describe, expect, it } from 'vitest';
import { cmdRun, type RunCommandOptions } from '../../cli/run.js';
import { facts } from '../runtime/golden.js';

const Inserts = facts.insertB.length;
const src = `package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 1; i <= ${Inserts}; i++ {\n\t\tm[i] = i\n\t}\n\tprintln(len(m))\n}\n`;

function runCli(opts: RunCommandOptions): { status: number; stdout: string; stderr: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const text = (d: string | Uint8Array): string =>
    typeof d === 'string' ? d : Buffer.from(d).toString('utf8');
  const status = cmdRun('growth.mgo', src, opts, {
    stdout: (d) => void out.push(text(d)),
    stderr: (d) => void err.push(text(d)),
  });
  return { status, stdout: out.join(''), stderr: err.join('').split('\n').slice(0, -1) };
}

const GrowLine =
  /^mgo: trace: map (0x[0-9a-f]+) grow: B (\d+) -> (\d+) doubling count=(\d+) noverflow=(\d+)$/;
const EvacuateLine =
  /^mgo: trace: map (0x[0-9a-f]+) evacuate: old bucket (\d+): (\d+) entries to x, (\d+) to y$/;
const OverflowLine =
  /^mgo: trace: map 0x[0-9a-f]+ overflow: bucket 0x[0-9a-f]+ -> 0x[0-9a-f]+( \(preallocated\))?$/;
const StatsMapLine = /^mgo: stats: map (0x[0-9a-f]+) map\[int\]int: (\{.*\})$/;

describe('mgo run --trace=map', () => {
  const r = runCli({ trace: 'map' });
  const goGrowthInserts = facts.insertB.flatMap((b, i) =>
    i > 0 && b !== facts.insertB[i - 1] ? [i + 1] : [],
  );

  it('keeps the program output and status', () => {
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.at(-1)).toBe(String(Inserts));
  });

  it('reports one doubling growth at each insert where Go 1.19 grows, with old and new B', () => {
    const grows = r.stderr.map((l) => GrowLine.exec(l)).filter((m) => m !== null);
    expect(grows.map((m) => Number(m[4]) + 1)).toEqual(goGrowthInserts);
    for (const m of grows) {
      const count = Number(m[4]);
      expect(Number(m[2])).toBe(count === 8 ? 0 : facts.insertB[count - 1]);
      expect(Number(m[3])).toBe(facts.insertB[count]);
    }
  });

  it('reports evacuations as entry counts that add up to the entries present when each growth started', () => {
    const lines = r.stderr.filter((l) => l.startsWith('mgo: trace: '));
    expect(lines.filter((l) => !GrowLine.test(l) && !EvacuateLine.test(l) && !OverflowLine.test(l))).toEqual(
      [],
    );
    const moved: number[] = [];
    const present: number[] = [];
    let oldBuckets = 0;
    for (const l of lines) {
      const g = GrowLine.exec(l);
      if (g) {
        present.push(Number(g[4]));
        moved.push(0);
        oldBuckets = 2 ** Number(g[2]);
      }
      const e = EvacuateLine.exec(l);
      if (!e) continue;
      expect(Number(e[2])).toBeLessThan(oldBuckets);
      moved[moved.length - 1]! += Number(e[3]) + Number(e[4]);
    }
    expect(moved).toEqual(present);
  });
});

describe('mgo run --stats', () => {
  const r = runCli({ stats: true });

  it('lists the map with its final count and B after the program output', () => {
    expect(r.status).toBe(0);
    expect(r.stderr[0]).toBe(String(Inserts));
    const maps = r.stderr.map((l) => StatsMapLine.exec(l)).filter((m) => m !== null);
    expect(maps).toHaveLength(1);
    const st = JSON.parse(maps[0]![2]!) as { count: number; B: number; growing: boolean };
    expect(st.count).toBe(Inserts);
    expect(st.B).toBe(facts.insertB[Inserts - 1]);
    expect(st.growing).toBe(false);
    expect(r.stderr.slice(1).every((l) => l.startsWith('mgo: stats: '))).toBe(true);
  });

  it('names the same map as the trace', () => {
    const both = runCli({ stats: true, trace: 'map' });
    const traced = new Set(both.stderr.flatMap((l) => GrowLine.exec(l)?.[1] ?? []));
    const listed = both.stderr.flatMap((l) => StatsMapLine.exec(l)?.[1] ?? []);
    expect([...traced]).toEqual(listed);
  });
});
