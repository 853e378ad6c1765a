// The single runner for .mgo test files: one `it` per file under test/ and examples/, dispatched on the
// file's first line (`// errorcheck`, `// compile`, `// run`, `// unsupported`; see harness/directive.ts).
//
// Run one folder with `npx vitest run test/run.test.ts -t errors/`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { checkTestFile } from './harness/actions.js';
import { corpusFiles, RepoRoot } from './harness/corpus.js';

const files = corpusFiles();

describe('mgo corpus', () => {
  it('finds .mgo files', () => {
    if (files.length === 0) throw new Error('no .mgo files found under test/ or examples/');
  });
  for (const file of files) {
    it(file, () => {
      const abs = join(RepoRoot, file);
      const failures = checkTestFile(readFileSync(abs, 'utf8'), abs);
      if (failures.length > 0) throw new Error(`${file}:\n${failures.join('\n')}`);
    });
  }
});
