// Function bodies: parameters (Arg values, copied to their home when memory-resident or moved to heap),
// result variables, the body statements, and the implicit return at the end.
//
// Invariant: every declared variable gets its Home when declared (declareVar), before any use.

import type { BlockStmt, FuncDecl, FuncLit } from '../../syntax/index.js';
import type { Signature, Var } from '../../types/index.js';
import type { FuncParam, Value } from '../ir.js';
import { ptrTo } from '../types.js';
import {
  isComposite,
  newObject,
  ssaType,
  store,
  zeroMem,
  zeroValue,
  type Ctx,
  type Home,
  type ProgramCtx,
} from './ctx.js';
import { readVar, writeVar } from './expr.js';
import { FuncBuilder } from './func.js';
import { stmtList } from './stmt.js';

/** declareVar gives v its home (heap, stack slot or SSA) and, if `init` is false, leaves it uninitialized. */
export function declareVar(c: Ctx, v: Var, zero: boolean): void {
  const fb = c.fb;
  const st = ssaType(v.type);
  if (c.p.esc?.vars.get(v)?.movedToHeap) {
    const key = `&${v.name}#${v.id}`;
    const p = newObject(c, v.type, `moved to heap: ${v.name}`);
    fb.write(key, p, ptrTo(st));
    c.homes.set(v, { kind: 'heap', key });
    return;
  }
  if (c.p.addrTaken.has(v) || isComposite(st)) {
    const sym = { kind: 'sym' as const, name: v.name, symKind: 'local' as const, type: st };
    fb.f.locals.push(sym);
    c.homes.set(v, { kind: 'stack', sym });
    fb.setMem(fb.v('VarDef', { name: 'mem', cls: 'mem', size: 0 }, [fb.mem()], sym));
    if (zero) zeroMem(c, fb.localAddr(sym, ptrTo(st)), st);
    return;
  }
  c.homes.set(v, { kind: 'ssa' });
  if (zero) fb.write(v, zeroValue(c, st), st);
}

function sourceLines(p: ProgramCtx, from: number, to: number): Map<number, string> {
  const m = new Map<number, string>();
  for (let l = from; l <= to; l++) {
    const t = (p.lines[l - 1] ?? '').trim();
    if (t !== '' && t !== '}' && t !== '{') m.set(l, t);
  }
  return m;
}

interface CaptureSlot {
  v: Var;
  offset: number;
  byRef: boolean;
}

/** buildBody builds one function (declaration or literal) and appends it to the program. */
function buildBody(
  p: ProgramCtx,
  name: string,
  sig: Signature,
  body: BlockStmt,
  startLine: number,
  captures: CaptureSlot[],
  closureCount: { n: number },
): void {
  const params: FuncParam[] = [];
  const allParams = sig.recv ? [sig.recv, ...sig.params] : [...sig.params];
  const results: FuncParam[] = sig.results.map((r, i) => ({
    name: r.name || `~r${i}`,
    type: ssaType(r.type),
  }));
  const compositeResults = sig.results.filter((r) => isComposite(ssaType(r.type)));
  compositeResults.forEach((r, i) => params.push({ name: `.res${i}`, type: ptrTo(ssaType(r.type)) }));
  for (const v of allParams)
    params.push({
      name: v.name || '_',
      type: isComposite(ssaType(v.type)) ? ptrTo(ssaType(v.type)) : ssaType(v.type),
    });
  const fb = new FuncBuilder(
    name,
    params,
    results.filter((r) => !isComposite(r.type)),
    sourceLines(p, startLine, body.rbrace.line),
  );
  const c = newCtx(p, fb, name, sig.results, closureCount);
  fb.pos = { line: startLine, stmt: false };
  if (captures.length > 0)
    fb.write('.closureptr', fb.v('GetClosurePtr', { name: '*uint8', cls: 'ptr', size: 8 }, []), {
      name: '*uint8',
      cls: 'ptr',
      size: 8,
    });
  for (const cap of captures) c.homes.set(cap.v, { kind: 'captured', offset: cap.offset, byRef: cap.byRef });
  let pi = 0;
  sig.results.forEach((r, i) => {
    if (isComposite(ssaType(r.type))) {
      const a = fb.v('Arg', params[pi]!.type, [], { kind: 'sym', name: params[pi]!.name, symKind: 'param' });
      pi++;
      c.resultPtrs.set(i, a);
    }
  });
  for (const v of allParams) {
    const pt = params[pi++]!;
    const a: Value = fb.v('Arg', pt.type, [], { kind: 'sym', name: pt.name, symKind: 'param' }, 0);
    if (v.name === '' || v.name === '_') continue;
    declareVar(c, v, false);
    writeVar(c, v, a);
    fb.f.names.push({ name: v.name, type: pt.type, values: [a] });
  }
  for (const r of sig.results) if (r.name !== '' && r.name !== '_') declareVar(c, r, true);
  c.results.splice(0, c.results.length, ...sig.results);
  stmtList(c, body.stmts);
  if (fb.cur) {
    fb.pos = { line: body.rbrace.line, stmt: true };
    returnValues(c, []);
  }
  p.funcs.push(fb.finish());
}

function newCtx(
  p: ProgramCtx,
  fb: FuncBuilder,
  name: string,
  results: readonly Var[],
  n: { n: number },
): Ctx {
  return {
    p,
    fb,
    homes: new Map<Var, Home>(),
    targets: [],
    results: [...results],
    resultPtrs: new Map(),
    name,
    closureCount: n,
    fallTarget: undefined,
  };
}

/**
 * buildSynthetic builds a compiler-made function without parameters or results (`main.init`): `fill`
 * emits its statements, then it returns.
 */
export function buildSynthetic(
  p: ProgramCtx,
  name: string,
  lines: readonly number[],
  fill: (c: Ctx) => void,
): void {
  const source = new Map<number, string>();
  for (const l of lines) for (const [k, t] of sourceLines(p, l, l)) source.set(k, t);
  const line = lines[0] ?? 0;
  const fb = new FuncBuilder(name, [], [], source);
  const c = newCtx(p, fb, name, [], { n: 0 });
  fb.pos = { line, stmt: false };
  fill(c);
  if (fb.cur) returnValues(c, []);
  p.funcs.push(fb.finish());
}

/** returnValues stores composite results through their pointers and ends the block with Ret. */
export function returnValues(c: Ctx, vals: Value[]): void {
  const fb = c.fb;
  const out: Value[] = [];
  const rs = c.results;
  const values =
    vals.length > 0
      ? vals
      : rs.map((r) => (r.name !== '' && r.name !== '_' ? readVar(c, r) : zeroValue(c, ssaType(r.type))));
  rs.forEach((r, i) => {
    const st = ssaType(r.type);
    const v = values[i]!;
    if (isComposite(st)) store(c, c.resultPtrs.get(i)!, v, st);
    else out.push(v);
  });
  fb.ret(out);
}

export function buildFuncDecl(p: ProgramCtx, d: FuncDecl, name: string): void {
  const sig = p.info.signatures.get(d)!;
  buildBody(p, name, sig, d.body!, d.pos.line, [], { n: 0 });
}

export function buildFuncLit(
  p: ProgramCtx,
  lit: FuncLit,
  name: string,
  captures: CaptureSlot[],
  count: { n: number },
): void {
  const sig = p.info.signatures.get(lit)!;
  buildBody(p, name, sig, lit.body, lit.pos.line, captures, count);
}
