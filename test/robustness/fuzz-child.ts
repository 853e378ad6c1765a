// Fuzz child process (run with vite-node by fuzz.test.ts): probes inputs [from, to) and reports on stdout,
// one JSON object per line: {"at": i} before probing input i (the parent's watchdog uses it to name a
// hung input), {"fail": ...} for each failure (at most MaxFailures, minimized), {"done": n} at the end.
//
// Usage: vite-node test/robustness/fuzz-child.ts -- SEED FROM TO

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles, RepoRoot } from '../harness/corpus.js';
import { fuzzInput } from './generate.js';
import { minimizeFailure, probe } from './probe.js';

const MaxFailures = 3;
/** Every DeterminismEvery-th input is checked twice and must give the same diagnostics. */
const DeterminismEvery = 5; // odd, so both soup (even) and mutated (odd) inputs are re-checked

function main(argv: readonly string[]): void {
  const nums = argv.filter((a) => /^\d+$/.test(a)).map(Number);
  const [seed = 1, from = 0, to = 10_000] = nums;
  const corpus = corpusFiles().map((f) => readFileSync(join(RepoRoot, f), 'utf8'));
  const emit = (o: object) => process.stdout.write(JSON.stringify(o) + '\n');
  let failures = 0;
  let i = from;
  for (; i < to && failures < MaxFailures; i++) {
    emit({ at: i });
    const src = fuzzInput(seed, i, corpus);
    const failure = probe(src, i % DeterminismEvery === 0);
    if (!failure) continue;
    failures++;
    emit({
      fail: {
        index: i,
        kind: failure.kind,
        detail: failure.detail,
        input: minimizeFailure(src, failure.kind),
      },
    });
  }
  emit({ done: i - from });
}

main(process.argv.slice(2));
