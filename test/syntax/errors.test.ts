// Syntax and lexical error wording: every fixture in test/syntax/errors/NAME.go must produce, as its first
// diagnostic, exactly the first line gc printed for it (NAME.golden, generated from Go 1.19 by
// scripts/golden-syntax.mjs). The full list is compared too, after gc's same-line filtering.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finalizeDiagnostics } from '../../compiler/diag/index.js';
import { parse } from '../../compiler/syntax/index.js';

const dir = new URL('./errors/', import.meta.url).pathname;
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.go'))
  .sort();

function mgoErrors(src: string): string[] {
  return finalizeDiagnostics(parse(src).diags).map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`);
}

describe('syntax errors match gc', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(40);
  });
  for (const name of fixtures) {
    const golden = readFileSync(dir + name.replace(/\.go$/, '.golden'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const src = readFileSync(dir + name, 'utf8');
    it(`${name}: first error`, () => {
      expect(mgoErrors(src)[0]).toBe(golden[0]);
    });
    it(`${name}: all errors`, () => {
      expect(mgoErrors(src)).toEqual(golden);
    });
  }
});
