#!/usr/bin/env node
// Micro benchmark of the simulated map runtime (not a test): 1M int64 inserts then 1M lookups through
// mapassign_fast64 / mapaccess1_fast64, the same with string keys (_faststr), and the same workloads on
// native Go 1.19 when it is installed.
// Usage: node scripts/bench-map.mjs [n=1000000] [rounds=3]
// The runtime is bundled from TypeScript with esbuild (a vitest/vite dependency) into a temp file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.argv[3] ?? 3);

const out = join(mkdtempSync(join(tmpdir(), 'mgo-bench-')), 'runtime.mjs');
await build({
  entryPoints: [join(root, 'runtime/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const R = await import(pathToFileURL(out).href);

function runOnce(seed) {
  const g = new R.GoRuntime(seed);
  const rt = g.maps;
  const mem = g.mem;
  const t = R.makeMapType('map[int64]int64', R.Shapes.int64, R.plainElem(8));
  const h = R.makemap_small(rt);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const e = R.mapassign_fast64(rt, t, h, i, 0);
    mem.storeI64(e, i);
  }
  const t1 = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += mem.loadI64(R.mapaccess1_fast64(rt, t, h, i, 0));
  const t2 = process.hrtime.bigint();
  if (sum !== (n * (n - 1)) / 2) throw new Error(`bad sum ${sum}`);
  return { insert: Number(t1 - t0) / n, lookup: Number(t2 - t1) / n, stats: R.mapStats(rt, t, h) };
}

// String keys: the strings ("k0", "k1", ...) are laid out in simulated memory before timing, as a
// program's string data would be.
function runStrings(seed) {
  const g = new R.GoRuntime(seed);
  const rt = g.maps;
  const mem = g.mem;
  const t = R.makeMapType('map[string]int64', R.Shapes.string, R.plainElem(8));
  const ptrs = new Float64Array(n);
  const lens = new Int32Array(n);
  const enc = new TextEncoder();
  for (let i = 0; i < n; i++) {
    const b = enc.encode(`k${i}`);
    const p = g.heap.alloc(b.length, 1);
    mem.writeBytes(p, b);
    ptrs[i] = p;
    lens[i] = b.length;
  }
  const h = R.makemap_small(rt);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) mem.storeI64(R.mapassign_faststr(rt, t, h, ptrs[i], lens[i]), i);
  const t1 = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += mem.loadI64(R.mapaccess1_faststr(rt, t, h, ptrs[i], lens[i]));
  const t2 = process.hrtime.bigint();
  if (sum !== (n * (n - 1)) / 2) throw new Error(`bad sum ${sum}`);
  return { insert: Number(t1 - t0) / n, lookup: Number(t2 - t1) / n, stats: R.mapStats(rt, t, h) };
}

for (const [name, run] of [
  ['int64 ', runOnce],
  ['string', runStrings],
]) {
  let best = { insert: Infinity, lookup: Infinity };
  let stats;
  for (let r = 0; r < rounds; r++) {
    const res = run(r + 1);
    best = { insert: Math.min(best.insert, res.insert), lookup: Math.min(best.lookup, res.lookup) };
    stats = res.stats;
  }
  console.log(
    `mgo runtime  ${name} n=${n}: insert ${best.insert.toFixed(1)} ns/op, lookup ${best.lookup.toFixed(1)} ns/op (best of ${rounds})`,
  );
  console.log(
    `  final map: B=${stats.B} count=${stats.count} overflow buckets=${stats.overflowBuckets} growths=${stats.growths}`,
  );
}

const go = existsSync('/usr/lib/go-1.19/bin/go') ? '/usr/lib/go-1.19/bin/go' : null;
if (go !== null) {
  const dir = mkdtempSync(join(tmpdir(), 'mgo-bench-go-'));
  writeFileSync(
    join(dir, 'main.go'),
    `package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	bestIns, bestLook := 1e18, 1e18
	for r := 0; r < ${rounds}; r++ {
		m := map[int64]int64{}
		t0 := time.Now()
		for i := 0; i < n; i++ {
			m[int64(i)] = int64(i)
		}
		t1 := time.Now()
		var sum int64
		for i := 0; i < n; i++ {
			sum += m[int64(i)]
		}
		t2 := time.Now()
		if sum != int64(n)*int64(n-1)/2 {
			panic("bad sum")
		}
		ins := float64(t1.Sub(t0).Nanoseconds()) / float64(n)
		look := float64(t2.Sub(t1).Nanoseconds()) / float64(n)
		if ins < bestIns {
			bestIns = ins
		}
		if look < bestLook {
			bestLook = look
		}
	}
	fmt.Printf("native Go    int64  n=%d: insert %.1f ns/op, lookup %.1f ns/op (best of ${rounds})\\n", n, bestIns, bestLook)
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(i)
	}
	bestIns, bestLook = 1e18, 1e18
	for r := 0; r < ${rounds}; r++ {
		m := map[string]int64{}
		t0 := time.Now()
		for i, k := range keys {
			m[k] = int64(i)
		}
		t1 := time.Now()
		var sum int64
		for _, k := range keys {
			sum += m[k]
		}
		t2 := time.Now()
		if sum != int64(n)*int64(n-1)/2 {
			panic("bad sum")
		}
		ins := float64(t1.Sub(t0).Nanoseconds()) / float64(n)
		look := float64(t2.Sub(t1).Nanoseconds()) / float64(n)
		if ins < bestIns {
			bestIns = ins
		}
		if look < bestLook {
			bestLook = look
		}
	}
	fmt.Printf("native Go    string n=%d: insert %.1f ns/op, lookup %.1f ns/op (best of ${rounds})\\n", n, bestIns, bestLook)
}
`,
  );
  execFileSync(go, ['mod', 'init', 'bench'], { cwd: dir, stdio: 'ignore' });
  process.stdout.write(execFileSync(go, ['run', '.', String(n)], { cwd: dir, encoding: 'utf8' }));
}
