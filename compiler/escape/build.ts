// Building the escape graph: walks the escape IR of one function and turns every statement and expression
// into flows between locations (gc's escape/stmt.go, expr.go, assign.go, call.go, in our own words).
//
// Invariants:
//  - `expr(k, n)` evaluates n into hole k; a value without pointers (and not untyped) never flows anywhere
//    unless its address is taken (the hole is redirected to the blank location).
//  - Stores through pointers, into slices, maps and globals go to the heap hole (see `addr`).
//  - Calls use the callee's parameter tags when the callee was analysed in an earlier batch, and flow
//    directly into the callee's parameter/result locations when it is in the same (recursive) batch.
//  - Closure bodies are walked where the literal is evaluated; capture edges are added after the whole
//    batch is walked (flowClosure), when by-value/by-reference capture can be decided.

import { assertNever } from '../diag/index.js';
import { hasPointers, isDirectIface, sizeof, under, type Type, type Var } from '../types/index.js';
import { Batch } from './batch.js';
import { Hole, Leaks, NumEscResults, type Location } from './graph.js';
import type { IRExpr, IRFunc, IRStmt } from './ir.js';
import { fmtStmt } from './irfmt.js';
import type { StaticInfo } from './static.js';

/** FMT_TAGS: parameter tags of the fmt functions as Go 1.19 exports them (format: no leak; a: content). */
function fmtTag(name: string, index: number, nparams: number): Leaks {
  void name;
  const l = new Leaks();
  if (index === nparams - 1) l.addHeap(1); // a ...any: leaking param content
  return l;
}

/** Shared across batches: computed tags and which functions are finished. */
export interface AnalysisState {
  readonly tags: Map<IRFunc, Leaks[]>;
  readonly tagged: Set<IRFunc>;
  readonly statics: StaticInfo;
}

/** Walker is gc's `escape`: the per-function state (current function, loop depth) over a batch. */
export class Walker {
  private loopDepth = 1;

  constructor(
    private readonly b: Batch,
    private readonly st: AnalysisState,
    private readonly curfn: IRFunc,
  ) {}

  // ------------------------------------------------------------------------------------------------------
  // Functions

  /** initFunc creates locations for params, results and locals (gc's fn.Dcl order). */
  static initFunc(b: Batch, fn: IRFunc): void {
    const add = (v: Var | undefined): Location | undefined =>
      v ? b.newLoc({ kind: 'var', v, fn }, fn, 1, false) : undefined;
    for (const p of fn.params) add(p);
    fn.results.forEach((r, i) => {
      const loc = add(r);
      if (loc) loc.resultIndex = i + 1;
    });
    for (const v of fn.locals) add(v);
  }

  walkFunc(): void {
    this.block(this.curfn.body);
  }

  /**
   * flowClosure decides by-value vs by-reference capture (recording it in captureByValue) and adds the
   * capture flows.
   */
  static flowClosure(
    b: Batch,
    k: Hole,
    fn: IRFunc,
    statics: StaticInfo,
    captureByValue: Map<Var, boolean>,
  ): void {
    for (const v of statics.captureOrder(fn)) {
      const loc = b.oldLoc(v);
      const width = sizeof(v.type);
      const byval = !loc.addrtaken && !loc.reassigned && width <= 128;
      captureByValue.set(v, byval);
      const declFn = loc.curfn!;
      b.emit(
        v.pos,
        [
          `${declFn.name} capturing by ${byval ? 'value' : 'ref'}: ${v.name} (addr=${loc.addrtaken} assign=${loc.reassigned} width=${width})`,
        ],
        2,
        loc,
        'info',
      );
      const use = statics.firstUse(fn, v);
      const where = { op: 'NOTEVAR' as const, pos: use ? use.pos : v.pos, name: v.name };
      let kk = k;
      if (!byval) kk = kk.addr(where, 'reference');
      b.flow(kk.note(where, 'captured by a closure'), loc);
    }
  }

  // ------------------------------------------------------------------------------------------------------
  // Statements

  private block(list: readonly IRStmt[]): void {
    const old = this.loopDepth;
    for (const s of list) this.stmt(s);
    this.loopDepth = old;
  }

  private stmts(list: readonly IRStmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private stmt(n: IRStmt): void {
    switch (n.op) {
      case 'BRANCH':
        return;
      case 'BLOCK':
        return this.stmts(n.list);
      case 'DCL':
        this.b.oldLoc(n.v).loopDepth = this.loopDepth;
        return;
      case 'IF':
        this.stmts(n.init);
        this.discard(n.cond);
        this.block(n.body);
        this.block(n.els);
        return;
      case 'FOR':
        this.stmts(n.init);
        this.loopDepth++;
        if (n.cond) this.discard(n.cond);
        if (n.post) this.stmt(n.post);
        this.block(n.body);
        this.loopDepth--;
        return;
      case 'RANGE': {
        const tmp = this.b.newLoc(undefined, this.curfn, this.loopDepth, false);
        this.expr(tmp.asHole(), n.x);
        this.loopDepth++;
        const ks = [this.addr(n.key), this.addr(n.value)];
        if (under(n.x.type).kind === 'Array') this.b.flow(ks[1]!.note(n, 'range'), tmp);
        else this.b.flow(ks[1]!.deref(n, 'range-deref'), tmp);
        this.reassigned(ks, n);
        this.block(n.body);
        this.loopDepth--;
        return;
      }
      case 'SWITCH':
        this.stmts(n.init);
        if (n.tag) this.discard(n.tag);
        for (const c of n.cases) {
          for (const x of c.list) this.discard(x);
          this.block(c.body);
        }
        return;
      case 'AS':
        return this.assignList([n.x], [n.y], 'assign', n);
      case 'ASOP':
        return this.assignList([n.x], [n.y], 'assign', n);
      case 'AS2':
        return this.assignList(n.lhs, n.rhs, 'assign-pair', n);
      case 'AS2MAPR':
        return this.assignList(n.lhs, n.rhs, 'assign-pair-mapr', n);
      case 'AS2FUNC': {
        const ks = n.lhs.map((x) => this.addr(x));
        this.call(ks, n.rhs[0]!);
        this.reassigned(ks, n);
        return;
      }
      case 'RETURN': {
        const dsts: IRExpr[] = this.curfn.results.map((v) => ({ op: 'NAME', pos: v.pos, v, type: v.type }));
        const only = n.results[0];
        if (n.results.length === 1 && dsts.length > 1 && only && only.op === 'CALL') {
          const ks = dsts.map((d) => this.addr(d));
          this.call(ks, only);
          this.reassigned(ks, n);
          return;
        }
        return this.assignList(dsts, n.results, 'return', n);
      }
      case 'CALLSTMT':
        return this.call(undefined, n.call);
      default:
        return assertNever(n, 'escape');
    }
  }

  // ------------------------------------------------------------------------------------------------------
  // Assignments

  /** addr returns the hole for storing into the location denoted by n (gc's escape.addr). */
  private addr(n: IRExpr | undefined): Hole {
    if (!n) return this.b.discardHole();
    const heap = this.b.heapHole();
    switch (n.op) {
      case 'NAME':
        return this.b.oldLoc(n.v).asHole();
      case 'GLOBAL':
        return heap;
      case 'DOT':
        return this.addr(n.x);
      case 'INDEX':
        this.discard(n.index);
        if (under(n.x.type).kind === 'Array') return this.addr(n.x);
        this.discard(n.x);
        return heap;
      case 'DEREF':
      case 'DOTPTR':
        this.discard(n);
        return heap;
      case 'INDEXMAP':
        this.discard(n.x);
        this.assignHeap(n.index, 'key of map put', n);
        return heap;
      default:
        return heap;
    }
  }

  private assignHeap(src: IRExpr, why: string, where: IRExpr | IRStmt): void {
    this.expr(this.b.heapHole().note(where, why), src);
  }

  private assignList(
    dsts: readonly (IRExpr | undefined)[],
    srcs: readonly (IRExpr | undefined)[],
    why: string,
    where: IRStmt,
  ): void {
    const ks = dsts.map((d) => this.addr(d));
    ks.forEach((k0, i) => {
      let k = k0;
      const src = srcs[i];
      const dst = dsts[i];
      if (dst && src && isSelfAssign(dst, src)) {
        this.b.emit(
          where.pos,
          [`${this.curfn.name} ignoring self-assignment in ${fmtStmt(where)}`],
          1,
          undefined,
          'info',
        );
        k = this.b.discardHole();
      }
      if (src) this.expr(k.note(where, why), src);
    });
    this.reassigned(ks, where);
  }

  /** reassigned marks assigned variables (for closure capture by value), gc's escape.reassigned. */
  private reassigned(ks: readonly Hole[], where: IRStmt): void {
    if (where.op === 'AS' && where.y === undefined && where.x?.op === 'NAME' && where.defines.length === 0)
      return;
    const defines = 'defines' in where ? where.defines : [];
    for (const k of ks) {
      const loc = k.dst;
      if (loc.n?.kind === 'var' && defines.includes(loc.n.v) && where.op !== 'RANGE') continue;
      loc.reassigned = true;
    }
  }

  // ------------------------------------------------------------------------------------------------------
  // Expressions

  private discard(n: IRExpr | undefined): void {
    if (n) this.expr(this.b.discardHole(), n);
  }

  private spill(k: Hole, n: IRExpr): Hole {
    const loc = this.b.newLoc({ kind: 'expr', e: n }, this.curfn, this.loopDepth, true);
    this.b.flow(k.addr(n, 'spill'), loc);
    return loc.asHole();
  }

  private teeHole(ks: readonly Hole[]): Hole {
    if (ks.length === 0) return this.b.discardHole();
    if (ks.length === 1) return ks[0]!;
    const loc = this.b.newLoc(undefined, this.curfn, this.loopDepth, true);
    for (const k of ks) this.b.flow(k, loc);
    return loc.asHole();
  }

  expr(k0: Hole, n: IRExpr): void {
    let k = k0;
    const untyped = n.op === 'LITERAL' ? n.untyped : n.op === 'NIL';
    if (k.derefs >= 0 && !untyped && !hasPointers(n.type)) k = k.withDst(this.b.blankLoc);
    switch (n.op) {
      case 'LITERAL':
      case 'NIL':
      case 'FUNCNAME':
      case 'GLOBAL':
        return;
      case 'NAME':
        return this.b.flow(k, this.b.oldLoc(n.v));
      case 'UNARY':
        return this.discard(n.x);
      case 'BINARY':
        this.discard(n.x);
        return this.discard(n.y);
      case 'ADDR':
        return this.expr(k.addr(n, 'address-of'), n.x);
      case 'DEREF':
        return this.expr(k.deref(n, 'indirection'), n.x);
      case 'DOT':
        return this.expr(k.note(n, 'dot'), n.x);
      case 'DOTPTR':
        return this.expr(k.deref(n, 'dot of pointer'), n.x);
      case 'INDEX':
        if (under(n.x.type).kind === 'Array') this.expr(k.note(n, 'fixed-array-index-of'), n.x);
        else this.expr(k.deref(n, 'dot of pointer'), n.x);
        return this.discard(n.index);
      case 'INDEXMAP':
        this.discard(n.x);
        return this.discard(n.index);
      case 'SLICE':
        this.expr(k.note(n, 'slice'), n.x);
        this.discard(n.lo);
        this.discard(n.hi);
        return this.discard(n.max);
      case 'CONV':
        return this.expr(k, n.x);
      case 'CONVIFACE':
        if (under(n.x.type).kind !== 'Interface' && !isDirectIface(n.x.type)) k = this.spill(k, n);
        return this.expr(k.note(n, 'interface-converted'), n.x);
      case 'STRCONV':
        this.spill(k, n);
        return this.discard(n.x);
      case 'METHVALUE': {
        // gc: the receiver flows to the closure and to the receiver parameter, whose results (the
        // method value may be called anywhere) all flow to the heap.
        const closureK = this.spill(k, n);
        const resultKs = (n.fn?.results ?? []).map(() => this.b.heapHole());
        const paramK = this.tagHole(resultKs, n.fn, 0);
        return this.expr(this.teeHole([paramK, closureK]), n.x);
      }
      case 'ADDSTR':
        this.spill(k, n);
        for (const x of n.list) this.discard(x);
        return;
      case 'CALL':
      case 'BUILTIN':
        return this.call([k], n);
      case 'NEW':
        this.spill(k, n);
        return;
      case 'MAKESLICE':
        this.spill(k, n);
        this.discard(n.len);
        return this.discard(n.cap);
      case 'MAKEMAP':
        this.spill(k, n);
        return this.discard(n.len);
      case 'PTRLIT':
        return this.expr(this.spill(k, n), n.x);
      case 'ARRAYLIT':
        for (const e of n.elts) this.expr(k.note(n, 'array literal element'), e.value);
        return;
      case 'SLICELIT': {
        const ks = this.spill(k, n);
        for (const e of n.elts) this.expr(ks.note(n, 'slice-literal-element'), e.value);
        return;
      }
      case 'STRUCTLIT':
        for (const e of n.elts) this.expr(k.note(n, 'struct literal element'), e.value);
        return;
      case 'MAPLIT':
        this.spill(k, n);
        for (const e of n.elts) {
          if (e.key) this.assignHeap(e.key, 'map literal key', n);
          this.assignHeap(e.value, 'map literal value', n);
        }
        return;
      case 'CLOSURE': {
        const kc = this.spill(k, n);
        this.b.closures.push({ k: kc, fn: n.fn });
        for (const v of n.fn.captures) {
          const loc = this.b.oldLoc(v);
          if (!loc.captured) {
            loc.captured = true;
            if (loc.loopDepth === this.loopDepth) loc.reassigned = false;
          }
        }
        new Walker(this.b, this.st, n.fn).walkFunc();
        return;
      }
      default:
        return assertNever(n, 'escape');
    }
  }

  // ------------------------------------------------------------------------------------------------------
  // Calls

  /** call evaluates a call whose results go to ks (undefined: results unused). */
  private call(ks: readonly Hole[] | undefined, call: IRExpr): void {
    if (call.op === 'BUILTIN') return this.builtinCall(ks, call);
    if (call.op !== 'CALL') return this.expr(ks?.[0] ?? this.b.discardHole(), call);
    const argument = (k: Hole, arg: IRExpr): void => this.expr(k.note(call, 'call parameter'), arg);
    let fn: IRFunc | undefined;
    let fmtName: string | undefined;
    if (call.callee?.kind === 'func') fn = call.callee.fn;
    else if (call.callee?.kind === 'fmt') fmtName = call.callee.name;
    else fn = this.st.statics.staticFunc(call.fun);
    if (ks && fn && this.inMutualBatch(fn)) {
      fn.results.forEach((r, i) => {
        const k = ks[i];
        if (k) this.b.flow(k, this.b.oldLoc(r));
      });
    }
    argument(this.b.discardHole(), call.fun);
    call.args.forEach((arg, i) => {
      let k: Hole;
      if (fmtName !== undefined) k = this.tagHoleFromLeaks(ks, fmtTag(fmtName, i, call.args.length));
      else k = this.tagHole(ks, fn, i);
      argument(k, arg);
    });
  }

  private builtinCall(ks: readonly Hole[] | undefined, call: Extract<IRExpr, { op: 'BUILTIN' }>): void {
    const argument = (k: Hole, arg: IRExpr): void => this.expr(k.note(call, 'call parameter'), arg);
    const heap = (): Hole => this.b.heapHole();
    switch (call.name) {
      case 'append': {
        const args = call.args;
        let appendeeK = ks?.[0] ?? this.b.discardHole();
        const s = under(args[0]!.type);
        if (s.kind === 'Slice' && hasPointers(s.elem))
          appendeeK = this.teeHole([appendeeK, heap().deref(call, 'appendee slice')]);
        argument(appendeeK, args[0]!);
        if (call.ddd) {
          let appendedK = this.b.discardHole();
          const t = under(args[1]!.type);
          if (t.kind === 'Slice' && hasPointers(t.elem)) appendedK = heap().deref(call, 'appended slice...');
          argument(appendedK, args[1]!);
        } else {
          for (const a of args.slice(1)) argument(heap(), a);
        }
        return;
      }
      case 'copy': {
        argument(this.b.discardHole(), call.args[0]!);
        let copiedK = this.b.discardHole();
        const t = under(call.args[1]!.type);
        if (t.kind === 'Slice' && hasPointers(t.elem)) copiedK = heap().deref(call, 'copied slice');
        return argument(copiedK, call.args[1]!);
      }
      case 'panic':
        return argument(heap(), call.args[0]!);
      case 'len':
      case 'cap':
      case 'delete':
      case 'print':
      case 'println':
        for (const a of call.args) argument(this.b.discardHole(), a);
        return;
      default:
        return assertNever(call.name, 'escape');
    }
  }

  private inMutualBatch(fn: IRFunc): boolean {
    return !this.st.tagged.has(fn);
  }

  /** tagHole is the hole for argument i of a call to fn (gc's escape.tagHole). */
  private tagHole(ks: readonly Hole[] | undefined, fn: IRFunc | undefined, i: number): Hole {
    if (!fn) return this.b.heapHole();
    if (this.inMutualBatch(fn)) {
      const p = fn.params[i];
      return p ? this.b.oldLoc(p).asHole() : this.b.discardHole();
    }
    const leaks = this.st.tags.get(fn)?.[i] ?? Leaks.heapAll();
    return this.tagHoleFromLeaks(ks, leaks);
  }

  private tagHoleFromLeaks(ks: readonly Hole[] | undefined, esc: Leaks): Hole {
    const tagKs: Hole[] = [];
    const x = esc.heap();
    if (x >= 0) tagKs.push(this.b.heapHole().shift(x));
    if (ks) {
      for (let i = 0; i < NumEscResults; i++) {
        const r = esc.result(i);
        const k = ks[i];
        if (r >= 0 && k) tagKs.push(k.shift(r));
      }
    }
    return this.teeHole(tagKs);
  }
}

/** isSelfAssign reports `dst = src` forms gc ignores (`b.arr = b.arr[1:]`, `x.f = x.g`), gc's isSelfAssign. */
function isSelfAssign(dst: IRExpr, src: IRExpr): boolean {
  if (isSliceSelfAssign(dst, src)) return true;
  if (dst.op !== src.op) return false;
  if ((dst.op === 'DOT' || dst.op === 'DOTPTR') && (src.op === 'DOT' || src.op === 'DOTPTR')) {
    return sameSafeExpr(dst.x, src.x);
  }
  if (dst.op === 'INDEX' && src.op === 'INDEX') {
    if (mayAffectMemory(dst.index) || mayAffectMemory(src.index)) return false;
    return sameSafeExpr(dst.x, src.x);
  }
  return false;
}

function isSliceSelfAssign(dst: IRExpr, src: IRExpr): boolean {
  let dstX: IRExpr;
  if (dst.op === 'DEREF' || dst.op === 'DOTPTR') dstX = dst.x;
  else return false;
  if (dstX.op !== 'NAME') return false;
  if (src.op !== 'SLICE') return false;
  if (src.x.op === 'ADDR') return false;
  const base = src.x;
  let baseX: IRExpr;
  if (base.op === 'DEREF' || base.op === 'DOTPTR') baseX = base.x;
  else return false;
  return baseX.op === 'NAME' && baseX.v === dstX.v;
}

function sameSafeExpr(a: IRExpr, b: IRExpr): boolean {
  if (a.op !== b.op) return false;
  switch (a.op) {
    case 'NAME':
    case 'GLOBAL':
      return b.op === a.op && a.v === b.v;
    case 'DOT':
    case 'DOTPTR':
      return (b.op === 'DOT' || b.op === 'DOTPTR') && a.sel === b.sel && sameSafeExpr(a.x, b.x);
    case 'DEREF':
      return b.op === 'DEREF' && sameSafeExpr(a.x, b.x);
    case 'CONV':
      return b.op === 'CONV' && sameSafeExpr(a.x, b.x);
    case 'INDEX':
      return b.op === 'INDEX' && sameSafeExpr(a.x, b.x) && sameSafeExpr(a.index, b.index);
    case 'LITERAL':
      return b.op === 'LITERAL' && a.text === b.text;
    default:
      return false;
  }
}

function mayAffectMemory(n: IRExpr): boolean {
  switch (n.op) {
    case 'NAME':
    case 'GLOBAL':
    case 'LITERAL':
    case 'NIL':
      return false;
    case 'BINARY':
      return mayAffectMemory(n.x) || mayAffectMemory(n.y);
    case 'INDEX':
      return mayAffectMemory(n.x) || mayAffectMemory(n.index);
    case 'CONV':
    case 'UNARY':
    case 'DOT':
    case 'DOTPTR':
    case 'DEREF':
      return mayAffectMemory(n.x);
    case 'BUILTIN':
      return !(n.name === 'len' || n.name === 'cap') || mayAffectMemory(n.args[0]!);
    default:
      return true;
  }
}
