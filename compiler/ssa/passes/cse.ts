// cse: common subexpression elimination by value numbering over the dominator tree.
//
// Preconditions: copyelim ran (args are canonical). Two values are equal when op, type, aux, auxInt and
// args are equal (args sorted for commutative ops). Candidates: pure ops (not Phi/Copy) and the ops that
// only read memory (Load, LocalAddr, Convert), whose memory arg makes two of them equal only when no
// store lies between. A value equal to one in a dominating position becomes `Copy` of it.
// Postconditions: no two candidate values in a dominating relation are equal. Invalidates: nothing (the
// new Copies are left for copyelim and deadcode).

import { dominators } from '../dom.js';
import { resetToCopy, type Aux, type Block, type Func, type Value } from '../ir.js';
import { opInfo } from '../ops.js';

const MEMORY_READERS = new Set(['Load', 'LocalAddr', 'Convert']);

function auxKey(a: Aux | undefined): string {
  if (!a) return '';
  switch (a.kind) {
    case 'call':
      return `call:${a.fn}`;
    case 'sym':
      return `sym:${a.symKind}:${a.name}`;
    case 'type':
      return `type:${a.type.name}`;
    case 'string':
      return `str:${JSON.stringify(a.value)}`;
  }
}

function keyOf(v: Value): string | undefined {
  const info = opInfo(v.op);
  if (v.op === 'Phi' || v.op === 'Copy' || v.op === 'InitMem' || v.op === 'Arg') return undefined;
  if (!info.pure && !MEMORY_READERS.has(v.op)) return undefined;
  const ids = v.args.map((a) => a.id);
  if (info.commutative) ids.sort((a, b) => a - b);
  return `${v.op}|${v.type.name}|${auxKey(v.aux)}|${String(v.auxInt)}|${ids.join(',')}`;
}

export function cse(f: Func): void {
  const dom = dominators(f);
  const table = new Map<string, Value>();
  const visit = (b: Block): void => {
    const added: string[] = [];
    for (const v of b.values) {
      v.args = v.args.map((a) =>
        a.op === 'Copy' && a.args[0] && a.args[0].type.name === a.type.name ? a.args[0] : a,
      );
      const k = keyOf(v);
      if (k === undefined) continue;
      const hit = table.get(k);
      if (hit) resetToCopy(v, hit);
      else {
        table.set(k, v);
        added.push(k);
      }
    }
    for (const c of dom.children.get(b) ?? []) visit(c);
    for (const k of added) table.delete(k);
  };
  const entry = dom.rpo[0];
  if (entry) visit(entry);
}
