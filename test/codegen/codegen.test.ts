// asmcheck unit tests (Go's test/codegen style): the comment parser and failure reporting. The checks in
// test/codegen/*.mgo run through the shared .mgo runner (action `asmcheck`) against mgo's assembly;
// scripts/verify-codegen.mjs runs the same checks on Go 1.19's `go tool compile -S -l` output.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countChecks, parseChecks, runChecks } from '../../scripts/asmcheck-lib.mjs';

const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.mgo'));

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
  // The checks themselves run through the shared .mgo runner (test/run.test.ts, action `asmcheck`).
  it('the codegen corpus holds at least 30 checks', () => {
    const total = files.reduce((n, f) => n + countChecks(parseChecks(readFileSync(join(dir, f), 'utf8'))), 0);
    expect(total).toBeGreaterThanOrEqual(30);
  });
});
