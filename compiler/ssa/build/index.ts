// Builder entry: typed AST + escape results -> SSA Program (one Func per function, literal and `init`).
//
// Pre-scan (what gc's typecheck/escape record on nodes): variables whose address is taken (`&x`, pointer
// method calls on addressable x) and variables assigned after their declaration (closures capture those
// by reference). Then every function is built in source order; function literals are built when reached;
// last the synthesized `main.init` (init.ts).

import type { EscapeResult } from '../../escape/index.js';
import type { Expr, File, Node, Stmt } from '../../syntax/index.js';
import type { TypeInfo, Var } from '../../types/index.js';
import type { Program } from '../ir.js';
import type { ProgramCtx } from './ctx.js';
import { ssaType } from './gotypes.js';
import { buildFuncDecl } from './func-body.js';
import { captureByRef, funcSymName } from './closure.js';
import { buildInit, userInitNames } from './init.js';

export function buildProgram(
  file: File,
  info: TypeInfo,
  esc: EscapeResult | undefined,
  src: string,
): Program {
  const p: ProgramCtx = {
    file,
    info,
    esc,
    funcs: [],
    globals: new Map(),
    lines: src.split('\n'),
    addrTaken: new Set(),
    reassigned: new Set(),
    wrappers: new Set(),
  };
  scan(p, file);
  markCapturedByRef(p);
  const inits = userInitNames(file);
  for (const d of file.decls) {
    if (d.kind !== 'FuncDecl' || !d.body) continue;
    const f = info.funcs.get(d);
    buildFuncDecl(p, d, inits.get(d) ?? funcSymName(f));
  }
  buildInit(p, [...inits.values()]);
  return {
    funcs: p.funcs,
    globals: info.globals.map((g) => ({ name: `main.${g.name}`, type: ssaType(g.type) })),
  };
}

function varOf(p: ProgramCtx, e: Expr): Var | undefined {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind !== 'Ident') return undefined;
  const o = p.info.uses.get(e);
  return o?.kind === 'Var' && !o.isGlobal ? o : undefined;
}

/** scan walks every node once, recording address-taken and reassigned variables. */
function scan(p: ProgramCtx, n: Node): void {
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    const node = x as Node;
    if (!('kind' in node)) return;
    switch (node.kind) {
      case 'UnaryExpr':
        if (node.op === '&') {
          const v = varOf(p, node.x);
          if (v) p.addrTaken.add(v);
        }
        break;
      case 'AssignStmt':
        if (node.op !== ':=') for (const l of node.lhs) mark(p, l);
        else for (const l of node.lhs) if (l.kind === 'Ident' && p.info.uses.has(l)) mark(p, l);
        break;
      case 'IncDecStmt':
        mark(p, node.x);
        break;
      case 'RangeStmt': {
        // the loop assigns its variables every iteration, declared by the statement or not
        const rv = p.info.rangeVars.get(node);
        if (rv?.key) p.reassigned.add(rv.key);
        if (rv?.value) p.reassigned.add(rv.value);
        if (!node.define) {
          if (node.key) mark(p, node.key);
          if (node.value) mark(p, node.value);
        }
        break;
      }
      case 'CallExpr':
        if (node.fun.kind === 'SelectorExpr') {
          const sel = p.info.selections.get(node.fun);
          if (sel?.recvAdjust === 'addr') {
            const v = varOf(p, node.fun.x);
            if (v) p.addrTaken.add(v);
          }
        }
        break;
      case 'SliceExpr': {
        const v = varOf(p, node.x);
        if (v && v.type.kind !== 'Slice') p.addrTaken.add(v);
        break;
      }
      default:
        break;
    }
    for (const [k, val] of Object.entries(node)) if (k !== 'pos' && typeof val === 'object') visit(val);
  };
  visit(n);
}

/**
 * markCapturedByRef makes every variable a closure captures by reference memory-resident in its own
 * function (a heap cell when escape analysis moved it, else a stack slot), so the closure can hold its
 * address (gc's capturevars: by reference when address-taken, reassigned or larger than 128 bytes).
 */
function markCapturedByRef(p: ProgramCtx): void {
  for (const vars of p.info.captures.values())
    for (const v of vars) if (captureByRef(p, v)) p.addrTaken.add(v);
}

function mark(p: ProgramCtx, e: Expr): void {
  const v = varOf(p, e);
  if (v) p.reassigned.add(v);
}

export type { Stmt };
