// Differential test: for every program of the corpus (test/ssa/*.mgo), the map and allocation calls in
// mgo's assembly, per function and in instruction order, equal those in Go 1.19's `go tool compile -S -l`
// (goldens test/asm/calls/*.asmcalls from scripts/golden-asm.mjs).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asmCalls, ASM_CALL_PATTERN } from '../../compiler/asm/index.js';
import { compileAsm } from './pipeline.js';

const root = join(import.meta.dirname, '..', '..');
const goldens = readdirSync(join(root, 'test', 'asm', 'calls')).filter((f) => f.endsWith('.asmcalls'));

describe('asm calls vs go tool compile -S', () => {
  it('has goldens', () => expect(goldens.length).toBeGreaterThan(20));
  for (const g of goldens) {
    const name = g.replace(/\.asmcalls$/, '');
    it(name, () => {
      const src = readFileSync(join(root, 'test', 'ssa', `${name}.mgo`), 'utf8');
      const want = readFileSync(join(root, 'test', 'asm', 'calls', g), 'utf8');
      const prog = compileAsm(src);
      const got = prog.funcs
        .filter((f) => f.name !== 'main.init')
        .map((f) => {
          const calls = asmCalls(f)
            .map((c) => c.replace(/^runtime\./, ''))
            .filter((c) => ASM_CALL_PATTERN.test(c));
          return `${f.name}: ${calls.join(' ')}`.trimEnd();
        })
        .sort()
        .join('\n');
      expect(got + '\n').toBe(want);
    });
  }
});
