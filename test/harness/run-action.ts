// The `// run` comparison: execute a program with mgo (twice, with two seeds) and compare stdout, stderr and
// the exit status with the go run goldens (NAME.out, NAME.stderr, NAME.exit).
//
// Invariants: stdout and the exit status must match exactly. stderr is compared exactly except after a
// crash, where only the lines through the first `panic:` / `fatal error:` line (plus the `[signal ...`
// line, its pc normalised) are compared: the traceback's addresses and offsets are Go's machine code.

import { basename } from 'node:path';
import { runSource } from '../../runtime/run.js';
import { lineDiff } from './diff.js';
import { goldenLines, readSibling } from './golden.js';

export const RunSeeds = [1, 2] as const;
/** Execution path per seed run: both of the executor's paths (runtime/exec/README.md) see every program. */
const ExecPaths = { 1: 'codegen', 2: 'interp' } as const;

/** crashPrefix keeps the comparable head of a crashing program's stderr. */
export function crashPrefix(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => !l.startsWith('runtime: sp='));
  const i = lines.findIndex((l) => l.startsWith('panic: ') || l.startsWith('fatal error: '));
  if (i < 0) return stderr;
  const head = lines.slice(0, i + 1);
  const next = lines[i + 1];
  if (next?.startsWith('[signal ')) head.push(next.replace(/pc=0x[0-9a-f]+/, 'pc=0x?'));
  return head.join('\n') + '\n';
}

export function runAndCompare(src: string, path: string): string[] {
  const failures: string[] = [];
  const wantOut = readSibling(path, 'out') ?? '';
  const wantErr = readSibling(path, 'stderr') ?? '';
  const wantExit = Number((readSibling(path, 'exit') ?? '0').trim());
  for (const seed of RunSeeds) {
    const fileName = basename(path).replace(/\.mgo$/, '.go');
    const r = runSource(src, path, { seed, exec: ExecPaths[seed], fileName });
    if ('diagnostics' in r) return [`does not compile:\n${r.diagnostics.join('\n')}`];
    if (r.stdout !== wantOut)
      failures.push(
        `seed ${seed}: stdout differs:\n` + lineDiff(goldenLines(wantOut), goldenLines(r.stdout)),
      );
    const crashed = wantExit !== 0;
    const gotErr = crashed ? crashPrefix(r.stderr) : r.stderr;
    const expErr = crashed ? crashPrefix(wantErr) : wantErr;
    if (gotErr !== expErr)
      failures.push(`seed ${seed}: stderr differs:\n--- want\n${expErr}--- got\n${gotErr}`);
    if (r.exitCode !== wantExit) failures.push(`seed ${seed}: exit status ${r.exitCode}, want ${wantExit}`);
    if (failures.length > 0) {
      failures.unshift(`(exec path ${ExecPaths[seed]})`);
      break;
    }
  }
  return failures;
}
