// The executor's two paths (runtime/exec/README.md) agree: generated JavaScript for call-free functions
// (codegen.ts) and per-op closures (interp) give the same stdout, stderr and exit status, including 64-bit
// wrap-around past the safe-number range, small-width wrap, panics inside generated code and their line.
//
// Invariant: expected values come from exact arithmetic (BigInt.asIntN) or from the other path, never typed
// by hand; the structural test checks the generated path is really taken.

import { describe, expect, it } from 'vitest';
import { analyzeEscapes } from '../../compiler/escape/index.js';
import { checkSource } from '../../compiler/index.js';
import { buildSSA, optimize } from '../../compiler/ssa/index.js';
import { GoRuntime } from '../../runtime/index.js';
import { compileProgram } from '../../runtime/exec/compile.js';
import { Env } from '../../runtime/exec/env.js';
import { runSource, type RunResult } from '../../runtime/run.js';

function run(src: string, exec: 'codegen' | 'interp'): RunResult {
  const r = runSource(src, 'main.mgo', { exec });
  if ('diagnostics' in r) throw new Error(r.diagnostics.join('\n'));
  return r;
}

function both(src: string): RunResult {
  const a = run(src, 'codegen');
  const b = run(src, 'interp');
  expect({ out: a.stdout, err: a.stderr, exit: a.exitCode }).toEqual({
    out: b.stdout,
    err: b.stderr,
    exit: b.exitCode,
  });
  return a;
}

const arith = `package main

func main() {
	x := int64(3037000493)
	var u uint64 = 1
	var i8 int8 = 100
	var u32 uint32 = 4000000000
	acc := int64(0)
	for i := 0; i < 40; i++ {
		x = x*x + int64(i)
		u = u*6364136223846793005 + 1442695040888963407
		i8 += 77
		u32 += 123456789
		acc ^= x >> 7
		acc += int64(u >> 33) / 3 % 1000003
	}
	println(x, u, i8, u32, acc, x < 0, u > 1<<63)
}
`;

function expectedArith(): string {
  const s64 = (v: bigint): bigint => BigInt.asIntN(64, v);
  const u64 = (v: bigint): bigint => BigInt.asUintN(64, v);
  let x = 3037000493n;
  let u = 1n;
  let i8 = 100n;
  let u32 = 4000000000n;
  let acc = 0n;
  for (let i = 0n; i < 40n; i++) {
    x = s64(x * x + i);
    u = u64(u * 6364136223846793005n + 1442695040888963407n);
    i8 = BigInt.asIntN(8, i8 + 77n);
    u32 = BigInt.asUintN(32, u32 + 123456789n);
    acc = s64(acc ^ (x >> 7n));
    acc = s64(acc + (((u >> 33n) / 3n) % 1000003n));
  }
  return `${x} ${u} ${i8} ${u32} ${acc} ${x < 0n} ${u > 1n << 63n}\n`;
}

describe('generated code and closures agree', () => {
  it('on 64-bit and small-width wrap-around in a call-free loop', () => {
    const r = both(arith);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(expectedArith());
  });

  it('on an index panic inside generated code, with its line in the traceback', () => {
    const src =
      'package main\n\nfunc main() {\n\ts := make([]int, 5)\n\tt := 0\n\tfor i := 0; i < 10; i++ {\n\t\tt += s[i]\n\t}\n\tprintln(t)\n}\n';
    const r = both(src);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('panic: runtime error: index out of range [5] with length 5');
    expect(r.stderr).toContain('main.go:7');
  });

  it('on strings, slices and maps through runtime calls from generated code', () => {
    const src =
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[string]int{}\n\tvar xs []string\n\tfor i := 0; i < 50; i++ {\n\t\tk := fmt.Sprint(i % 7)\n\t\tm[k] += i\n\t\txs = append(xs, k+"!")\n\t}\n\tfmt.Println(len(m), m["3"], len(xs), xs[49])\n}\n';
    const r = both(src);
    expect(r.stdout).toBe('7 168 50 0!\n');
  });
});

describe('path choice', () => {
  it('runs a call-free function as one generated instruction, and keeps closures under interp', () => {
    const src =
      'package main\n\nfunc main() {\n\tt := 0\n\tfor i := 0; i < 3; i++ {\n\t\tt += i\n\t}\n\tprintln(t)\n}\n';
    const fe = checkSource(src);
    if (!fe.file || !fe.info) throw new Error('does not compile');
    const prog = buildSSA(fe.file, fe.info, analyzeEscapes(fe.file, fe.info), src);
    optimize(prog, { level: 1 });
    const segsOf = (exec: 'codegen' | 'interp'): number[] => {
      const main = compileProgram(prog, new Env(new GoRuntime(1, 64 << 20)), { exec }).funcs.get('main.main');
      return main!.segs.map((s) => s.instrs.length);
    };
    expect(segsOf('codegen')).toEqual([1]);
    expect(segsOf('interp').length).toBeGreaterThan(1);
  });
});
