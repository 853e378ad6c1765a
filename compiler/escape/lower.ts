// Lowering: AST + TypeInfo → escape IR (ir.ts), making explicit what gc's typechecker makes explicit.
//
// What gets rewritten, as gc does before escape analysis:
//  - method calls become calls of the method expression with the receiver as first argument
//    (`c.Set(p)` → `(*Counter).Set(c, p)`), with an implicit `&c` / `*p` where the receiver needs it;
//  - variadic calls pack the trailing arguments into an implicit `... argument` slice literal, each element
//    implicitly converted to the element type (interfaces: OCONVIFACE);
//  - `x.f` through pointers and embedded fields becomes a chain of DOT/DOTPTR; `p[i]` on *[N]T gets an
//    implicit `*p`; slicing an array value takes its address implicitly;
//  - constant expressions become LITERALs printed as their source text (gc keeps the raw source);
//  - string concatenations are flattened into one ADDSTR.
// Calls (conversions, builtins, method calls and variadic packing) are lowered in lowercall.ts.
//
// Invariants: never throws on valid programs; constructs it does not understand are recorded in
// `unsupported` and lowered conservatively. Locals are listed in declaration order (gc's fn.Dcl).

import type { Pos } from '../diag/index.js';
import type * as A from '../syntax/index.js';
import type { Selection, Type, TypeInfo, Var } from '../types/index.js';
import { under } from '../types/index.js';
import type { CompLitElt, IRExpr, IRFunc, IRProgram, IRStmt } from './ir.js';
import { sourceText } from './srctext.js';
import { makeWrappers } from './wrappers.js';
import { funcDeclName, newFunc } from './funcs.js';
import { globalInits, type GlobalInit } from './globalinit.js';
import { implicitConv, lowerCall, unparen, type CallLowerer } from './lowercall.js';

/** nameSeq numbers NAME nodes in creation order (captures are ordered by first reference). */
const nameSeq = new WeakMap<IRExpr, number>();
let nextSeq = 0;

/** LowerCtx is shared by all function lowerers of one file. */
interface LowerCtx {
  readonly info: TypeInfo;
  readonly funcsByDecl: Map<A.FuncDecl, IRFunc>;
  readonly unsupported: { pos: Pos; what: string }[];
  readonly astOf: Map<IRExpr, A.Node>;
}

/** lowerFile lowers every function declaration (closures nested inside their IRFunc). */
export function lowerFile(file: A.File, info: TypeInfo): IRProgram {
  const ctx: LowerCtx = { info, funcsByDecl: new Map(), unsupported: [], astOf: new Map() };
  const decls = file.decls.filter((d): d is A.FuncDecl => d.kind === 'FuncDecl');
  // Create all function shells first so calls can refer to later declarations.
  for (const d of decls) ctx.funcsByDecl.set(d, newFunc(ctx, d, funcDeclName(ctx, d), undefined, []));
  for (const d of decls) {
    const fn = ctx.funcsByDecl.get(d)!;
    if (d.body) new FuncLowerer(ctx, fn, fn).lowerBody(d.body);
  }
  const funcs = decls.map((d) => ctx.funcsByDecl.get(d)!);
  const wrappers = makeWrappers(funcs, info);
  const inits = globalInits(file, info);
  if (inits.length > 0) {
    // gc's package init function, analyzed (and reported) after every declared function
    const node = syntheticInitDecl(file.pos);
    const fn = newFunc(ctx, node, 'init', undefined, []);
    const lowerer = new FuncLowerer(ctx, fn, fn);
    for (const g of inits) lowerer.globalInit(g);
    funcs.push(fn);
  }
  return { funcs, wrappers, unsupported: ctx.unsupported, astOf: ctx.astOf, nameSeq };
}

/** FuncLowerer lowers one function body; closures get their own FuncLowerer sharing `top`. */
class FuncLowerer implements CallLowerer {
  private closureCount = 0;
  constructor(
    readonly ctx: LowerCtx,
    private readonly fn: IRFunc,
    private readonly top: IRFunc,
    private readonly counter: { n: number } = { n: 0 },
  ) {}

  lowerBody(body: A.BlockStmt): void {
    (this.fn.body as IRStmt[]).push(...this.stmts(body.stmts));
  }

  /** globalInit lowers the dynamic initialization `global = value` into gc's package init function. */
  globalInit(g: GlobalInit): void {
    const v = this.ctx.info.defs.get(g.name);
    if (v?.kind !== 'Var') return;
    const x: IRExpr = { op: 'GLOBAL', pos: g.name.pos, v, type: v.type };
    const y = implicitConv(this.expr(g.value), v.type, g.value.pos);
    (this.fn.body as IRStmt[]).push({ op: 'AS', pos: g.name.pos, x, y, def: false, defines: [] });
  }

  // ------------------------------------------------------------------------------------------------------
  // Statements

  private stmts(list: readonly A.Stmt[]): IRStmt[] {
    const out: IRStmt[] = [];
    for (const s of list) out.push(...this.stmt(s));
    return out;
  }

  private stmt(s: A.Stmt): IRStmt[] {
    switch (s.kind) {
      case 'EmptyStmt':
      case 'BadStmt':
      case 'BranchStmt':
        return [];
      case 'BlockStmt':
        return [{ op: 'BLOCK', pos: s.pos, list: this.stmts(s.stmts) }];
      case 'ExprStmt':
        return [{ op: 'CALLSTMT', pos: s.pos, call: this.expr(s.x) }];
      case 'DeclStmt':
        return s.decls.flatMap((d) => (d.kind === 'VarDecl' ? this.varDecl(d) : []));
      case 'AssignStmt':
        return this.assign(s);
      case 'IncDecStmt':
        return [
          {
            op: 'ASOP',
            pos: s.pos,
            x: this.expr(s.x),
            y: this.oneLiteral(s.pos),
            opText: s.op[0]!,
            incdec: true,
          },
        ];
      case 'ReturnStmt':
        return [{ op: 'RETURN', pos: s.pos, results: s.results.map((e) => this.expr(e)) }];
      case 'IfStmt':
        return [this.ifStmt(s)];
      case 'ForStmt': {
        const init = s.init ? this.stmt(s.init) : [];
        const cond = s.cond ? this.expr(s.cond) : undefined;
        const post = s.post ? this.stmt(s.post)[0] : undefined;
        return [{ op: 'FOR', pos: s.pos, init, cond, post, body: this.stmts(s.body.stmts) }];
      }
      case 'RangeStmt':
        return [this.rangeStmt(s)];
      case 'SwitchStmt': {
        const init = s.init ? this.stmt(s.init) : [];
        const tag = s.tag ? this.expr(s.tag) : undefined;
        const cases = s.clauses.map((c) => ({
          list: (c.cases ?? []).map((e) => this.expr(e)),
          body: this.stmts(c.body),
        }));
        return [{ op: 'SWITCH', pos: s.pos, init, tag, cases }];
      }
    }
  }

  private oneLiteral(pos: Pos): IRExpr {
    const type: Type = { kind: 'Basic', basic: 'untyped int', name: 'untyped int' };
    return { op: 'LITERAL', pos, text: '1', type, untyped: true, intValue: 1n };
  }

  private ifStmt(s: A.IfStmt): IRStmt {
    const init = s.init ? this.stmt(s.init) : [];
    const cond = this.expr(s.cond);
    const body = this.stmts(s.then.stmts);
    const els = s.els ? (s.els.kind === 'IfStmt' ? [this.ifStmt(s.els)] : this.stmts(s.els.stmts)) : [];
    return { op: 'IF', pos: s.pos, init, cond, body, els };
  }

  private rangeStmt(s: A.RangeStmt): IRStmt {
    const x = this.expr(s.x);
    const defines: Var[] = [];
    const side = (e: A.Expr | undefined): IRExpr | undefined => {
      if (!e) return undefined;
      if (e.kind === 'Ident' && e.name === '_') return undefined;
      if (s.define && e.kind === 'Ident') {
        const v = this.ctx.info.defs.get(e);
        if (v && v.kind === 'Var') {
          defines.push(v);
          this.fn.locals.push(v);
          return { op: 'NAME', pos: e.pos, v, type: v.type };
        }
      }
      return this.expr(e);
    };
    const key = side(s.key);
    const value = side(s.value);
    return {
      op: 'RANGE',
      pos: s.rangePos,
      key,
      value,
      x,
      def: s.define,
      defines,
      body: this.stmts(s.body.stmts),
    };
  }

  private varDecl(d: A.VarDecl): IRStmt[] {
    const out: IRStmt[] = [];
    const vars: (Var | undefined)[] = d.names.map((id) => {
      const v = this.ctx.info.defs.get(id);
      return v && v.kind === 'Var' ? v : undefined;
    });
    const values = d.values.map((e) => this.expr(e));
    for (const v of vars) {
      if (!v) continue;
      this.fn.locals.push(v);
      out.push({ op: 'DCL', pos: v.pos, v });
    }
    const names: (IRExpr | undefined)[] = vars.map((v) =>
      v ? { op: 'NAME', pos: v.pos, v, type: v.type } : undefined,
    );
    const defines = vars.filter((v): v is Var => v !== undefined);
    if (values.length === 0) {
      for (const n of names)
        if (n) out.push({ op: 'AS', pos: n.pos, x: n, y: undefined, def: false, defines: [] });
    } else if (names.length === 1) {
      out.push({ op: 'AS', pos: d.pos, x: names[0], y: values[0], def: false, defines });
    } else {
      out.push({ op: this.pairOp(d.values), pos: d.pos, lhs: names, rhs: values, def: false, defines });
    }
    return out;
  }

  private pairOp(rhs: readonly A.Expr[]): 'AS2' | 'AS2MAPR' | 'AS2FUNC' {
    if (rhs.length !== 1) return 'AS2';
    const r = unparen(rhs[0]!);
    if (r.kind === 'IndexExpr') return 'AS2MAPR';
    return 'AS2FUNC';
  }

  private assign(s: A.AssignStmt): IRStmt[] {
    if (s.op !== '=' && s.op !== ':=') {
      const y = this.expr(s.rhs[0]!);
      return [
        {
          op: 'ASOP',
          pos: s.pos,
          x: this.expr(s.lhs[0]!),
          y,
          opText: s.op.slice(0, -1),
          incdec: false,
        },
      ];
    }
    const def = s.op === ':=';
    const out: IRStmt[] = [];
    const defines: Var[] = [];
    const rhs = s.rhs.map((e) => this.expr(e));
    const lhs = s.lhs.map((e): IRExpr | undefined => {
      if (e.kind === 'Ident' && e.name === '_') return undefined;
      if (def && e.kind === 'Ident') {
        const v = this.ctx.info.defs.get(e);
        if (v && v.kind === 'Var') {
          defines.push(v);
          this.fn.locals.push(v);
          out.push({ op: 'DCL', pos: v.pos, v });
          return { op: 'NAME', pos: e.pos, v, type: v.type };
        }
      }
      return this.expr(e);
    });
    if (lhs.length === 1 && rhs.length === 1) {
      out.push({ op: 'AS', pos: s.pos, x: lhs[0], y: rhs[0], def, defines });
    } else {
      out.push({ op: this.pairOp(s.rhs), pos: s.pos, lhs, rhs, def, defines });
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------------
  // Expressions

  typeOf(e: A.Expr): Type {
    const tv = this.ctx.info.types.get(e);
    if (!tv) return { kind: 'Basic', basic: 'invalid', name: 'invalid' };
    return tv.type;
  }

  unsupported(pos: Pos, what: string): IRExpr {
    this.ctx.unsupported.push({ pos, what });
    return { op: 'NIL', pos, type: { kind: 'Basic', basic: 'untyped nil', name: 'untyped nil' } };
  }

  expr(e: A.Expr): IRExpr {
    const ir = this.exprNoRecord(e);
    if (!this.ctx.astOf.has(ir)) this.ctx.astOf.set(ir, e);
    return ir;
  }

  private exprNoRecord(e: A.Expr): IRExpr {
    const tv = this.ctx.info.types.get(e);
    if (tv && tv.mode === 'constant' && e.kind !== 'ParenExpr') {
      const untyped = tv.type.kind === 'Basic' && tv.type.basic.startsWith('untyped');
      const intValue = tv.value && tv.value.kind === 'int' ? tv.value.value : undefined;
      return { op: 'LITERAL', pos: e.pos, text: sourceText(e), type: tv.type, untyped, intValue };
    }
    switch (e.kind) {
      case 'Ident':
        return this.ident(e);
      case 'BasicLit':
        return {
          op: 'LITERAL',
          pos: e.pos,
          text: e.value,
          type: this.typeOf(e),
          untyped: true,
          intValue: undefined,
        };
      case 'ParenExpr':
        return this.expr(e.x);
      case 'CompositeLit':
        return this.compositeLit(e, this.typeOf(e));
      case 'FuncLit':
        return this.funcLit(e);
      case 'SelectorExpr':
        return this.selector(e);
      case 'IndexExpr':
        return this.index(e);
      case 'SliceExpr':
        return this.slice(e);
      case 'CallExpr':
        return lowerCall(this, e);
      case 'StarExpr':
        return { op: 'DEREF', pos: e.pos, x: this.expr(e.x), implicit: false, type: this.typeOf(e) };
      case 'UnaryExpr':
        if (e.op === '&') {
          const x = unparen(e.x);
          if (x.kind === 'CompositeLit') {
            return {
              op: 'PTRLIT',
              pos: e.pos,
              x: this.compositeLit(x, this.typeOf(x)),
              type: this.typeOf(e),
            };
          }
          return { op: 'ADDR', pos: e.pos, x: this.expr(e.x), implicit: false, type: this.typeOf(e) };
        }
        return { op: 'UNARY', pos: e.pos, opText: e.op, x: this.expr(e.x), type: this.typeOf(e) };
      case 'BinaryExpr':
        return this.binary(e);
      case 'KeyValueExpr':
      case 'ArrayType':
      case 'SliceType':
      case 'MapType':
      case 'StructType':
      case 'FuncType':
      case 'BadExpr':
        return this.unsupported(e.pos, `expression ${e.kind}`);
    }
  }

  private ident(e: A.Ident): IRExpr {
    const obj = this.ctx.info.uses.get(e) ?? this.ctx.info.defs.get(e);
    if (!obj) return this.unsupported(e.pos, `identifier ${e.name}`);
    switch (obj.kind) {
      case 'Var': {
        if (obj.isGlobal) return { op: 'GLOBAL', pos: e.pos, v: obj, type: obj.type };
        const n: IRExpr = { op: 'NAME', pos: e.pos, v: obj, type: obj.type };
        nameSeq.set(n, nextSeq++);
        return n;
      }
      case 'Nil':
        return { op: 'NIL', pos: e.pos, type: this.typeOf(e) };
      case 'Const':
        return {
          op: 'LITERAL',
          pos: e.pos,
          text: e.name,
          type: obj.type,
          untyped: false,
          intValue: undefined,
        };
      case 'Func': {
        const fn = obj.decl ? this.ctx.funcsByDecl.get(obj.decl) : undefined;
        return { op: 'FUNCNAME', pos: e.pos, name: e.name, fn, type: obj.type };
      }
      case 'TypeName':
      case 'Builtin':
      case 'PkgName':
        return this.unsupported(e.pos, `${obj.kind} used as a value`);
    }
  }

  private binary(e: A.BinaryExpr): IRExpr {
    const type = this.typeOf(e);
    const u = under(type);
    if (e.op === '+' && u.kind === 'Basic' && u.basic === 'string') {
      const list: IRExpr[] = [];
      const flatten = (x: A.Expr): void => {
        const ux = x.kind === 'ParenExpr' ? x : x;
        const tv = this.ctx.info.types.get(ux);
        if (ux.kind === 'BinaryExpr' && ux.op === '+' && !(tv && tv.mode === 'constant')) {
          flatten(ux.x);
          flatten(ux.y);
        } else list.push(this.expr(ux));
      };
      flatten(e);
      return { op: 'ADDSTR', pos: e.pos, list, type };
    }
    return { op: 'BINARY', pos: e.pos, opText: e.op, x: this.expr(e.x), y: this.expr(e.y), type };
  }

  private funcLit(e: A.FuncLit): IRExpr {
    const n = ++this.counter.n;
    const name =
      this.fn === this.top ? `${this.top.name}.func${n}` : `${this.fn.name}.${++this.closureCount}`;
    const captures = this.ctx.info.captures.get(e) ?? [];
    const fn = newFunc(this.ctx, e, name, this.fn, captures);
    this.fn.closures.push(fn);
    const sub = new FuncLowerer(this.ctx, fn, this.top, this.fn === this.top ? { n: 0 } : this.counter);
    sub.lowerBody(e.body);
    return { op: 'CLOSURE', pos: e.pos, fn, type: this.typeOf(e) };
  }

  private compositeLit(e: A.CompositeLit, type: Type): IRExpr {
    const u = under(type);
    const elemOf = (i: number): Type | undefined => {
      switch (u.kind) {
        case 'Array':
        case 'Slice':
          return u.elem;
        case 'Map':
          return u.elem;
        case 'Struct':
          return u.fields[i]?.type;
        default:
          return undefined;
      }
    };
    const value = (x: A.Expr, t: Type | undefined): IRExpr => {
      if (x.kind === 'CompositeLit' && !x.type && t) {
        const ut = under(t);
        if (ut.kind === 'Pointer') {
          return { op: 'PTRLIT', pos: x.pos, x: this.compositeLit(x, ut.elem), type: t };
        }
        return this.compositeLit(x, t);
      }
      return this.expr(x);
    };
    const elts: CompLitElt[] = e.elts.map((x, i) => {
      if (x.kind === 'KeyValueExpr') {
        if (u.kind === 'Struct') {
          const name = x.key.kind === 'Ident' ? x.key.name : '';
          const idx = u.fields.findIndex((f) => f.name === name);
          return { key: undefined, value: value(x.value, u.fields[idx]?.type) };
        }
        const keyT = u.kind === 'Map' ? u.key : undefined;
        return { key: value(x.key, keyT), value: value(x.value, elemOf(i)) };
      }
      return { key: undefined, value: value(x, elemOf(i)) };
    });
    const op =
      u.kind === 'Struct'
        ? 'STRUCTLIT'
        : u.kind === 'Array'
          ? 'ARRAYLIT'
          : u.kind === 'Slice'
            ? 'SLICELIT'
            : 'MAPLIT';
    return { op, pos: e.pos, elts, implicit: false, type };
  }

  /** fieldChain builds DOT/DOTPTR nodes for a field selection path starting at x. */
  private fieldChain(x: IRExpr, path: readonly number[], pos: Pos): IRExpr {
    let cur = x;
    for (const idx of path) {
      let t = under(cur.type);
      let op: 'DOT' | 'DOTPTR' = 'DOT';
      if (t.kind === 'Pointer') {
        op = 'DOTPTR';
        t = under(t.elem);
      }
      if (t.kind !== 'Struct') return this.unsupported(pos, 'field of non-struct');
      const f = t.fields[idx];
      if (!f) return this.unsupported(pos, 'field index');
      cur = { op, pos, x: cur, sel: f.name, type: f.type };
    }
    return cur;
  }

  private selector(e: A.SelectorExpr): IRExpr {
    const sel = this.ctx.info.selections.get(e);
    if (!sel) return this.unsupported(e.pos, 'qualified identifier used as a value');
    if (sel.kind === 'method') {
      // gc positions the implicit & of a method value at the selector (typecheck's NodAddrAt(n.Pos()))
      const { recv, fn } = this.methodReceiver(e, sel.obj, sel.path, e.pos);
      return { op: 'METHVALUE', pos: e.pos, x: recv, sel: e.sel.name, fn, type: this.typeOf(e) };
    }
    return this.fieldChain(this.expr(e.x), sel.path, e.pos);
  }

  /** methodReceiver lowers the receiver of x.m with gc's implicit field path, & or * (method call or value). */
  methodReceiver(
    e: A.SelectorExpr,
    m: Selection['obj'],
    path: Selection['path'],
    implicitPos?: Pos,
  ): { recv: IRExpr; fn: IRFunc | undefined } {
    const decl = m.kind === 'Func' ? m.decl : undefined;
    const fn = decl ? this.ctx.funcsByDecl.get(decl) : undefined;
    let recv = this.expr(e.x);
    if (path.length > 1) recv = this.fieldChain(recv, path.slice(0, -1), e.pos);
    const ptrRecv = m.kind === 'Func' && m.ptrRecv;
    const ur = under(recv.type);
    if (ptrRecv && ur.kind !== 'Pointer') {
      recv = {
        op: 'ADDR',
        pos: implicitPos ?? recv.pos,
        x: recv,
        implicit: true,
        type: { kind: 'Pointer', elem: recv.type },
      };
    } else if (!ptrRecv && ur.kind === 'Pointer') {
      recv = { op: 'DEREF', pos: recv.pos, x: recv, implicit: true, type: ur.elem };
    }
    return { recv, fn };
  }

  private index(e: A.IndexExpr): IRExpr {
    let x = this.expr(e.x);
    const t = under(x.type);
    const type = this.typeOf(e);
    if (t.kind === 'Map') return { op: 'INDEXMAP', pos: e.pos, x, index: this.expr(e.index), type };
    if (t.kind === 'Pointer') x = { op: 'DEREF', pos: x.pos, x, implicit: true, type: t.elem };
    return { op: 'INDEX', pos: e.pos, x, index: this.expr(e.index), type };
  }

  private slice(e: A.SliceExpr): IRExpr {
    let x = this.expr(e.x);
    if (under(x.type).kind === 'Array') {
      x = { op: 'ADDR', pos: x.pos, x, implicit: true, type: { kind: 'Pointer', elem: x.type } };
    }
    const opt = (y: A.Expr | undefined): IRExpr | undefined => (y ? this.expr(y) : undefined);
    return {
      op: 'SLICE',
      pos: e.pos,
      x,
      lo: opt(e.lo),
      hi: opt(e.hi),
      max: opt(e.max),
      full: e.full,
      type: this.typeOf(e),
    };
  }
}

/** syntheticInitDecl is the declaration shell of gc's package `init` (no parameters, no source body). */
function syntheticInitDecl(pos: Pos): A.FuncDecl {
  return {
    kind: 'FuncDecl',
    pos,
    funcPos: pos,
    recv: undefined,
    name: { kind: 'Ident', pos, name: 'init' },
    type: { kind: 'FuncType', pos, params: [], results: [] },
    body: { kind: 'BlockStmt', pos, stmts: [], rbrace: pos },
  };
}
