// Function shells for the escape IR: gc's names (`f`, `(*T).m`, `T.m`), parameters in gc's Dcl order
// (receiver first), and results with gc's implicit names (`~r0`, `~r1`, ...) for unnamed ones.
//
// Invariant: params/paramTypes are parallel arrays; an unnamed or blank parameter has an `undefined` Var.

import type { Pos } from '../diag/index.js';
import type * as A from '../syntax/index.js';
import type { Type, TypeInfo, Var } from '../types/index.js';
import type { IRFunc } from './ir.js';

/** FuncCtx is what shell construction needs from the lowering context. */
export interface FuncCtx {
  readonly info: TypeInfo;
}

let syntheticId = -1;

/**
 * syntheticVar makes a Var-shaped object for gc's implicit names (`~r0` results, unnamed params); wrappers.ts
 * passes its own id range for wrapper parameters and results.
 */
export function syntheticVar(
  name: string,
  pos: Pos,
  type: Type,
  isResult: boolean,
  func: A.FuncDecl | A.FuncLit,
  id: number = syntheticId--,
): Var {
  return {
    kind: 'Var',
    name,
    pos,
    type,
    isGlobal: false,
    isParam: !isResult,
    isResult,
    isField: false,
    embedded: false,
    func,
    used: true,
    id,
  };
}

export function funcDeclName(ctx: FuncCtx, d: A.FuncDecl): string {
  if (!d.recv) return d.name.name;
  const t = ctx.info.types.get(d.recv.type)?.type;
  if (t && t.kind === 'Pointer') return `(*${typeName(t.elem)}).${d.name.name}`;
  return `${t ? typeName(t) : '?'}.${d.name.name}`;
}

function typeName(t: Type): string {
  return t.kind === 'Named' ? t.obj.name : '?';
}

export function newFunc(
  ctx: FuncCtx,
  node: A.FuncDecl | A.FuncLit,
  name: string,
  outer: IRFunc | undefined,
  captures: readonly Var[],
): IRFunc {
  const params: (Var | undefined)[] = [];
  const paramTypes: Type[] = [];
  const results: Var[] = [];
  const fields: A.Field[] = [];
  if (node.kind === 'FuncDecl' && node.recv) fields.push(node.recv);
  fields.push(...node.type.params);
  for (const f of fields) {
    const t = fieldType(ctx, f);
    if (f.names.length === 0) {
      params.push(undefined);
      paramTypes.push(t);
    }
    for (const id of f.names) {
      const v = ctx.info.defs.get(id);
      params.push(v && v.kind === 'Var' ? v : undefined);
      paramTypes.push(v && v.kind === 'Var' ? v.type : t);
    }
  }
  let r = 0;
  for (const f of node.type.results) {
    const t = fieldType(ctx, f);
    if (f.names.length === 0) {
      results.push(syntheticVar(`~r${r++}`, f.pos, t, true, node));
      continue;
    }
    for (const id of f.names) {
      const v = ctx.info.defs.get(id);
      if (v && v.kind === 'Var' && id.name !== '_') results.push(v);
      else results.push(syntheticVar(`~r${r}`, id.pos, t, true, node));
      r++;
    }
  }
  return {
    name,
    node,
    params,
    paramTypes,
    results,
    locals: [],
    body: [],
    outer,
    captures,
    closures: [],
    closureCalled: false,
    wrapper: false,
    bodyless: node.kind === 'FuncDecl' && node.body === undefined,
  };
}

function fieldType(ctx: FuncCtx, f: A.Field): Type {
  const t = ctx.info.types.get(f.type)?.type;
  if (!t) return { kind: 'Basic', basic: 'invalid', name: 'invalid' };
  return f.variadic ? { kind: 'Slice', elem: t } : t;
}
