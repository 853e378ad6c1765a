// FuncBuilder: the per-function state of SSA construction, with on-the-fly SSA construction
// (Braun, Buchwald, Hack, Leißa, Mallon, Zwinkau 2013, "Simple and Efficient Construction of SSA Form").
//
// Invariants:
//  - Variables (source vars held in SSA values, compiler temps, and the memory pseudo-variable MEM) are
//    written with `write` and read with `read`; a read in a block with several predecessors creates a Phi,
//    which is completed when the block is sealed (all predecessors known). Trivial phis become Copy values
//    (removed by copyelim / phielim), so no use-list rewriting is needed during construction.
//  - `cur` is the block being filled; undefined after a terminating statement (return, break, panic):
//    statements that follow are unreachable and are not built.
//  - Constants, SP and SB live in the entry block and are shared (Go's constant cache).
//  - Every StaticLECall is immediately followed by SelectN <mem> [n] (the new memory) and one SelectN per
//    result, in that order, as ssagen does.

import { InternalError } from '../../diag/index.js';
import type { Var } from '../../types/index.js';
import {
  addEdge,
  newBlock,
  newFunc,
  newValue,
  type Aux,
  type AuxSym,
  type Block,
  type BlockKind,
  type Func,
  type FuncParam,
  type SrcPos,
  type SsaType,
  type Value,
} from '../ir.js';
import type { Op } from '../ops.js';
import { T, tupleOf } from '../types.js';

/** VarKey names an SSA-tracked variable: a source Var, or a string for compiler pseudo-variables. */
export type VarKey = Var | string;

export const MEM = '.mem';

export class FuncBuilder {
  readonly f: Func;
  cur: Block | undefined;
  readonly entry: Block;
  pos: SrcPos = { line: 0, stmt: false };
  private readonly defs = new Map<Block, Map<VarKey, Value>>();
  private readonly sealed = new Set<Block>();
  private readonly incomplete = new Map<Block, Map<VarKey, Value>>();
  private readonly types = new Map<VarKey, SsaType>();
  private readonly consts = new Map<string, Value>();
  readonly sp: Value;
  readonly sb: Value;
  private tmpCount = 0;

  constructor(name: string, params: FuncParam[], results: FuncParam[], source: Map<number, string>) {
    this.f = newFunc(name, params, results, source);
    this.entry = newBlock(this.f, 'Plain');
    this.sealed.add(this.entry);
    this.cur = this.entry;
    this.write(MEM, newValue(this.entry, 'InitMem', T.mem, []), T.mem);
    this.sp = newValue(this.entry, 'SP', T.uintptr, []);
    this.sb = newValue(this.entry, 'SB', T.uintptr, []);
  }

  // --- values -----------------------------------------------------------------------------------------

  /** v appends a value to the current block at the current position. */
  v(op: Op, type: SsaType, args: Value[], aux?: Aux, auxInt?: bigint | number): Value {
    const b = this.block();
    return newValue(b, op, type, args, aux, auxInt, this.pos);
  }

  /** block returns the current block (an InternalError if the code is unreachable). */
  block(): Block {
    if (!this.cur) throw new InternalError('ssa', `${this.f.name}: value built in unreachable code`);
    return this.cur;
  }

  /** constant returns the shared entry-block constant `op <type> [auxInt] {aux}`. */
  constant(op: Op, type: SsaType, auxInt?: bigint | number, aux?: Aux): Value {
    const key = `${op}|${type.name}|${String(auxInt)}|${aux && aux.kind === 'string' ? JSON.stringify(aux.value) : ''}`;
    const hit = this.consts.get(key);
    if (hit) return hit;
    const v = newValue(this.entry, op, type, [], aux, auxInt, { line: 0, stmt: false });
    this.consts.set(key, v);
    return v;
  }

  /** intConst is a Const of the integer width of type t. */
  intConst(t: SsaType, n: bigint | number): Value {
    const op: Op = t.size === 1 ? 'Const8' : t.size === 2 ? 'Const16' : t.size === 4 ? 'Const32' : 'Const64';
    return this.constant(op, t, BigInt(n));
  }

  mem(): Value {
    return this.read(MEM);
  }

  setMem(m: Value): void {
    this.write(MEM, m, T.mem);
  }

  /** newTemp names a fresh compiler temporary (autotmp) living in a stack slot. */
  newAutotmp(type: SsaType): AuxSym {
    const sym: AuxSym = { kind: 'sym', name: `.autotmp_${++this.tmpCount}`, symKind: 'local', type };
    this.f.locals.push(sym);
    return sym;
  }

  /** localAddr is `LocalAddr <*T> {sym} SP mem`. */
  localAddr(sym: AuxSym, ptrType: SsaType): Value {
    return this.v('LocalAddr', ptrType, [this.sp, this.mem()], sym);
  }

  /** call emits a StaticLECall to fn and its SelectNs; returns the result values. */
  call(fn: string, args: Value[], results: SsaType[], argSize?: number): Value[] {
    const aux: Aux = { kind: 'call', fn, args: args.map((a) => a.type), results };
    const size = argSize ?? args.reduce((n, a) => n + Math.max(a.type.size, 0), 0);
    const c = this.v('StaticLECall', tupleOf([...results, T.mem]), [...args, this.mem()], aux, size);
    this.setMem(this.v('SelectN', T.mem, [c], undefined, results.length));
    return results.map((t, i) => this.v('SelectN', t, [c], undefined, i));
  }

  // --- variables (Braun et al.) ----------------------------------------------------------------------

  write(key: VarKey, value: Value, type: SsaType, b: Block | undefined = this.cur): void {
    if (!b) return;
    this.types.set(key, type);
    let m = this.defs.get(b);
    if (!m) this.defs.set(b, (m = new Map()));
    m.set(key, value);
  }

  read(key: VarKey, b: Block = this.block()): Value {
    const hit = this.defs.get(b)?.get(key);
    if (hit) return hit;
    return this.readRecursive(key, b);
  }

  isDefined(key: VarKey): boolean {
    return this.types.has(key);
  }

  private readRecursive(key: VarKey, b: Block): Value {
    const type = this.types.get(key);
    if (!type) throw new InternalError('ssa', `${this.f.name}: read of undefined variable ${keyName(key)}`);
    let val: Value;
    if (!this.sealed.has(b)) {
      val = this.newPhi(b, type);
      let m = this.incomplete.get(b);
      if (!m) this.incomplete.set(b, (m = new Map()));
      m.set(key, val);
    } else if (b.preds.length === 1) {
      val = this.read(key, b.preds[0]!);
    } else if (b.preds.length === 0) {
      throw new InternalError(
        'ssa',
        `${this.f.name}: read of ${keyName(key)} in b${b.id} with no predecessors`,
      );
    } else {
      val = this.newPhi(b, type);
      this.write(key, val, type, b);
      this.addPhiOperands(key, val);
    }
    this.write(key, val, type, b);
    return val;
  }

  private newPhi(b: Block, type: SsaType): Value {
    const phi = newValue(b, 'Phi', type, [], undefined, undefined, { line: this.pos.line, stmt: false });
    b.values.pop();
    b.values.unshift(phi);
    return phi;
  }

  private addPhiOperands(key: VarKey, phi: Value): void {
    for (const p of phi.block.preds) phi.args.push(this.read(key, p));
  }

  // --- blocks ----------------------------------------------------------------------------------------

  newBlock(kind: BlockKind = 'Plain'): Block {
    return newBlock(this.f, kind);
  }

  /** seal marks b's predecessor list complete and finishes its incomplete phis. */
  seal(b: Block): void {
    if (this.sealed.has(b)) return;
    this.sealed.add(b);
    const m = this.incomplete.get(b);
    if (m) for (const [key, phi] of m) this.addPhiOperands(key, phi);
    this.incomplete.delete(b);
  }

  /** goto ends the current block with a Plain edge to b (no-op when unreachable). */
  goto(b: Block): void {
    const c = this.cur;
    if (!c) return;
    c.kind = 'Plain';
    addEdge(c, b);
    this.cur = undefined;
  }

  /** branch ends the current block with `If cond -> yes no`. */
  branch(cond: Value, yes: Block, no: Block, likely?: 'likely' | 'unlikely'): void {
    const c = this.block();
    c.kind = 'If';
    c.controls = [cond];
    c.likely = likely;
    addEdge(c, yes);
    addEdge(c, no);
    this.cur = undefined;
  }

  /** start makes b current; a sealed block without predecessors is unreachable (cur stays undefined). */
  start(b: Block): void {
    if (this.sealed.has(b) && b.preds.length === 0 && b !== this.entry) {
      this.cur = undefined;
      return;
    }
    this.cur = b;
  }

  /** exit ends the current block as an Exit (the function panics here). */
  exit(): void {
    const c = this.block();
    c.kind = 'Exit';
    c.controls = [this.mem()];
    this.cur = undefined;
  }

  /** ret ends the current block with `Ret (MakeResult results... mem)`. */
  ret(results: Value[]): void {
    const c = this.block();
    const mr = this.v('MakeResult', tupleOf([...results.map((r) => r.type), T.mem]), [
      ...results,
      this.mem(),
    ]);
    c.kind = 'Ret';
    c.controls = [mr];
    this.cur = undefined;
  }

  /** finish drops blocks that were never reached (no predecessors) except the entry. */
  finish(): Func {
    for (const b of this.f.blocks) this.seal(b);
    removeUnreachable(this.f);
    return this.f;
  }
}

function keyName(k: VarKey): string {
  return typeof k === 'string' ? k : k.name;
}

/** removeUnreachable deletes blocks not reachable from the entry, fixing preds and phi args of survivors. */
export function removeUnreachable(f: Func): void {
  const entry = f.blocks[0]!;
  const live = new Set<Block>([entry]);
  const work = [entry];
  while (work.length > 0) {
    const b = work.pop()!;
    for (const s of b.succs) if (!live.has(s)) (live.add(s), work.push(s));
  }
  for (const b of f.blocks) {
    if (!live.has(b)) continue;
    for (let i = b.preds.length - 1; i >= 0; i--) {
      if (live.has(b.preds[i]!)) continue;
      b.preds.splice(i, 1);
      for (const v of b.values) if (v.op === 'Phi') v.args.splice(i, 1);
    }
  }
  f.blocks = f.blocks.filter((b) => live.has(b));
}
