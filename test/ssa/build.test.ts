// SSA construction over every valid program: the builder succeeds, dumps are deterministic, and for the
// differential corpus (test/ssa/*.mgo) the runtime calls of each function, in layout order, equal those
// of Go 1.19's `go tool compile -S -l` (goldens in test/ssa/*.calls, from scripts/golden-ssa.mjs).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes } from '../../compiler/escape/index.js';
import { buildSSA, printProgram, runtimeCalls } from '../../compiler/ssa/index.js';

const root = join(import.meta.dirname, '..', '..');
const dirs = ['test/valid', 'test/ssa', 'examples'];
const files = dirs.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.mgo'))
    .map((f) => join(d, f)),
);

function build(src: string) {
  const fe = checkSource(src);
  if (!fe.file || !fe.info) throw new Error(fe.diags.map((d) => d.msg).join('\n'));
  return buildSSA(fe.file, fe.info, analyzeEscapes(fe.file, fe.info), src);
}

describe('ssa build', () => {
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(root, f), 'utf8');
      const a = printProgram(build(src));
      const b = printProgram(build(src));
      expect(a).toBe(b);
    });
  }
});

describe('ssa runtime calls vs go tool compile -S', () => {
  for (const f of files.filter((x) => x.startsWith('test/ssa/'))) {
    const golden = join(root, f.replace(/\.mgo$/, '.calls'));
    it(f, () => {
      expect(existsSync(golden), `missing golden ${golden}`).toBe(true);
      const want = readFileSync(golden, 'utf8');
      const prog = build(readFileSync(join(root, f), 'utf8'));
      // main.init is left out, as in the goldens (gc initialises most globals statically).
      const got = prog.funcs
        .filter((fn) => fn.name !== 'main.init')
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((fn) =>
          `${fn.name}: ${runtimeCalls(fn)
            .map((c) => c.replace('runtime.', ''))
            .join(' ')}`.trimEnd(),
        )
        .join('\n');
      expect(got + '\n').toBe(want);
    });
  }
});
