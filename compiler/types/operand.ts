// operandString: describe an operand in messages exactly as types2 does, e.g. `x (variable of type int)`,
// `1 << 70 (untyped int constant 1180591620717411303424)`, `nil`, `f() (no value)`.
//
// Invariant: built only when an error is reported (never on the hot path).

import type { Operand } from './checker.js';
import { constString } from './constant.js';
import type { OperandMode } from './info.js';
import { exprString } from './exprstring.js';
import { isUntyped, isInvalid } from './types.js';
import { typeString } from './typestring.js';

const MODE_STRING: Record<OperandMode, string> = {
  invalid: 'invalid operand',
  novalue: 'no value',
  builtin: 'built-in',
  typexpr: 'type',
  constant: 'constant',
  variable: 'variable',
  mapindex: 'map index expression',
  value: 'value',
  commaok: 'comma, ok expression',
  nilvalue: 'nil',
};

/** operandString renders x as types2's operandString. */
export function operandString(x: Operand): string {
  if (x.mode === 'nilvalue') {
    return x.type.kind === 'Basic' && x.type.basic === 'untyped nil'
      ? 'nil'
      : `nil (of type ${typeString(x.type)})`;
  }
  const expr = exprString(x.expr);
  let s = expr + ' (';
  let hasType = false;
  switch (x.mode) {
    case 'invalid':
    case 'novalue':
    case 'builtin':
    case 'typexpr':
      break;
    default:
      if (isUntyped(x.type) && x.type.kind === 'Basic') s += x.type.name + ' ';
      else hasType = true;
  }
  s += MODE_STRING[x.mode];
  if (x.mode === 'constant' && x.value) {
    const v = constString(x.value);
    if (v !== expr) s += ' ' + v;
  }
  if (hasType) s += isInvalid(x.type) ? ' with invalid type' : ' of type ' + typeString(x.type);
  return s + ')';
}
