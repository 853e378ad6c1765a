// Statements and function bodies (types2 stmt.go, return.go): scopes, assignments, control flow, switch
// duplicate cases, range, branch placement, `missing return`, and `declared but not used`.
//
// Invariants: each function body is checked with its own FuncContext; unused-variable errors for a body
// are reported (sorted by position) when the body is done, except for nested function literals, which
// report their own.

import type {
  BlockStmt,
  CaseClause,
  Expr,
  Field,
  FuncDecl,
  FuncLit,
  IfStmt,
  Node,
  RangeStmt,
  Stmt,
  SwitchStmt,
} from '../syntax/index.js';
import { startPos } from '../syntax/index.js';
import { assertNever, InternalError, type Pos } from '../diag/index.js';
import type { Checker, FuncContext, Operand } from './checker.js';
import { failed, operand } from './checker.js';
import {
  typesSummary,
  assignment,
  assignVars,
  convertUntyped,
  evalLhs,
  initVars,
  reportNotAssignable,
  shortVarDecl,
  unparen,
} from './assign.js';
import { binaryOperands, comparison, evalExpr, evalValue } from './expr.js';
import { localConstDecl, localTypeDecl, localVarDecl } from './decl.js';
import { exprString } from './exprstring.js';
import { operandString } from './operand.js';
import type { Signature, Type, Var } from './types.js';
import { identical, isBoolean, isInvalid, isNumeric, isString, newVar, under, comparable } from './types.js';
import { typeString } from './typestring.js';
import { InvalidType, RuneType, Typ } from './universe.js';
import * as K from './constant.js';

interface Ctx {
  breakOk: boolean;
  continueOk: boolean;
  /** The statement is the last in a case clause that is not the final clause. */
  fallthroughOk: boolean;
  finalSwitchCase: boolean;
}

const TOP: Ctx = { breakOk: false, continueOk: false, fallthroughOk: false, finalSwitchCase: false };
const LOOP: Ctx = { breakOk: true, continueOk: true, fallthroughOk: false, finalSwitchCase: false };

/** CASE_CTX[continueOk][last] are the contexts of switch case bodies. */
const CASE_CTX: readonly (readonly [Ctx, Ctx])[] = [false, true].map(
  (continueOk) =>
    [
      { breakOk: true, continueOk, fallthroughOk: true, finalSwitchCase: false },
      { breakOk: true, continueOk, fallthroughOk: false, finalSwitchCase: true },
    ] as const,
);

/** withoutFallthrough returns ctx with fallthroughOk cleared (ctx itself when already clear). */
function withoutFallthrough(ctx: Ctx): Ctx {
  return ctx.fallthroughOk ? { ...ctx, fallthroughOk: false } : ctx;
}

/** funcBody checks a function body in a new function scope holding receiver, params and named results. */
export function funcBody(
  c: Checker,
  node: FuncDecl | FuncLit,
  sig: Signature,
  body: BlockStmt,
  _recv: Var | undefined,
): void {
  const savedScope = c.scope;
  const savedFn = c.fn;
  const savedIota = c.iota;
  c.iota = undefined;
  const captures: Var[] = [];
  const fn: FuncContext = { node, sig, parent: c.fn, captures, locals: [] };
  c.fn = fn;
  c.openScope(node);
  if (sig.recv && node.kind === 'FuncDecl' && node.recv) {
    const id = node.recv.names[0];
    if (id) c.declare(id, sig.recv);
  }
  declareParams(c, node.type.params, sig.params);
  declareParams(c, node.type.results, sig.results);
  stmtList(c, body.stmts, TOP);
  if (sig.results.length > 0 && !isTerminatingList(body.stmts)) c.error(body.rbrace, 'missing return');
  c.closeScope();
  usage(c, fn.locals);
  c.scope = savedScope;
  c.fn = savedFn;
  c.iota = savedIota;
  if (node.kind === 'FuncLit') c.info.captures.set(node, captures);
}

/** declareParams binds the named parameters (or results) of fields to their Vars, in order. */
function declareParams(c: Checker, fields: readonly Field[], vars: readonly Var[]): void {
  let i = 0;
  for (const f of fields) {
    if (f.names.length === 0) {
      i++;
      continue;
    }
    for (const id of f.names) {
      const v = vars[i++];
      if (v) c.declare(id, v);
    }
  }
}

/** usage reports unused local variables of one function body, sorted by position. */
function usage(c: Checker, locals: readonly Var[]): void {
  let unused: Var[] | undefined;
  for (const v of locals) {
    if (!v.used && !v.isParam && !v.isResult) (unused ??= []).push(v);
  }
  if (!unused) return;
  unused.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  for (const v of unused) c.error(v.pos, `${v.name} declared but not used`);
}

function stmtList(c: Checker, list: readonly Stmt[], ctx: Ctx): void {
  let last = list.length - 1;
  while (last >= 0 && list[last]!.kind === 'EmptyStmt') last--;
  const inner = ctx.fallthroughOk ? withoutFallthrough(ctx) : ctx;
  for (let i = 0; i < list.length; i++) stmt(c, list[i]!, i === last ? ctx : inner);
}

/** blockStmts checks a nested block's statements in a new scope recorded for node. */
function blockStmts(c: Checker, node: Node, list: readonly Stmt[], ctx: Ctx): void {
  c.openScope(node);
  stmtList(c, list, ctx);
  c.closeScope();
}

function stmt(c: Checker, s: Stmt, ctx: Ctx): void {
  switch (s.kind) {
    case 'EmptyStmt':
    case 'BadStmt':
      return;
    case 'BlockStmt':
      blockStmts(c, s, s.stmts, withoutFallthrough(ctx));
      return;
    case 'DeclStmt':
      for (const d of s.decls) {
        if (d.kind === 'VarDecl') localVarDecl(c, d);
        else if (d.kind === 'ConstDecl') localConstDecl(c, d);
        else localTypeDecl(c, d);
      }
      return;
    case 'ExprStmt':
      exprStmt(c, s.x);
      return;
    case 'IncDecStmt': {
      const x = evalExpr(c, s.x, false);
      if (x.mode === 'invalid') return;
      if (!isNumeric(x.type)) {
        c.error(s.x, `invalid operation: ${exprString(s.x)}${s.op} (non-numeric type ${typeString(x.type)})`);
        return;
      }
      if (x.mode !== 'variable' && x.mode !== 'mapindex') reportNotAssignable(c, x);
      return;
    }
    case 'AssignStmt':
      assignStmt(c, s);
      return;
    case 'BranchStmt':
      branch(c, s, ctx);
      return;
    case 'ReturnStmt':
      returnStmt(c, s);
      return;
    case 'IfStmt':
      ifStmt(c, s, ctx);
      return;
    case 'ForStmt':
      c.openScope(s);
      if (s.init) stmt(c, s.init, TOP);
      if (s.cond) {
        const x = evalValue(c, s.cond);
        if (x.mode !== 'invalid' && !isBoolean(x.type))
          c.error(s.cond, 'non-boolean condition in for statement');
      }
      if (s.post) {
        if (s.post.kind === 'AssignStmt' && s.post.op === ':=')
          c.error(s.post, 'cannot declare in post statement of for loop');
        stmt(c, s.post, TOP);
      }
      blockStmts(c, s.body, s.body.stmts, LOOP);
      c.closeScope();
      return;
    case 'RangeStmt':
      rangeStmt(c, s);
      return;
    case 'SwitchStmt':
      switchStmt(c, s, ctx);
      return;
    default:
      assertNever(s, 'types');
  }
}

/** Builtins whose call is an expression (its value must be used). */
const EXPR_BUILTINS = new Set(['append', 'cap', 'len', 'make', 'new']);

function exprStmt(c: Checker, e: Expr): void {
  const x = evalExpr(c, e, true);
  if (x.mode === 'invalid') return;
  const inner = unparen(e);
  let msg = 'is not used';
  if (x.mode === 'builtin') msg = 'must be called';
  else if (x.mode === 'typexpr') msg = 'is not an expression';
  else if (inner.kind === 'CallExpr') {
    const kind = c.info.calls.get(inner);
    if (kind && kind.kind === 'call') return;
    if (kind && kind.kind === 'builtin' && !EXPR_BUILTINS.has(kind.id)) return;
  }
  c.error(e, `${operandString(x)} ${msg}`);
}

function assignStmt(c: Checker, s: import('../syntax/index.js').AssignStmt): void {
  if (s.op === ':=') {
    shortVarDecl(c, s.pos, s.lhs, s.rhs);
    return;
  }
  if (s.op === '=') {
    assignVars(c, s.lhs, s.rhs);
    return;
  }
  // x op= y
  const lhs = s.lhs[0]!;
  const rhs = s.rhs[0]!;
  if (s.lhs.length !== 1 || s.rhs.length !== 1) {
    c.error(s, `assignment operation ${s.op} requires single-valued expressions`);
    return;
  }
  const x = evalValue(c, lhs);
  const y = evalValue(c, rhs);
  if (x.mode === 'invalid' || y.mode === 'invalid') return;
  const z = binaryOperands(c, x, y, ASSIGN_OP_BASE[s.op] ?? s.op, undefined, [lhs, rhs]);
  if (z.mode === 'invalid') return;
  // assign z back to lhs
  const target = evalLhs(c, lhs);
  if (target.mode !== 'variable' && target.mode !== 'mapindex') {
    reportNotAssignable(c, target);
    return;
  }
  z.expr = rhs;
  assignment(c, z, target.type, 'assignment');
}

/** ASSIGN_OP_BASE maps `x op= y` operators to op. */
const ASSIGN_OP_BASE: Readonly<Record<string, string>> = {
  '+=': '+',
  '-=': '-',
  '*=': '*',
  '/=': '/',
  '%=': '%',
  '&=': '&',
  '|=': '|',
  '^=': '^',
  '<<=': '<<',
  '>>=': '>>',
  '&^=': '&^',
};

function branch(c: Checker, s: import('../syntax/index.js').BranchStmt, ctx: Ctx): void {
  switch (s.tok) {
    case 'break':
      if (!ctx.breakOk) c.error(s, 'break is not in a loop, switch, or select');
      return;
    case 'continue':
      if (!ctx.continueOk) c.error(s, 'continue is not in a loop');
      return;
    case 'fallthrough':
      if (!ctx.fallthroughOk)
        c.error(
          s,
          ctx.finalSwitchCase
            ? 'cannot fallthrough final case in switch'
            : 'fallthrough statement out of place',
        );
      return;
  }
}

function returnStmt(c: Checker, s: import('../syntax/index.js').ReturnStmt): void {
  const sig = c.fn?.sig;
  if (!sig) throw new InternalError('types', 'return outside function');
  const results = sig.results;
  if (s.results.length === 0) {
    if (results.length > 0 && results[0]!.name === '') {
      c.error(s, 'not enough return values', ['\thave ()', `\twant ${summary(results.map((r) => r.type))}`]);
    } else if (results.length > 0) {
      for (const r of results) {
        const alt = c.lookup(r.name);
        if (alt && alt !== r) {
          c.error(s, `result parameter ${r.name} not in scope at return`, [
            `\t${alt.pos.line}:${alt.pos.col}: inner declaration of var ${r.name} ${typeString(alt.kind === 'Var' ? alt.type : InvalidType)}`,
          ]);
        }
      }
    }
    return;
  }
  if (results.length === 0) {
    const x = evalExpr(c, s.results[0]!, false);
    if (x.mode !== 'invalid')
      c.error(s.results[0]!, 'too many return values', [
        `\thave ${typesSummary(
          s.results.map(() => x.type),
          false,
        )}`,
        '\twant ()',
      ]);
    return;
  }
  // Check against temporaries of the result types (results keep their `used` state).
  const tmp = results.map((r) => newVar(r.name, r.pos, r.type, { isResult: true }));
  initVars(c, tmp, s.results, s, false);
}

function summary(ts: Type[]): string {
  return `(${ts.map(typeString).join(', ')})`;
}

function ifStmt(c: Checker, s: IfStmt, ctx: Ctx): void {
  c.openScope(s);
  if (s.init) stmt(c, s.init, TOP);
  const x = evalValue(c, s.cond);
  if (x.mode !== 'invalid' && !isBoolean(x.type)) c.error(s.cond, 'non-boolean condition in if statement');
  const inner = withoutFallthrough(ctx);
  blockStmts(c, s.then, s.then.stmts, inner);
  if (s.els) {
    if (s.els.kind === 'IfStmt') ifStmt(c, s.els, inner);
    else blockStmts(c, s.els, s.els.stmts, inner);
  }
  c.closeScope();
}

function switchStmt(c: Checker, s: SwitchStmt, ctx: Ctx): void {
  c.openScope(s);
  if (s.init) stmt(c, s.init, TOP);
  let x: Operand;
  if (s.tag) {
    x = evalValue(c, s.tag);
    if (x.mode !== 'invalid') {
      assignment(c, x, undefined, 'switch expression');
      if (!failed(x) && !comparable(x.type) && under(x.type).kind !== 'Interface') {
        c.error(s.tag, `cannot switch on ${operandString(x)} (${typeString(x.type)} is not comparable)`);
        x.mode = 'invalid';
      }
    }
  } else {
    x = operand('constant', Typ.bool, K.makeBool(true), { kind: 'Ident', pos: s.rbrace, name: 'true' });
  }
  let firstDefault: CaseClause | undefined;
  const seen = new Map<string, { pos: Pos; type: Type }[]>();
  const ctxs = CASE_CTX[ctx.continueOk ? 1 : 0]!;
  for (let i = 0; i < s.clauses.length; i++) {
    const cl = s.clauses[i]!;
    if (!cl.cases) {
      if (firstDefault)
        c.error(cl, `multiple defaults (first at ${firstDefault.pos.line}:${firstDefault.pos.col})`);
      else firstDefault = cl;
    }
    if (cl.cases) for (const e of cl.cases) caseValue(c, x, e, seen);
    blockStmts(c, cl, cl.body, ctxs[i === s.clauses.length - 1 ? 1 : 0]);
  }
  c.closeScope();
}

function caseValue(c: Checker, x: Operand, e: Expr, seen: Map<string, { pos: Pos; type: Type }[]>): void {
  const v = evalValue(c, e);
  if (x.mode === 'invalid' || v.mode === 'invalid') return;
  convertUntyped(c, v, x.type);
  if (failed(v)) return;
  const res = comparison(c, { ...v }, x, '==', v.expr, true);
  if (res.mode === 'invalid') return;
  if (v.mode !== 'constant' || !v.value) return;
  const key = constKey(v.value);
  if (key === undefined) return;
  const prev = seen.get(key) ?? [];
  for (const p of prev) {
    if (identical(v.type, p.type)) {
      c.error(e, `duplicate case ${operandString(v)} in expression switch`, [
        `\t${p.pos.line}:${p.pos.col}: previous case`,
      ]);
      return;
    }
  }
  prev.push({ pos: startPos(e), type: v.type });
  seen.set(key, prev);
}

function constKey(v: K.ConstValue): string | undefined {
  switch (v.kind) {
    case 'int':
      return 'n' + v.value;
    case 'float':
      return v.den === 1n ? 'n' + v.num : `f${v.num}/${v.den}`;
    case 'string':
      return 's' + v.value;
    case 'bool':
      return undefined;
    default:
      return undefined;
  }
}

function rangeStmt(c: Checker, s: RangeStmt): void {
  c.openScope(s);
  {
    const x = evalValue(c, s.x);
    let keyT: Type | undefined;
    let valT: Type | undefined;
    if (x.mode !== 'invalid') {
      const u0 = under(x.type);
      const u = u0.kind === 'Pointer' && under(u0.elem).kind === 'Array' ? under(u0.elem) : u0;
      if (isString(u)) {
        keyT = Typ.int;
        valT = RuneType;
        if (x.mode === 'constant') convertUntyped(c, x, Typ.string);
      } else if (u.kind === 'Array' || u.kind === 'Slice') {
        keyT = Typ.int;
        valT = u.elem;
      } else if (u.kind === 'Map') {
        keyT = u.key;
        valT = u.elem;
      } else {
        c.error(s.x, `cannot range over ${operandString(x)}`);
      }
      // types2 reports surplus iteration variables only once the ranged type is known to be valid.
      const extra = s.extra?.[0];
      if (keyT && extra) c.error(extra, 'range clause permits at most two iteration variables');
    }
    const lhs = [s.key, s.value];
    const types = [keyT, valT];
    const vars: (Var | undefined)[] = [undefined, undefined];
    if (s.define) {
      const fresh: { v: Var; id: import('../syntax/index.js').Ident }[] = [];
      lhs.forEach((e, i) => {
        if (!e) return;
        if (e.kind !== 'Ident') {
          evalExpr(c, e, false);
          c.error(e, `non-name ${exprString(e)} on left side of :=`);
          return;
        }
        const v = newVar(e.name, e.pos, types[i] ?? InvalidType, { func: c.fn?.node });
        if (!types[i] || isInvalid(v.type)) v.used = true;
        c.info.defs.append(e, e.name === '_' ? undefined : v);
        if (e.name !== '_') fresh.push({ v, id: e });
        vars[i] = e.name === '_' ? undefined : v;
      });
      for (const { v, id } of fresh) c.declare(id, v);
      if (fresh.length === 0 && lhs.some((e) => e)) c.error(s, 'no new variables on left side of :=');
    } else {
      lhs.forEach((e, i) => {
        if (!e) return;
        const t = types[i];
        if (e.kind === 'Ident' && e.name === '_') {
          c.info.defs.append(e, undefined);
          return;
        }
        const z = evalLhs(c, e);
        if (z.mode === 'invalid' || !t) return;
        if (z.mode !== 'variable' && z.mode !== 'mapindex') {
          reportNotAssignable(c, z);
          return;
        }
        const y: Operand = operand('value', t, undefined, e);
        assignment(c, y, z.type, 'range');
      });
    }
    c.info.rangeVars.set(s, { key: vars[0], value: vars[1] });
    blockStmts(c, s.body, s.body.stmts, LOOP);
  }
  c.closeScope();
}

// ---------------------------------------------------------------------------------------------------------
// Terminating statements (spec "Terminating statements")

function isTerminatingList(list: readonly Stmt[]): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i]!.kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(list[i]!);
}

function isTerminating(s: Stmt): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'ExprStmt': {
      const x = unparen(s.x);
      return x.kind === 'CallExpr' && x.fun.kind === 'Ident' && x.fun.name === 'panic' && x.args.length === 1;
    }
    case 'BlockStmt':
      return isTerminatingList(s.stmts);
    case 'IfStmt':
      return s.els !== undefined && isTerminatingList(s.then.stmts) && isTerminating(s.els);
    case 'ForStmt':
      return s.cond === undefined && !hasBreak(s.body.stmts);
    case 'SwitchStmt': {
      let hasDefault = false;
      for (const cl of s.clauses) {
        if (!cl.cases) hasDefault = true;
        if (hasBreak(cl.body)) return false;
        let j = cl.body.length - 1;
        while (j >= 0 && cl.body[j]!.kind === 'EmptyStmt') j--;
        const last = cl.body[j];
        if (!last) return false;
        if (!(isTerminating(last) || (last.kind === 'BranchStmt' && last.tok === 'fallthrough')))
          return false;
      }
      return hasDefault;
    }
    default:
      return false;
  }
}

/** hasBreak reports an unlabeled break that targets the enclosing statement (not nested loops/switches). */
function hasBreak(list: readonly Stmt[]): boolean {
  for (const s of list) {
    switch (s.kind) {
      case 'BranchStmt':
        if (s.tok === 'break') return true;
        break;
      case 'BlockStmt':
        if (hasBreak(s.stmts)) return true;
        break;
      case 'IfStmt': {
        let cur: IfStmt | BlockStmt | undefined = s;
        while (cur) {
          if (cur.kind === 'BlockStmt') {
            if (hasBreak(cur.stmts)) return true;
            break;
          }
          if (hasBreak(cur.then.stmts)) return true;
          cur = cur.els;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}
