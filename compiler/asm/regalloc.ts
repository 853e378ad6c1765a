// Register allocation: linear scan over conservative live intervals, then rewriting of virtual registers,
// spill reloads and parallel moves into plain instructions.
//
// Algorithm:
//  1. Liveness: backward dataflow over machine blocks (successors = branch labels + fallthrough).
//  2. Each vreg gets one interval [start, end] in the linear instruction order (no holes; extended to the
//     bounds of every block where it is live-in/live-out).
//  3. Forbidden registers: every register an instruction strictly inside the interval clobbers (a CALL
//     clobbers all: Go's ABIInternal has no callee-saved registers; IDIVQ clobbers AX and DX; a PMOV its
//     fixed destinations). Values live across a call therefore always spill, as in gc.
//  4. Linear scan in start order, trying the hint first (the ABI register a value arrives in or leaves by),
//     then the pool in ABI order. No free register -> the value lives in a stack slot (a parameter in its
//     home in the caller's frame, anything else in a fresh `..autotmp_N`).
//  5. Rewrite: spilled operands become slot operands where the instruction accepts a memory operand, or go
//     through a free scratch register (reload before / store after). A PMOV becomes a sequence of MOVs in
//     an order that never overwrites a pending source; cycles are broken with a scratch register.
//
// Invariant after `allocate`: no `vreg` operand and no PMOV remains.

import { InternalError } from '../diag/index.js';
import type { LowerCtx } from './ctx.js';
import {
  FLOAT_ARG_REGS,
  INSTRS,
  instrInfo,
  INT_ALLOC_REGS,
  reg,
  type MFunc,
  type MInstr,
  type Move,
  type Operand,
  type Reg,
  type RegClass,
  type Slot,
} from './instrs.js';

type Loc = { readonly k: 'reg'; readonly r: Reg } | { readonly k: 'slot'; readonly slot: Slot };

const POOL: Record<RegClass, readonly Reg[]> = { int: INT_ALLOC_REGS, float: FLOAT_ARG_REGS };

function vregsIn(op: Operand, out: number[]): void {
  if (op.k === 'vreg') out.push(op.id);
  else if (op.k === 'mem') {
    vregsIn(op.base, out);
    if (op.index) vregsIn(op.index, out);
  }
}

/** usesDefs lists the vregs an instruction reads and writes. */
function usesDefs(ins: MInstr): { uses: number[]; defs: number[] } {
  const uses: number[] = [];
  const defs: number[] = [];
  if (ins.op === 'PMOV') {
    for (const m of ins.moves ?? []) {
      vregsIn(m.src, uses);
      if (m.dst.k === 'vreg') defs.push(m.dst.id);
      else vregsIn(m.dst, uses);
    }
    return { uses, defs };
  }
  const roles = INSTRS[ins.op].roles;
  ins.args.forEach((a, i) => {
    const role = roles[i] ?? 'r';
    if (a.k === 'vreg') {
      if (role !== 'w') uses.push(a.id);
      if (role === 'w' || role === 'rw') defs.push(a.id);
    } else vregsIn(a, uses);
  });
  return { uses, defs };
}

function clobbersOf(ins: MInstr): Set<Reg> | 'all' {
  const info = INSTRS[ins.op];
  if (info.clobbers === 'all') return 'all';
  const out = new Set<Reg>([...info.clobbers, ...(ins.clobbers ?? [])]);
  info.roles.forEach((role, i) => {
    const a = ins.args[i];
    if (a?.k === 'reg' && (role === 'w' || role === 'rw')) out.add(a.r);
  });
  return out;
}

interface Interval {
  readonly id: number;
  start: number;
  end: number;
  readonly cls: RegClass;
  loc?: Loc;
}

export function allocate(mf: MFunc, c: LowerCtx): void {
  const linear: MInstr[] = mf.blocks.flatMap((b) => b.instrs);
  const blockRange = new Map<number, [number, number]>();
  let pos = 0;
  for (const b of mf.blocks) {
    blockRange.set(b.id, [pos, pos + b.instrs.length - 1]);
    pos += b.instrs.length;
  }
  // Successors.
  const succs = mf.blocks.map((b, i) => {
    const out: number[] = [];
    for (const ins of b.instrs)
      for (const a of ins.args) if (a.k === 'label' && instrInfo(ins.op).branch) out.push(a.block);
    const last = b.instrs[b.instrs.length - 1];
    const next = mf.blocks[i + 1];
    if (next && !b.exit && last?.op !== 'JMP' && last?.op !== 'RET') out.push(next.id);
    return out;
  });
  const index = new Map(mf.blocks.map((b, i) => [b.id, i]));
  const ud = linear.map(usesDefs);
  // Liveness.
  const liveIn = mf.blocks.map(() => new Set<number>());
  const liveOut = mf.blocks.map(() => new Set<number>());
  for (let changed = true; changed;) {
    changed = false;
    for (let bi = mf.blocks.length - 1; bi >= 0; bi--) {
      const out = liveOut[bi] ?? new Set<number>();
      for (const s of succs[bi] ?? []) for (const v of liveIn[index.get(s) ?? -1] ?? []) out.add(v);
      const live = new Set(out);
      const [from, to] = blockRange.get(mf.blocks[bi]?.id ?? -1) ?? [0, -1];
      for (let p = to; p >= from; p--) {
        const x = ud[p];
        if (!x) continue;
        for (const d of x.defs) live.delete(d);
        for (const u of x.uses) live.add(u);
      }
      const inn = liveIn[bi] ?? new Set<number>();
      if (live.size !== inn.size || [...live].some((v) => !inn.has(v))) {
        liveIn[bi] = live;
        changed = true;
      }
    }
  }
  // Intervals.
  const intervals = new Map<number, Interval>();
  const touch = (id: number, p: number): void => {
    const it = intervals.get(id);
    if (!it) intervals.set(id, { id, start: p, end: p, cls: mf.vregClass[id] ?? 'int' });
    else {
      it.start = Math.min(it.start, p);
      it.end = Math.max(it.end, p);
    }
  };
  ud.forEach((x, p) => {
    for (const v of [...x.uses, ...x.defs]) touch(v, p);
  });
  mf.blocks.forEach((b, bi) => {
    const [from, to] = blockRange.get(b.id) ?? [0, -1];
    for (const v of liveIn[bi] ?? []) touch(v, from);
    for (const v of liveOut[bi] ?? []) touch(v, Math.max(from, to));
  });
  const clobbers = linear.map(clobbersOf);
  // Linear scan.
  const sorted = [...intervals.values()].sort((a, b) => a.start - b.start || a.id - b.id);
  const active: Interval[] = [];
  let tmpCount = 0;
  const spillSlot = (id: number): Slot => {
    const home = c.homeSlot.get(id);
    if (home) return home;
    const s: Slot = { name: `main..autotmp_${tmpCount++}`, kind: 'local', size: 8, word: 0, offset: 0 };
    mf.slots.push(s);
    return s;
  };
  for (const it of sorted) {
    for (let i = active.length - 1; i >= 0; i--) {
      const a = active[i];
      if (a && (a.end < it.start || (a.end === it.start && a.start < it.start))) active.splice(i, 1);
    }
    const forbidden = new Set<Reg>();
    let all = false;
    for (let p = it.start + 1; p < it.end; p++) {
      const cl = clobbers[p];
      if (cl === 'all') {
        all = true;
        break;
      }
      for (const r of cl ?? []) forbidden.add(r);
    }
    const taken = new Set(active.flatMap((a) => (a.loc?.k === 'reg' ? [a.loc.r] : [])));
    const ok = (r: Reg): boolean => !all && !forbidden.has(r) && !taken.has(r);
    const hint = c.hints.get(it.id) as Reg | undefined;
    const r = hint && POOL[it.cls].includes(hint) && ok(hint) ? hint : POOL[it.cls].find(ok);
    it.loc = r ? { k: 'reg', r } : { k: 'slot', slot: spillSlot(it.id) };
    if (r) active.push(it);
  }
  // Registers in use at each position (for scratch registers).
  const busyAt = (p: number): Set<Reg> => {
    const out = new Set<Reg>();
    for (const it of intervals.values())
      if (it.loc?.k === 'reg' && it.start <= p && p <= it.end) out.add(it.loc.r);
    const cl = clobbers[p];
    if (cl !== 'all') for (const r of cl ?? []) out.add(r);
    const ins = linear[p];
    for (const a of ins?.args ?? []) if (a.k === 'reg') out.add(a.r);
    for (const m of ins?.moves ?? []) for (const o of [m.src, m.dst]) if (o.k === 'reg') out.add(o.r);
    for (const r of ins ? (instrInfo(ins.op).reads ?? []) : []) out.add(r);
    return out;
  };
  const locOf = (id: number): Loc => {
    const l = intervals.get(id)?.loc;
    if (!l) throw new InternalError('asm', `${mf.name}: vreg ${id} has no location`);
    return l;
  };
  let p = 0;
  for (const b of mf.blocks) {
    const out: MInstr[] = [];
    for (const ins of b.instrs) {
      const busy = busyAt(p);
      const scratch = (cls: RegClass): Reg => {
        const r = POOL[cls].find((x) => !busy.has(x));
        if (!r) throw new InternalError('asm', `${mf.name}: no scratch register at ${ins.op}`);
        busy.add(r);
        return r;
      };
      if (ins.op === 'PMOV') out.push(...resolvePMOV(ins, locOf, scratch));
      else out.push(...rewrite(ins, locOf, scratch, mf));
      p++;
    }
    b.instrs = out;
  }
}

const asOperand = (l: Loc): Operand => (l.k === 'reg' ? reg(l.r) : { k: 'slot', slot: l.slot, off: 0 });
const isMemory = (o: Operand): boolean =>
  o.k === 'mem' || o.k === 'slot' || (o.k === 'sym' && !o.name.startsWith('$'));
const moveOp = (cls: RegClass): 'MOVQ' | 'MOVSD' => (cls === 'float' ? 'MOVSD' : 'MOVQ');

function rewrite(
  ins: MInstr,
  locOf: (id: number) => Loc,
  scratch: (cls: RegClass) => Reg,
  mf: MFunc,
): MInstr[] {
  const info = INSTRS[ins.op];
  const pre: MInstr[] = [];
  const post: MInstr[] = [];
  const mk = (op: MInstr['op'], args: Operand[]): MInstr => ({ op, args, line: ins.line });
  const loaded = new Map<number, Operand>();
  const inReg = (id: number): Operand => {
    const l = locOf(id);
    if (l.k === 'reg') return reg(l.r);
    const known = loaded.get(id);
    if (known) return known;
    const r = reg(scratch(mf.vregClass[id] ?? 'int'));
    pre.push(mk(moveOp(mf.vregClass[id] ?? 'int'), [asOperand(l), r]));
    loaded.set(id, r);
    return r;
  };
  const fixMem = (o: Operand): Operand => {
    if (o.k !== 'mem') return o;
    const base = o.base.k === 'vreg' ? inReg(o.base.id) : o.base;
    const index = o.index?.k === 'vreg' ? inReg(o.index.id) : o.index;
    return { ...o, base, ...(index ? { index } : {}) };
  };
  let args = ins.args.map(fixMem);
  let memCount = args.filter(isMemory).length;
  args = args.map((a, i) => {
    if (a.k !== 'vreg') return a;
    const l = locOf(a.id);
    if (l.k === 'reg') return reg(l.r);
    const role = info.roles[i] ?? 'r';
    const again = loaded.get(a.id);
    if (again && role === 'r') return again;
    const twice = ins.args.filter((x) => x.k === 'vreg' && x.id === a.id).length > 1;
    if ((info.memOk[i] ?? false) && memCount === 0 && !twice) {
      memCount++;
      return asOperand(l);
    }
    const cls = mf.vregClass[a.id] ?? 'int';
    const r = reg(scratch(cls));
    if (role !== 'w') pre.push(mk(moveOp(cls), [asOperand(l), r]));
    if (role === 'w' || role === 'rw') post.push(mk(moveOp(cls), [r, asOperand(l)]));
    loaded.set(a.id, r);
    return r;
  });
  const self = ins.op.startsWith('MOV') && args.length === 2 && sameLoc(args[0], args[1]);
  return [...pre, ...(self ? [] : [{ ...ins, args }]), ...post];
}

function sameLoc(a: Operand | undefined, b: Operand | undefined): boolean {
  if (!a || !b) return false;
  if (a.k === 'reg' && b.k === 'reg') return a.r === b.r;
  if (a.k === 'slot' && b.k === 'slot') return a.slot === b.slot && a.off === b.off;
  return false;
}

/** resolvePMOV sequentializes a parallel move. */
function resolvePMOV(ins: MInstr, locOf: (id: number) => Loc, scratch: (cls: RegClass) => Reg): MInstr[] {
  const mk = (op: MInstr['op'], args: Operand[]): MInstr => ({ op, args, line: ins.line });
  const map = (o: Operand): Operand => (o.k === 'vreg' ? asOperand(locOf(o.id)) : o);
  const pending: Move[] = (ins.moves ?? [])
    .map((m) => ({ ...m, dst: map(m.dst), src: map(m.src) }))
    .filter((m) => !sameLoc(m.dst, m.src));
  const out: MInstr[] = [];
  const emitMove = (m: Move): void => {
    if (m.lea) {
      if (m.dst.k === 'reg') out.push(mk('LEAQ', [m.src, m.dst]));
      else {
        const t = reg(scratch('int'));
        out.push(mk('LEAQ', [m.src, t]), mk('MOVQ', [t, m.dst]));
      }
      return;
    }
    if (m.src.k === 'imm') {
      const v = m.src.v;
      if (m.dst.k === 'reg' && v === 0n) out.push(mk('XORL', [m.dst, m.dst]));
      else if (m.dst.k === 'reg' && v > 0n && v < 1n << 32n) out.push(mk('MOVL', [m.src, m.dst]));
      else out.push(mk('MOVQ', [m.src, m.dst]));
      return;
    }
    if (isMemory(m.src) && isMemory(m.dst)) {
      const t = reg(scratch(m.cls));
      out.push(mk(moveOp(m.cls), [m.src, t]), mk(moveOp(m.cls), [t, m.dst]));
      return;
    }
    out.push(mk(moveOp(m.cls), [m.src, m.dst]));
  };
  const readsLoc = (m: Move, d: Operand): boolean =>
    (!m.lea && sameLoc(m.src, d)) ||
    (m.src.k === 'mem' && d.k === 'reg' && m.src.base.k === 'reg' && m.src.base.r === d.r);
  while (pending.length > 0) {
    const i = pending.findIndex((m) => !pending.some((o) => o !== m && readsLoc(o, m.dst)));
    if (i >= 0) {
      const [m] = pending.splice(i, 1);
      if (m) emitMove(m);
      continue;
    }
    // A cycle: park one source in a scratch register.
    const m = pending[0];
    if (!m) break;
    const t = reg(scratch(m.cls));
    out.push(mk(moveOp(m.cls), [m.src, t]));
    const old = m.src;
    for (let j = 0; j < pending.length; j++) {
      const o = pending[j];
      if (o && sameLoc(o.src, old)) pending[j] = { ...o, src: t };
    }
  }
  return out;
}
