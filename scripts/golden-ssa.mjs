#!/usr/bin/env node
// Regenerates test/ssa/*.calls from Go 1.19: for every test/ssa/NAME.mgo, compiles it with
// `go tool compile -p main -S -l` and records, per function (sorted by name), the ordered runtime calls
// (`CALL runtime.X(SB)` lines) that mgo's SSA must reproduce: map*, makemap*, newobject, makeslice,
// growslice, mapiter*, mapdelete*, concatstring*.
//
// Usage: PATH=/usr/lib/go-1.19/bin:$PATH node scripts/golden-ssa.mjs [NAME.mgo...]

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'test', 'ssa');
const pattern = /^(map|makemap|newobject|makeslice|growslice|mapiter|mapdelete|concatstring)/;
const only = process.argv.slice(2).map((a) => basename(a));
const files = readdirSync(dir).filter((f) => f.endsWith('.mgo') && (only.length === 0 || only.includes(f)));
const tmp = mkdtempSync(join(tmpdir(), 'mgo-ssa-'));
const go = process.env.GO ?? '/usr/lib/go-1.19/bin/go';

for (const f of files) {
  const src = join(tmp, f.replace(/\.mgo$/, '.go'));
  copyFileSync(join(dir, f), src);
  const asm = execFileSync(go, ['tool', 'compile', '-p', 'main', '-S', '-l', '-o', join(tmp, 'out.o'), src], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const calls = new Map();
  let fn;
  for (const line of asm.split('\n')) {
    const head = /^(main\.\S+) STEXT/.exec(line);
    if (head) {
      fn = head[1];
      if (fn.includes('..') || fn === 'main.init') fn = undefined;
      else calls.set(fn, []);
      continue;
    }
    if (/^\S/.test(line) && !line.startsWith('\t')) {
      if (/ STEXT| SRODATA| SDATA| SNOPTR| SBSS/.test(line)) fn = undefined;
    }
    const call = /\tCALL\truntime\.(\w+)\(SB\)/.exec(line);
    if (fn && call && pattern.test(call[1])) calls.get(fn).push(call[1]);
  }
  const out = [...calls.keys()]
    .sort()
    .map((k) => `${k}: ${calls.get(k).join(' ')}`.trimEnd())
    .join('\n');
  writeFileSync(join(dir, f.replace(/\.mgo$/, '.calls')), out + '\n');
  console.log(`${f}: ${calls.size} functions`);
}
