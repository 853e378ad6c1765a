// The block walker: lowers one SSA function to machine blocks on virtual registers.
//
// Order of work:
//  1. fold analysis: OffPtr values used only as Load/Store/Zero/Move addresses are folded into `off(reg)`;
//     `Store p (Add64 (Load p m) y) m` becomes one read-modify-write (`ADDQ DX, (AX)`, gc's ADDQmodify);
//     a comparison used only by its block's If becomes CMP + Jcc (flags are never materialized).
//  2. entry: parameters arrive in ABI registers (one PMOV into fresh vregs; a spilled parameter lives in
//     its home slot in the caller's frame, as gc's `main.v+56(SP)`), a closure's context in DX.
//  3. blocks in gc's layout order (compiler/ssa layoutOrder); each value through the LOWER table; Phi
//     words get vregs up front and are written by a PMOV at the end of each predecessor (critical edges get
//     their own machine block); controls become Jcc/JMP, RET (results moved into AX, BX, ...) or nothing
//     (Exit blocks end in a call that does not return).

import { InternalError } from '../diag/index.js';
import { layoutOrder, opInfo, type Block, type Func, type Value } from '../ssa/index.js';
import { abiRegs } from './calls.js';
import { emitCompare, condJump, isCompare, negate, type Cond } from './compare-ops.js';
import { LowerCtx, wordClasses } from './ctx.js';
import { reg, type MBlock, type MFunc, type Move, type Operand } from './instrs.js';
import { LOWER, RMW_OPS } from './lower-ops.js';

/** Users of each value (by id), for the fold analysis. */
function usersOf(f: Func): Map<number, Value[]> {
  const users = new Map<number, Value[]>();
  for (const b of f.blocks)
    for (const v of b.values)
      for (const a of v.args) {
        const list = users.get(a.id) ?? [];
        list.push(v);
        users.set(a.id, list);
      }
  return users;
}

/** liveValues: values reachable from controls and side effects (dead pure values emit no code). */
function liveValues(f: Func): Set<number> {
  const live = new Set<number>();
  const work: Value[] = [];
  const mark = (v: Value): void => {
    if (live.has(v.id)) return;
    live.add(v.id);
    work.push(v);
  };
  for (const b of f.blocks) {
    b.controls.forEach(mark);
    for (const v of b.values) {
      const info = opInfo(v.op);
      if (!info.pure && v.op !== 'Load' && v.op !== 'Phi' && v.op !== 'Copy' && v.op !== 'SelectN') mark(v);
    }
  }
  for (let v = work.pop(); v; v = work.pop()) v.args.forEach(mark);
  return live;
}

const ADDRESS_USERS = new Set(['Load', 'Store', 'Zero', 'Move', 'NilCheck']);

function foldAnalysis(c: LowerCtx, f: Func): void {
  const users = usersOf(f);
  const controlUses = new Set(f.blocks.flatMap((b) => b.controls.map((v) => v.id)));
  for (const b of f.blocks) {
    for (const v of b.values) {
      if (v.op === 'OffPtr' && !controlUses.has(v.id)) {
        const us = users.get(v.id) ?? [];
        const addressOnly = (u: Value): boolean =>
          ADDRESS_USERS.has(u.op) &&
          u.args.every((a, i) => a !== v || i === 0 || (u.op === 'Move' && i === 1));
        if (us.length > 0 && us.every(addressOnly)) c.folded.add(v.id);
      }
      if (v.op === 'Store') foldRMW(c, v);
    }
    const ctl = b.controls[0];
    if (b.kind === 'If' && ctl && ctl.block === b && isCompare(ctl.op) && c.useCount(ctl) === 1)
      c.folded.add(ctl.id);
  }
}

function foldRMW(c: LowerCtx, st: Value): void {
  const [p, x, m] = st.args;
  if (!p || !x || !m) return;
  const op = RMW_OPS[x.op];
  if (!op || x.block !== st.block || c.useCount(x) !== 1) return;
  const [a, b] = x.args;
  if (!a || !b) return;
  const commutative =
    x.op.startsWith('Add') || x.op.startsWith('And') || x.op.startsWith('Or') || x.op.startsWith('Xor');
  const isOld = (l: Value): boolean =>
    l.op === 'Load' && l.args[0] === p && l.args[1] === m && l.block === st.block && c.useCount(l) === 1;
  let operand: Value | undefined;
  let load: Value | undefined;
  if (isOld(a)) [load, operand] = [a, b];
  else if (commutative && isOld(b)) [load, operand] = [b, a];
  if (!load || !operand) return;
  c.folded.add(load.id);
  c.folded.add(x.id);
  c.rmw.set(st.id, { op, operand });
}

/** lowerEntry moves the parameters out of their ABI registers into fresh vregs. */
function lowerEntry(c: LowerCtx, f: Func, args: Value[]): void {
  const regs = abiRegs(
    f.params.map((p) => p.type),
    `parameters of ${f.name}`,
  );
  let area = 0;
  const home = new Map<string, number>();
  for (const p of f.params) {
    const align = Math.min(8, Math.max(1, p.type.size));
    area = Math.ceil(area / align) * align;
    home.set(p.name, area);
    area += Math.max(0, p.type.size);
  }
  c.mf.argSize = Math.ceil(area / 8) * 8;
  const moves: Move[] = [];
  for (const v of args) {
    if (v.op === 'GetClosurePtr') {
      const [d] = c.defineNew(v) as [Operand];
      moves.push({ dst: d, src: reg('DX'), cls: 'int' });
      if (d.k === 'vreg') c.hints.set(d.id, 'DX');
      continue;
    }
    const name = v.aux?.kind === 'sym' ? v.aux.name : '';
    const pi = f.params.findIndex((p) => p.name === name);
    const param = f.params[pi];
    if (!param) throw new InternalError('asm', `${f.name}: Arg v${v.id} names no parameter ${name}`);
    const firstWord = Math.floor(Number(v.auxInt ?? 0) / 8);
    const ds = c.defineNew(v);
    ds.forEach((d, i) => {
      const r = regs[pi]?.[firstWord + i];
      if (!r || d.k !== 'vreg') throw new InternalError('asm', `${f.name}: no register for ${name}`);
      moves.push({ dst: d, src: reg(r), cls: wordClasses(v.type)[i] ?? 'int' });
      c.hints.set(d.id, r);
      c.homeSlot.set(d.id, {
        name: `main.${name}`,
        kind: 'param',
        size: param.type.size,
        word: (firstWord + i) * 8,
        offset: (home.get(name) ?? 0) + (firstWord + i) * 8,
      });
    });
  }
  c.pmov(moves);
}

/** phiMoves: the moves that set block s's phis when control arrives from pred b. */
function phiMoves(c: LowerCtx, b: Block, s: Block): Move[] {
  const i = s.preds.indexOf(b);
  const moves: Move[] = [];
  for (const phi of s.values) {
    if (phi.op !== 'Phi' || phi.type.cls === 'mem') continue;
    const a = phi.args[i];
    if (!a) throw new InternalError('asm', `phi v${phi.id} lacks the arg for b${b.id}`);
    c.wordsOf(phi).forEach((w, j) => {
      if (w.k !== 'v') return;
      moves.push(c.move(w.op, a, j, w.cls));
    });
  }
  return moves;
}

const label = (id: number): Operand => ({ k: 'label', block: id });

function lowerControl(c: LowerCtx, b: Block, next: Block | undefined): void {
  c.line = b.pos.line || c.line;
  switch (b.kind) {
    case 'Plain':
    case 'First': {
      const s = b.succs[0];
      if (!s) throw new InternalError('asm', `b${b.id} has no successor`);
      c.pmov(phiMoves(c, b, s));
      if (s !== next) c.emit('JMP', [label(s.id)]);
      return;
    }
    case 'If': {
      const [yes, no] = b.succs;
      const ctl = b.controls[0];
      if (!yes || !no || !ctl) throw new InternalError('asm', `If b${b.id} is malformed`);
      let cond: Cond;
      if (c.folded.has(ctl.id)) {
        c.line = ctl.pos.line || c.line;
        cond = emitCompare(c, ctl);
      } else {
        const r = c.src(ctl);
        c.emit('TESTB', [r, r]);
        cond = 'NE' as const;
      }
      const target = (s: Block): number => {
        const moves = phiMoves(c, b, s);
        if (moves.length === 0) return s.id;
        const edge = c.label();
        c.pendingEdges.push({ id: edge, moves, to: s.id, line: c.line });
        return edge;
      };
      const yesT = target(yes);
      const noT = target(no);
      if (yes === next && yesT === yes.id) c.emit(condJump(negate(cond)), [label(noT)]);
      else {
        c.emit(condJump(cond), [label(yesT)]);
        if (!(no === next && noT === no.id)) c.emit('JMP', [label(noT)]);
      }
      return;
    }
    case 'Ret': {
      const mr = b.controls[0];
      if (!mr) throw new InternalError('asm', `Ret b${b.id} without MakeResult`);
      const results = mr.args.slice(0, -1);
      const regs = abiRegs(
        results.map((r) => r.type),
        `results of ${c.f.name}`,
      );
      const moves: Move[] = [];
      results.forEach((r, i) =>
        (regs[i] ?? []).forEach((rg, j) =>
          moves.push(c.move(reg(rg), r, j, wordClasses(r.type)[j] ?? 'int')),
        ),
      );
      c.line = mr.pos.line || c.line;
      c.pmov(
        moves,
        moves.flatMap((m) => (m.dst.k === 'reg' ? [m.dst.r] : [])),
      );
      c.emit('RET', []);
      return;
    }
    case 'Exit':
      c.cur.exit = true;
      return;
    default: {
      const never: never = b.kind;
      throw new InternalError('asm', `unknown block kind ${String(never)}`);
    }
  }
}

/** linkName is the symbol gc gives a function: `main.F`, `main.T.m`, `main.(*T).m`, `main.F.func1`. */
export function linkName(f: Func): string {
  return f.name.startsWith('main.') ? f.name : `main.${f.name}`;
}

/** lowerFunc lowers f to machine code on virtual registers. */
export function lowerFunc(f: Func, line: number): { mf: MFunc; ctx: LowerCtx } {
  const mf: MFunc = {
    name: linkName(f),
    line,
    blocks: [],
    argSize: 0,
    frameSize: 0,
    slots: [],
    outArgs: 0,
    hasCalls: false,
    vregClass: [],
  };
  const c = new LowerCtx(f, mf);
  foldAnalysis(c, f);
  const live = liveValues(f);
  const order = layoutOrder(f);
  c.line = line;
  const entryArgs = f.blocks.flatMap((b) =>
    b.values.filter((v) => v.op === 'Arg' || v.op === 'GetClosurePtr'),
  );
  order.forEach((b, i) => {
    c.place(b.id);
    if (i === 0) lowerEntry(c, f, entryArgs);
    for (const v of b.values)
      if (v.op === 'Phi' && v.type.cls !== 'mem' && !c.words.has(v.id)) c.defineNew(v);
    // Phis of successors must have words before this block's moves refer to them.
    for (const s of b.succs)
      for (const v of s.values)
        if (v.op === 'Phi' && v.type.cls !== 'mem' && !c.words.has(v.id)) c.defineNew(v);
    for (const v of b.values) {
      if (c.folded.has(v.id) || !live.has(v.id)) continue;
      if (v.op === 'Phi' || v.op === 'Arg' || v.op === 'GetClosurePtr') continue;
      if (v.pos.line) c.line = v.pos.line;
      LOWER[v.op](c, v);
    }
    lowerControl(c, b, order[i + 1]);
  });
  for (const e of c.pendingEdges) {
    c.place(e.id);
    c.line = e.line;
    c.pmov(e.moves);
    c.emit('JMP', [label(e.to)]);
  }
  return { mf, ctx: c };
}

export type { MBlock };
