// Final types of untyped expressions (types2 updateExprType): an untyped expression is recorded in
// info.types with its untyped type when evaluated, and re-recorded here once its context decides its type,
// e.g. in `var x int8 = 1 + 2` the constant `1 + 2` becomes int8 (its operands stay untyped int, as in
// types2: a constant's operands are not retyped), and in `var f float64 = 1 << s` the shifted `1` becomes
// float64 and is then reported as `shift of type float64`.
//
// Invariants:
//  - An entry of info.types whose type is untyped is "pending": it may still be retyped. Once retyped to a
//    typed type (final), later calls for that expression do nothing.
//  - Non-constant untyped expressions pass the new type down to their untyped operands (both operands of
//    arithmetic, the left operand of a shift, none of a comparison, whose result type is independent).

import type { Expr } from '../syntax/index.js';
import type { Checker } from './checker.js';
import { operand } from './checker.js';
import { invalidConversion, representable } from './assign.js';
import { exprString } from './exprstring.js';
import type { Type } from './types.js';
import { isInteger, isUntyped, under } from './types.js';
import { typeString } from './typestring.js';

function isComparisonOp(op: string): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

/**
 * updateExprType gives the untyped expression x, recorded at index rec of info.types, (and its untyped
 * operands) its type t once the context decides it. With final=false and an untyped t, only the recorded
 * untyped kind changes. rec -1 (not recorded) does nothing.
 *
 * Operand entries are found by position in the record log: evalExpr records an expression right after its
 * last operand, so the operand of a ParenExpr/UnaryExpr and the right operand of a BinaryExpr sit at
 * rec - 1; the left operand's index was noted in c.binaryLeft when the binary expression was evaluated.
 */
export function updateExprType(
  c: Checker,
  x: Expr,
  rec: number,
  t: Type,
  final: boolean,
  parent?: Expr,
): void {
  const types = c.info.types;
  const old = types.valueAt(rec);
  if (!old || !isUntyped(old.type)) return;
  if (old.value === undefined) {
    switch (x.kind) {
      case 'ParenExpr':
      case 'UnaryExpr':
        updateExprType(c, x.x, rec - 1, t, final, x);
        break;
      case 'BinaryExpr': {
        const left = c.binaryLeft.get(x);
        if (x.op === '<<' || x.op === '>>') {
          if (left !== undefined) updateExprType(c, x.x, left, t, final, x);
        } else if (!isComparisonOp(x.op)) {
          if (left !== undefined) updateExprType(c, x.x, left, t, final, x);
          updateExprType(c, x.y, rec - 1, t, final, x);
        }
        break;
      }
      default:
        break;
    }
  } else if (x.kind === 'ParenExpr') {
    updateExprType(c, x.x, rec - 1, t, final, x);
  }
  if (!final && isUntyped(t)) {
    types.replaceAt(rec, c.typeAndValue(old.mode, under(t), old.value));
    return;
  }
  if (c.shiftLhs.size > 0 && c.shiftLhs.delete(x) && !isInteger(t)) {
    c.error(x, `invalid operation: ${exprString(parent ?? x)} (shift of type ${typeString(t)})`);
    return;
  }
  let value = old.value;
  if (value) {
    const u = under(t);
    if (u.kind === 'Basic') {
      const r = representable(value, old.type, u);
      if (typeof r === 'string') {
        invalidConversion(c, r, operand(old.mode, old.type, value, x), u);
        return;
      }
      value = r;
    }
  }
  types.replaceAt(rec, c.typeAndValue(old.mode, t, value));
}
