// The executor's two paths (runtime/exec/README.md) agree: generated JavaScript (codegen.ts, resumable at
// user calls) and per-op closures (interp) give the same stdout, stderr and exit status, including 64-bit
// wrap-around past the safe-number range, small-width wrap, panics inside generated code and their
// tracebacks through generated callers, values live across calls inside loops, closures and recursion.
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

const callsInLoops = `package main

type pair struct{ a, b int }

func itoa(n int, digits []string) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = digits[n%10] + s
		n = n / 10
	}
	return s
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func (p *pair) bump(k int) int {
	p.a += k
	p.b ^= p.a
	return p.a + p.b
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	digits := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	p := &pair{1, 2}
	big := int64(1) << 60
	t, keys := 0, ""
	add := func(x int) { t += x }
	for i := 0; i < 40; i++ {
		k := "k" + itoa(i*37, digits)
		for j := 0; j < len(k); j++ {
			t += int(k[j]) * j
		}
		q, r := divmod(t, i+3)
		if i%5 == 0 {
			add(fib(i % 17))
			keys += k
		} else {
			t += p.bump(q - r)
		}
		big = big*3 + int64(q)
	}
	println(t, len(keys), keys[:20], p.a, p.b, big)
}
`;

const panicThroughCalls = `package main

func at(xs []int, i int) int {
	return xs[i]
}

func walk(xs []int, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += at(xs, i)
	}
	return t
}

func main() {
	xs := []int{1, 2, 3}
	println(walk(xs, 3))
	println(walk(xs, 5))
}
`;

describe('generated code with user calls and closures agree', () => {
  it('on values live across calls in loops, multiple results, methods, closures and recursion', () => {
    const r = both(callsInLoops);
    expect(r.exitCode).toBe(0);
    const keys = Array.from({ length: 8 }, (_, n) => `k${n * 5 * 37}`).join('');
    expect(r.stderr.split(' ').slice(1, 3)).toEqual([String(keys.length), keys.slice(0, 20)]);
  });

  it('on constant arguments of calls made after earlier calls (constants are not reloaded)', () => {
    const src =
      'package main\n\nfunc add(a, b int) int { return a + b }\n\nfunc main() {\n\tt := 0\n\tfor i := 0; i < 4; i++ {\n\t\tt = add(t, i)\n\t\tt = add(t, 4)\n\t}\n\tprintln(t)\n}\n';
    expect(both(src).stderr).toBe(`${0 + 1 + 2 + 3 + 4 * 4}\n`);
  });

  it('on the deepest call depth, counting leaves called directly', () => {
    const depth = (exec: 'codegen' | 'interp'): number => run(callsInLoops, exec).stats.maxDepth;
    expect(depth('codegen')).toBe(depth('interp'));
    const leafOnly =
      'package main\n\nfunc sq(x int) int { return x * x }\n\nfunc main() {\n\tprintln(sq(3))\n}\n';
    expect(run(leafOnly, 'codegen').stats.maxDepth).toBe(run(leafOnly, 'interp').stats.maxDepth);
  });

  it('on a panic in a callee: every frame of the traceback names its function and call line', () => {
    const r = both(panicThroughCalls);
    expect(r.exitCode).toBe(2);
    const frames = r.stderr.split('goroutine 1 [running]:\n')[1]!.trim().split('\n');
    expect(frames).toEqual([
      'main.at(...)',
      '\tmain.go:4',
      'main.walk(...)',
      '\tmain.go:10',
      'main.main(...)',
      '\tmain.go:18',
    ]);
  });

  it('on a call of a nil func value: the traceback names the call line', () => {
    const src = 'package main\n\nfunc main() {\n\tvar f func() int\n\tx := 1\n\tprintln(x + f())\n}\n';
    const r = both(src);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('nil pointer dereference');
    expect(r.stderr).toContain('main.main(...)\n\tmain.go:6');
  });
});

const shiftsAndUnsigned = `package main

type big struct{ a, b, c, d, e int64 }

func main() {
	var i8 int8 = -100
	var u8 uint8 = 200
	var i16 int16 = -30000
	var u16 uint16 = 60000
	var i32 int32 = -2000000000
	var u32 uint32 = 4000000000
	var i64 int64 = -9007199254740991
	var u64 uint64 = 18446744073709551000
	acc := uint64(0)
	for s := 0; s < 70; s += 3 {
		n8, n16, n32, n64 := uint8(s), uint16(s), uint32(s), uint64(s)
		acc = acc*31 + uint64(i8<<s) + uint64(i8>>n8) + uint64(u8<<n16) + uint64(u8>>n32)
		acc = acc*31 + uint64(i16<<n64) + uint64(i16>>s) + uint64(u16>>n8) + uint64(u16<<s)
		acc = acc*31 + uint64(i32<<n8) + uint64(i32>>n16) + uint64(u32<<n32) + uint64(u32>>n64)
		acc = acc*31 + uint64(i64<<s) + uint64(i64>>n8) + uint64(u64<<n16) + uint64(u64>>n32)
		acc = acc*31 + uint64(i64<<7) + uint64(i64>>40) + uint64(u64>>63) + uint64(u8<<3) + uint64(i16>>15)
		d := uint64(s + 1)
		acc = acc*31 + u64/d + u64%d + uint64(u32/uint32(d)) + uint64(u16%uint16(d)) + uint64(u8/uint8(d))
		acc = acc*31 + uint64(-i8) + uint64(^u8) + uint64(-i64) + uint64(^i64) + uint64(^(i64 + 2)) + ^u64
		i64 -= int64(s) * 1000003
		u64 += uint64(s) << 50
		i8, u8, i16, u16, i32, u32 = i8+37, u8*3, i16-1234, u16+4321, i32*7, u32^0x5555
	}
	var xs [5]big
	for k := range xs {
		xs[k] = big{int64(k), 2, 3, 4, 5}
	}
	ys := xs
	xs[1] = big{}
	println(acc, ys[1].a, ys[4].e, xs[1].e)
}
`;

describe('inline shifts, unsigned division, negation, complement, Zero and Move', () => {
  it('agree with the closures on every width, variable and constant counts, counts past the width', () => {
    const r = both(shiftsAndUnsigned);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/ 1 5 0\n$/);
  });
});

describe('path choice', () => {
  const compiled = (src: string, exec: 'codegen' | 'interp') => {
    const fe = checkSource(src);
    if (!fe.file || !fe.info) throw new Error('does not compile');
    const prog = buildSSA(fe.file, fe.info, analyzeEscapes(fe.file, fe.info), src);
    optimize(prog, { level: 1 });
    return compileProgram(prog, new Env(new GoRuntime(1, 64 << 20)), { exec }).funcs;
  };

  it('runs functions with and without user calls as generated code, and keeps closures under interp', () => {
    const codegen = compiled(callsInLoops, 'codegen');
    for (const name of ['main.main', 'main.itoa', 'main.fib', 'main.main.func1']) {
      const f = codegen.get(name);
      expect(f?.code, name).toBeDefined();
      expect(f?.segs, name).toEqual([]);
    }
    // Leaves (itoa, divmod, bump) are called directly; the machine runs the recursive and the closure call.
    const calls = codegen.get('main.main')!.code!.calls.map((c) => (c.k === 3 ? 'closure' : c.callee));
    expect(calls.sort()).toEqual(['closure', 'main.fib']);
    const interp = compiled(callsInLoops, 'interp').get('main.main')!;
    expect(interp.code).toBeUndefined();
    expect(interp.segs.length).toBeGreaterThan(1);
  });
});
