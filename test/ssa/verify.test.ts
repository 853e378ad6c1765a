// The verifier after every pass, over every program (test/valid, test/ssa, examples) at -O0 and -O, and
// checks that the verifier itself detects broken IR.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes } from '../../compiler/escape/index.js';
import {
  buildSSA,
  checkFunc,
  optimize,
  printProgram,
  type Func,
  type Program,
} from '../../compiler/ssa/index.js';

const root = join(import.meta.dirname, '..', '..');
const files = ['test/valid', 'test/ssa', 'examples'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.mgo'))
    .map((f) => join(d, f)),
);

function build(src: string): Program {
  const fe = checkSource(src);
  if (!fe.file || !fe.info) throw new Error(fe.diags.map((d) => d.msg).join('\n'));
  return buildSSA(fe.file, fe.info, analyzeEscapes(fe.file, fe.info), src);
}

describe('verifier after every pass', () => {
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(root, f), 'utf8');
      for (const level of [0, 1] as const) {
        const prog = build(src);
        optimize(prog, { level, check: true });
        const again = build(src);
        optimize(again, { level });
        expect(printProgram(again)).toBe(printProgram(prog));
      }
    });
  }
});

const SAMPLE = `package main

func f(m map[int]int, k int) int {
	if k > 0 {
		m[k] = 1
	}
	return m[k]
}

func main() {}
`;

function sampleF(): Func {
  return build(SAMPLE).funcs.find((fn) => fn.name === 'main.f')!;
}

describe('verifier detects broken IR', () => {
  const breakers: [string, (f: Func) => void, RegExp][] = [
    [
      'phi arity',
      (f) =>
        f.blocks
          .find((b) => b.values.some((v) => v.op === 'Phi'))!
          .values.find((v) => v.op === 'Phi')!
          .args.pop(),
      /Phi with/,
    ],
    ['succ/pred', (f) => f.blocks[0]!.succs[0]!.preds.pop(), /multiplicity/],
    ['block kind', (f) => (f.blocks[0]!.kind = 'Ret'), /Ret with/],
    [
      'arg count',
      (f) =>
        f.blocks[0]!.values.find((v) => v.op === 'StaticLECall' || v.op === 'Load' || v.op === 'Less64')!.args
          .length > 0 && f.blocks[0]!.values.find((v) => v.op === 'Less64')!.args.pop(),
      /args, wants/,
    ],
    [
      'memory fork',
      (f) => {
        const store = f.blocks.flatMap((b) => b.values).find((v) => v.op === 'Store')!;
        store.args[2] = f.blocks[0]!.values.find((v) => v.op === 'InitMem')!;
      },
      /memory/,
    ],
    [
      'dominance',
      (f) => {
        const entry = f.blocks[0]!;
        const later = f.blocks.find((b) => b !== entry && b.values.some((v) => v.op === 'Store'))!;
        const add = entry.values.find((v) => v.op === 'Less64')!;
        add.args[0] = later.values.find((v) => v.op === 'Store')!;
      },
      /dominate/,
    ],
  ];
  for (const [name, breakIt, msg] of breakers) {
    it(name, () => {
      const f = sampleF();
      checkFunc(f, 'build');
      breakIt(f);
      expect(() => checkFunc(f, 'test')).toThrow(msg);
    });
  }
});
