// gc's walk-phase -m notes, which go build prints after every escape-analysis line: "index bounds check
// elided" for a non-constant index into an array, a pointer to an array or a constant string whose value
// range provably fits (walk/expr.go walkIndex and bounded).
//
// Invariants: functions are visited in gc's compile order (declarations in source order, the package init
// last; after each function its closures, last one first, as enqueueFunc's stack does); an index node is
// noted once (gc marks it bounded, so a second walk of the same node is silent).

import type { Pos } from '../diag/index.js';
import { isInteger, isUnsigned, sizeof, under } from '../types/index.js';
import type { IRExpr, IRFunc, IRProgram } from './ir.js';
import { visitStmts } from './visit.js';

/** WalkNote is one walk-phase -m line: position and text. */
export interface WalkNote {
  readonly pos: Pos;
  readonly text: string;
}

/** walkNotes lists the bounds-check notes of the program in gc's order. */
export function walkNotes(prog: IRProgram): WalkNote[] {
  const out: WalkNote[] = [];
  for (const top of prog.funcs) {
    const todo: IRFunc[] = [top];
    while (todo.length > 0) {
      const fn = todo.pop()!;
      visitStmts(fn.body, (e) => noteIndex(e, out), false);
      todo.push(...fn.closures);
    }
  }
  return out;
}

function noteIndex(e: IRExpr, out: WalkNote[]): void {
  if (e.op !== 'INDEX' || smallIntConst(e.index) !== undefined || e.index.op === 'LITERAL') return;
  const xt = under(e.x.type);
  let max: number | undefined;
  if (xt.kind === 'Array') max = xt.len;
  else if (e.x.op === 'LITERAL' && xt.kind === 'Basic') max = stringConstLength(e.x.text);
  if (max !== undefined && bounded(e.index, max)) out.push({ pos: e.pos, text: 'index bounds check elided' });
}

/** smallIntConst is gc's IsSmallIntConst: an integer constant that fits in int32. */
function smallIntConst(e: IRExpr): number | undefined {
  if (e.op !== 'LITERAL' || e.intValue === undefined) return undefined;
  const v = e.intValue;
  return v >= -(2n ** 31n) && v < 2n ** 31n ? Number(v) : undefined;
}

/** stringConstLength is the byte length of a constant string written as a Go literal (else undefined). */
function stringConstLength(text: string): number | undefined {
  if (text.startsWith('`')) return Buffer.byteLength(text.slice(1, -1), 'utf8');
  if (!text.startsWith('"') || text.includes('\\')) return undefined; // escapes: not worth decoding here
  return Buffer.byteLength(text.slice(1, -1), 'utf8');
}

/** bounded is walk/expr.go's bounded: is 0 <= n < max guaranteed by n's type and shape? */
function bounded(n: IRExpr, max: number): boolean {
  if (!isInteger(n.type)) return false;
  const sign = !isUnsigned(n.type);
  let bits = 8 * sizeof(n.type);
  const c = smallIntConst(n);
  if (c !== undefined) return c >= 0 && c < max;
  if (n.op === 'BINARY') {
    const y = smallIntConst(n.y);
    switch (n.opText) {
      case '&':
      case '&^': {
        let v = -1;
        const x = smallIntConst(n.x);
        if (x !== undefined) v = x;
        else if (y !== undefined) {
          v = y;
          if (n.opText === '&^') v = sign ? ~v : Number(BigInt.asUintN(bits, BigInt(~v)));
        }
        if (v >= 0 && v < max) return true;
        break;
      }
      case '%':
        if (!sign && y !== undefined && y >= 0 && y <= max) return true;
        break;
      case '/':
        if (!sign && y !== undefined) for (let v = y; bits > 0 && v >= 2; v >>= 1) bits--;
        break;
      case '>>':
        if (!sign && y !== undefined) {
          if (y > bits) return true;
          bits -= y;
        }
        break;
    }
  }
  return !sign && bits <= 62 && 2 ** bits <= max;
}
