// typeString: render a type exactly as types2 does in Go 1.19 error messages.
//
// Invariants: local named types print unqualified (`T`), `any` prints as `any`, parameter names are kept
// (`func(x int) string`), separators are `, ` in tuples and `; ` in structs.

import { assertNever } from '../diag/index.js';
import { anyType } from './universe.js';
import type { Signature, Type, Var } from './types.js';

/** typeString renders t as Go 1.19's types2.TypeString with the package-local qualifier. */
export function typeString(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.name;
    case 'Pointer':
      return '*' + typeString(t.elem);
    case 'Slice':
      return '[]' + typeString(t.elem);
    case 'Array':
      return `[${t.len}]${typeString(t.elem)}`;
    case 'Map':
      return `map[${typeString(t.key)}]${typeString(t.elem)}`;
    case 'Struct':
      return `struct{${t.fields.map((f) => (f.embedded ? typeString(f.type) : `${f.name} ${typeString(f.type)}`)).join('; ')}}`;
    case 'Signature':
      return 'func' + signatureString(t);
    case 'Named':
      return t.obj.name;
    case 'Tuple':
      return tupleString(t.vars, false);
    case 'Interface':
      if (t === anyType) return 'any';
      return `interface{${t.methods.map((m) => m.name + signatureString(m.type)).join('; ')}}`;
    default:
      return assertNever(t, 'types');
  }
}

/** signatureString renders `(params) results` without the `func` keyword. */
export function signatureString(sig: Signature): string {
  const params = tupleString(sig.params, sig.variadic);
  const n = sig.results.length;
  if (n === 0) return params;
  const only = sig.results[0];
  if (n === 1 && only && only.name === '') return `${params} ${typeString(only.type)}`;
  return `${params} ${tupleString(sig.results, false)}`;
}

/** tupleString renders `(a int, b string)` or `(int, string)`; a variadic last param prints as `...T`. */
export function tupleString(vars: readonly Var[], variadic: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i < vars.length; i++) {
    const v = vars[i]!;
    let ts: string;
    if (variadic && i === vars.length - 1 && v.type.kind === 'Slice') ts = '...' + typeString(v.type.elem);
    else ts = typeString(v.type);
    parts.push(v.name !== '' ? `${v.name} ${ts}` : ts);
  }
  return `(${parts.join(', ')})`;
}
