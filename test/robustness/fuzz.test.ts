// Robustness: 30,000 generated inputs (half token soup, half mutations of the .mgo corpus) through
// checkSource. Never an uncaught exception (InternalError included), never a hang, every diagnostic
// positioned inside the file, at most 10 errors, and the same diagnostics on a second run (checked on
// every 5th input). Failing inputs are printed, minimized (see probe.ts).
//
// The probing runs in a child process (fuzz-child.ts under vite-node) so that a genuine infinite loop in
// the parser or checker cannot freeze the test run: a watchdog kills the child when it makes no progress
// for HangMs and reports the input it was stuck on. Set MGO_FUZZ_SEED / MGO_FUZZ_COUNT to explore more.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';
import { corpusFiles, RepoRoot } from '../harness/corpus.js';
import { fuzzInput } from './generate.js';

const Seed = Number(process.env['MGO_FUZZ_SEED'] ?? 20221);
const Count = Number(process.env['MGO_FUZZ_COUNT'] ?? 30_000);
const HangMs = 10_000;

interface ChildFailure {
  readonly index: number;
  readonly kind: string;
  readonly detail: string;
  readonly input: string;
}

interface ChildReport {
  readonly done: number | undefined;
  readonly failures: ChildFailure[];
  readonly hungAt: number | undefined;
  readonly stderr: string;
}

function runChild(seed: number, from: number, to: number): Promise<ChildReport> {
  const viteNode = join(RepoRoot, 'node_modules', '.bin', 'vite-node');
  const child = spawn(viteNode, ['test/robustness/fuzz-child.ts', String(seed), String(from), String(to)], {
    cwd: RepoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const failures: ChildFailure[] = [];
  let done: number | undefined;
  let at: number | undefined;
  let hungAt: number | undefined;
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  let timer = setTimeout(onHang, HangMs * 3); // start-up (vite-node transform) gets extra time
  function onHang(): void {
    hungAt = at ?? from;
    child.kill('SIGKILL');
  }
  createInterface({ input: child.stdout }).on('line', (line) => {
    let msg: { at?: number; fail?: ChildFailure; done?: number };
    try {
      msg = JSON.parse(line) as typeof msg;
    } catch {
      stderr += `unparsable child output: ${line}\n`;
      return;
    }
    if (msg.at !== undefined) {
      at = msg.at;
      clearTimeout(timer);
      timer = setTimeout(onHang, HangMs);
    }
    if (msg.fail) failures.push(msg.fail);
    if (msg.done !== undefined) done = msg.done;
  });
  return new Promise((resolve) => {
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ done, failures, hungAt, stderr });
    });
  });
}

function show(input: string): string {
  const max = 2000;
  return JSON.stringify(input.length > max ? input.slice(0, max) + '…' : input);
}

it(`fuzz: ${Count} inputs through checkSource never crash, hang or lose positions`, async () => {
  const report = await runChild(Seed, 0, Count);
  const problems: string[] = [];
  if (report.hungAt !== undefined) {
    const corpus = corpusFiles().map((f) => readFileSync(join(RepoRoot, f), 'utf8'));
    problems.push(
      `input #${report.hungAt} made no progress for ${HangMs} ms (hang?): ${show(fuzzInput(Seed, report.hungAt, corpus))}`,
    );
  }
  for (const f of report.failures) {
    problems.push(
      `input #${f.index} (seed ${Seed}) ${f.kind}: ${f.detail}\n  minimized input: ${show(f.input)}`,
    );
  }
  if (report.hungAt === undefined && report.failures.length === 0 && report.done !== Count) {
    problems.push(`fuzz child stopped after ${report.done ?? 0} of ${Count} inputs:\n${report.stderr}`);
  }
  expect(problems.join('\n\n')).toBe('');
}, 180_000);
