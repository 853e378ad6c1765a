// Pass unit tests, IR text in -> IR text out (compiler/ssa/parse.ts), plus the text round trip over every
// program: print(parse(print(f))) === print(f).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes } from '../../compiler/escape/index.js';
import { buildSSA, checkFunc, parseFunc, parseFuncs, printFunc, PASSES } from '../../compiler/ssa/index.js';

const root = join(import.meta.dirname, '..', '..');

/** run applies the named pass to the IR text, verifies, and returns the printed result without the header. */
function run(pass: string, text: string): string {
  const f = parseFunc(text);
  checkFunc(f, 'input');
  const p = PASSES.find((x) => x.name === pass);
  if (!p) throw new Error(`no pass ${pass}`);
  p.fn(f);
  checkFunc(f, pass);
  return printFunc(f);
}

const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('text round trip', () => {
  const files = ['test/valid', 'test/ssa', 'examples'].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.mgo'))
      .map((f) => join(d, f)),
  );
  for (const file of files) {
    it(file, () => {
      const src = readFileSync(join(root, file), 'utf8');
      const fe = checkSource(src);
      const prog = buildSSA(fe.file!, fe.info!, analyzeEscapes(fe.file!, fe.info!), src);
      for (const f of prog.funcs) {
        const text = printFunc(f);
        const back = parseFuncs(text);
        expect(back.length).toBe(1);
        checkFunc(back[0]!, 'parse');
        expect(printFunc(back[0]!)).toBe(text);
      }
    });
  }
});

describe('opt', () => {
  it('folds constant arithmetic and wraps at the width', () => {
    const out = run(
      'opt',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Const8 <int8> [127]
    v3 (?) = Const8 <int8> [1]
    v4 (+3) = Add8 <int8> v2 v3
    v5 (?) = Const64 <int> [6]
    v6 (?) = Const64 <int> [7]
    v7 (+4) = Mul64 <int> v5 v6
    v8 (+5) = MakeResult <int8,int,mem> v4 v7 v1
    Ret v8
`,
    );
    expect(lines(out)).toContain('v4 (+3) = Const8 <int8> [-128]');
    expect(lines(out)).toContain('v7 (+4) = Const64 <int> [42]');
  });
  it('applies identities: x+0, x*1, x-x, and keeps x*0 as a constant', () => {
    const out = run(
      'opt',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <int> {x} [0]
    v3 (?) = Const64 <int> [0]
    v4 (?) = Const64 <int> [1]
    v5 (+3) = Add64 <int> v2 v3
    v6 (+3) = Mul64 <int> v4 v5
    v7 (+3) = Sub64 <int> v6 v2
    v8 (+3) = Mul64 <int> v2 v3
    v9 (+5) = MakeResult <int,int,mem> v7 v8 v1
    Ret v9
`,
    );
    expect(lines(out)).toContain('v9 (+5) = MakeResult <int,int,mem> v7 v8 v1');
    expect(lines(out)).toContain('v7 (+3) = Const64 <int> [0]');
    expect(lines(out)).toContain('v8 (+3) = Const64 <int> [0]');
    expect(lines(out)).toContain('v6 (+3) = Copy <int> v2');
  });
  it('decides a constant branch as First (deadcode cuts the edge later)', () => {
    const out = run(
      'opt',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Const64 <int> [1]
    v3 (?) = Const64 <int> [2]
    v4 (+3) = Less64 <bool> v3 v2
    If v4 -> b2 b3 (likely)
  b2: <- b1
    v5 (+4) = MakeResult <mem> v1
    Ret v5
  b3: <- b1
    v6 (+5) = MakeResult <mem> v1
    Ret v6
`,
    );
    expect(lines(out)).toContain('First -> b3 b2');
  });
  it('never rewrites a value with side effects (loads stay)', () => {
    const text = `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <*int> {p} [0]
    v3 (+3) = Load <int> v2 v1
    v4 (?) = Const64 <int> [0]
    v5 (+3) = Mul64 <int> v3 v4
    v6 (+4) = MakeResult <int,mem> v5 v1
    Ret v6
`;
    const out = run('opt', text);
    expect(lines(out)).toContain('v3 (+3) = Load <int> v2 v1');
  });
});

describe('deadcode', () => {
  it('removes unused pure values and the untaken edge of First, fixing phis', () => {
    const out = run(
      'opt deadcode',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Const64 <int> [1]
    v3 (?) = Const64 <int> [2]
    v9 (?) = Add64 <int> v2 v3
    First -> b2 b3
  b2: <- b1
    Plain -> b4
  b3: <- b1
    Plain -> b4
  b4: <- b2 b3
    v4 (?) = Phi <int> v2 v3
    v5 (+4) = MakeResult <int,mem> v4 v1
    Ret v5
`,
    );
    expect(out).not.toContain('b3');
    expect(out).not.toContain('v9');
    expect(lines(out)).toContain('v4 (?) = Copy <int> v2');
  });
  it('keeps nil checks and stores even when their results are unused', () => {
    const out = run(
      'late deadcode',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <*int> {p} [0]
    v3 (+3) = NilCheck <void> v2 v1
    v4 (?) = Const64 <int> [5]
    v5 (+3) = Store <mem> {int} v2 v4 v1
    v6 (+3) = Load <int> v2 v5
    v7 (+4) = MakeResult <mem> v5
    Ret v7
`,
    );
    expect(out).toContain('NilCheck');
    expect(out).toContain('Store');
    expect(out).not.toContain('Load');
  });
});

describe('copyelim and phielim', () => {
  it('copyelim makes uses skip copies', () => {
    const out = run(
      'copyelim',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <int> {x} [0]
    v3 (?) = Copy <int> v2
    v4 (?) = Copy <int> v3
    v5 (+4) = MakeResult <int,mem> v4 v1
    Ret v5
`,
    );
    expect(lines(out)).toContain('v5 (+4) = MakeResult <int,mem> v2 v1');
  });
  it('phielim turns a phi of one value (and itself) into a copy', () => {
    const out = run(
      'phielim',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <int> {x} [0]
    Plain -> b2
  b2: <- b1 b2
    v3 (?) = Phi <int> v2 v3
    v4 (?) = Phi <mem> v1 v4
    Plain -> b2
`.replace('Plain -> b2\n`', ''),
    );
    expect(lines(out)).toContain('v3 (?) = Copy <int> v2');
    expect(lines(out)).toContain('v4 (?) = Copy <mem> v1');
  });
});

describe('cse', () => {
  it('merges equal pure values, commutative args in either order', () => {
    const out = run(
      'generic cse',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <int> {x} [0]
    v3 (?) = Arg <int> {y} [0]
    v4 (+3) = Add64 <int> v2 v3
    v5 (+4) = Add64 <int> v3 v2
    v6 (+5) = Sub64 <int> v2 v3
    v7 (+5) = Sub64 <int> v3 v2
    v8 (+6) = MakeResult <int,int,int,int,mem> v4 v5 v6 v7 v1
    Ret v8
`,
    );
    expect(lines(out)).toContain('v5 (+4) = Copy <int> v4');
    expect(lines(out)).toContain('v7 (+5) = Sub64 <int> v3 v2');
  });
  it('merges loads only under the same memory', () => {
    const out = run(
      'generic cse',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <*int> {p} [0]
    v3 (+3) = Load <int> v2 v1
    v4 (+3) = Load <int> v2 v1
    v5 (?) = Const64 <int> [1]
    v6 (+4) = Store <mem> {int} v2 v5 v1
    v7 (+5) = Load <int> v2 v6
    v8 (+6) = MakeResult <int,int,int,mem> v3 v4 v7 v6
    Ret v8
`,
    );
    expect(lines(out)).toContain('v4 (+3) = Copy <int> v3');
    expect(lines(out)).toContain('v7 (+5) = Load <int> v2 v6');
  });
  it('does not merge values whose first occurrence does not dominate', () => {
    const out = run(
      'generic cse',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <int> {x} [0]
    v3 (?) = Arg <bool> {c} [0]
    If v3 -> b2 b3
  b2: <- b1
    v4 (+3) = Neg64 <int> v2
    Plain -> b4
  b3: <- b1
    v5 (+4) = Neg64 <int> v2
    Plain -> b4
  b4: <- b2 b3
    v6 (?) = Phi <int> v4 v5
    v7 (+5) = MakeResult <int,mem> v6 v1
    Ret v7
`,
    );
    expect(lines(out)).toContain('v5 (+4) = Neg64 <int> v2');
  });
});

describe('nilcheckelim', () => {
  it('removes a nil check dominated by one of the same pointer, and of addresses', () => {
    const out = run(
      'nilcheckelim',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <*int> {p} [0]
    v3 (?) = SB <uintptr>
    v4 (+3) = NilCheck <void> v2 v1
    v5 (+4) = NilCheck <void> v2 v1
    v6 (+5) = Addr <*int> {main.g} v3
    v7 (+5) = NilCheck <void> v6 v1
    v8 (+6) = MakeResult <mem> v1
    Ret v8
`,
    );
    expect(out).toContain('v4 (+3) = NilCheck');
    expect(out).not.toContain('v5 (+4) = NilCheck');
    expect(out).not.toContain('v7 (+5) = NilCheck');
  });
  it('keeps a check in a sibling branch and uses IsNonNil branches', () => {
    const out = run(
      'nilcheckelim',
      `f:
  b1:
    v1 (?) = InitMem <mem>
    v2 (?) = Arg <*int> {p} [0]
    v3 (+3) = IsNonNil <bool> v2
    If v3 -> b2 b3
  b2: <- b1
    v4 (+4) = NilCheck <void> v2 v1
    v5 (+4) = MakeResult <mem> v1
    Ret v5
  b3: <- b1
    v6 (+5) = NilCheck <void> v2 v1
    v7 (+5) = MakeResult <mem> v1
    Ret v7
`,
    );
    expect(out).not.toContain('v4 (+4) = NilCheck');
    expect(out).toContain('v6 (+5) = NilCheck');
  });
});

describe('parse errors', () => {
  it('names the line of an unknown op', () => {
    expect(() => parseFunc('f:\n  b1:\n    v1 (?) = Bogus <mem>\n')).toThrow(/line 3: unknown op Bogus/);
  });
});
