#!/usr/bin/env node
// Regenerates test/runtime/golden/facts.json by running test/runtime/golden/facts.go with Go 1.19.
// Usage: node scripts/golden-runtime.mjs   (needs go1.19 on PATH or in /usr/lib/go-1.19/bin)
// The JSON is committed; the runtime tests read it and never call Go themselves.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/runtime/golden');
const goFromDist = '/usr/lib/go-1.19/bin/go';
const go = existsSync(goFromDist) ? goFromDist : 'go';

const version = execFileSync(go, ['version'], { encoding: 'utf8' }).trim();
if (!version.includes('go1.19')) {
  console.error(`golden-runtime: need Go 1.19, found: ${version}`);
  process.exit(1);
}
const raw = execFileSync(go, ['run', 'facts.go'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
const facts = JSON.parse(raw);
facts.generatedBy = `${version}; regenerate with node scripts/golden-runtime.mjs`;
const body = Object.keys(facts)
  .sort()
  .map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(facts[k])}`)
  .join(',\n');
// Format with the project's prettier config so `npm run format` leaves the golden untouched.
const prettier = await import('prettier');
const outFile = join(dir, 'facts.json');
const options = (await prettier.resolveConfig(outFile)) ?? {};
writeFileSync(outFile, await prettier.format(`{\n${body}\n}\n`, { ...options, filepath: outFile }));
console.log(`wrote ${outFile}`);
