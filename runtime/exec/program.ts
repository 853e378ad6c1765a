// Compiled form of the SSA the executor runs: register slots, straight-line segments and their endings.
//
// Invariants:
//  - Every non-memory SSA value owns `slotWidth(type)` consecutive register slots in its frame window of the
//    shared register stack: 1 for ints/bools/floats/pointers, 2 for strings {ptr,len} and interfaces
//    {type,data}, 3 for slices {ptr,len,cap}; a call owns the concatenated slots of its results. Memory
//    values own no slot (effects happen in block order), SelectN and Arg alias slots they read.
//  - Slot contents: ints as documented in ints.ts (signed, number or canonical bigint for 64 bits), bools
//    as the numbers 0/1 (so the register array stays unboxed doubles), floats as numbers (float32 already rounded), pointers as numbers.
//  - A block is split into segments at user-function calls, so an Instr never re-enters the executor:
//    host recursion depth is bounded whatever the Go recursion depth is. Generated code (NativeCode) stops
//    at a user call the same way: it returns the call to the machine and is re-entered after it.
//  - Instrs receive the register stack and the frame base; they read `s[b + slot]`.

import type { SsaType, SrcPos } from '../../compiler/ssa/ir.js';
import type { I64 } from './ints.js';

/** Val is one register slot's content. */
export type Val = I64 | boolean;

/** Instr is one compiled straight-line operation. */
export type Instr = (s: Val[], b: number) => void;

/** slotWidth is the number of register slots a value of type t occupies. */
export function slotWidth(t: SsaType): number {
  switch (t.cls) {
    case 'mem':
    case 'void':
      return 0;
    case 'string':
    case 'iface':
      return 2;
    case 'slice':
      return 3;
    case 'tuple':
      return (t.elems ?? []).reduce((n, e) => n + slotWidth(e), 0);
    default:
      return 1;
  }
}

/** Edge is a control transfer with its phi parallel copy (all sources read before any write). */
export interface Edge {
  target: number;
  from: Int32Array;
  to: Int32Array;
  /** No destination is also a source: copy without the temporary. */
  direct: boolean;
}

export const EndKind = { jump: 0, branch: 1, call: 2, closureCall: 3, ret: 4, exit: 5 } as const;

/** CallEnd is a user call: the machine pushes the callee's frame and resumes the caller after it. */
export interface CallEnd {
  readonly k: 2 | 3;
  /** Callee name (static calls) resolved after all functions are compiled. */
  readonly callee: string;
  calleeFn: CompiledFunc | undefined;
  /** closureCall: slots of the code pointer and of the closure pointer. */
  readonly codeSlot: number;
  readonly ctxSlot: number;
  /** Argument slots, flattened in parameter order. */
  readonly args: Int32Array;
  /** First slot of the call's results in the caller's window. */
  readonly resBase: number;
  readonly pos: SrcPos;
}

export type End =
  | { readonly k: 0; readonly edge: Edge }
  | { readonly k: 1; readonly cond: number; readonly then: Edge; readonly else: Edge }
  | CallEnd
  | { readonly k: 4; readonly results: Int32Array }
  | { readonly k: 5 };

export interface Segment {
  readonly instrs: Instr[];
  /** Source line of each instr (for panic tracebacks). */
  lines: Int32Array;
  end: End;
}

/**
 * NativeCode is a function generated as one resumable JavaScript function (codegen.ts). `run(s, b, at)`
 * starts at resume point `at` (0: the entry; k + 1: after `calls[k]` returned, its results in their slots)
 * and returns -1 when the function returned (results in the slots of `ret`), or k when it stopped at
 * `calls[k]` with the live values and the call's arguments saved in their register slots.
 */
export interface NativeCode {
  readonly run: (s: Val[], b: number, at: number) => number;
  readonly calls: CallEnd[];
  readonly ret: { readonly k: 4; readonly results: Int32Array };
  /** lines[0]: source line of the last op that may panic, written when an exception escapes `run`. */
  readonly lines: Int32Array;
}

/**
 * RunMeter is the call-stack state shared by the machine and generated code's direct leaf calls: the Go
 * stack in use, the frame depth (the machine's frames) and the deepest depth reached, and the leaf a Go
 * panic escaped from (a direct call pushes no machine frame, so the traceback adds it from here).
 */
export interface RunMeter {
  goStackBytes: number;
  depth: number;
  maxDepth: number;
  leafFault: CompiledFunc | undefined;
}

export interface CompiledFunc {
  readonly name: string;
  /** Go-visible name in tracebacks (`main.f`, `main.(*T).m`, `main.f.func1`). */
  readonly traceName: string;
  /** Closure segments (empty when the function runs as `code`). */
  readonly segs: Segment[];
  /** The generated form, run instead of `segs` when present. */
  readonly code: NativeCode | undefined;
  readonly nslots: number;
  /** Width (slots) of all parameters, which occupy slots [0, paramSlots). */
  readonly paramSlots: number;
  /** Slot holding the closure pointer (GetClosurePtr), or -1. */
  readonly closureSlot: number;
  /** Bytes of the simulated stack frame (locals living in memory). */
  readonly frameBytes: number;
  /** Estimated Go stack frame size used against Go's 1 GB limit. */
  readonly goFrameBytes: number;
  /** Code address (what a func value's first word holds). */
  readonly codeAddr: number;
}
