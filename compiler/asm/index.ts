// Phase entry: SSA (after compiler/ssa) -> amd64-like pseudo-assembly in the text form of
// `go tool compile -S`.
//
// Pipeline per function: lower (lower.ts, the LOWER op table) -> allocate (regalloc.ts, linear scan with
// Go's ABIInternal registers) -> layoutFrame (frame.ts) -> finish (print.ts, pcs and text).
// Invariants: deterministic output (functions in program order, no maps iterated by insertion-unstable
// keys); internal bugs throw InternalError('asm', ...); the SSA input is not modified.

import { selectsFunc, type Func, type Program } from '../ssa/index.js';
import { allocate } from './regalloc.js';
import { argRegsFor, layoutFrame } from './frame.js';
import { lowerFunc } from './lower.js';
import { finish, formatFunc, type AsmFunc, type AsmLine } from './print.js';
import { abiRegs } from './calls.js';

export type { AsmFunc, AsmLine };
export { formatFunc };

export interface AsmOptions {
  /** Only these functions (gc names: `F`, `T.m`, `(*T).m`, `main.func1`, or link names `main.F`). */
  readonly funcs?: readonly string[];
}

export interface AsmProgram {
  readonly funcs: readonly AsmFunc[];
}

/** funcLine is the line gc attributes the TEXT to: the first line any value of f is on. */
function funcLine(f: Func): number {
  let line = Number.MAX_SAFE_INTEGER;
  for (const b of f.blocks) for (const v of b.values) if (v.pos.line > 0) line = Math.min(line, v.pos.line);
  return line === Number.MAX_SAFE_INTEGER ? 0 : line;
}

/** emitFunc compiles one SSA function to printed assembly. */
export function emitFunc(f: Func): AsmFunc {
  const { mf, ctx } = lowerFunc(f, funcLine(f));
  allocate(mf, ctx);
  const words = abiRegs(
    f.params.map((p) => p.type),
    f.name,
  ).flat().length;
  layoutFrame(mf, argRegsFor(words));
  return finish(mf);
}

/** emitAsm compiles every function of the program (or the selected ones). */
export function emitAsm(prog: Program, opts: AsmOptions = {}): AsmProgram {
  const funcs = prog.funcs.filter((f) => selectsFunc(f, opts.funcs));
  return { funcs: funcs.map(emitFunc) };
}

/** formatAsm prints a whole program; `file` is the name shown in `(file:line)`. */
export function formatAsm(p: AsmProgram, file: string): string {
  return p.funcs.map((f) => formatFunc(f, file)).join('');
}

/** asmCalls lists the `CALL runtime.*` targets of a function in instruction order. */
export function asmCalls(f: AsmFunc, pattern = /^CALL\t(runtime\.\w+)\(SB\)/): string[] {
  return f.lines.flatMap((l) => {
    const m = pattern.exec(l.text);
    return m?.[1] ? [m[1]] : [];
  });
}

/** ASM_CALL_PATTERN selects the map and allocation calls the differential tests compare with Go 1.19. */
export const ASM_CALL_PATTERN = /^(map|makemap|newobject|makeslice|growslice|concatstring)/;
