// The CLI's contract with its user, through the real entry point (cli/main.ts under vite-node): one-line
// errors, no stack traces, and go build's exit status 2 for bad input or bad usage.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function mgo(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(root, 'node_modules/.bin/vite-node'), [join(root, 'cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('mgo command line', () => {
  it('a missing file is one line and exit 2', () => {
    const r = mgo('check', 'no/such/file.mgo');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mgo: open no/such/file.mgo: no such file or directory\n');
  });

  it('compile errors go to stderr as FILE:LINE:COL: message with exit 2', () => {
    const r = mgo('check', 'test/errors/types/range_errors.mgo');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'test/errors/types/range_errors.mgo:7:17: cannot range over 10 (untyped int constant)',
    );
  });

  it('an unknown --func names the functions there are', () => {
    const r = mgo('ssa', 'examples/wordfreq.mgo', '--func', 'nope');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mgo: no function nope in examples/wordfreq.mgo; functions: main.main\n');
  });

  it('an unsupported -m level is refused', () => {
    const r = mgo('escape', 'examples/wordfreq.mgo', '-m=3');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mgo: escape: -m=3 is not supported (use -m=1 or -m=2)\n');
  });
});
