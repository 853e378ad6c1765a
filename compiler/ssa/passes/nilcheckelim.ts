// nilcheckelim: removes NilChecks of pointers known to be non-nil (Go's nilcheckelim).
//
// Preconditions: copyelim ran. A pointer is non-nil when it is the address of a symbol (Addr, LocalAddr),
// an offset or index from a non-nil pointer (OffPtr, PtrIndex, AddPtr), the result of runtime.newobject
// or a mapassign/mapaccess1 call (they never return nil), already nil-checked by a dominating NilCheck, or
// tested by a dominating `If (IsNonNil p)` on its true edge (a block whose single predecessor is that If).
// Postconditions: no remaining NilCheck's pointer is provably non-nil. Invalidates: nothing.

import { dominators } from '../dom.js';
import type { Block, Func, Value } from '../ir.js';

const NON_NIL_CALLS = /^runtime\.(newobject|mapassign|mapaccess1)/;

function nonNilByOp(v: Value, known: ReadonlySet<Value>): boolean {
  switch (v.op) {
    case 'Addr':
    case 'LocalAddr':
      return true;
    case 'OffPtr':
    case 'PtrIndex':
    case 'AddPtr':
    case 'Copy':
      return v.args[0] !== undefined && (known.has(v.args[0]) || nonNilByOp(v.args[0], known));
    case 'SelectN': {
      const call = v.args[0];
      return (
        v.auxInt === 0 &&
        call?.aux?.kind === 'call' &&
        call.op === 'StaticLECall' &&
        NON_NIL_CALLS.test(call.aux.fn)
      );
    }
    default:
      return false;
  }
}

export function nilcheckelim(f: Func): void {
  const dom = dominators(f);
  const known = new Set<Value>();
  const visit = (b: Block): void => {
    const added: Value[] = [];
    const learn = (p: Value): void => {
      if (!known.has(p)) (known.add(p), added.push(p));
    };
    const pred = b.preds.length === 1 ? b.preds[0] : undefined;
    const ctl = pred?.kind === 'If' ? pred.controls[0] : undefined;
    if (pred && ctl?.op === 'IsNonNil' && pred.succs[0] === b && pred.succs[1] !== b) learn(ctl.args[0]!);
    b.values = b.values.filter((v) => {
      if (v.op !== 'NilCheck') return true;
      const p = v.args[0]!;
      if (known.has(p) || nonNilByOp(p, known)) return false;
      learn(p);
      return true;
    });
    for (const c of dom.children.get(b) ?? []) visit(c);
    for (const p of added) known.delete(p);
  };
  const entry = dom.rpo[0];
  if (entry) visit(entry);
}
