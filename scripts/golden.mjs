#!/usr/bin/env node
// Golden generator: asks the real Go 1.19 toolchain what it does with each .mgo test and records the answer
// next to the test, so the vitest runner (test/run.test.ts) can compare mgo against Go without Go installed.
//
//   npm run golden                      regenerate every test under test/
//   npm run golden -- test/errors/x.mgo regenerate only the listed files (any .mgo path, e.g. examples/)
//
// Per first-line action (see test/harness/directive.ts):
//   errorcheck   `go build` must FAIL; NAME.err = its stderr without the `# command-line-arguments` line
//                and with the `./NAME.go:` prefix stripped (also after a continuation line's tab).
//   compile      `go build` must succeed; no golden.
//   unsupported  `go build` must succeed (the program is valid Go, only outside mgo's subset); no golden.
//   run          `go build` must succeed; the binary runs twice (outputs must agree: no map-order
//                dependence); NAME.out = stdout (always written), NAME.stderr = stderr (only if non-empty,
//                with the temp dir replaced by $WORK), NAME.exit = exit status (only if non-zero).
//
// Invariants: deterministic and idempotent (sorted iteration, no timestamps, a file is rewritten only when
// its content changes, stale goldens of other kinds are deleted); any surprise from Go fails loudly with
// exit status 1. Environment: PATH has Go 1.19 first, GOFLAGS empty, GOCACHE/GOPATH under the temp dir.

import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goBinDir = process.env.MGO_GO_BIN ?? '/usr/lib/go-1.19/bin';
const concurrency = 2;
const runTimeoutMs = 20_000;

const GoldenExts = ['err', 'out', 'stderr', 'exit'];

const goEnv = {
  ...process.env,
  PATH: `${goBinDir}:${process.env.PATH ?? ''}`,
  GOFLAGS: '',
  GOENV: 'off',
  GOCACHE: join(tmpdir(), 'mgo-golden-gocache'),
  GOPATH: join(tmpdir(), 'mgo-golden-gopath'),
  GO111MODULE: '',
  CGO_ENABLED: '0',
  GOTRACEBACK: '',
};

/** exec runs a command and resolves with its exit code, stdout and stderr (never rejects on failure). */
function exec(cmd, args, cwd, timeoutMs = 120_000) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: goEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolvePromise({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        // byte strings (one char per byte): a program's output need not be valid UTF-8
        stdoutBytes: Buffer.concat(out).toString('latin1'),
        stderrBytes: Buffer.concat(err).toString('latin1'),
      }),
    );
  });
}

function fail(file, why) {
  throw new Error(`${file}: ${why}`);
}

function listMgoFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((e) => e.endsWith('.mgo'))
    .map((e) => join(dir, e));
}

function actionOf(src) {
  const m = /^\/\/\s*(\S+)/.exec(src.split('\n', 1)[0] ?? '');
  return m ? m[1] : '';
}

/** writeIfChanged keeps golden files byte-stable and returns whether the file changed. */
function writeIfChanged(path, data) {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  writeFileSync(path, bytes);
  return true;
}

function removeIfExists(path) {
  if (!existsSync(path)) return false;
  unlinkSync(path);
  return true;
}

/** normalizeBuildErrors turns go build's stderr into .err golden text. */
function normalizeBuildErrors(stderr, goName) {
  // The compiler names the file `./NAME.go`; the go command's own header check names it `NAME.go`.
  const prefixes = [`./${goName}:`, `${goName}:`];
  const strip = (l) => {
    const p = prefixes.find((q) => l.startsWith(q));
    return p === undefined ? l : l.slice(p.length);
  };
  return stderr
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => (l.startsWith('\t') ? '\t' + strip(l.slice(1)) : strip(l)))
    .map((l) => l + '\n')
    .join('');
}

/** goldensFor computes the golden files (ext → text) for one test, or throws when Go disagrees. */
async function goldensFor(file) {
  const src = readFileSync(file, 'utf8');
  const action = actionOf(src);
  const rel = relative(repoRoot, file);
  const goName = basename(file).replace(/\.mgo$/, '.go');
  const work = mkdtempSync(join(tmpdir(), 'mgo-golden-'));
  try {
    writeFileSync(join(work, goName), src);
    const build = await exec('go', ['build', '-o', join(work, 'prog'), goName], work);
    const built = build.code === 0;
    switch (action) {
      case 'errorcheck': {
        if (built) fail(rel, 'go build succeeded, but an errorcheck test must be rejected');
        const err = normalizeBuildErrors(build.stderr, goName);
        if (err === '') fail(rel, `go build failed without diagnostics (exit ${build.code})`);
        return { err };
      }
      case 'compile':
      case 'unsupported':
        if (!built) fail(rel, `go build failed, but a ${action} test must be valid Go:\n${build.stderr}`);
        return {};
      case 'run': {
        if (!built) fail(rel, `go build failed, but a run test must be valid Go:\n${build.stderr}`);
        const runs = [];
        for (let i = 0; i < 2; i++) {
          const r = await exec(join(work, 'prog'), [], work, runTimeoutMs);
          if (r.signal) fail(rel, `program killed by ${r.signal} (timeout ${runTimeoutMs} ms?)`);
          runs.push({ ...r, stderrBytes: r.stderrBytes.split(work).join('$WORK') });
        }
        const [a, b] = runs;
        if (a.stdoutBytes !== b.stdoutBytes || a.stderrBytes !== b.stderrBytes || a.code !== b.code) {
          fail(rel, 'two runs of the program disagree (does its output depend on map iteration order?)');
        }
        // .out and .stderr hold the exact bytes the program wrote
        const goldens = { out: Buffer.from(a.stdoutBytes, 'latin1') };
        if (a.stderrBytes !== '') goldens.stderr = Buffer.from(a.stderrBytes, 'latin1');
        if (a.code !== 0) goldens.exit = `${a.code}\n`;
        return goldens;
      }
      default:
        fail(rel, `unknown test action ${JSON.stringify(action)} on the first line`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** bless writes the goldens of one test and deletes stale ones; returns the changed paths. */
async function bless(file) {
  const goldens = await goldensFor(file);
  const changed = [];
  for (const ext of GoldenExts) {
    const path = file.replace(/\.mgo$/, '.' + ext);
    const text = goldens[ext];
    if (text === undefined ? removeIfExists(path) : writeIfChanged(path, text))
      changed.push(relative(repoRoot, path));
  }
  return changed;
}

async function main() {
  const version = await exec('go', ['version'], repoRoot);
  if (version.code !== 0 || !/\bgo1\.19(\.|\s)/.test(version.stdout)) {
    throw new Error(
      `Go 1.19 is required (looked in ${goBinDir}, then PATH): ${version.stdout}${version.stderr}`,
    );
  }
  const args = process.argv.slice(2);
  const files = (args.length > 0 ? args.map((a) => resolve(a)) : listMgoFiles(join(repoRoot, 'test'))).sort();
  for (const f of files) if (!f.endsWith('.mgo') || !existsSync(f)) throw new Error(`not a .mgo file: ${f}`);

  const failures = [];
  const changed = [];
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const file = files[next++];
      try {
        changed.push(...(await bless(file)));
      } catch (e) {
        failures.push(e.message);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));

  for (const c of changed.sort()) console.log(`updated ${c}`);
  console.log(
    `golden: ${files.length} test files, ${changed.length} golden files changed, ${failures.length} failures`,
  );
  if (failures.length > 0) {
    for (const f of failures.sort()) console.error(`FAIL ${f}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(`golden: ${e.message}`);
  process.exitCode = 1;
});
