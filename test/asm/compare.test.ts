// mgo compare over examples/assignop.mgo: the forms and runtime entries Go 1.19 chooses, rule texts that follow
// the calls present, deterministic output;
// and the asm backend compiles every program of the valid corpus without an internal error.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes } from '../../compiler/escape/index.js';
import { buildSSA } from '../../compiler/ssa/index.js';
import { emitAsm } from '../../compiler/asm/index.js';
import { compareMapOps, formatCompare } from '../../compiler/compare/index.js';

const root = join(import.meta.dirname, '..', '..');

function build(src: string) {
  const fe = checkSource(src);
  if (!fe.file || !fe.info) throw new Error(fe.diags.map((d) => d.msg).join('\n'));
  return buildSSA(fe.file, fe.info, analyzeEscapes(fe.file, fe.info), src);
}

describe('compare', () => {
  const src = readFileSync(join(root, 'examples', 'assignop.mgo'), 'utf8');
  const rows = () => {
    const prog = build(src);
    return compareMapOps(prog, emitAsm(prog), ['forms', 'stringKey', 'largeElem', 'structKey']);
  };
  it('classifies forms and entries', () => {
    const got = rows().map((r) => `${r.stmt} | ${r.form} | ${r.entry} | ${r.calls.join(' ')}`);
    expect(got).toEqual([
      'm[k] = v | plain = | mapassign_fast64 | mapassign_fast64',
      'm[k] += v | op= | mapassign_fast64 | mapassign_fast64',
      'm[k] /= v | /= or %= | mapassign_fast64 | mapaccess1_fast64 mapassign_fast64 panicdivide',
      'm[k] %= v | /= or %= | mapassign_fast64 | mapaccess1_fast64 mapassign_fast64 panicdivide',
      '(*pm)[k] = v | through pointer | mapassign_fast64 | mapassign_fast64',
      'm[k]++ | op= | mapassign_fast64 | mapassign_fast64',
      'm[k] = len(k) | plain = | mapassign_faststr | mapassign_faststr',
      'm[k] += 10 | op= | mapassign_faststr | mapassign_faststr',
      'm[k] /= 2 | /= or %= | mapassign_faststr | mapaccess1_faststr mapassign_faststr',
      '(*pm)[k+"!"] = 1 | through pointer | mapassign_faststr | concatstring2 mapassign_faststr',
      'm[p] = "here" | plain = | mapassign_fast64 | mapassign_fast64',
      'm[p] += "!" | op= | mapassign_fast64 | mapassign_fast64 concatstring2',
      'm[k] = b | plain = | mapassign | mapassign',
    ]);
  });
  it('states the zero check of /= and %= only where the code calls panicdivide', () => {
    const division = rows().filter((r) => r.form === '/= or %=');
    expect(division.map((r) => r.stmt)).toEqual(['m[k] /= v', 'm[k] %= v', 'm[k] /= 2']);
    for (const r of division) {
      const checks = r.calls.includes('panicdivide');
      expect(r.rule.includes('zero check (panicdivide)'), r.stmt).toBe(checks);
      expect(r.rule.includes('no zero check'), r.stmt).toBe(!checks);
      expect(r.rule).toContain(`${r.stmt.includes('%') ? '%' : '/'}= reads the old value first`);
    }
    const constant = division.find((r) => r.stmt === 'm[k] /= 2');
    expect(constant?.calls).not.toContain('panicdivide');
    expect(constant?.rule).toContain('mapaccess1_faststr + mapassign_faststr, no zero check');
  });
  it('is deterministic', () => expect(formatCompare(rows())).toBe(formatCompare(rows())));
});

describe('asm over the valid corpus', () => {
  const dir = join(root, 'test', 'valid');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mgo'))) {
    it(f, () => {
      const prog = build(readFileSync(join(dir, f), 'utf8'));
      expect(emitAsm(prog).funcs.length).toBe(prog.funcs.length);
    });
  }
});
