#!/usr/bin/env node
// Front-end phase profile: times the lexer, the parser and the type checker separately on one generated
// program (default 100k lines from the shared bench generator), median of N timed runs after warm-up runs.
//
//   node scripts/profile-front.mjs [--lines 100000] [--runs 5] [--no-build] [--dist DIR]
//
// Builds dist/ first with `npm run build` unless --no-build (or --dist DIR, a tree with the same layout as
// dist/). Imports the built modules directly (compiler/syntax/lexer.js, parser.js, compiler/types/index.js
// under the dist folder), so each phase is timed alone:
// parse is timed on a fresh token vector from an untimed lex, check on the AST of an untimed parse.
// Prints ms per phase, tokens and lines/s; the numbers are only comparable within one session. When the
// checker module cannot be loaded (not built), the check row says so and the syntax rows still print.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.env.MGO_SHARED ?? join(repoRoot, '..', 'shared'));
const WarmupRuns = 3;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const lines = Number(option('--lines', 100_000));
const runs = Number(option('--runs', 5));
const distOption = option('--dist', undefined);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * timePhase runs `prepare` untimed and `phase(prepared)` timed; returns the median wall ms and the median
 * process CPU ms (all threads, so GC helper threads count; steadier than wall time on a loaded machine).
 */
function timePhase(prepare, phase) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < WarmupRuns + runs; i++) {
    const input = prepare();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    phase(input);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i >= WarmupRuns) {
      wall.push(ms);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { ms: median(wall), cpu: median(cpu) };
}

async function main() {
  if (!process.argv.includes('--no-build') && distOption === undefined) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const dist = join(resolve(distOption ?? join(repoRoot, 'dist')), 'compiler');
  const load = (p) => import(pathToFileURL(join(dist, p)).href);
  const { lex } = await load('syntax/lexer.js');
  const { parseTokens } = await load('syntax/parser.js');
  const check = await load('types/index.js').then(
    (m) => m.check,
    () => undefined,
  );

  const gen = join(sharedDir, 'bench', 'gen.mjs');
  if (!existsSync(gen)) throw new Error(`bench generator not found: ${gen}`);
  const src = execFileSync('node', [gen, '--lines', String(lines)], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const lineCount = src.split('\n').length - 1;

  const first = parseTokens(lex(src));
  if (first.diags.length > 0 || lex(src).diags.length > 0)
    throw new Error('benchmark program has syntax errors');
  const tokens = lex(src).tokens.length;

  const lexMs = timePhase(
    () => src,
    (s) => lex(s),
  );
  const parseMs = timePhase(
    () => lex(src),
    (l) => parseTokens(l),
  );
  const checkMs = check
    ? timePhase(
        () => parseTokens(lex(src)).file,
        (f) => check(f),
      )
    : undefined;

  const rate = (ms) => Math.round((lineCount / ms) * 1000).toLocaleString('en-US');
  const row = (name, t, extra = '') =>
    console.log(
      `${name.padEnd(9)} ${t.ms.toFixed(1).padStart(8)} ms wall ${t.cpu.toFixed(1).padStart(8)} ms cpu${extra}`,
    );
  const perToken = (t) => `  ${((t.ms * 1e6) / tokens).toFixed(0)} ns/token`;
  console.log(`node ${process.version}; ${lineCount} lines, ${tokens} tokens; medians of ${runs} runs`);
  row('lex', lexMs, perToken(lexMs));
  row('parse', parseMs, perToken(parseMs));
  const front = { ms: lexMs.ms + parseMs.ms, cpu: lexMs.cpu + parseMs.cpu };
  row('lex+parse', front, `  ${rate(front.ms)} lines/s`);
  if (checkMs === undefined) {
    console.log(`check     n/a: ${join(dist, 'types', 'index.js')} could not be loaded`);
    return;
  }
  row('check', checkMs);
  const total = { ms: front.ms + checkMs.ms, cpu: front.cpu + checkMs.cpu };
  row('total', total, `  ${rate(total.ms)} lines/s`);
}

main().catch((e) => {
  console.error(`profile-front: ${e.message}`);
  process.exitCode = 1;
});
