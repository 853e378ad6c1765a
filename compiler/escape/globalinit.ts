// Package-level variable initializers as gc's `init` function sees them: gc's staticinit initializes what it
// can at link time (constants, functions, addresses, array/struct/slice literals of such things) and leaves
// the rest (map literals, calls, make, ...) as assignments in the package `init`, which escape analysis then
// reports on like any function, after all declared functions.
//
// Invariants: an initializer is dynamic exactly when isStaticInit says no; for an array/struct literal that
// is only partly static, each dynamic element becomes its own assignment (gc assigns the element alone).
// The destination of every assignment is the global (the heap), so element-wise lowering gives the same
// verdicts as gc.

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

/** dynamicParts returns e itself when dynamic, the dynamic elements of a partly static literal, or []. */
function dynamicParts(e: A.Expr, info: TypeInfo): A.Expr[] {
  if (isStaticInit(e, info)) return [];
  if (e.kind === 'CompositeLit') {
    const t = info.types.get(e)?.type;
    const k = t ? under(t).kind : undefined;
    if (k === 'Struct' || k === 'Array')
      return e.elts.flatMap((x) => dynamicParts(x.kind === 'KeyValueExpr' ? x.value : x, info));
  }
  if (e.kind === 'ParenExpr') return dynamicParts(e.x, info);
  return [e];
}

/** isStaticInit approximates gc's staticinit: can the linker lay out this value? */
function isStaticInit(e: A.Expr, info: TypeInfo): boolean {
  if (info.types.get(e)?.value !== undefined) return true;
  switch (e.kind) {
    case 'BasicLit':
    case 'FuncLit':
      return true;
    case 'Ident':
      return true; // nil, functions and other globals (copied statically)
    case 'ParenExpr':
      return isStaticInit(e.x, info);
    case 'UnaryExpr':
      return e.op === '&' && e.x.kind === 'CompositeLit' && isStaticInit(e.x, info);
    case 'CompositeLit': {
      const t = info.types.get(e)?.type;
      if (!t || under(t).kind === 'Map') return false;
      return e.elts.every((x) => isStaticInit(x.kind === 'KeyValueExpr' ? x.value : x, info));
    }
    default:
      return false;
  }
}
