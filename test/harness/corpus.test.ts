// Corpus self-consistency, independent of mgo: every .mgo file has a known action and a comment line
// saying what it exercises, the inline `// ERROR` expectations of each errorcheck file agree (both ways)
// with the go build output recorded in its .err golden, and run goldens exist. This proves the corpus was
// written to match Go 1.19, so a failure in run.test.ts is mgo's fault, not the test's.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownAction, parseDirective } from './directive.js';
import { matchExpectations, parseExpectations } from './errorcheck.js';
import { goldenLines, parseMessages, siblingPath } from './golden.js';
import { corpusFiles, RepoRoot } from './corpus.js';

const files = corpusFiles().map((file) => ({ file, src: readFileSync(join(RepoRoot, file), 'utf8') }));
const byAction = (action: string) => files.filter((f) => parseDirective(f.src).action === action);

describe('corpus consistency', () => {
  it('every file starts with a known action', () => {
    expect(files.filter(({ src }) => !isKnownAction(parseDirective(src).action)).map((f) => f.file)).toEqual(
      [],
    );
  });

  it('every program of the error and valid corpus says what it exercises on its second line', () => {
    const own = files.filter(({ file }) => /^test\/(errors|valid)\//.test(file));
    expect(own.filter(({ src }) => !/^\/\/ \S/.test(src.split('\n')[1] ?? '')).map((f) => f.file)).toEqual(
      [],
    );
  });

  it('has the planned corpus size', () => {
    expect(byAction('errorcheck').length).toBeGreaterThanOrEqual(60);
    expect(byAction('run').length).toBeGreaterThanOrEqual(40);
    expect(byAction('unsupported').length).toBeGreaterThanOrEqual(4);
  });

  for (const { file, src } of byAction('errorcheck')) {
    it(`${file}: inline ERROR comments match go build's .err`, () => {
      const errPath = siblingPath(join(RepoRoot, file), 'err');
      expect(existsSync(errPath), `missing ${errPath}`).toBe(true);
      const messages = parseMessages(goldenLines(readFileSync(errPath, 'utf8')));
      const expectations = parseExpectations(src);
      expect(expectations.length).toBeGreaterThan(0);
      expect(matchExpectations(expectations, messages)).toEqual([]);
    });
  }

  for (const { file, src } of byAction('unsupported')) {
    it(`${file}: expects an mgo 'not supported' diagnostic`, () => {
      const expectations = parseExpectations(src);
      expect(expectations.length).toBeGreaterThan(0);
      expect(expectations.every((e) => e.source.endsWith('not supported by mgo yet'))).toBe(true);
    });
  }

  for (const { file } of byAction('run')) {
    it(`${file}: has go run goldens`, () => {
      expect(existsSync(siblingPath(join(RepoRoot, file), 'out'))).toBe(true);
    });
  }
});
