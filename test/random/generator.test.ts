// Unit tests of scripts/gen-random.mjs: a seed always gives the same program, different seeds give different
// programs, and every program has the shape the corpus runner expects (`// run`, the seed line, package main).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GeneratorVersions, generateProgram, Rng } from '../../scripts/gen-random.mjs';

describe('random program generator', () => {
  it('is deterministic for a seed', () => {
    for (const seed of [1, 7, 42, 1234]) expect(generateProgram(seed)).toBe(generateProgram(seed));
  });
  it('gives different programs for different seeds', () => {
    const texts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => generateProgram(s)));
    expect(texts.size).toBe(8);
  });
  it('writes the run directive, the seed and a main package', () => {
    const lines = generateProgram(17).split('\n');
    expect(lines[0]).toBe('// run');
    expect(lines[1]).toContain('seed 17');
    expect(lines).toContain('package main');
    expect(lines).toContain('func main() {');
  });
  it('keeps programs small', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = generateProgram(seed).split('\n').length;
      expect(n).toBeGreaterThanOrEqual(30);
      expect(n).toBeLessThanOrEqual(200);
    }
  });
  it('reproduces every committed test/random program from the seed it names', () => {
    const dir = import.meta.dirname;
    const files = readdirSync(dir).filter((f) => f.endsWith('.mgo'));
    expect(files.length).toBeGreaterThanOrEqual(80);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /\(generator (v\d+)\) from seed (\d+)\./.exec(text.split('\n')[1] ?? '');
      expect(m, f).not.toBeNull();
      expect(GeneratorVersions, f).toContain(m![1]);
      expect(generateProgram(Number(m![2]), m![1]), f).toBe(text);
    }
  });
  it('has a reproducible random sequence', () => {
    const a = new Rng(5);
    const b = new Rng(5);
    const xs = Array.from({ length: 10 }, () => a.int(1000));
    expect(Array.from({ length: 10 }, () => b.int(1000))).toEqual(xs);
    expect(new Set(xs).size).toBeGreaterThan(5);
  });
});
