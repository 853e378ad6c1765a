#!/usr/bin/env node
// Regenerates test/asm/calls/*.asmcalls from Go 1.19: for every program of the differential corpus
// (test/ssa/NAME.mgo), compiles it with `go tool compile -p main -S -l` and records, per function (sorted
// by name), the `CALL runtime.X(SB)` instructions of the printed assembly, in instruction order, that
// are map or allocation calls (map*, makemap*, mapiter*, mapclear, newobject, makeslice, growslice,
// concatstring*). test/asm/asm-calls.test.ts requires mgo's `asm` output to list the same calls.
//
// Usage: node scripts/golden-asm.mjs [NAME.mgo...]   (GO=/path/to/go to override the toolchain)

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'test', 'ssa');
const outDir = join(root, 'test', 'asm', 'calls');
export const CALL_PATTERN = /^(map|makemap|newobject|makeslice|growslice|concatstring)/;
const go = process.env.GO ?? '/usr/lib/go-1.19/bin/go';
const only = process.argv.slice(2).map((a) => basename(a));
const files = readdirSync(corpus).filter(
  (f) => f.endsWith('.mgo') && (only.length === 0 || only.includes(f)),
);
const tmp = mkdtempSync(join(tmpdir(), 'mgo-asm-'));
mkdirSync(outDir, { recursive: true });

try {
  for (const f of files) {
    const src = join(tmp, f.replace(/\.mgo$/, '.go'));
    copyFileSync(join(corpus, f), src);
    const asm = execFileSync(
      go,
      ['tool', 'compile', '-p', 'main', '-S', '-l', '-o', join(tmp, 'out.o'), src],
      {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    );
    const calls = new Map();
    let fn;
    for (const line of asm.split('\n')) {
      const head = /^(\S+) S[A-Z]+ /.exec(line);
      if (head) {
        // Only this package's functions; wrappers and the package initializer are not compiled by mgo.
        fn =
          line.includes(' STEXT') && head[1].startsWith('main.') && !head[1].includes('..')
            ? head[1]
            : undefined;
        if (fn === 'main.init') fn = undefined;
        if (fn) calls.set(fn, []);
        continue;
      }
      const call = /^\t0x[0-9a-f]+ \d+ \([^)]*\)\tCALL\truntime\.(\w+)\(SB\)/.exec(line);
      if (fn && call && CALL_PATTERN.test(call[1])) calls.get(fn).push(call[1]);
    }
    const out = [...calls.keys()]
      .sort()
      .map((k) => `${k}: ${calls.get(k).join(' ')}`.trimEnd())
      .join('\n');
    writeFileSync(join(outDir, f.replace(/\.mgo$/, '.asmcalls')), out + '\n');
    console.log(`${f}: ${calls.size} functions`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
