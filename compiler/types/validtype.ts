// Invalid recursive types (types2 validtype.go): a declared type must not contain itself by value, e.g.
// `type T struct{ next T }` or `type A [2]A` (containment through pointers, slices, maps and functions is
// fine). Reported as gc does:
//
//   3:6: invalid recursive type B
//   	3:6: B refers to
//   	7:6: C refers to
//   	3:6: B
//
// starting at the type of the cycle declared first in the source (types2 firstInSrc).
//
// Invariants:
//  - The walk follows each Named type's right-hand side as written (`type F G` walks G, then G's struct),
//    so the reported cycle lists every declared type on it.
//  - A type found on a cycle gets the invalid underlying type, so later phases (sizeof, layout) never
//    recurse forever, and types depending on it stop the walk without a second report.

import type { Checker } from './checker.js';
import { posString } from './checker.js';
import type { Named, Type } from './types.js';
import { isInvalid } from './types.js';
import { InvalidType } from './universe.js';

/** validType reports an invalid recursive type reachable from t by value containment. */
export function validType(c: Checker, t: Named): void {
  walk(c, t, []);
}

function walk(c: Checker, typ: Type, path: Named[]): boolean {
  switch (typ.kind) {
    case 'Array':
      return walk(c, typ.elem, path);
    case 'Struct':
      for (const f of typ.fields) if (!walk(c, f.type, path)) return false;
      return true;
    case 'Named': {
      if (c.validTypes.has(typ)) return true;
      if (isInvalid(typ.underlying)) return false;
      const start = path.indexOf(typ);
      if (start >= 0) {
        typ.underlying = InvalidType;
        cycleError(c, path.slice(start));
        return false;
      }
      path.push(typ);
      const ok = walk(c, c.namedRHS.get(typ) ?? typ.underlying, path);
      path.pop();
      if (ok) c.validTypes.add(typ);
      return ok;
    }
    default:
      return true;
  }
}

function cycleError(c: Checker, cycle: readonly Named[]): void {
  let i = 0;
  for (let j = 1; j < cycle.length; j++) {
    const p = cycle[j]!.obj.pos;
    const q = cycle[i]!.obj.pos;
    if (p.line < q.line || (p.line === q.line && p.col < q.col)) i = j;
  }
  const first = cycle[i]!.obj;
  const related: string[] = [];
  for (let k = 0; k < cycle.length; k++) {
    const obj = cycle[(i + k) % cycle.length]!.obj;
    related.push(`\t${posString(obj.pos)}: ${obj.name} refers to`);
  }
  related.push(`\t${posString(first.pos)}: ${first.name}`);
  c.error(first.pos, `invalid recursive type ${first.name}`, related);
}
