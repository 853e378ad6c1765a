// copyelim: every use of `Copy x` (through chains) becomes a use of x (Go's copyelim).
//
// Preconditions: none. Postconditions: no value, control or name slot uses a Copy whose type has the
// same class and size as its source (type-changing copies such as int -> float reinterpretation stay);
// the Copies themselves are left for deadcode. Invalidates: nothing (the CFG is unchanged).

import type { Func, Value } from '../ir.js';

/** replaceable: a Copy that only renames (same representation) may be bypassed. */
function replaceable(v: Value): boolean {
  const a = v.args[0];
  return (
    v.op === 'Copy' && a !== undefined && a !== v && a.type.cls === v.type.cls && a.type.size === v.type.size
  );
}

function source(v: Value): Value {
  let x = v;
  for (let i = 0; replaceable(x) && i < 1_000_000; i++) x = x.args[0]!;
  return x;
}

export function copyelim(f: Func): void {
  for (const b of f.blocks) {
    for (const v of b.values) v.args = v.args.map(source);
    b.controls = b.controls.map(source);
  }
  for (const n of f.names) n.values = n.values.map(source);
}
