// asmcheck runner (Go's test/codegen style): every `// amd64:"re"` / `-"re"` check in test/codegen/*.mgo
// must hold for mgo's assembly of that source line. scripts/verify-codegen.mjs runs the same checks on
// Go 1.19's `go tool compile -S -l` output.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countChecks, parseChecks, runChecks } from '../../scripts/asmcheck-lib.mjs';
import { compileAsm } from '../asm/pipeline.js';

const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.mgo'));

function byLine(src: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const f of compileAsm(src).funcs)
    for (const l of f.lines.slice(1)) {
      const list = out.get(l.line) ?? [];
      list.push(l.text);
      out.set(l.line, list);
    }
  return out;
}

describe('codegen (asmcheck)', () => {
  it('the parser reads own-line, trailing, negative and backquoted checks', () => {
    const checks = parseChecks('// amd64:"A\\tB",-"C"\nx := 1 // amd64:`D\\(`\n');
    expect([...checks.entries()]).toEqual([
      [
        2,
        [
          { negate: false, re: 'A\tB', line: 1 },
          { negate: true, re: 'C', line: 1 },
          { negate: false, re: 'D\\(', line: 2 },
        ],
      ],
    ]);
  });
  it('a failing check is reported', () => {
    const checks = parseChecks('x // amd64:"CALL",-"RET"\n');
    expect(runChecks(checks, new Map([[1, ['RET']]]))).toHaveLength(2);
  });
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const checks = parseChecks(src);
      expect(countChecks(checks)).toBeGreaterThanOrEqual(30);
      expect(runChecks(checks, byLine(src))).toEqual([]);
    });
  }
});
