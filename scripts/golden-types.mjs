#!/usr/bin/env node
// Golden facts for the type checker's unit tests (test/types/), asked of the real Go 1.19 toolchain:
//
//   node scripts/golden-types.mjs        rewrites test/types/types.golden.json
//
// 1. layout: one Go program declares the types of LayoutTypes and prints, for each, unsafe.Sizeof,
//    unsafe.Alignof, unsafe.Offsetof of every struct field, and whether the runtime type descriptor has a
//    non-zero ptrdata (what the GC scans: our hasPointers).
// 2. constants: one Go program prints the value of each constant expression of Constants (fmt.Sprint of
//    the constant in its default or given type, plus %T).
// 3. diagnostics: each program of Diagnostics is built with `go build`; its stderr is recorded with the
//    `# pkg` line dropped and the `./main.go:` prefixes stripped (as scripts/golden.mjs does for .err).
//
// Invariants: deterministic (inputs are the tables below, output keys in table order); any failure of Go
// where success is expected exits 1. Environment: PATH has Go 1.19 first, module mode, temp GOCACHE.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goBinDir = process.env.MGO_GO_BIN ?? '/usr/lib/go-1.19/bin';
const outFile = join(repoRoot, 'test', 'types', 'types.golden.json');

const env = {
  ...process.env,
  PATH: `${goBinDir}:${process.env.PATH ?? ''}`,
  GOFLAGS: '',
  GOENV: 'off',
  GO111MODULE: '',
  CGO_ENABLED: '0',
  GOCACHE: join(tmpdir(), 'mgo-golden-gocache'),
  GOPATH: join(tmpdir(), 'mgo-golden-gopath'),
};

/** LayoutTypes: Go type expressions (also valid mini-Go) whose layout is recorded. */
export const LayoutTypes = [
  'bool',
  'int8',
  'int16',
  'int32',
  'int64',
  'int',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uint',
  'uintptr',
  'float32',
  'float64',
  'string',
  '*int',
  '[]int',
  'map[string]int',
  'func()',
  'any',
  'error',
  '[0]int',
  '[3]int8',
  '[2]string',
  '[4]*int',
  'struct{}',
  'struct{ a int8; b int64; c int8 }',
  'struct{ a int8; b int16; c int32 }',
  'struct{ a int64; z struct{} }',
  'struct{ a int32; z [0]int64 }',
  'struct{ z struct{}; a int32 }',
  'struct{ a byte; z [0]byte }',
  'struct{ s string; b bool }',
  'struct{ x [3]byte }',
  'struct{ a byte; n struct{ b byte; c int32 }; d byte }',
  'struct{ p *int; i int8 }',
  '[2]struct{ a int32; b int8 }',
  'struct{ m map[int]int; f float32 }',
  'struct{ a [0]*int; b int }',
];

/** Constants: constant expressions; `name: type = expr` gives the declared type, else the default type. */
export const Constants = [
  ['int', '1 << 62'],
  ['', '-7 / 2'],
  ['', '-7 % 2'],
  ['', '7 / 2.0'],
  ['', '1 / 4.0'],
  ['', '(1 << 100) >> 98'],
  ['', '^0'],
  ['uint8', '^uint8(1)'],
  ['int8', '-128'],
  ['', '0x7fffffffffffffff'],
  ['uint64', '1<<64 - 1'],
  ['', '1e3'],
  ['', '1.5e-3 * 2'],
  ['', '10 / 4'],
  ['', '10.0 / 4'],
  ['float32', '0.1'],
  ['', "'a' + 1"],
  ['', "'x'"],
  ['', 'string(rune(65))'],
  ['', 'string(rune(0x4e16))'],
  ['', 'string(rune(-1))'],
  ['', 'len("héllo")'],
  ['', '"ab" + "c"'],
  ['', '5 &^ 3'],
  ['', '-5 >> 1'],
  ['', '7 == 7.0'],
  ['', '"a" < "b"'],
  ['', '!true || false'],
];

/** Diagnostics: small programs whose `go build` errors are recorded verbatim. */
export const Diagnostics = {
  missing_main: 'package main\n\nfunc f() {}\n',
  call_no_args: 'package main\n\nfunc f(a int, b string) {}\n\nfunc main() {\n\tf()\n}\n',
  call_too_few: 'package main\n\nfunc f(a int, b string) {}\n\nfunc main() {\n\tf(1)\n}\n',
  missing_init_expr: 'package main\n\nfunc main() {\n\tvar a, b int = 1\n\t_, _ = a, b\n}\n',
  extra_init_expr: 'package main\n\nvar a, b = 1, 2, 3\n\nfunc main() {}\n',
  const_missing_init: 'package main\n\nconst x, y = 1\n\nfunc main() {}\n',
  inner_declaration:
    'package main\n\nfunc f() (x int) {\n\t{\n\t\tx := 2\n\t\t_ = x\n\t\treturn\n\t}\n}\n\nfunc main() { f() }\n',
  const_overflow: 'package main\n\nconst big = 1 << 63\n\nvar x int = big\n\nfunc main() { _ = x }\n',
  division_by_zero: 'package main\n\nfunc main() {\n\tx := 1\n\t_ = x / 0\n}\n',
  const_truncated: 'package main\n\nfunc main() {\n\tvar i int = 2.5\n\t_ = i\n}\n',
  shift_of_float: 'package main\n\nfunc main() {\n\ts := 2\n\tvar f float64 = 1 << s\n\t_ = f\n}\n',
  byte_overflow: 'package main\n\nfunc main() {\n\tvar b byte = 256\n\t_ = b\n}\n',
  recursive_types:
    'package main\n\ntype T struct {\n\tnext T\n}\n\ntype A [2]A\n\ntype B struct {\n\tc C\n}\n\ntype C struct {\n\tx int\n\tb [1]B\n}\n\ntype D = E\ntype E struct{ p *E; s []E; m map[int]E; f func(E) E }\n\ntype F G\ntype G struct{ f F }\n\ntype H struct{ b B }\n\nfunc main() {\n\ttype L struct{ l L }\n}\n',
};

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function goProgram(dir, src) {
  writeFileSync(join(dir, 'go.mod'), 'module m\n\ngo 1.19\n');
  writeFileSync(join(dir, 'main.go'), src);
}

function layoutProgram() {
  const decls = LayoutTypes.map((t, i) => `type T${i} ${t}`).join('\n');
  const body = LayoutTypes.map((t, i) => {
    const offsets = structFieldNames(t).map((f) => `unsafe.Offsetof(v${i}.${f})`);
    return `\tvar v${i} T${i}
\tout = append(out, rec{${JSON.stringify(t)}, unsafe.Sizeof(v${i}), unsafe.Alignof(v${i}), []uintptr{${offsets.join(', ')}}, ptrdata(reflect.TypeOf(&v${i}).Elem()) != 0})`;
  });
  return `package main

import (
\t"encoding/json"
\t"os"
\t"reflect"
\t"unsafe"
)

${decls}

type rec struct {
\tType     string    \`json:"type"\`
\tSize     uintptr   \`json:"size"\`
\tAlign    uintptr   \`json:"align"\`
\tOffsets  []uintptr \`json:"offsets"\`
\tPointers bool      \`json:"hasPointers"\`
}

// ptrdata reads the runtime type descriptor's ptrdata word (reflect.rtype: size, then ptrdata).
func ptrdata(t reflect.Type) uintptr {
\ttype iface struct{ tab, data unsafe.Pointer }
\trt := (*iface)(unsafe.Pointer(&t)).data
\treturn *(*uintptr)(unsafe.Add(rt, unsafe.Sizeof(uintptr(0))))
}

func main() {
\tvar out []rec
${body.join('\n')}
\tjson.NewEncoder(os.Stdout).Encode(out)
}
`;
}

/** structFieldNames returns the top-level field names of a `struct{ ... }` type expression (else none). */
function structFieldNames(t) {
  if (!t.startsWith('struct{')) return [];
  const inner = t.slice('struct{'.length, -1);
  const names = [];
  let depth = 0;
  let start = 0;
  const fields = [];
  for (let i = 0; i <= inner.length; i++) {
    const ch = inner[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if ((ch === ';' || ch === undefined) && depth === 0) {
      fields.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  for (const f of fields) if (f) names.push(f.split(/\s+/)[0]);
  return names;
}

function constantsProgram() {
  const lines = Constants.map(([type, expr], i) => {
    const decl = type ? `const c${i} ${type} = ${expr}` : `const c${i} = ${expr}`;
    return {
      decl,
      use: `\tout = append(out, rec{${JSON.stringify(expr)}, ${JSON.stringify(type)}, fmt.Sprint(c${i}), fmt.Sprintf("%T", c${i})})`,
    };
  });
  return `package main

import (
\t"encoding/json"
\t"fmt"
\t"os"
)

${lines.map((l) => l.decl).join('\n')}

type rec struct {
\tExpr  string \`json:"expr"\`
\tType  string \`json:"declaredType"\`
\tValue string \`json:"value"\`
\tGoType string \`json:"goType"\`
}

func main() {
\tvar out []rec
${lines.map((l) => l.use).join('\n')}
\tjson.NewEncoder(os.Stdout).Encode(out)
}
`;
}

function runProgram(src) {
  const dir = mkdtempSync(join(tmpdir(), 'mgo-golden-types-'));
  try {
    goProgram(dir, src);
    const r = run('go', ['run', '.'], dir);
    if (r.code !== 0) throw new Error(`go run failed:\n${r.stderr}\n${src}`);
    return JSON.parse(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function buildErrors(src) {
  const dir = mkdtempSync(join(tmpdir(), 'mgo-golden-types-'));
  try {
    goProgram(dir, src);
    const r = run('go', ['build', '-o', join(dir, 'bin'), '.'], dir);
    if (r.code === 0) throw new Error(`go build unexpectedly succeeded:\n${src}`);
    return r.stderr
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('# '))
      .map((l) => l.replace(/^(\t?)\.\/main\.go:/, '$1'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const goVersion = run('go', ['version'], repoRoot).stdout.trim();
  if (!goVersion.includes('go1.19')) {
    console.error(`need Go 1.19 on PATH (${goBinDir}), found: ${goVersion || 'none'}`);
    process.exit(1);
  }
  const diagnostics = {};
  for (const [name, src] of Object.entries(Diagnostics))
    diagnostics[name] = { src, stderr: buildErrors(src) };
  const golden = {
    generatedBy: 'node scripts/golden-types.mjs',
    goVersion,
    layout: runProgram(layoutProgram()),
    constants: runProgram(constantsProgram()),
    diagnostics,
  };
  writeFileSync(outFile, JSON.stringify(golden, null, 2) + '\n');
  // Format as the repository's prettier does, so regenerating is byte-stable under `prettier --check`.
  run(join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', outFile], repoRoot);
  console.log(`wrote ${outFile}`);
}

try {
  main();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
