// The `// run` comparison: execute a program with mgo (twice, with two seeds) and compare stdout, stderr and
// the exit status with the go run goldens (NAME.out, NAME.stderr, NAME.exit).
//
// Invariants: stdout and the exit status must match exactly. stderr is compared exactly except after a
// crash, where only the lines through the first `panic:` / `fatal error:` line (plus the `[signal ...`
// line, its pc normalised) are compared: the traceback's addresses and offsets are Go's machine code.

import { basename } from 'node:path';
import { runSource } from '../../runtime/run.js';
import { lineDiff } from './diff.js';
import { goldenLines, readSibling, readSiblingBytes } from './golden.js';

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

/** shown turns a byte string into text for a failure message (invalid UTF-8 bytes shown as U+FFFD). */
function shown(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export function runAndCompare(src: string, path: string): string[] {
  const failures: string[] = [];
  // stdout and stderr are compared as byte strings: Go programs may write invalid UTF-8
  const wantOut = readSiblingBytes(path, 'out') ?? '';
  const wantErr = readSiblingBytes(path, 'stderr') ?? '';
  const wantExit = Number((readSibling(path, 'exit') ?? '0').trim());
  for (const seed of RunSeeds) {
    const fileName = basename(path).replace(/\.mgo$/, '.go');
    const r = runSource(src, path, { seed, exec: ExecPaths[seed], fileName });
    if ('diagnostics' in r) return [`does not compile:\n${r.diagnostics.join('\n')}`];
    const gotOut = r.stdoutBytes.toString('latin1');
    if (gotOut !== wantOut)
      failures.push(
        `seed ${seed}: stdout differs:\n` + lineDiff(goldenLines(shown(wantOut)), goldenLines(shown(gotOut))),
      );
    const crashed = wantExit !== 0;
    const stderr = r.stderrBytes.toString('latin1');
    const gotErr = crashed ? crashPrefix(stderr) : stderr;
    const expErr = crashed ? crashPrefix(wantErr) : wantErr;
    if (gotErr !== expErr)
      failures.push(`seed ${seed}: stderr differs:\n--- want\n${shown(expErr)}--- got\n${shown(gotErr)}`);
    if (r.exitCode !== wantExit) failures.push(`seed ${seed}: exit status ${r.exitCode}, want ${wantExit}`);
    if (failures.length > 0) {
      failures.unshift(`(exec path ${ExecPaths[seed]})`);
      break;
    }
  }
  return failures;
}
