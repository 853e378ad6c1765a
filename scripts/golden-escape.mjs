#!/usr/bin/env node
// Regenerates the escape-analysis goldens: for every test/escape/*.mgo, builds it with the real Go 1.19
// toolchain at `-gcflags='-m -l'` and `-gcflags='-m=2 -l'` and writes NAME.m1 / NAME.m2 next to it.
//
// Invariants:
//  - Each program is built alone in a fresh temporary module (`go.mod` + `NAME.go`), GOCACHE in /tmp, so
//    the compiler really runs (a cached build would not replay consistently) and nothing touches the repo.
//  - Output paths are normalized: `./NAME.go` becomes `NAME.mgo` (the path the user gives to `mgo escape`).
//    Lines starting with `#` (go build's package header) are dropped. Everything else is kept byte-for-byte,
//    in Go's emission order.
//  - `--json` mode writes NAME.jsonl instead: Go's optimization log for the file (`-gcflags='-m -l
//    -json=0,DIR'`, DIR/main/NAME.json), the header line then one LSP Diagnostic per line. Only the escape
//    pass's records are kept (codes escape, escapes, leak; later passes' nilcheck/isInBounds/copy records are
//    dropped), in Go's order, each line byte-for-byte except the path: `DIR/NAME.go` becomes
//    `/src/NAME.mgo` (in `file` and in every `file://` uri).
//  - Usage: node scripts/golden-escape.mjs [--json] [NAME...]   (no names = all programs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const GO_BIN = '/usr/lib/go-1.19/bin';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test', 'escape');
const cacheDir = join(tmpdir(), 'mgo-golden-escape-gocache');
mkdirSync(cacheDir, { recursive: true });

const env = {
  ...process.env,
  PATH: `${GO_BIN}:${process.env.PATH ?? ''}`,
  GOCACHE: cacheDir,
  GOFLAGS: '',
  GO111MODULE: 'on',
  GOTOOLCHAIN: 'local',
  GOPROXY: 'off',
};

/** goEscapeOutput builds `src` as NAME.go and returns the compiler's -m output, normalized. */
function goEscapeOutput(name, src, level) {
  const dir = mkdtempSync(join(tmpdir(), 'mgo-esc-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module example\n\ngo 1.19\n');
    writeFileSync(join(dir, `${name}.go`), src);
    const res = spawnSync('go', ['build', '-o', 'a.out', `-gcflags=-m${level === 2 ? '=2' : ''} -l`, '.'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    if (res.status !== 0) throw new Error(`go build failed for ${name}:\n${res.stderr}`);
    return res.stderr
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(`./${name}.go`).join(`${name}.mgo`))
      .join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** escapeCodes are the logopt codes written by cmd/compile/internal/escape. */
const escapeCodes = new Set(['escape', 'escapes', 'leak']);

/** goEscapeLog builds `src` as NAME.go with -json=0,DIR and returns the escape records of DIR/main/NAME.json. */
function goEscapeLog(name, src) {
  const dir = mkdtempSync(join(tmpdir(), 'mgo-esc-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module example\n\ngo 1.19\n');
    writeFileSync(join(dir, `${name}.go`), src);
    const logDir = join(dir, 'optlog');
    const flags = `-gcflags=-m -l -json=0,${logDir}`;
    const res = spawnSync('go', ['build', '-o', 'a.out', flags, '.'], { cwd: dir, env, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`go build failed for ${name}:\n${res.stderr}`);
    let text;
    try {
      text = readFileSync(join(logDir, 'main', `${name}.json`), 'utf8');
    } catch {
      return ''; // gc writes no file when it logged nothing for it
    }
    const lines = text.split('\n').filter((l) => l !== '');
    const kept = lines.filter((l, i) => i === 0 || escapeCodes.has(JSON.parse(l).code));
    if (kept.length === 1) return '';
    return kept.map((l) => l.split(`${dir}/${name}.go`).join(`/src/${name}.mgo`)).join('\n') + '\n';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const jsonMode = process.argv.includes('--json');
const wanted = process.argv.slice(2).filter((a) => a !== '--json');
const names = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.mgo'))
  .map((f) => basename(f, '.mgo'))
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();
for (const name of names) {
  const src = readFileSync(join(corpusDir, `${name}.mgo`), 'utf8');
  if (jsonMode) {
    writeFileSync(join(corpusDir, `${name}.jsonl`), goEscapeLog(name, src));
    process.stdout.write(`${name}\n`);
    continue;
  }
  for (const level of [1, 2]) {
    const text = goEscapeOutput(name, src, level);
    writeFileSync(join(corpusDir, `${name}.m${level}`), text === '' ? '' : text + '\n');
  }
  process.stdout.write(`${name}\n`);
}
