#!/usr/bin/env node
// Regenerates test/syntax/errors/*.golden from the real Go 1.19 toolchain: for every fixture NAME.go it runs
// `go build main.go` in a scratch directory and records gc's diagnostics as `LINE:COL: message` lines
// (the `./main.go:` or `main.go:` prefix and the `# command-line-arguments` header removed). Errors the go
// command reports itself (package clause, header parse) come without `./`, and are kept too.
//
//   node scripts/golden-syntax.mjs            (needs Go 1.19 in /usr/lib/go-1.19/bin or on PATH)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = new URL('../test/syntax/errors/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'mgo-golden-syntax-'));
const env = {
  ...process.env,
  PATH: `/usr/lib/go-1.19/bin:${process.env.PATH}`,
  GO111MODULE: 'off',
  GOFLAGS: '',
};

for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.go'))
  .sort()) {
  writeFileSync(join(scratch, 'main.go'), readFileSync(join(dir, name)));
  let out = '';
  try {
    execFileSync('go', ['build', '-o', '/dev/null', 'main.go'], { cwd: scratch, env, stdio: 'pipe' });
  } catch (e) {
    out = String(e.stderr);
  }
  const lines = out
    .split('\n')
    .map((l) => l.replace(/^(\.\/)?main\.go:/, ''))
    .filter((l, i, all) => /^\d+:\d+: /.test(l) && all[i] !== undefined);
  writeFileSync(join(dir, name.replace(/\.go$/, '.golden')), lines.join('\n') + '\n');
  console.log(`${name}: ${lines[0] ?? '(no error)'}`);
}
