// IR traversal helpers: visit every expression of a function body in source order (nested closures
// included, on request), used by the call graph (scc.ts), StaticValue (static.ts) and capture positions.
//
// Invariant: children are visited left to right in the order gc's ir.Visit would reach them.

import { assertNever } from '../diag/index.js';
import type { IRExpr, IRFunc, IRStmt } from './ir.js';

export type ExprVisitor = (e: IRExpr, parentStmt: IRStmt | undefined) => void;

/** visitStmts calls f on every expression (pre-order); closure bodies only when `intoClosures`. */
export function visitStmts(list: readonly IRStmt[], f: ExprVisitor, intoClosures: boolean): void {
  for (const s of list) visitStmt(s, f, intoClosures);
}

function visitStmt(s: IRStmt, f: ExprVisitor, into: boolean): void {
  const ex = (e: IRExpr | undefined): void => {
    if (e) visitExpr(e, f, into, s);
  };
  switch (s.op) {
    case 'DCL':
    case 'BRANCH':
      return;
    case 'BLOCK':
      return visitStmts(s.list, f, into);
    case 'AS':
      ex(s.x);
      return ex(s.y);
    case 'ASOP':
      ex(s.x);
      return ex(s.y);
    case 'AS2':
    case 'AS2MAPR':
    case 'AS2FUNC':
      s.lhs.forEach(ex);
      return s.rhs.forEach(ex);
    case 'IF':
      visitStmts(s.init, f, into);
      ex(s.cond);
      visitStmts(s.body, f, into);
      return visitStmts(s.els, f, into);
    case 'FOR':
      visitStmts(s.init, f, into);
      ex(s.cond);
      if (s.post) visitStmt(s.post, f, into);
      return visitStmts(s.body, f, into);
    case 'RANGE':
      ex(s.key);
      ex(s.value);
      ex(s.x);
      return visitStmts(s.body, f, into);
    case 'SWITCH':
      visitStmts(s.init, f, into);
      ex(s.tag);
      for (const c of s.cases) {
        c.list.forEach(ex);
        visitStmts(c.body, f, into);
      }
      return;
    case 'RETURN':
      return s.results.forEach(ex);
    case 'CALLSTMT':
      return ex(s.call);
    default:
      return assertNever(s, 'escape');
  }
}

function visitExpr(e: IRExpr, f: ExprVisitor, into: boolean, st: IRStmt | undefined): void {
  f(e, st);
  const ex = (x: IRExpr | undefined): void => {
    if (x) visitExpr(x, f, into, st);
  };
  switch (e.op) {
    case 'NAME':
    case 'GLOBAL':
    case 'FUNCNAME':
    case 'LITERAL':
    case 'NIL':
    case 'NEW':
      return;
    case 'ADDR':
    case 'DEREF':
    case 'DOT':
    case 'DOTPTR':
    case 'CONV':
    case 'CONVIFACE':
    case 'STRCONV':
    case 'METHVALUE':
    case 'UNARY':
    case 'PTRLIT':
      return ex(e.x);
    case 'INDEX':
    case 'INDEXMAP':
      ex(e.x);
      return ex(e.index);
    case 'SLICE':
      ex(e.x);
      ex(e.lo);
      ex(e.hi);
      return ex(e.max);
    case 'BINARY':
      ex(e.x);
      return ex(e.y);
    case 'ADDSTR':
      return e.list.forEach(ex);
    case 'CALL':
      ex(e.fun);
      return e.args.forEach(ex);
    case 'BUILTIN':
      return e.args.forEach(ex);
    case 'MAKESLICE':
    case 'MAKEMAP':
      ex(e.len);
      return ex(e.cap);
    case 'STRUCTLIT':
    case 'ARRAYLIT':
    case 'SLICELIT':
    case 'MAPLIT':
      for (const elt of e.elts) {
        ex(elt.key);
        ex(elt.value);
      }
      return;
    case 'CLOSURE':
      if (into) visitStmts(e.fn.body, f, into);
      return;
    default:
      return assertNever(e, 'escape');
  }
}

/** allFuncs lists fn and its closures (pre-order). */
export function allFuncs(fn: IRFunc): IRFunc[] {
  return [fn, ...fn.closures.flatMap(allFuncs)];
}
