#!/usr/bin/env node
// Benchmarks: front-end speed of mgo (parse + type-check through the built library) against Go 1.19's
// `go tool compile` on the same generated programs, in the same session. Plain table output.
//
//   npm run bench                 all entries of the table below
//   npm run bench -- check-10k    only the named entries
//
// Inputs come from the shared bench folder: $MGO_SHARED/bench, default ../shared/bench relative to the repo
// (gen.mjs writes a deterministic valid program of about N lines; work/*/main.go are runtime workloads).
//
// Method: each program is generated once into a temp dir. mgo: checkSource(src) in this process from
// dist/compiler/index.js (rebuilt with `npm run build` when missing or older than the sources), after
// untimed warm-up runs (at least WarmupRuns and WarmupMs); the median of the timed runs is reported.
// Go: the `compile` tool binary (what `go tool compile -l -o OUT FILE` runs, minus the go command's own
// start-up) as a child process, median of the same number of runs; note it also generates code, so the
// ratio flatters neither side exactly.
// Target: mgo lines/s >= 10x go tool compile's lines/s.
//
// The table holds `check` entries (front end) and `run` entries (runtime workloads: `mgo run` in process
// against the `go build` binary; the ratio column is the slowdown mgo/go, target 10x on maps, 20x on sieve).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.env.MGO_SHARED ?? join(repoRoot, '..', 'shared'));
const benchDir = join(sharedDir, 'bench');
const WarmupRuns = 2;
const WarmupMs = 1_000;
const TargetRatio = 10;

/** Benchmarks is the table of entries; `runs` is the number of timed runs. */
const Benchmarks = [
  { name: 'check-1k', kind: 'check', lines: 1_000, runs: 9 },
  { name: 'check-10k', kind: 'check', lines: 10_000, runs: 5 },
  { name: 'check-100k', kind: 'check', lines: 100_000, runs: 3 },
  ...listWorkloads().map((w) => ({
    name: `run-${w}`,
    kind: 'run',
    file: join(benchDir, 'work', w, 'main.go'),
    runs: 1,
    // Targets of the runtime workloads: mgo run time within this factor of the native Go binary.
    target: w === 'sieve' ? 20 : 10,
  })),
];

function listWorkloads() {
  const dir = join(benchDir, 'work');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'main.go')))
    .sort();
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (e.endsWith('.ts')) newest = Math.max(newest, statSync(join(dir, e)).mtimeMs);
  }
  return newest;
}

/** loadLibrary imports the built facade, building it first when dist is missing or stale. */
async function loadLibrary() {
  const entry = join(repoRoot, 'dist', 'compiler', 'index.js');
  const stale = Math.max(newestMtime(join(repoRoot, 'compiler')), newestMtime(join(repoRoot, 'runtime')));
  if (!existsSync(entry) || statSync(entry).mtimeMs < stale) {
    console.log('building dist/ (npm run build) ...');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  return import(pathToFileURL(entry).href);
}

/** findGoCompile returns the path of Go 1.19's compile tool, or undefined when Go is not installed. */
function findGoCompile() {
  const candidates = ['/usr/lib/go-1.19/bin/go', 'go'];
  for (const go of candidates) {
    const v = spawnSync(go, ['version'], { encoding: 'utf8' });
    if (v.status !== 0) continue;
    const toolDir = spawnSync(go, ['env', 'GOTOOLDIR'], { encoding: 'utf8' }).stdout.trim();
    const compile = join(toolDir, 'compile');
    if (existsSync(compile)) return { compile, goCmd: go, version: v.stdout.trim() };
  }
  return undefined;
}

function timeMgoCheck(lib, src, runs) {
  // Throughput is measured on warm code: warm up for at least WarmupRuns runs and WarmupMs, so small
  // programs are not timed while the JIT is still compiling (the 1k program takes a few ms a run).
  const warmStart = performance.now();
  for (let i = 0; i < WarmupRuns || performance.now() - warmStart < WarmupMs; i++) lib.checkSource(src);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { diags } = lib.checkSource(src);
    times.push(performance.now() - t0);
    if (diags.length > 0) throw new Error(`mgo rejected the benchmark program: ${diags[0].msg}`);
  }
  return median(times);
}

function timeGoCompile(go, file, out, runs) {
  const times = [];
  const goWarmupRuns = 1; // a separate process each time: one run warms the file cache
  for (let i = 0; i < goWarmupRuns + runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(go.compile, ['-l', '-o', out, file], { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`go tool compile failed on ${file}:\n${r.stderr}`);
    if (i >= goWarmupRuns) times.push(ms);
  }
  return median(times);
}

/**
 * benchRun times `mgo run` of a runtime workload in this process (runSource from dist/runtime/run.js, whole
 * pipeline: check, SSA, execution) against the natively built Go binary (`go build`, then the binary alone).
 * Columns: mgo ms, go ms, and the slowdown mgo/go against the entry's target.
 */
function benchRun(b, go, work) {
  const src = readFileSync(b.file, 'utf8');
  const times = [];
  let out = '';
  for (let i = 0; i < b.runs; i++) {
    const t0 = performance.now();
    const r = runLib.runSource(src, b.file, { seed: 1 });
    times.push(performance.now() - t0);
    if ('diagnostics' in r) throw new Error(`mgo rejected ${b.file}: ${r.diagnostics[0]}`);
    out = r.stdout + r.stderr;
  }
  const mgoMs = median(times);
  const cells = [b.name.padEnd(14), pad('', 8), pad(mgoMs.toFixed(0), 9), pad('', 13)];
  if (!go) return { line: cells.join(' ') + '  ' + out.trim(), missed: false };
  const bin = join(work, b.name);
  const built = spawnSync(go.goCmd, ['build', '-o', bin, b.file], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`go build failed on ${b.file}:\n${built.stderr}`);
  const goTimes = [];
  let goOut = '';
  for (let i = 0; i < 1 + 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(bin, [], { encoding: 'utf8' });
    if (i > 0) goTimes.push(performance.now() - t0);
    goOut = r.stdout + r.stderr;
  }
  const goMs = median(goTimes);
  const slowdown = mgoMs / goMs;
  const missed = slowdown > b.target;
  cells.push(
    pad(goMs.toFixed(0), 9),
    pad('', 12),
    pad(slowdown.toFixed(1) + 'x', 8),
    pad(`${missed ? 'MISS' : 'ok'} <=${b.target}x`, 12),
  );
  const same =
    goOut === out ? '' : `  OUTPUT DIFFERS: mgo ${JSON.stringify(out)} go ${JSON.stringify(goOut)}`;
  return { line: cells.join(' ') + same, missed };
}

let runLib;

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const pad = (s, n) => String(s).padStart(n);

async function main() {
  if (!existsSync(join(benchDir, 'gen.mjs'))) {
    throw new Error(
      `bench generator not found: ${join(benchDir, 'gen.mjs')} (set MGO_SHARED to the shared folder)`,
    );
  }
  const only = process.argv.slice(2);
  const selected = Benchmarks.filter((b) => only.length === 0 || only.includes(b.name));
  const lib = await loadLibrary();
  runLib = await import(pathToFileURL(join(repoRoot, 'dist', 'runtime', 'run.js')).href);
  const go = findGoCompile();
  const work = mkdtempSync(join(tmpdir(), 'mgo-bench-'));
  console.log(
    `node ${process.version}; ${go ? go.version : 'Go not found: no go columns'}; shared ${benchDir}`,
  );
  const header = ['benchmark', 'lines', 'mgo ms', 'mgo lines/s', 'go ms', 'go lines/s', 'ratio', 'target'];
  const widths = [14, 8, 9, 13, 9, 12, 8, 8];
  console.log(header.map((h, i) => (i === 0 ? h.padEnd(widths[i]) : pad(h, widths[i]))).join(' '));
  let failedTarget = false;
  let failedRunTarget = false;
  try {
    for (const b of selected) {
      if (b.kind === 'run') {
        const r = benchRun(b, go, work);
        if (r.missed) failedRunTarget = true;
        console.log(r.line);
        continue;
      }
      const file = join(work, `gen-${b.lines}.go`);
      const src = execFileSync('node', [join(benchDir, 'gen.mjs'), '--lines', String(b.lines)], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      writeFileSync(file, src);
      const lines = src.split('\n').length - 1;
      const mgoMs = timeMgoCheck(lib, src, b.runs);
      const mgoRate = (lines / mgoMs) * 1000;
      const row = [b.name.padEnd(widths[0]), pad(lines, widths[1]), pad(mgoMs.toFixed(1), widths[2])];
      row.push(pad(fmtInt(mgoRate), widths[3]));
      if (go) {
        const goMs = timeGoCompile(go, file, join(work, 'out.o'), b.runs);
        const goRate = (lines / goMs) * 1000;
        const ratio = mgoRate / goRate;
        if (ratio < TargetRatio) failedTarget = true;
        row.push(
          pad(goMs.toFixed(1), widths[4]),
          pad(fmtInt(goRate), widths[5]),
          pad(ratio.toFixed(1) + 'x', widths[6]),
        );
        row.push(pad(ratio >= TargetRatio ? 'ok' : 'MISS', widths[7]));
      }
      console.log(row.join(' '));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (go)
    console.log(
      `target: mgo lines/s >= ${TargetRatio}x go tool compile's: ${failedTarget ? 'missed' : 'met'}`,
    );
  if (go && selected.some((b) => b.kind === 'run'))
    console.log(
      `runtime targets (mgo run within 10x of native Go on maps, 20x on sieve): ${failedRunTarget ? 'missed' : 'met'}`,
    );
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exitCode = 1;
});
