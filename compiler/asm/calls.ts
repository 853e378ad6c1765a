// Calls under Go's internal register ABI (ABIInternal): integer words in AX, BX, CX, DI, SI, R8, R9, R10,
// R11; float words in X0..X14; results in the same registers from the start. Every register is caller-saved.
//
// Invariants:
//  - Arguments are placed by one parallel move (PMOV) right before the CALL, whose destinations are
//    clobbered; results are taken out of their fixed registers by one PMOV right after it, so no virtual
//    register is ever live inside a CALL except through a stack slot (the allocator sees `clobbers: 'all'`).
//  - `outArgs` grows to the callee's register-argument spill area (the call's arg size, Go's auxint).
//  - Values that do not fit in the registers are not supported (mgo's subset never needs them).

import { InternalError } from '../diag/index.js';
import { BOUNDS_KINDS, type SsaType, type Value } from '../ssa/index.js';
import { wordClasses, type LowerCtx, type Word } from './ctx.js';
import { FLOAT_ARG_REGS, INT_ARG_REGS, reg, sym, type Move, type Reg } from './instrs.js';

/** abiRegs assigns registers to the words of a list of values' types, in order. */
export function abiRegs(types: readonly SsaType[], what: string): Reg[][] {
  let ints = 0;
  let floats = 0;
  return types.map((t) =>
    wordClasses(t).map((cls) => {
      const r = cls === 'float' ? FLOAT_ARG_REGS[floats++] : INT_ARG_REGS[ints++];
      if (!r) throw new InternalError('asm', `${what}: arguments beyond the ABI registers are not supported`);
      return r;
    }),
  );
}

/** argArea is the register-argument spill area of a call: each word 8 bytes (Go's auxint when present). */
function argArea(v: Value, words: number): number {
  return typeof v.auxInt === 'number' ? v.auxInt : v.auxInt !== undefined ? Number(v.auxInt) : words * 8;
}

export function lowerCall(c: LowerCtx, v: Value): void {
  if (v.aux?.kind !== 'call') throw new InternalError('asm', `call v${v.id} without AuxCall`);
  const fn = v.aux.fn;
  const closure = v.op === 'ClosureLECall';
  const inputs = v.args.slice(closure ? 2 : 0, -1);
  const regs = abiRegs(
    inputs.map((a) => a.type),
    fn,
  );
  const moves: Move[] = [];
  inputs.forEach((a, i) =>
    (regs[i] ?? []).forEach((r, j) => moves.push(c.move(reg(r), a, j, wordCls(c.word(a, j))))),
  );
  let target = sym(fn);
  if (closure) {
    const code = v.args[0];
    const ctxp = v.args[1];
    if (!code || !ctxp) throw new InternalError('asm', `closure call v${v.id} lacks its code or context`);
    target = c.src(code);
    moves.push(c.move(reg('DX'), ctxp, 0, 'int'));
  }
  c.pmov(
    moves,
    moves.flatMap((m) => (m.dst.k === 'reg' ? [m.dst.r] : [])),
  );
  c.emit('CALL', [target]);
  c.mf.hasCalls = true;
  c.mf.outArgs = Math.max(c.mf.outArgs, argArea(v, moves.length));
  defineResults(c, v);
}

function wordCls(w: Word): 'int' | 'float' {
  if (w.k === 'v') return w.cls;
  if (w.k === 'imm') return w.cls;
  return w.k === 'fconst' ? 'float' : 'int';
}

/** defineResults gives each used result of call v fresh registers, moved out of the result registers. */
function defineResults(c: LowerCtx, v: Value): void {
  const resultTypes = (v.type.elems ?? []).slice(0, -1);
  const regs = abiRegs(resultTypes, `results of ${v.aux?.kind === 'call' ? v.aux.fn : 'call'}`);
  const used = new Set<number>();
  for (const b of v.block.func.blocks)
    for (const u of b.values)
      if (u.op === 'SelectN' && u.args[0] === v && c.useCount(u) > 0) used.add(Number(u.auxInt ?? 0));
  const moves: Move[] = [];
  const results: Word[][] = resultTypes.map((t, i) => {
    const cls = wordClasses(t);
    if (!used.has(i)) return cls.map(() => ({ k: 'imm', v: 0n, cls: 'int' }) as Word);
    return cls.map((k, j) => {
      const op = c.newVreg(k);
      const r = regs[i]?.[j];
      if (!r) throw new InternalError('asm', 'result register missing');
      moves.push({ dst: op, src: reg(r), cls: k });
      if (op.k === 'vreg') c.hints.set(op.id, r);
      return { k: 'v', op, cls: k } as Word;
    });
  });
  c.pmov(moves);
  c.callResults.set(v.id, results);
}

/** SelectN of a call: the words of result i (the memory result has none). */
export function lowerSelectN(c: LowerCtx, v: Value): void {
  const call = v.args[0];
  if (!call) throw new InternalError('asm', `SelectN v${v.id} without a tuple`);
  if (v.type.cls === 'mem') return;
  const results = c.callResults.get(call.id);
  const r = results?.[Number(v.auxInt ?? 0)];
  if (!r)
    throw new InternalError('asm', `SelectN v${v.id}: call v${call.id} has no result ${String(v.auxInt)}`);
  c.define(v, r);
}

/** PanicBounds: the index in AX, the length in CX, then CALL runtime.panicIndex (or the slice variant). */
export function lowerPanicBounds(c: LowerCtx, v: Value): void {
  const [idx, len] = v.args;
  if (!idx || !len) throw new InternalError('asm', `PanicBounds v${v.id} lacks operands`);
  const kind = BOUNDS_KINDS[Number(v.auxInt ?? 0)] ?? BOUNDS_KINDS[0];
  c.pmov([c.move(reg('AX'), idx, 0, 'int'), c.move(reg('CX'), len, 0, 'int')], ['AX', 'CX']);
  c.emit('CALL', [sym(kind.fn)]);
  c.mf.hasCalls = true;
  c.mf.outArgs = Math.max(c.mf.outArgs, 16);
}
