// Package-level variable initializers as gc's `init` function sees them: gc's staticinit initializes what it
// can at link time (constants, functions, addresses, the storage of array/struct/slice literals and of
// &T{...}) and leaves the rest (map literals, calls, make, ...) as assignments in the package `init`, which
// escape analysis then reports on like any function, after all declared functions.
//
// Invariants: literal storage laid out statically is never reported; each dynamic part becomes its own
// assignment (gc assigns the element alone). The destination of every assignment is the global (the
// heap), so element-wise lowering gives the same verdicts as gc.

import type * as A from '../syntax/index.js';
import type { TypeInfo } from '../types/index.js';
import { under } from '../types/index.js';

/** GlobalInit is one dynamic initialization: global `name` (or one of its elements) = `value`. */
export interface GlobalInit {
  readonly name: A.Ident;
  readonly value: A.Expr;
}

/** globalInits lists the dynamic package-level initializations in declaration order. */
export function globalInits(file: A.File, info: TypeInfo): GlobalInit[] {
  const out: GlobalInit[] = [];
  for (const d of file.decls) {
    if (d.kind !== 'VarDecl' || d.values.length !== d.names.length) continue;
    d.names.forEach((name, i) => {
      const value = d.values[i]!;
      if (name.name !== '_') for (const v of dynamicParts(value, info)) out.push({ name, value: v });
    });
  }
  return out;
}

/**
 * dynamicParts returns the parts of an initializer gc leaves to init: the whole expression, or, inside
 * array/struct/slice literals and &T{...} (whose storage staticinit lays out, so they are never reported),
 * each element that is itself dynamic. Map literals, calls and make are dynamic.
 */
function dynamicParts(e: A.Expr, info: TypeInfo): A.Expr[] {
  if (info.types.get(e)?.value !== undefined) return [];
  switch (e.kind) {
    case 'BasicLit':
    case 'FuncLit':
    case 'Ident': // nil, functions and other globals (copied statically)
      return [];
    case 'ParenExpr':
      return dynamicParts(e.x, info);
    case 'UnaryExpr':
      return e.op === '&' && e.x.kind === 'CompositeLit' ? dynamicParts(e.x, info) : [e];
    case 'CompositeLit': {
      const t = info.types.get(e)?.type;
      if (!t || under(t).kind === 'Map') return [e];
      return e.elts.flatMap((x) => dynamicParts(x.kind === 'KeyValueExpr' ? x.value : x, info));
    }
    default:
      return [e];
  }
}
