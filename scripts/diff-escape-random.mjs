#!/usr/bin/env node
// Escape differential against the installed Go 1.19: for each program, compares `mgo escape -m=1` (the
// library's formatEscapeLines) with `go build -gcflags='-m -l'` line by line and prints the differences.
// Live, no goldens: meant for the generated programs of test/random/ (scripts/gen-random.mjs).
//
//   npx vite-node scripts/diff-escape-random.mjs [FILE.mgo...]   default: test/random/*.mgo
//
// Invariants: each program is built alone in a fresh temporary module (GOCACHE under the temp dir, so the
// compiler really runs); Go's `./NAME.go` paths become `NAME.mgo` as mgo prints them; lines are compared in
// emission order. Exits 1 when any program differs (or fails to build or analyze), 0 otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../compiler/index.js';
import { analyzeEscapes, formatEscapeLines } from '../compiler/escape/index.js';

const goBinDir = process.env.MGO_GO_BIN ?? '/usr/lib/go-1.19/bin';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  ...process.env,
  PATH: `${goBinDir}:${process.env.PATH ?? ''}`,
  GOCACHE: join(tmpdir(), 'mgo-diff-escape-gocache'),
  GOFLAGS: '',
  GO111MODULE: 'on',
  GOPROXY: 'off',
};

/** goLines returns Go's -m -l lines for the program, paths normalized to NAME.mgo. */
function goLines(name, src) {
  const dir = mkdtempSync(join(tmpdir(), 'mgo-diff-esc-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module example\n\ngo 1.19\n');
    writeFileSync(join(dir, `${name}.go`), src);
    const res = spawnSync('go', ['build', '-o', 'a.out', '-gcflags=-m -l', '.'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    if (res.status !== 0) throw new Error(`go build failed:\n${res.stderr}`);
    return res.stderr
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(`./${name}.go`).join(`${name}.mgo`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** mgoLines returns mgo's -m=1 lines for the program. */
function mgoLines(name, src) {
  const r = checkSource(src);
  if (!r.file || !r.info) throw new Error(`mgo rejects it: ${r.diags.map((d) => d.msg).join('; ')}`);
  return formatEscapeLines(analyzeEscapes(r.file, r.info), `${name}.mgo`, 1);
}

/** diffLines lists lines only Go printed (`-`) and only mgo printed (`+`), then order differences. */
function diffLines(want, got) {
  const out = [];
  const count = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
  const w = count(want);
  const g = count(got);
  for (const [l, n] of w) for (let i = g.get(l) ?? 0; i < n; i++) out.push(`- ${l}`);
  for (const [l, n] of g) for (let i = w.get(l) ?? 0; i < n; i++) out.push(`+ ${l}`);
  if (out.length === 0 && want.join('\n') !== got.join('\n')) {
    const i = want.findIndex((l, j) => l !== got[j]);
    out.push(`order differs from line ${i + 1}: go ${want[i]} | mgo ${got[i]}`);
  }
  return out;
}

const args = process.argv.slice(2);
const dir = join(root, 'test', 'random');
const files =
  args.length > 0
    ? args
    : readdirSync(dir)
        .filter((f) => f.endsWith('.mgo'))
        .sort()
        .map((f) => join(dir, f));
let bad = 0;
for (const file of files) {
  const name = basename(file, '.mgo');
  const src = readFileSync(file, 'utf8');
  let diffs;
  try {
    diffs = diffLines(goLines(name, src), mgoLines(name, src));
  } catch (e) {
    diffs = [`error: ${e.message}`];
  }
  if (diffs.length === 0) continue;
  bad++;
  console.log(`${file}:`);
  for (const d of diffs) console.log(`  ${d}`);
}
console.log(
  `escape differential: ${files.length - bad}/${files.length} programs agree with go build -gcflags='-m -l'`,
);
process.exitCode = bad > 0 ? 1 : 0;
