// The lowering context: per-function state shared by the op table (lower-ops.ts) and the block walker
// (lower.ts): value -> machine words, rematerializable constants and addresses, instruction emission.
//
// Invariants:
//  - Every SSA value that has a machine representation maps to a list of words (`words`): one per register
//    it occupies (string = ptr,len; slice = ptr,len,cap; interface = type,data; float = one X register).
//  - Constants, symbol addresses and local addresses are *rematerialized* (Go's rematerializeable values):
//    they get no register of their own; every use materializes them (`src`), or folds them into an
//    immediate / an address operand.
//  - Emission appends to the current machine block; `label()`/`place()` split a block for local control
//    flow (the -1 check of IDIVQ), keeping the linear order that register allocation relies on.

import { InternalError } from '../diag/index.js';
import type { Func, SsaType, Value } from '../ssa/index.js';
import {
  imm,
  INSTRS,
  mem,
  vreg,
  type MBlock,
  type MFunc,
  type MInstr,
  type Mnemonic,
  type Move,
  type Operand,
  type RegClass,
  type Slot,
} from './instrs.js';

/** A rematerializable word: an immediate, or the address of a symbol / frame slot (LEAQ). */
export type Remat =
  | { readonly k: 'imm'; readonly v: bigint; readonly cls: RegClass }
  | { readonly k: 'lea'; readonly addr: Operand }
  | { readonly k: 'fconst'; readonly addr: Operand };

/** A word of a value: either a virtual register or a rematerializable constant. */
export type Word = { readonly k: 'v'; readonly op: Operand; readonly cls: RegClass } | Remat;

/** wordClasses lists the register classes of the words of a value of type t. */
export function wordClasses(t: SsaType): RegClass[] {
  switch (t.cls) {
    case 'mem':
    case 'void':
    case 'tuple':
      return [];
    case 'float':
      return ['float'];
    case 'bool':
    case 'int':
    case 'ptr':
      return ['int'];
    case 'string':
    case 'iface':
      return ['int', 'int'];
    case 'slice':
      return ['int', 'int', 'int'];
    case 'composite':
      return Array.from({ length: Math.max(1, Math.ceil(t.size / 8)) }, () => 'int' as const);
    default: {
      const never: never = t.cls;
      throw new InternalError('asm', `unknown type class ${String(never)}`);
    }
  }
}

/** Width suffix for integer instructions of a value of `size` bytes. */
export function sizeSuffix(size: number): 'Q' | 'L' | 'W' | 'B' {
  return size >= 8 ? 'Q' : size === 4 ? 'L' : size === 2 ? 'W' : 'B';
}

export class LowerCtx {
  readonly words = new Map<number, Word[]>();
  readonly uses = new Map<number, number>();
  /** Values folded into their user (no code of their own). */
  readonly folded = new Set<number>();
  /** Stores folded with their Load and arithmetic into one read-modify-write instruction (ADDQ DX, (AX)). */
  readonly rmw = new Map<number, { readonly op: Mnemonic; readonly operand: Value }>();
  /** Spill slot to prefer for a vreg (parameters spill to their home in the caller's frame). */
  readonly homeSlot = new Map<number, Slot>();
  /** PMOV destinations that came from fixed registers (allocation hints), and vice versa. */
  readonly hints = new Map<number, string>();
  readonly localSlots = new Map<string, Slot>();
  /** The words of each result of each call (index = result number). */
  readonly callResults = new Map<number, Word[][]>();
  /** Critical edges that need phi moves: a machine block of their own, placed after the function body. */
  readonly pendingEdges: { id: number; moves: Move[]; to: number; line: number }[] = [];
  line = 0;
  cur: MBlock;
  private nextLabel: number;

  constructor(
    readonly f: Func,
    readonly mf: MFunc,
  ) {
    this.nextLabel = Math.max(0, ...f.blocks.map((b) => b.id)) + 1;
    this.cur = { id: -1, instrs: [] };
    for (const b of f.blocks) {
      for (const v of b.values) for (const a of v.args) this.uses.set(a.id, (this.uses.get(a.id) ?? 0) + 1);
      for (const c of b.controls) this.uses.set(c.id, (this.uses.get(c.id) ?? 0) + 1);
    }
  }

  useCount(v: Value): number {
    return this.uses.get(v.id) ?? 0;
  }

  newVreg(cls: RegClass): Operand {
    this.mf.vregClass.push(cls);
    return vreg(this.mf.vregClass.length - 1);
  }

  /** newWords gives v fresh virtual registers for each of its words. */
  defineNew(v: Value): Operand[] {
    const ops = wordClasses(v.type).map((cls) => this.newVreg(cls));
    this.words.set(
      v.id,
      ops.map((op, i) => ({ k: 'v', op, cls: wordClasses(v.type)[i] ?? 'int' })),
    );
    return ops;
  }

  define(v: Value, words: Word[]): void {
    this.words.set(v.id, words);
  }

  wordsOf(v: Value): Word[] {
    const w = this.words.get(v.id);
    if (!w) throw new InternalError('asm', `${this.f.name}: v${v.id} (${v.op}) used before it was lowered`);
    return w;
  }

  word(v: Value, i = 0): Word {
    const w = this.wordsOf(v)[i];
    if (!w) throw new InternalError('asm', `${this.f.name}: v${v.id} has no word ${i}`);
    return w;
  }

  emit(op: Mnemonic, args: Operand[], extra?: Partial<MInstr>): MInstr {
    const ins: MInstr = { op, args, line: this.line, ...extra };
    this.cur.instrs.push(ins);
    return ins;
  }

  pmov(moves: Move[], clobbers: MInstr['clobbers'] = []): void {
    if (moves.length > 0) this.emit('PMOV', [], { moves, clobbers });
  }

  /** materialize puts a rematerializable word into a fresh vreg (MOVL/MOVQ/XORL/LEAQ/MOVSD). */
  materialize(w: Remat): Operand {
    if (w.k === 'imm' && w.cls === 'int') {
      const r = this.newVreg('int');
      this.emitConst(w.v, r);
      return r;
    }
    if (w.k === 'lea') {
      const r = this.newVreg('int');
      this.emit('LEAQ', [w.addr, r]);
      return r;
    }
    const r = this.newVreg('float');
    if (w.k === 'fconst') this.emit('MOVSD', [w.addr, r]);
    else this.emit('MOVSD', [imm(w.v), r]);
    return r;
  }

  /** emitConst loads an integer constant the way gc does: XORL for 0, MOVL for small positives. */
  emitConst(v: bigint, dst: Operand): void {
    if (v === 0n && dst.k !== 'slot' && dst.k !== 'mem') this.emit('XORL', [dst, dst]);
    else if (v > 0n && v < 1n << 32n && dst.k !== 'slot' && dst.k !== 'mem') this.emit('MOVL', [imm(v), dst]);
    else this.emit('MOVQ', [imm(v), dst]);
  }

  /** src returns word i of v as a register operand (materializing constants), or an immediate if allowed. */
  src(v: Value, i = 0, allowImm = false): Operand {
    const w = this.word(v, i);
    if (w.k === 'v') return w.op;
    if (allowImm && w.k === 'imm' && w.cls === 'int' && fitsImm32(w.v)) return imm(w.v);
    return this.materialize(w);
  }

  /** moveSrc is word i of v as a parallel-move source (constants stay rematerializable). */
  moveSrc(v: Value, i: number): Move['src'] {
    const w = this.word(v, i);
    if (w.k === 'v') return w.op;
    if (w.k === 'imm') return imm(w.v);
    return this.materialize(w);
  }

  /** move is a parallel-move entry `dst = word i of v`; addresses stay LEAQs computed straight into dst. */
  move(dst: Operand, v: Value, i: number, cls: RegClass): Move {
    const w = this.word(v, i);
    if (w.k === 'lea') return { dst, src: w.addr, cls: 'int', lea: true };
    return { dst, src: this.moveSrc(v, i), cls };
  }

  /** addr returns the memory operand for the pointer value p plus off bytes (folding OffPtr/Addr/LocalAddr). */
  addr(p: Value, off = 0): Operand {
    if (this.folded.has(p.id) && p.op === 'OffPtr') {
      const a = p.args[0];
      if (!a) throw new InternalError('asm', 'OffPtr without base');
      return this.addr(a, off + Number(p.auxInt ?? 0));
    }
    const w = this.word(p);
    if (w.k === 'lea') return offsetOperand(w.addr, off);
    if (w.k === 'v') return mem(w.op, off);
    return mem(this.materialize(w), off);
  }

  label(): number {
    return this.nextLabel++;
  }

  /** place starts a new machine block labelled `id` at the current position. */
  place(id: number): void {
    this.cur = { id, instrs: [] };
    this.mf.blocks.push(this.cur);
  }

  slotFor(name: string, size: number): Slot {
    let s = this.localSlots.get(name);
    if (!s) {
      s = { name: `main.${name}`, kind: 'local', size, word: 0, offset: 0 };
      this.localSlots.set(name, s);
      this.mf.slots.push(s);
    }
    return s;
  }
}

export function fitsImm32(v: bigint): boolean {
  return v >= -(1n << 31n) && v < 1n << 31n;
}

/** offsetOperand adds off bytes to a memory-like operand. */
export function offsetOperand(a: Operand, off: number): Operand {
  switch (a.k) {
    case 'mem':
      return { ...a, off: a.off + off };
    case 'sym':
      return { ...a, off: a.off + off };
    case 'slot':
      return { ...a, off: a.off + off };
    default:
      return mem(a, off);
  }
}
