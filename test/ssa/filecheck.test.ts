// FileCheck (test/harness/filecheck.ts): its own unit tests (failures are detected), and the
// `// ssacheck <pass>` files of test/ssa/filecheck/: each is compiled, its SSA dumped after <pass>
// (`mgo ssa --phase`), and the CHECK lines at its bottom matched against the dump.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes } from '../../compiler/escape/index.js';
import { buildSSA, dumpSSA } from '../../compiler/ssa/index.js';
import { directivesOf, fileCheck } from '../harness/filecheck.js';

const check = (out: string, spec: string): string[] => fileCheck(out, directivesOf(spec));

describe('filecheck', () => {
  const out = 'a = 1\nb = 2\nc = a + b\nd = 4\n';
  it('passes CHECK in order and CHECK-NEXT on the next line', () => {
    expect(check(out, '// CHECK: a = 1\n// CHECK-NEXT: b = 2\n// CHECK: d =')).toEqual([]);
  });
  it('fails a CHECK that is missing or out of order', () => {
    expect(check(out, '// CHECK: e = 5')).toHaveLength(1);
    expect(check(out, '// CHECK: d = 4\n// CHECK: a = 1')).toHaveLength(1);
  });
  it('fails a CHECK-NEXT that is not on the next line', () => {
    expect(check(out, '// CHECK: a = 1\n// CHECK-NEXT: c =')).toHaveLength(1);
  });
  it('fails a CHECK-NOT between matches, and passes one outside', () => {
    expect(check(out, '// CHECK: a = 1\n// CHECK-NOT: b\n// CHECK: d = 4')).toHaveLength(1);
    expect(check(out, '// CHECK: c = \n// CHECK-NOT: b = 2')).toEqual([]);
  });
  it('matches {{regex}} and uses [[V:re]] captures with [[V]]', () => {
    expect(check(out, '// CHECK: [[X:[a-z]]] = 1\n// CHECK: c = [[X]] + {{[a-z]}}')).toEqual([]);
    expect(check(out, '// CHECK: [[X:[a-z]]] = 2\n// CHECK: c = [[X]] + a')).toHaveLength(1);
  });
  it('CHECK-LABEL anchors a region', () => {
    expect(check(out, '// CHECK-LABEL: c =\n// CHECK: d = 4')).toEqual([]);
    expect(check(out, '// CHECK-LABEL: c =\n// CHECK: a = 1')).toHaveLength(1);
  });
});

const dir = join(import.meta.dirname, 'filecheck');

describe('ssacheck files', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mgo'));
  it('has at least 10 files', () => expect(files.length).toBeGreaterThanOrEqual(10));
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const pass = /^\/\/ ssacheck (.+)$/m.exec(src)?.[1];
      expect(pass, 'missing // ssacheck <pass> line').toBeDefined();
      const fe = checkSource(src);
      if (!fe.file || !fe.info) throw new Error(fe.diags.map((d) => d.msg).join('\n'));
      const prog = buildSSA(fe.file, fe.info, analyzeEscapes(fe.file, fe.info), src);
      const dump = dumpSSA(prog, { phase: pass!.trim() });
      const directives = directivesOf(src);
      expect(directives.length).toBeGreaterThan(0);
      expect(fileCheck(dump, directives)).toEqual([]);
    });
  }
});
