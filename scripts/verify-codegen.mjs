#!/usr/bin/env node
// Runs the asmcheck expectations of test/codegen/*.mgo against Go 1.19 itself: each file is compiled with
// `go tool compile -p main -S -l` and every `// amd64:` check must hold for Go's listing too, so the
// codegen tests that mgo passes state facts about the real toolchain, not about mgo alone.
//
// Usage: node scripts/verify-codegen.mjs   (GO=/path/to/go to override); exits 1 on any failure.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countChecks, instrsFromListing, parseChecks, runChecks } from './asmcheck-lib.mjs';

const dir = join(import.meta.dirname, '..', 'test', 'codegen');
const go = process.env.GO ?? '/usr/lib/go-1.19/bin/go';
const tmp = mkdtempSync(join(tmpdir(), 'mgo-codegen-'));
let failed = 0;
try {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mgo'))) {
    const goFile = f.replace(/\.mgo$/, '.go');
    copyFileSync(join(dir, f), join(tmp, goFile));
    const listing = execFileSync(go, ['tool', 'compile', '-p', 'main', '-S', '-l', '-o', 'out.o', goFile], {
      cwd: tmp,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const checks = parseChecks(readFileSync(join(dir, f), 'utf8'));
    const failures = runChecks(checks, instrsFromListing(listing, goFile));
    console.log(
      `${f}: ${countChecks(checks) - failures.length}/${countChecks(checks)} checks hold for Go 1.19`,
    );
    for (const x of failures) console.log(`  ${x}`);
    failed += failures.length;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
