// The SSA IR data structures: Program, Func, Block, Value, their types and aux data (Go's ssa.Func/Block/Value).
//
// This file imports nothing but types, so runtime/ (the IR executor) can import the IR without the builder.
//
// Invariants (enforced by check.ts after every pass):
//  - A Func's blocks[0] is the entry block; every block kind matches BLOCKS (number of controls and successors).
//  - succs/preds are mutually consistent: b.succs[i] === c implies b appears in c.preds, with multiplicity.
//  - A Phi in block b has exactly b.preds.length args; arg i flows in from b.preds[i].
//  - Memory is threaded as a value (go-internals 4.3): InitMem in the entry block; every op with OPS[op].mem
//    takes memory as its last arg; calls return (results..., mem) tuples read with SelectN; at each point
//    exactly one memory value is live (the chain is linear), merged by Phi <mem> at joins.
//  - Value ids are unique within a Func and never reused; printing renumbers nothing (Go's dumps keep ids).
//  - `pos.line` is the source line (0 = unknown, printed `(?)`); `pos.stmt` marks a statement boundary
//    (printed `(+N)`).

import type { Type as GoType } from '../types/index.js';
import type { Op } from './ops.js';

// ---------------------------------------------------------------------------------------------------------
// Types of SSA values

/**
 * TypeClass is how the executor represents a value of this type:
 *  mem/void/tuple: no runtime value (tuple: the members); bool: boolean; int: bigint of `size` bytes (the
 *  signedness lives in the ops); float: number; ptr: an address (pointers, maps, funcs, unsafe.Pointer,
 *  uintptr too); string: {ptr, len}; slice: {ptr, len, cap}; iface: {type, data}; composite: a struct or
 *  array that is never an SSA value itself (it lives in memory and is reached through its address).
 */
export type TypeClass =
  'mem' | 'void' | 'tuple' | 'bool' | 'int' | 'float' | 'ptr' | 'string' | 'slice' | 'iface' | 'composite';

/** SsaType is the type of an SSA value, printed `<name>` as gc does (`<*int64,mem>` for tuples). */
export interface SsaType {
  /** gc's spelling: `int64`, `*uint8`, `map[string]int`, `mem`, `void`; a tuple's members joined by `,`. */
  readonly name: string;
  readonly cls: TypeClass;
  /** Size in bytes (0 for mem/void/tuple; -1 when unknown, e.g. a type read back from text). */
  readonly size: number;
  /** For ints: signed interpretation of the type (int8..int64, int). */
  readonly signed?: boolean;
  /** Members of a tuple. */
  readonly elems?: readonly SsaType[];
  /** For pointers: the pointee (used by Load/Store sizes and PtrIndex strides). */
  readonly elem?: SsaType;
  /** The Go type it came from, when built from source (absent in IR read back from text). */
  readonly go?: GoType;
}

// ---------------------------------------------------------------------------------------------------------
// Aux data

/** AuxCall names the function a call calls: `runtime.mapassign_fast64`, `main.f`, `fmt.Println`. */
export interface AuxCall {
  readonly kind: 'call';
  readonly fn: string;
  /** Types of the inputs and results (the executor needs them for fmt and user calls). */
  readonly args: readonly SsaType[];
  readonly results: readonly SsaType[];
}

/**
 * AuxSym names a symbol: a local variable or parameter (LocalAddr, Arg, VarDef), a global (`main.g`), a
 * type descriptor (`type.map[int64]int64`, with `go` set) or read-only static data (`main..stmp_0`).
 */
export interface AuxSym {
  readonly kind: 'sym';
  readonly name: string;
  readonly symKind: 'local' | 'param' | 'global' | 'type' | 'static' | 'func';
  /** The type of the symbol's contents (for `type.T` symbols: the described type T). */
  readonly type?: SsaType;
}

/** AuxTyp is the type operand of Store/Zero/Move (`{int64}`). */
export interface AuxTyp {
  readonly kind: 'type';
  readonly type: SsaType;
}

/** AuxString is the constant of ConstString. */
export interface AuxString {
  readonly kind: 'string';
  /** A byte string: one char (0..255) per byte of the Go string (compiler/types/bytestring.ts). */
  readonly value: string;
}

export type Aux = AuxCall | AuxSym | AuxTyp | AuxString;

// ---------------------------------------------------------------------------------------------------------
// Values, blocks, functions

/** SrcPos is a value's source position as printed by gc: line and statement-boundary mark. */
export interface SrcPos {
  readonly line: number;
  readonly stmt: boolean;
}

export const NoSrcPos: SrcPos = { line: 0, stmt: false };

/** Value is one SSA value: `vID = Op <type> {aux} [auxInt] args...`. */
export interface Value {
  readonly id: number;
  op: Op;
  type: SsaType;
  aux: Aux | undefined;
  /** Integer auxiliary (constants, offsets, SelectN index, call arg size); floats as the number itself. */
  auxInt: bigint | number | undefined;
  args: Value[];
  block: Block;
  pos: SrcPos;
  /** An annotation printed after the value (escape decisions: `; make(map[int]int) does not escape`). */
  note?: string;
}

/**
 * BlockKind: Plain (1 succ, no control), If (control bool; succs [then, else]), Ret (control MakeResult;
 * no succs), Exit (control mem, the function panics; no succs), First (2 succs, always takes the first:
 * a decided If kept for the CFG shape until deadcode).
 */
export type BlockKind = 'Plain' | 'If' | 'Ret' | 'Exit' | 'First';

/** BLOCKS is the block-kind table: controls and successors each kind must have. */
export const BLOCKS = {
  Plain: { controls: 0, succs: 1, doc: 'goto succs[0]' },
  If: { controls: 1, succs: 2, doc: 'if control goto succs[0] else goto succs[1]' },
  Ret: { controls: 1, succs: 0, doc: 'return: control is the MakeResult <results...,mem>' },
  Exit: { controls: 1, succs: 0, doc: 'no return (panic): control is the final mem' },
  First: { controls: 0, succs: 2, doc: 'goto succs[0]; succs[1] is never taken' },
} as const satisfies Record<BlockKind, { controls: number; succs: number; doc: string }>;

/** Likely is the branch hint printed after an If: `(likely)` / `(unlikely)`. */
export type Likely = 'likely' | 'unlikely' | undefined;

export interface Block {
  readonly id: number;
  kind: BlockKind;
  values: Value[];
  controls: Value[];
  succs: Block[];
  preds: Block[];
  likely: Likely;
  pos: SrcPos;
  func: Func;
}

/** NamedSlot is gc's `name x[int]: v7 v9`: which values hold a source variable. */
export interface NamedSlot {
  readonly name: string;
  readonly type: SsaType;
  values: Value[];
}

/** FuncParam describes one input or output of a function at the Go level. */
export interface FuncParam {
  readonly name: string;
  readonly type: SsaType;
}

export interface Func {
  /** gc's name: `f`, `T.m`, `(*T).m`, `main.func1` for literals (`f.func1`). */
  readonly name: string;
  blocks: Block[];
  readonly params: readonly FuncParam[];
  readonly results: readonly FuncParam[];
  /** Locals living in memory (LocalAddr symbols), in declaration order, with their types. */
  readonly locals: AuxSym[];
  names: NamedSlot[];
  /** Source text of each line of the function (line -> trimmed text), for the statement comments. */
  readonly source: Map<number, string>;
  nextValueId: number;
  nextBlockId: number;
}

/** Global is a package-level variable (`main.g`), stored in static memory. */
export interface Global {
  readonly name: string;
  readonly type: SsaType;
}

/** Program is all functions of a file; `init` runs the global initializers before `main`. */
export interface Program {
  readonly funcs: Func[];
  readonly globals: readonly Global[];
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers every phase needs (no builder logic here)

/** newFunc makes an empty function; callers add the entry block first. */
export function newFunc(
  name: string,
  params: readonly FuncParam[],
  results: readonly FuncParam[],
  source: Map<number, string> = new Map(),
): Func {
  return { name, blocks: [], params, results, locals: [], names: [], source, nextValueId: 1, nextBlockId: 1 };
}

/** newBlock appends a new block of `kind` to f. */
export function newBlock(f: Func, kind: BlockKind, id?: number): Block {
  const b: Block = {
    id: id ?? f.nextBlockId++,
    kind,
    values: [],
    controls: [],
    succs: [],
    preds: [],
    likely: undefined,
    pos: NoSrcPos,
    func: f,
  };
  if (id !== undefined && id >= f.nextBlockId) f.nextBlockId = id + 1;
  f.blocks.push(b);
  return b;
}

/** newValue appends a value to the end of b. */
export function newValue(
  b: Block,
  op: Op,
  type: SsaType,
  args: Value[],
  aux?: Aux,
  auxInt?: bigint | number,
  pos: SrcPos = NoSrcPos,
  id?: number,
): Value {
  const f = b.func;
  const v: Value = { id: id ?? f.nextValueId++, op, type, aux, auxInt, args, block: b, pos };
  if (id !== undefined && id >= f.nextValueId) f.nextValueId = id + 1;
  b.values.push(v);
  return v;
}

/** addEdge links b -> c (appending to b.succs and c.preds). */
export function addEdge(b: Block, c: Block): void {
  b.succs.push(c);
  c.preds.push(b);
}

/** resetValueToCopy turns v into `Copy <type> x` (how rewrites replace a value, as Go's v.copyOf). */
export function resetToCopy(v: Value, x: Value): void {
  v.op = 'Copy';
  v.aux = undefined;
  v.auxInt = undefined;
  v.args = [x];
}

/** isMem tells whether a value is a memory state. */
export function isMemType(t: SsaType): boolean {
  return t.cls === 'mem';
}
