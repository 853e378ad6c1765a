// opt: applies the rewrite rules of rules/generic.ts (values, then If blocks) until nothing changes.
//
// Preconditions: none (rules look through Copy args themselves after copyelim; opt runs it first).
// Postconditions: no rule matches any value or If block. A decided If becomes First (its untaken edge
// is removed by the next deadcode). Invalidates: nothing structural (First keeps both edges).

import { InternalError } from '../../diag/index.js';
import { resetToCopy, type Block, type Func, type Value } from '../ir.js';
import type { Op } from '../ops.js';
import { BLOCK_RULES, VALUE_RULES } from '../rules/generic.js';
import type { Replacement } from '../rules/types.js';
import { copyelim } from './copyelim.js';

const INT_CONST: Record<number, Op> = { 1: 'Const8', 2: 'Const16', 4: 'Const32', 8: 'Const64' };

function apply(v: Value, r: Replacement): void {
  switch (r.kind) {
    case 'copy':
      resetToCopy(v, r.of);
      return;
    case 'int': {
      const op = INT_CONST[v.type.size];
      if (!op) throw new InternalError('ssa/opt', `v${v.id}: integer constant of type ${v.type.name}`);
      reset(v, op, [], r.value);
      return;
    }
    case 'bool':
      reset(v, 'ConstBool', [], r.value ? 1 : 0);
      return;
    case 'op':
      reset(v, r.op, [...r.args], r.auxInt);
      return;
  }
}

function reset(v: Value, op: Op, args: Value[], auxInt: bigint | number | undefined): void {
  v.op = op;
  v.args = args;
  v.aux = undefined;
  v.auxInt = auxInt;
}

function rewriteBlock(b: Block): boolean {
  if (b.kind !== 'If') return false;
  for (const rule of BLOCK_RULES) {
    const r = rule.rewrite(b.controls[0]!);
    if (!r) continue;
    if (r.swap) {
      b.succs.reverse();
      b.likely = b.likely === 'likely' ? 'unlikely' : b.likely === 'unlikely' ? 'likely' : undefined;
    }
    if (r.first) {
      b.kind = 'First';
      b.controls = [];
      b.likely = undefined;
    } else if (r.control) b.controls = [r.control];
    return true;
  }
  return false;
}

export function opt(f: Func): void {
  for (let changed = true, rounds = 0; changed; rounds++) {
    if (rounds > 1000) throw new InternalError('ssa/opt', `${f.name}: rewrite rules do not terminate`);
    changed = false;
    copyelim(f);
    for (const b of f.blocks) {
      for (const v of b.values) {
        for (const rule of VALUE_RULES.get(v.op) ?? []) {
          const r = rule.rewrite(v);
          if (!r) continue;
          apply(v, r);
          changed = true;
          break;
        }
      }
      if (rewriteBlock(b)) changed = true;
    }
  }
}
