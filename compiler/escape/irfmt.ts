// irfmt: renders escape-IR nodes and types exactly as gc's `%v` does (ir/fmt.go exprFmt/stmtFmt,
// types/fmt.go), because -m messages embed them: `make(map[string]int) does not escape`,
// `from (*pm)["k"] = "v" (assign)`, `from fmt.Println(... argument...) (call parameter)`, `for loop`.
//
// Invariants:
//  - Implicit ADDR/DEREF/conversions print as their operand (gc skips Implicit nodes).
//  - Composite literals print as `T{...}` (or `T{}` when empty); the variadic slice as `... argument`.
//  - Parenthesization follows gc's OpPrec table (PREC below): an operand whose precedence is lower than
//    its context gets `( )`.

import { assertNever } from '../diag/index.js';
import type { Type } from '../types/index.js';
import type { IRExpr, IRExprOp, IRStmt } from './ir.js';

/** gcTypeString prints a type as gc's types.Type %v (local names unqualified). */
export function gcTypeString(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.name.startsWith('untyped ') ? t.name : t.name;
    case 'Pointer':
      return '*' + gcTypeString(t.elem);
    case 'Slice':
      return '[]' + gcTypeString(t.elem);
    case 'Array':
      return `[${t.len}]${gcTypeString(t.elem)}`;
    case 'Map':
      return `map[${gcTypeString(t.key)}]${gcTypeString(t.elem)}`;
    case 'Struct':
      if (t.fields.length === 0) return 'struct {}';
      return `struct { ${t.fields.map((f) => (f.embedded ? gcTypeString(f.type) : `${f.name} ${gcTypeString(f.type)}`)).join('; ')} }`;
    case 'Signature': {
      const params = t.params.map((p, i) =>
        t.variadic && i === t.params.length - 1 && p.type.kind === 'Slice'
          ? '...' + gcTypeString(p.type.elem)
          : gcTypeString(p.type),
      );
      const res = t.results.map((r) => gcTypeString(r.type));
      const results = res.length === 0 ? '' : res.length === 1 ? ' ' + res[0]! : ` (${res.join(', ')})`;
      return `func(${params.join(', ')})${results}`;
    }
    case 'Named':
      return t.obj.name;
    case 'Tuple':
      return `(${t.vars.map((v) => gcTypeString(v.type)).join(', ')})`;
    case 'Interface':
      return t.methods.length === 0 ? 'interface {}' : 'error';
    default:
      return assertNever(t, 'escape');
  }
}

/** PREC is gc's OpPrec for the IR ops we have (names, calls, selectors: 8; unary: 7; ...). */
const PREC: Record<IRExprOp, number> = {
  NAME: 8,
  GLOBAL: 8,
  FUNCNAME: 8,
  LITERAL: 8,
  NIL: 8,
  ADDR: 7,
  DEREF: 7,
  DOT: 8,
  DOTPTR: 8,
  INDEX: 8,
  INDEXMAP: 8,
  SLICE: 8,
  CONV: 8,
  CONVIFACE: 8,
  STRCONV: 8,
  METHVALUE: 8,
  UNARY: 7,
  BINARY: 5, // refined by BINARY_PREC
  ADDSTR: 0,
  CALL: 8,
  BUILTIN: 8,
  NEW: 8,
  MAKESLICE: 8,
  MAKEMAP: 8,
  PTRLIT: 0,
  STRUCTLIT: 8,
  ARRAYLIT: 8,
  SLICELIT: 8,
  MAPLIT: 8,
  CLOSURE: 0,
};

const BINARY_PREC: Record<string, number> = {
  '*': 6,
  '/': 6,
  '%': 6,
  '<<': 6,
  '>>': 6,
  '&': 6,
  '&^': 6,
  '+': 5,
  '-': 5,
  '|': 5,
  '^': 5,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '&&': 2,
  '||': 1,
};

function skipImplicit(n: IRExpr): IRExpr {
  for (;;) {
    if ((n.op === 'ADDR' || n.op === 'DEREF' || n.op === 'CONV' || n.op === 'CONVIFACE') && n.implicit) {
      n = n.x;
      continue;
    }
    return n;
  }
}

function precOf(n: IRExpr): number {
  return n.op === 'BINARY' ? (BINARY_PREC[n.opText] ?? 5) : PREC[n.op];
}

/** fmtExpr renders an expression as gc's exprFmt(n, prec). */
export function fmtExpr(n0: IRExpr, prec = 0): string {
  const n = skipImplicit(n0);
  const nprec = precOf(n);
  if (prec > nprec) return `(${fmtExpr(n, 0)})`;
  const list = (xs: readonly IRExpr[]): string => xs.map((x) => fmtExpr(x)).join(', ');
  switch (n.op) {
    case 'NAME':
    case 'GLOBAL':
      return n.v.name;
    case 'FUNCNAME':
      return n.name;
    case 'LITERAL':
      return n.text;
    case 'NIL':
      return 'nil';
    case 'ADDR':
      return '&' + (skipImplicit(n.x).op === 'ADDR' ? ' ' : '') + fmtExpr(n.x, nprec + 1);
    case 'DEREF':
      return '*' + fmtExpr(n.x, nprec + 1);
    case 'DOT':
    case 'DOTPTR':
    case 'METHVALUE':
      return `${fmtExpr(n.x, nprec)}.${n.sel}`;
    case 'INDEX':
    case 'INDEXMAP':
      return `${fmtExpr(n.x, nprec)}[${fmtExpr(n.index)}]`;
    case 'SLICE': {
      let s = `${fmtExpr(n.x, nprec)}[`;
      if (n.lo) s += fmtExpr(n.lo);
      s += ':';
      if (n.hi) s += fmtExpr(n.hi);
      if (n.full) {
        s += ':';
        if (n.max) s += fmtExpr(n.max);
      }
      return s + ']';
    }
    case 'CONV':
    case 'CONVIFACE':
    case 'STRCONV': {
      const named = n.type.kind === 'Named' || n.type.kind === 'Basic';
      const t = named ? gcTypeString(n.type) : `(${gcTypeString(n.type)})`;
      return `${t}(${fmtExpr(n.x)})`;
    }
    case 'UNARY': {
      const inner = skipImplicit(n.x);
      const space = inner.op === 'UNARY' && inner.opText === n.opText ? ' ' : '';
      return n.opText + space + fmtExpr(n.x, nprec + 1);
    }
    case 'BINARY':
      return `${fmtExpr(n.x, nprec)} ${n.opText} ${fmtExpr(n.y, nprec + 1)}`;
    case 'ADDSTR':
      return n.list.map((x) => fmtExpr(x, nprec)).join(' + ');
    case 'CALL':
      return `${fmtExpr(n.fun, nprec)}(${list(n.args)}${n.ddd ? '...' : ''})`;
    case 'BUILTIN':
      if (n.name === 'len' || n.name === 'cap' || n.name === 'panic')
        return `${n.name}(${fmtExpr(n.args[0]!)})`;
      if (n.name === 'copy') return `copy(${fmtExpr(n.args[0]!)}, ${fmtExpr(n.args[1]!)})`;
      return `${n.name}(${list(n.args)}${n.ddd ? '...' : ''})`;
    case 'NEW':
      return `new(${gcTypeString(n.elem)})`;
    case 'MAKESLICE':
    case 'MAKEMAP':
      if (n.cap) return `make(${gcTypeString(n.type)}, ${fmtExpr(n.len!)}, ${fmtExpr(n.cap)})`;
      if (n.len) return `make(${gcTypeString(n.type)}, ${fmtExpr(n.len)})`;
      return `make(${gcTypeString(n.type)})`;
    case 'PTRLIT':
      return '&' + fmtExpr(n.x);
    case 'STRUCTLIT':
    case 'ARRAYLIT':
    case 'SLICELIT':
    case 'MAPLIT':
      if (n.implicit) return '... argument';
      return `${gcTypeString(n.type)}{${n.elts.length > 0 ? '...' : ''}}`;
    case 'CLOSURE':
      return 'func literal';
    default:
      return assertNever(n, 'escape');
  }
}

/** fmtStmt renders a statement as gc's stmtFmt (only the statements that appear in -m=2 notes). */
export function fmtStmt(n: IRStmt): string {
  const opt = (x: IRExpr | undefined): string => (x ? fmtExpr(x) : n.op === 'AS' ? '<nil>' : '_');
  switch (n.op) {
    case 'AS':
      return `${opt(n.x)} ${n.def ? ':=' : '='} ${n.y ? fmtExpr(n.y) : '<nil>'}`;
    case 'ASOP':
      if (n.incdec) return `${fmtExpr(n.x)}${n.opText === '+' ? '++' : '--'}`;
      return `${fmtExpr(n.x)} ${n.opText}= ${fmtExpr(n.y)}`;
    case 'AS2':
    case 'AS2MAPR':
    case 'AS2FUNC':
      return `${n.lhs.map((x) => (x ? fmtExpr(x) : '_')).join(', ')} ${n.def ? ':=' : '='} ${n.rhs.map((x) => fmtExpr(x)).join(', ')}`;
    case 'RETURN':
      return `return ${n.results.map((x) => fmtExpr(x)).join(', ')}`;
    case 'RANGE':
    case 'FOR':
      return 'for loop';
    case 'CALLSTMT':
      return fmtExpr(n.call);
    case 'DCL':
      return `var ${n.v.name} ${gcTypeString(n.v.type)}`;
    case 'BLOCK':
    case 'IF':
    case 'SWITCH':
    case 'BRANCH':
      return `<${n.op.toLowerCase()}>`;
    default:
      return assertNever(n, 'escape');
  }
}

/** fmtNode renders a note's `where` node (expression or statement). */
export function fmtNode(n: IRExpr | IRStmt): string {
  return isStmt(n) ? fmtStmt(n) : fmtExpr(n);
}

const STMT_OPS = new Set<string>([
  'DCL',
  'AS',
  'ASOP',
  'AS2',
  'AS2MAPR',
  'AS2FUNC',
  'BLOCK',
  'IF',
  'FOR',
  'RANGE',
  'SWITCH',
  'RETURN',
  'CALLSTMT',
  'BRANCH',
]);

export function isStmt(n: IRExpr | IRStmt): n is IRStmt {
  return STMT_OPS.has(n.op);
}
