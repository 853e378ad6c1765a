// Escape JSON log: for every test/escape/*.mgo, `escapeJSON` must reproduce, byte for byte, the escape
// records of Go 1.19's optimization log (`-gcflags='-m -l -json=0,DIR'`, DIR/main/NAME.json) kept in
// NAME.jsonl by `node scripts/golden-escape.mjs --json` (the file's path normalized to /src/NAME.mgo; an
// empty golden means gc wrote no log for the file). Plus the encoding details editors rely on.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes, escapeJSON } from '../../compiler/escape/index.js';

const dir = join(import.meta.dirname, '.');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.mgo'))
  .map((f) => f.slice(0, -'.mgo'.length))
  .sort();

function analyze(src: string) {
  const r = checkSource(src);
  if (!r.file || !r.info) throw new Error(`compile errors: ${r.diags.map((d) => d.msg).join('; ')}`);
  return analyzeEscapes(r.file, r.info);
}

describe('escape JSON goldens (Go 1.19 -json=0,DIR)', () => {
  it('has a golden log for every corpus program, most of them non-empty', () => {
    const goldens = names.filter((n) => readdirSync(dir).includes(`${n}.jsonl`));
    expect(goldens).toEqual(names);
    const nonEmpty = names.filter((n) => readFileSync(join(dir, `${n}.jsonl`), 'utf8') !== '');
    expect(nonEmpty.length).toBeGreaterThanOrEqual(60);
  });
  for (const name of names) {
    it(name, () => {
      const want = readFileSync(join(dir, `${name}.jsonl`), 'utf8');
      const got = escapeJSON(analyze(readFileSync(join(dir, `${name}.mgo`), 'utf8')), `/src/${name}.mgo`);
      expect(got).toBe(want);
    });
  }
});

describe('escape JSON encoding', () => {
  const res = analyze(
    [
      'package main',
      '',
      'type T struct{ p *int }',
      '',
      'func f() *T {',
      '\tx := 1',
      '\treturn &T{&x}',
      '}',
      '',
      'func main() { _ = f() }',
      '',
    ].join('\n'),
  );

  it('writes one JSON value per line: the header, then diagnostics with 1-based positions', () => {
    const lines = escapeJSON(res, '/w d/a.go').trimEnd().split('\n');
    const [header, ...diagnostics] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(header).toMatchObject({ version: 0, package: 'main', file: '/w d/a.go' });
    const escaping = diagnostics.find((d) => d.message === '&T{...} escapes to heap');
    expect(escaping).toMatchObject({
      range: { start: { line: 7, character: 9 }, end: { line: 7, character: 9 } },
      severity: 3,
      code: 'escape',
      source: 'go compiler',
    });
    const related = escaping?.relatedInformation as { location: { uri: string } }[];
    expect(related[0]?.location.uri).toBe('file:///w%20d/a.go');
  });

  it('escapes &, < and > as Go encoding/json does', () => {
    const text = escapeJSON(res, '/src/a.go');
    expect(text).toContain('\\u0026T{...} escapes to heap');
    expect(text).not.toContain('&');
  });

  it('resolves a relative file name to an absolute path', () => {
    const header = JSON.parse(escapeJSON(res, 'a.go').split('\n')[0] ?? '') as { file: string };
    expect(header.file).toBe(join(process.cwd(), 'a.go'));
  });
});
