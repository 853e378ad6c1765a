// Comparisons: which CMP/TEST instruction an SSA comparison becomes, and its condition code, used both for
// a boolean value (SETcc) and fused into a block's branch (Jcc), as gc's flag-based lowering does.
//
// Invariants: CMPx operands are in natural order (`CMPQ a, b; JLT` jumps when a < b, Plan 9's exception to
// source-first order); a constant goes second (the condition is swapped when it was first); a comparison
// with zero/nil becomes `TESTQ x, x`.

import { InternalError } from '../diag/index.js';
import type { Op, Value } from '../ssa/index.js';
import type { LowerCtx } from './ctx.js';
import type { Mnemonic } from './instrs.js';

export type Cond = 'EQ' | 'NE' | 'LT' | 'LE' | 'GT' | 'GE' | 'CS' | 'LS' | 'HI' | 'CC';

const NEGATE: Record<Cond, Cond> = {
  EQ: 'NE',
  NE: 'EQ',
  LT: 'GE',
  GE: 'LT',
  LE: 'GT',
  GT: 'LE',
  CS: 'CC',
  CC: 'CS',
  LS: 'HI',
  HI: 'LS',
};
const SWAP: Record<Cond, Cond> = {
  EQ: 'EQ',
  NE: 'NE',
  LT: 'GT',
  GT: 'LT',
  LE: 'GE',
  GE: 'LE',
  CS: 'HI',
  HI: 'CS',
  LS: 'CC',
  CC: 'LS',
};

export const negate = (c: Cond): Cond => NEGATE[c];
export const condJump = (c: Cond): Mnemonic => `J${c}`;
export const condSet = (c: Cond): Mnemonic => `SET${c}`;

interface CmpInfo {
  readonly cond: Cond;
  /** 'int' compares use CMP by width; 'float' UCOMIS; 'test' is a single-operand nil/zero test. */
  readonly kind: 'int' | 'float' | 'test';
  readonly bytes: number;
}

function intCmp(prefix: string, cond: Cond): Record<string, CmpInfo> {
  const out: Record<string, CmpInfo> = {};
  for (const w of [8, 16, 32, 64]) {
    const unsigned = cond === 'CS' || cond === 'LS';
    out[`${prefix}${w}${unsigned ? 'U' : ''}`] = { cond, kind: 'int', bytes: w / 8 };
  }
  return out;
}

/** COMPARES maps every comparison op to its condition (ops absent here are not comparisons). */
export const COMPARES: Partial<Record<Op, CmpInfo>> = {
  ...intCmp('Eq', 'EQ'),
  ...intCmp('Neq', 'NE'),
  ...intCmp('Less', 'LT'),
  ...intCmp('Leq', 'LE'),
  ...intCmp('Less', 'CS'),
  ...intCmp('Leq', 'LS'),
  EqPtr: { cond: 'EQ', kind: 'int', bytes: 8 },
  NeqPtr: { cond: 'NE', kind: 'int', bytes: 8 },
  EqB: { cond: 'EQ', kind: 'int', bytes: 1 },
  NeqB: { cond: 'NE', kind: 'int', bytes: 1 },
  IsInBounds: { cond: 'CS', kind: 'int', bytes: 8 },
  IsSliceInBounds: { cond: 'LS', kind: 'int', bytes: 8 },
  IsNonNil: { cond: 'NE', kind: 'test', bytes: 8 },
  Eq64F: { cond: 'EQ', kind: 'float', bytes: 8 },
  Neq64F: { cond: 'NE', kind: 'float', bytes: 8 },
  Less64F: { cond: 'HI', kind: 'float', bytes: 8 },
  Leq64F: { cond: 'CC', kind: 'float', bytes: 8 },
  Eq32F: { cond: 'EQ', kind: 'float', bytes: 4 },
  Neq32F: { cond: 'NE', kind: 'float', bytes: 4 },
  Less32F: { cond: 'HI', kind: 'float', bytes: 4 },
  Leq32F: { cond: 'CC', kind: 'float', bytes: 4 },
};

const CMP_BY_BYTES: Record<number, Mnemonic> = { 1: 'CMPB', 2: 'CMPW', 4: 'CMPL', 8: 'CMPQ' };
const TEST_BY_BYTES: Record<number, Mnemonic> = { 1: 'TESTB', 2: 'TESTL', 4: 'TESTL', 8: 'TESTQ' };

export function isCompare(op: Op): boolean {
  return COMPARES[op] !== undefined;
}

/** emitCompare emits the flag-setting instruction for comparison v and returns the condition for "true". */
export function emitCompare(c: LowerCtx, v: Value): Cond {
  const info = COMPARES[v.op];
  const a = v.args[0];
  if (!info || !a) throw new InternalError('asm', `v${v.id} (${v.op}) is not a comparison`);
  if (info.kind === 'test') {
    const r = c.src(a);
    c.emit('TESTQ', [r, r]);
    return info.cond;
  }
  let b = v.args[1];
  if (!b) throw new InternalError('asm', `comparison v${v.id} lacks its second operand`);
  if (info.kind === 'float') {
    c.emit(info.bytes === 4 ? 'UCOMISS' : 'UCOMISD', [c.src(a), c.src(b)]);
    return info.cond;
  }
  let x = a;
  let cond = info.cond;
  if (c.word(x).k === 'imm' && c.word(b).k !== 'imm') {
    [x, b] = [b, x];
    cond = SWAP[cond];
  }
  const wb = c.word(b);
  if (wb.k === 'imm' && wb.v === 0n && (cond === 'EQ' || cond === 'NE')) {
    const r = c.src(x);
    c.emit(TEST_BY_BYTES[info.bytes] ?? 'TESTQ', [r, r]);
    return cond;
  }
  c.emit(CMP_BY_BYTES[info.bytes] ?? 'CMPQ', [c.src(x), c.src(b, 0, true)]);
  return cond;
}
