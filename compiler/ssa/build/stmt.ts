// Statements: assignments (with Go's order rules for map index assignments), declarations, control flow
// (if, for, range, switch, break/continue/fallthrough, return), expression statements.
//
// Invariants:
//  - Each statement sets the builder position to its line with the statement mark, so the first value it
//    produces prints as `(+N)` and the dump can show the source line above it.
//  - Block creation order follows the source; loop headers get sealed after their back edges are added.
//  - Multi-assignments evaluate all index/map operands and RHS values first, then assign left to right.

import { InternalError } from '../../diag/index.js';
import type { AssignStmt, Expr, ForStmt, IfStmt, RangeStmt, Stmt, SwitchStmt } from '../../syntax/index.js';
import { under, type Type, type Var } from '../../types/index.js';
import type { Block, SsaType, Value } from '../ir.js';
import { T, ptrTo } from '../types.js';
import { buildCall } from './calls.js';
import { isComposite, load, ssaType, stackTemp, store, type Ctx } from './ctx.js';
import {
  addr,
  arith,
  boundsCheck,
  compareValues,
  convertTo,
  expr,
  panicIf,
  readVar,
  toInt,
  typeOf,
  writeVar,
} from './expr.js';
import { declareVar, returnValues } from './func-body.js';
import {
  beginMapIndex,
  evalMapIndex,
  mapAccess1Ptr,
  mapAccess2,
  mapAssignPtr,
  mapRange,
  mapTypeOf,
  rhsOrdered,
} from './maps.js';
import { isCall, parallelAssign, resolveTarget, type ParallelTarget } from './parallel.js';

export function stmtList(c: Ctx, stmts: readonly Stmt[]): void {
  for (const s of stmts) {
    if (!c.fb.cur) return;
    stmt(c, s);
  }
}

function defOf(c: Ctx, e: Expr): Var | undefined {
  if (e.kind !== 'Ident') return undefined;
  const o = c.p.info.defs.get(e) ?? c.p.info.uses.get(e);
  return o?.kind === 'Var' ? o : undefined;
}

function stmt(c: Ctx, s: Stmt): void {
  const fb = c.fb;
  fb.pos = { line: s.pos.line, stmt: true };
  switch (s.kind) {
    case 'EmptyStmt':
      return;
    case 'BlockStmt':
      return stmtList(c, s.stmts);
    case 'ExprStmt':
      if (s.x.kind === 'CallExpr') buildCall(c, s.x);
      else expr(c, s.x);
      return;
    case 'DeclStmt':
      for (const d of s.decls) {
        if (d.kind !== 'VarDecl') continue;
        const vars = d.names.map((n) => c.p.info.defs.get(n));
        if (d.values.length === 0) {
          for (const v of vars) if (v?.kind === 'Var') declareVar(c, v, true);
        } else assignList(c, d.names, d.values, true);
      }
      return;
    case 'AssignStmt':
      return assign(c, s);
    case 'IncDecStmt':
      return opAssign(c, s.x, s.op === '++' ? '+' : '-', undefined);
    case 'BranchStmt': {
      if (s.tok === 'fallthrough') {
        fb.goto(c.fallTarget!);
        return;
      }
      const t = c.targets[c.targets.length - 1];
      if (!t) throw new InternalError('ssa', `${s.tok} outside a loop`);
      fb.goto(s.tok === 'break' ? t.brk : t.cont!);
      return;
    }
    case 'ReturnStmt': {
      const sig = c.results;
      let vals: Value[];
      if (s.results.length === 1 && sig.length > 1) {
        const call = s.results[0]!;
        vals = call.kind === 'CallExpr' ? buildCall(c, call) : [];
      } else vals = s.results.map((r, i) => convertTo(c, r, sig[i]!.type));
      if (vals.length > 0 && sig.some((r) => r.name !== '' && r.name !== '_')) {
        // named results: assign, then return them
        sig.forEach((r, i) => writeVar(c, r, vals[i]!));
        vals = [];
      }
      returnValues(c, vals);
      return;
    }
    case 'IfStmt':
      return ifStmt(c, s);
    case 'ForStmt':
      return forStmt(c, s);
    case 'RangeStmt':
      return rangeStmt(c, s);
    case 'SwitchStmt':
      return switchStmt(c, s);
    case 'BadStmt':
      throw new InternalError('ssa', 'BadStmt');
  }
}

/** An evaluated assignment target: a variable, a memory address, a map slot to assign later, or `_`. */
type Target = ParallelTarget;

function evalTarget(c: Ctx, e: Expr, define: boolean): Target {
  if (e.kind === 'Ident' && e.name === '_') return { kind: 'blank' };
  if (e.kind === 'ParenExpr') return evalTarget(c, e.x, define);
  const v = defOf(c, e);
  if (v && e.kind === 'Ident') {
    if (define && c.p.info.defs.get(e) === v) declareVar(c, v, false);
    return { kind: 'var', v };
  }
  if (e.kind === 'IndexExpr' && under(typeOf(c, e.x)).kind === 'Map')
    return { kind: 'map', r: evalMapIndex(c, e) };
  return { kind: 'addr', a: addr(c, e), t: typeOf(c, e) };
}

/**
 * evalTargetLate is evalTarget for a target assigned after calls on the right (ordered): a map element's
 * plain map and key operands are left to resolveTarget, after those calls (maps.ts beginMapIndex).
 */
function evalTargetLate(c: Ctx, e: Expr, define: boolean, ordered: boolean): Target {
  const x = e.kind === 'ParenExpr' ? e.x : e;
  if (!ordered || x.kind !== 'IndexExpr' || under(typeOf(c, x.x)).kind !== 'Map')
    return evalTarget(c, e, define);
  return { kind: 'lazymap', mt: mapTypeOf(typeOf(c, x.x)), finish: beginMapIndex(c, x, true) };
}

function targetType(c: Ctx, t: Target): Type | undefined {
  switch (t.kind) {
    case 'lazymap':
      return t.mt.elem;
    case 'var':
      return t.v.type;
    case 'addr':
      return t.t;
    case 'map':
      return t.r.mt.elem;
    case 'blank':
      return undefined;
  }
}

function assignTo(c: Ctx, t: Target, val: Value): void {
  switch (t.kind) {
    case 'blank':
      return;
    case 'var':
      if (isComposite(ssaType(t.v.type)) && c.homes.get(t.v)?.kind === 'ssa')
        throw new InternalError('ssa', 'composite in SSA');
      writeVar(c, t.v, val);
      return;
    case 'addr':
      store(c, t.a, val, ssaType(t.t));
      return;
    case 'map': {
      const p = mapAssignPtr(c, t.r);
      store(c, p, val, ssaType(t.r.mt.elem));
      return;
    }
    case 'lazymap':
      return assignTo(c, resolveTarget(t), val);
  }
}

/**
 * snapshot copies a composite RHS (struct/array value of SSA type st, held as an address) into a temp so
 * that a parallel assignment reads old values. Pointers (even to structs) are plain values: never copied.
 */
function snapshot(c: Ctx, v: Value, st: SsaType, multi: boolean): Value {
  if (!multi || !isComposite(st)) return v;
  const fb = c.fb;
  const sym = fb.newAutotmp(st);
  const tmp = fb.localAddr(sym, ptrTo(st));
  store(c, tmp, v, st);
  return tmp;
}

export function assignList(c: Ctx, lhs: readonly Expr[], rhs: readonly Expr[], define: boolean): void {
  if (rhs.length === 1 && lhs.length === 2) return commaOk(c, lhs, rhs[0]!, define);
  if (rhs.length === 1 && lhs.length > 1) {
    const pending = lhs.map((l) => evalTargetLate(c, l, define, true));
    const vals = buildCall(c, rhs[0] as Expr & { kind: 'CallExpr' });
    const targets = pending.map(resolveTarget);
    targets.forEach((t, i) => assignTo(c, t, vals[i]!));
    return;
  }
  if (!define && lhs.length > 1) {
    // map targets wait for the calls on the right unless a call is nested (then all stay in front)
    const ordered = rhs.every((r) => isCall(c, r) || !rhsOrdered(c, r));
    const evaluated = lhs.map((l) => evalTargetLate(c, l, false, ordered));
    return parallelAssign(c, evaluated, rhs, (t, v) => assignTo(c, t, v));
  }
  const l0 = lhs[0]!.kind === 'ParenExpr' ? lhs[0]!.x : lhs[0]!;
  if (lhs.length === 1 && !define && l0.kind === 'IndexExpr' && under(typeOf(c, l0.x)).kind === 'Map') {
    // m[k] = rhs: a RHS with calls runs before the plain map and key operands are read (maps.ts)
    const finish = beginMapIndex(c, l0, rhsOrdered(c, rhs[0]!));
    const v = convertTo(c, rhs[0]!, mapTypeOf(typeOf(c, l0.x)).elem);
    return assignTo(c, { kind: 'map', r: finish() }, v);
  }
  const targets = lhs.map((l) => (define ? undefined : evalTarget(c, l, false)));
  const vals = rhs.map((r, i) => {
    const lt = targets[i] ? targetType(c, targets[i]!) : defOf(c, lhs[i]!)?.type;
    const v = lt ? convertTo(c, r, lt) : expr(c, r);
    return snapshot(c, v, ssaType(lt ?? typeOf(c, r)), lhs.length > 1);
  });
  lhs.forEach((l, i) => {
    const t = targets[i] ?? evalTarget(c, l, define);
    assignTo(c, t, vals[i]!);
  });
}

/** commaOk handles `v, ok := m[k]` (mapaccess2) and `a, b := f()`. */
function commaOk(c: Ctx, lhs: readonly Expr[], r: Expr, define: boolean): void {
  const inner = r.kind === 'ParenExpr' ? r.x : r;
  if (inner.kind === 'IndexExpr' && under(typeOf(c, inner.x)).kind === 'Map') {
    const ordered = rhsOrdered(c, inner);
    const t0 = define ? undefined : evalTargetLate(c, lhs[0]!, false, ordered);
    const t1 = define ? undefined : evalTargetLate(c, lhs[1]!, false, ordered);
    const { ptr, ok, elem } = mapAccess2(c, inner);
    const first = t0 ? resolveTarget(t0) : evalTarget(c, lhs[0]!, define);
    const second = t1 ? resolveTarget(t1) : evalTarget(c, lhs[1]!, define);
    if (first.kind !== 'blank') assignTo(c, first, snapshot(c, load(c, ptr, elem), elem, true));
    assignTo(c, second, ok);
    return;
  }
  const pending = lhs.map((l) => (define ? undefined : evalTargetLate(c, l, false, true)));
  const vals = buildCall(c, inner as Expr & { kind: 'CallExpr' });
  const targets = pending.map((t) => (t ? resolveTarget(t) : undefined));
  lhs.forEach((l, i) => assignTo(c, targets[i] ?? evalTarget(c, l, define), vals[i]!));
}

function assign(c: Ctx, s: AssignStmt): void {
  if (s.op === '=' || s.op === ':=') {
    // m[k] = append(m[k], x): one mapassign for the slot, then append through it (walk/assign.go)
    const l0 = s.lhs[0];
    const r0 = s.rhs[0];
    if (
      s.lhs.length === 1 &&
      l0?.kind === 'IndexExpr' &&
      r0?.kind === 'CallExpr' &&
      isSelfAppend(c, l0, r0)
    ) {
      return mapAppend(c, l0, r0);
    }
    return assignList(c, s.lhs, s.rhs, s.op === ':=');
  }
  opAssign(c, s.lhs[0]!, s.op.slice(0, -1), s.rhs[0]);
}

/** isSelfAppend: `m[k] = append(m[k], ...)` with the same map and key expressions (safe expressions). */
function isSelfAppend(c: Ctx, l: Expr & { kind: 'IndexExpr' }, r: Expr & { kind: 'CallExpr' }): boolean {
  const ck = c.p.info.calls.get(r);
  if (ck?.kind !== 'builtin' || ck.id !== 'append' || under(typeOf(c, l.x)).kind !== 'Map') return false;
  const a0 = r.args[0];
  if (a0?.kind !== 'IndexExpr') return false;
  const same = (a: Expr, b: Expr): boolean =>
    (a.kind === 'Ident' && b.kind === 'Ident' && c.p.info.uses.get(a) === c.p.info.uses.get(b)) ||
    (c.p.info.types.get(a)?.value !== undefined &&
      JSON.stringify(c.p.info.types.get(a)?.value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) ===
        JSON.stringify(c.p.info.types.get(b)?.value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
  return same(a0.x, l.x) && same(a0.index, l.index) && l.x.kind === 'Ident';
}

function mapAppend(c: Ctx, l: Expr & { kind: 'IndexExpr' }, r: Expr & { kind: 'CallExpr' }): void {
  const fb = c.fb;
  // walk's mapassign comes before the items; calls in them are order.go temps evaluated before the
  // statement, and then the plain map and key operands are read after them (maps.ts beginMapIndex)
  const ordered = r.args.slice(1).some((a) => rhsOrdered(c, a));
  const finish = beginMapIndex(c, l, ordered);
  const sliceElem = (under(mapTypeOf(typeOf(c, l.x)).elem) as { elem: Type }).elem;
  const itemsOf = (): Value[] => r.args.slice(1).map((a) => convertTo(c, a, sliceElem));
  const early = ordered ? itemsOf() : undefined;
  const ref = finish();
  const et = ssaType(ref.mt.elem);
  const p = mapAssignPtr(c, ref);
  const items = early ?? itemsOf();
  const key = `.mapappend${r.pos.offset}`;
  fb.write(key, p, p.type);
  // append(*p, args...) with *p as the slice operand
  const s = fb.v('Load', et, [p, fb.mem()]);
  const est = ssaType(sliceElem);
  const len = fb.v('SliceLen', T.int, [s]);
  const cap = fb.v('SliceCap', T.int, [s]);
  const newLen = fb.v('Add64', T.int, [len, fb.intConst(T.int, items.length)]);
  const sk = `.mapappends${r.pos.offset}`;
  fb.write(sk, s, et);
  const grow = fb.newBlock();
  const join = fb.newBlock();
  fb.branch(fb.v('Less64U', T.bool, [cap, newLen]), grow, join, 'unlikely');
  fb.seal(grow);
  fb.start(grow);
  const elemType = (under(ref.mt.elem) as { elem: Type }).elem;
  const typ = fb.v('Addr', T.bytePtr, [fb.sb], {
    kind: 'sym',
    name: `type.${ssaType(elemType).name}`,
    symKind: 'type',
    type: est,
  });
  const [g] = fb.call('runtime.growslice', [typ, s, newLen], [et]);
  fb.write(sk, g!, et);
  fb.goto(join);
  fb.seal(join);
  fb.start(join);
  const cur = fb.read(sk);
  const ptr = fb.v('SlicePtr', ptrTo(est), [cur]);
  items.forEach((it, i) => {
    const idx = i === 0 ? len : fb.v('Add64', T.int, [len, fb.intConst(T.int, i)]);
    store(c, fb.v('PtrIndex', ptrTo(est), [ptr, idx]), it, est);
  });
  const slot = fb.read(key);
  store(c, slot, fb.v('SliceMake', et, [ptr, newLen, fb.v('SliceCap', T.int, [cur])]), et);
}

/** opAssign is `x op= y` / `x++`: maps use ONE mapassign, except / and % (mapaccess1, check, mapassign). */
function opAssign(c: Ctx, lhs: Expr, op: string, rhs: Expr | undefined): void {
  const fb = c.fb;
  const lt = typeOf(c, lhs);
  const st = ssaType(lt);
  const bop = op as '+';
  const yOf = (): Value =>
    rhs ? (op === '<<' || op === '>>' ? expr(c, rhs) : convertTo(c, rhs, lt)) : one(c, st);
  const yConst = !rhs || c.p.info.types.get(rhs)?.mode === 'constant';
  const inner = lhs.kind === 'ParenExpr' ? lhs.x : lhs;
  if (inner.kind === 'IndexExpr' && under(typeOf(c, inner.x)).kind === 'Map') {
    const finish = beginMapIndex(c, inner, rhs !== undefined && rhsOrdered(c, rhs));
    const y = yOf();
    const r = finish();
    if (op === '/' || op === '%') {
      const old = load(c, mapAccess1Ptr(c, r), st);
      if (!yConst)
        panicIf(
          c,
          fb.v(`Eq${st.size * 8}` as 'Eq64', T.bool, [y, fb.intConst(st, 0)]),
          'runtime.panicdivide',
        );
      const p = mapAssignPtr(c, r);
      store(c, p, arith(c, bop, old, y, st, true), st);
      return;
    }
    const p = mapAssignPtr(c, r);
    const old = load(c, p, st);
    store(
      c,
      p,
      op === '+' && st.cls === 'string' ? concat2(c, old, y) : arith(c, bop, old, y, st, yConst),
      st,
    );
    return;
  }
  const t = evalTarget(c, lhs, false);
  const old = t.kind === 'var' ? readVar(c, t.v) : t.kind === 'addr' ? load(c, t.a, st) : undefined;
  if (!old) throw new InternalError('ssa', 'op-assign to blank');
  const y = yOf();
  const val = op === '+' && st.cls === 'string' ? concat2(c, old, y) : arith(c, bop, old, y, st, yConst);
  assignTo(c, t, val);
}

function concat2(c: Ctx, a: Value, b: Value): Value {
  return c.fb.call('runtime.concatstring2', [c.fb.constant('ConstNil', T.bytePtr), a, b], [T.string])[0]!;
}

function one(c: Ctx, st: import('../ir.js').SsaType): Value {
  if (st.cls === 'float') return c.fb.constant(st.size === 4 ? 'Const32F' : 'Const64F', st, 1);
  return c.fb.intConst(st, 1);
}

/** cond builds a branch on a boolean expression (short-circuit && / || become control flow). */
function cond(c: Ctx, e: Expr, yes: Block, no: Block, likely?: 'likely' | 'unlikely'): void {
  const fb = c.fb;
  const inner = e.kind === 'ParenExpr' ? e.x : e;
  if (
    inner.kind === 'BinaryExpr' &&
    (inner.op === '&&' || inner.op === '||') &&
    c.p.info.types.get(inner)?.mode !== 'constant'
  ) {
    const mid = fb.newBlock();
    if (inner.op === '&&') cond(c, inner.x, mid, no);
    else cond(c, inner.x, yes, mid);
    fb.seal(mid);
    fb.start(mid);
    cond(c, inner.y, yes, no, likely);
    return;
  }
  if (inner.kind === 'UnaryExpr' && inner.op === '!' && c.p.info.types.get(inner)?.mode !== 'constant') {
    cond(c, inner.x, no, yes);
    return;
  }
  fb.branch(expr(c, e), yes, no, likely);
}

function ifStmt(c: Ctx, s: IfStmt): void {
  const fb = c.fb;
  if (s.init) stmt(c, s.init);
  if (!fb.cur) return;
  fb.pos = { line: s.pos.line, stmt: true };
  const then = fb.newBlock();
  const els = s.els ? fb.newBlock() : undefined;
  const after = fb.newBlock();
  cond(c, s.cond, then, els ?? after);
  fb.seal(then);
  fb.start(then);
  stmtList(c, s.then.stmts);
  fb.goto(after);
  if (els) {
    fb.seal(els);
    fb.start(els);
    if (s.els!.kind === 'IfStmt') ifStmt(c, s.els!);
    else stmtList(c, s.els!.stmts);
    fb.goto(after);
  }
  fb.seal(after);
  fb.start(after);
}

function forStmt(c: Ctx, s: ForStmt): void {
  const fb = c.fb;
  if (s.init) stmt(c, s.init);
  if (!fb.cur) return;
  const header = fb.newBlock();
  const body = fb.newBlock();
  const incr = fb.newBlock();
  const exit = fb.newBlock();
  fb.goto(header);
  fb.start(header);
  fb.pos = { line: s.pos.line, stmt: true };
  if (s.cond) cond(c, s.cond, body, exit, 'likely');
  else fb.goto(body);
  fb.seal(body);
  fb.start(body);
  c.targets.push({ brk: exit, cont: incr });
  stmtList(c, s.body.stmts);
  c.targets.pop();
  fb.goto(incr);
  fb.seal(incr);
  fb.start(incr);
  if (fb.cur && s.post) stmt(c, s.post);
  fb.goto(header);
  fb.seal(header);
  fb.seal(exit);
  fb.start(exit);
}

function rangeStmt(c: Ctx, s: RangeStmt): void {
  const fb = c.fb;
  const xt = under(typeOf(c, s.x));
  const rv = c.p.info.rangeVars.get(s);
  // `k, v :=` declares one pair of variables before the range expression (noder initDefn: the ODCLs are
  // the statement's init) that every iteration assigns: closures and pointers see them shared.
  if (s.define) {
    if (s.key && rv?.key) declareVar(c, rv.key, false);
    if (s.value && rv?.value) declareVar(c, rv.value, false);
  }
  const bindOne = (e: Expr | undefined, v: Var | undefined, val: Value): void => {
    if (!e) return;
    if (s.define) {
      if (v) writeVar(c, v, val);
    } else assignTo(c, evalTarget(c, e, false), val);
  };
  const body = (brk: Block, cont: Block): void => {
    c.targets.push({ brk, cont });
    stmtList(c, s.body.stmts);
    c.targets.pop();
  };
  if (xt.kind === 'Map') {
    mapRange(
      c,
      s,
      (k, v) => {
        bindOne(s.key, rv?.key, k);
        if (v) bindOne(s.value, rv?.value, v);
      },
      body,
    );
    return;
  }
  // slices, arrays, strings: for i := 0; i < len; i++ { k = i; v = x[i] }
  const x = rangedValue(c, s, xt);
  const isStr = xt.kind === 'Basic';
  const len =
    xt.kind === 'Array'
      ? fb.intConst(T.int, xt.len)
      : xt.kind === 'Pointer'
        ? fb.intConst(T.int, (under(xt.elem) as { len: number }).len)
        : fb.v(isStr ? 'StringLen' : 'SliceLen', T.int, [x]);
  const iKey = `.range${s.pos.offset}`;
  fb.write(iKey, fb.intConst(T.int, 0), T.int);
  const header = fb.newBlock();
  const bodyB = fb.newBlock();
  const incr = fb.newBlock();
  const exit = fb.newBlock();
  fb.goto(header);
  fb.start(header);
  fb.branch(fb.v('Less64', T.bool, [fb.read(iKey), len]), bodyB, exit, 'likely');
  fb.seal(bodyB);
  fb.start(bodyB);
  const i = fb.read(iKey);
  let next = fb.v('Add64', T.int, [i, fb.intConst(T.int, 1)]);
  if (isStr) {
    // for i, r := range s: decoderune for non-ASCII bytes
    const b = fb.v('Load', T.uint8, [
      fb.v('AddPtr', T.bytePtr, [fb.v('StringPtr', T.bytePtr, [x]), i]),
      fb.mem(),
    ]);
    const rk = `.rune${s.pos.offset}`;
    fb.write(rk, fb.v('ZeroExt8to32', T.int32, [b]), T.int32);
    fb.write(iKey + 'n', next, T.int);
    const slow = fb.newBlock();
    const join = fb.newBlock();
    fb.branch(fb.v('Less8U', T.bool, [b, fb.intConst(T.uint8, 0x80)]), join, slow, 'likely');
    fb.seal(slow);
    fb.start(slow);
    const [r, n] = fb.call('runtime.decoderune', [x, i], [T.int32, T.int]);
    fb.write(rk, r!, T.int32);
    fb.write(iKey + 'n', n!, T.int);
    fb.goto(join);
    fb.seal(join);
    fb.start(join);
    next = fb.read(iKey + 'n');
    bindOne(s.key, rv?.key, i);
    if (s.value) bindOne(s.value, rv?.value, fb.read(rk));
  } else {
    bindOne(s.key, rv?.key, i);
    if (s.value) {
      const arrayOrSlice = xt.kind === 'Pointer' ? under(xt.elem) : xt;
      const et = ssaType((arrayOrSlice as { elem: Type }).elem);
      let p: Value;
      if (xt.kind === 'Slice') p = fb.v('PtrIndex', ptrTo(et), [fb.v('SlicePtr', ptrTo(et), [x]), i]);
      else {
        // ranging over a nil *array panics on the first element read (walk indexes *ha)
        if (xt.kind === 'Pointer') fb.v('NilCheck', T.void, [x, fb.mem()]);
        p = fb.v('PtrIndex', ptrTo(et), [x, i]);
      }
      bindOne(s.value, rv?.value, load(c, p, et));
    }
  }
  fb.write(iKey, next, T.int);
  body(exit, incr);
  fb.goto(incr);
  fb.seal(incr);
  fb.start(incr);
  fb.goto(header);
  fb.seal(header);
  fb.seal(exit);
  fb.start(exit);
  void boundsCheck;
  void toInt;
}

/**
 * rangedValue evaluates the range expression once (order.go ORANGE). An array value whose elements are read
 * (a value variable that is not blank) is copied to a temporary first, so the body's writes to the array do
 * not change the values the loop yields; slices, strings and pointers to arrays are not copied.
 */
function rangedValue(c: Ctx, s: RangeStmt, xt: Type): Value {
  const x = expr(c, s.x);
  const readsElems = s.value !== undefined && !(s.value.kind === 'Ident' && s.value.name === '_');
  if (xt.kind !== 'Array' || !readsElems) return x;
  const st = ssaType(typeOf(c, s.x));
  const copy = stackTemp(c, st, false);
  store(c, copy, x, st);
  return copy;
}

function switchStmt(c: Ctx, s: SwitchStmt): void {
  const fb = c.fb;
  if (s.init) stmt(c, s.init);
  if (!fb.cur) return;
  fb.pos = { line: s.pos.line, stmt: true };
  const tag = s.tag ? expr(c, s.tag) : undefined;
  const tagT = s.tag ? ssaType(typeOf(c, s.tag)) : undefined;
  const exit = fb.newBlock();
  const bodies = s.clauses.map(() => fb.newBlock());
  let dflt: number | undefined;
  s.clauses.forEach((cl, i) => {
    if (!cl.cases) {
      dflt = i;
      return;
    }
    for (const e of cl.cases) {
      if (!fb.cur) return;
      const next = fb.newBlock();
      const v = tag ? compareValues(c, '==', tag, convertTo(c, e, typeOf(c, s.tag!)), tagT!) : expr(c, e);
      fb.branch(v, bodies[i]!, next);
      fb.seal(next);
      fb.start(next);
    }
  });
  fb.goto(dflt !== undefined ? bodies[dflt]! : exit);
  // a nested switch sets its own fallthrough target: the enclosing switch's is restored after it
  const outerFall = c.fallTarget;
  s.clauses.forEach((cl, i) => {
    const b = bodies[i]!;
    c.fallTarget = bodies[i + 1];
    fb.seal(b);
    fb.start(b);
    c.targets.push({ brk: exit, cont: c.targets[c.targets.length - 1]?.cont });
    stmtList(c, cl.body);
    c.targets.pop();
    fb.goto(exit);
  });
  c.fallTarget = outerFall;
  fb.seal(exit);
  fb.start(exit);
}
