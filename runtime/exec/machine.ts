// The execution loop: runs compiled segments or generated code on one shared register stack with an explicit
// frame stack, so Go recursion depth never uses host stack (a million frames are a million entries in arrays).
// Generated code returns to this loop at every user call (NativeCode in program.ts): the loop is the
// trampoline that pushes the callee's frame and re-enters the caller at its resume point afterwards.
//
// Invariants:
//  - A frame is a window [base, base + nslots) of the register stack; the callee's window starts right after
//    the caller's. Parameters occupy the first slots of the window, then the frame-address and closure slots.
//  - The Go stack in use is estimated as the sum of goFrameBytes of live frames; exceeding Go's default
//    1 GB limit raises StackOverflow (Go's fatal error), never a host RangeError.
//  - Phi copies read every source before writing any destination (parallel copy).
//  - A caller frame records its resume point: segment index + 1 or call index + 1, so `callEndAt(fn, p - 1)`
//    is the call it waits on (results land at its resBase; tracebacks print its line).
//  - On a Go panic the frame stack is left intact so the caller can print Go's traceback.
//  - invoke (fmt calling a String/Error method from inside a runtime call) runs a nested `call` whose window
//    starts at the current end of the register stack, above every live window (leaf windows included: a
//    slot is only ever read after being written, which extends the array). A Go panic in such a method
//    unwinds the nested frames (memory frames popped, stack meter restored) before propagating to fmt,
//    which prints it as Go's fmt does (%!v(PANIC=String method: ...)).

import { InternalError } from '../../compiler/diag/index.js';
import type { GoRuntime } from '../index.js';
import type { CompiledProgram } from './compile.js';
import { GoPanic } from '../panic.js';
import { NilPanic, StackOverflow, UserPanic } from './panics.js';
import type { CallEnd, CompiledFunc, Edge, End, RunMeter, Val } from './program.js';

/** MaxGoStack is Go's default maximum goroutine stack (runtime/debug.SetMaxStack default on 64-bit). */
export const MaxGoStack = 1_000_000_000;

/** TraceFrame is one line pair of a Go traceback. */
export interface TraceFrame {
  readonly func: string;
  readonly line: number;
}

export class Machine {
  private s: Val[] = [];
  private readonly fnStack: CompiledFunc[] = [];
  private readonly baseStack: number[] = [];
  private readonly resumeStack: number[] = [];
  private readonly tmp: Val[] = [];
  private readonly meter: RunMeter;
  /** Where execution stopped when a Go panic escaped: function, segment, instr. */
  private stopFn: CompiledFunc | undefined;
  private stopBase = 0;
  private stopSeg = 0;
  private stopInstr = 0;
  /** The panic came from setting up the call at stopSeg (a nil func value). */
  private stopInCall = false;

  constructor(
    readonly prog: CompiledProgram,
    readonly rt: GoRuntime,
  ) {
    this.meter = prog.meter;
  }

  /** Deepest frame count reached (for --stats). */
  get maxDepth(): number {
    return this.meter.maxDepth;
  }

  private grow(n: number): void {
    const s = this.s;
    while (s.length < n) s.push(0);
  }

  private copyEdge(e: Edge, b: number): void {
    const from = e.from;
    const n = from.length;
    if (n === 0) return;
    const s = this.s;
    const to = e.to;
    if (e.direct) {
      for (let i = 0; i < n; i++) s[b + to[i]!] = s[b + from[i]!]!;
      return;
    }
    const tmp = this.tmp;
    for (let i = 0; i < n; i++) tmp[i] = s[b + from[i]!]!;
    for (let i = 0; i < n; i++) s[b + to[i]!] = tmp[i]!;
  }

  /** invoke runs fn to completion with the given argument slots (nested in a runtime call); returns its results. */
  invoke(entry: CompiledFunc, args: readonly Val[]): Val[] {
    const base = this.s.length;
    this.grow(base + entry.nslots);
    for (let j = 0; j < args.length; j++) this.s[base + j] = args[j]!;
    const depth = this.fnStack.length;
    const m = this.meter;
    const saved = { goStackBytes: m.goStackBytes, depth: m.depth, leafFault: m.leafFault };
    try {
      return this.call(entry, base);
    } catch (err) {
      if (err instanceof UserPanic || err instanceof GoPanic) {
        // Unwind to the runtime call that invoked entry: the stopped frame, then its callers above depth.
        if (this.stopFn !== undefined) this.leaveFrame(this.stopFn, this.stopBase);
        while (this.fnStack.length > depth) {
          const fn = this.fnStack.pop()!;
          this.resumeStack.pop();
          this.leaveFrame(fn, this.baseStack.pop()!);
        }
        m.goStackBytes = saved.goStackBytes;
        m.depth = saved.depth;
        m.leafFault = saved.leafFault;
        this.stopFn = undefined;
      }
      throw err;
    }
  }

  /** call runs fn to completion (main and init with no arguments at base 0); returns its result slots. */
  call(entry: CompiledFunc, base = 0): Val[] {
    let fn = entry;
    let b = base;
    // Segment index (closures) or resume point (generated code) where fn continues.
    let at = 0;
    let i = 0;
    let inCall = false;
    this.grow(b + fn.nslots);
    this.enterFrame(fn, b);
    const depth0 = this.fnStack.length;
    try {
      for (;;) {
        const s = this.s;
        const code = fn.code;
        let e: End;
        if (code !== undefined) {
          const k = code.run(s, b, at);
          if (k < 0) e = code.ret;
          else {
            e = code.calls[k]!;
            at = k;
          }
        } else {
          const seg = fn.segs[at]!;
          const ins = seg.instrs;
          for (i = 0; i < ins.length; i++) ins[i]!(s, b);
          e = seg.end;
        }
        switch (e.k) {
          case 0:
            if (e.edge.from.length !== 0) this.copyEdge(e.edge, b);
            at = e.edge.target;
            break;
          case 1: {
            const ed = s[b + e.cond] ? e.then : e.else;
            if (ed.from.length !== 0) this.copyEdge(ed, b);
            at = ed.target;
            break;
          }
          case 2:
          case 3: {
            inCall = true;
            let callee = e.calleeFn;
            if (e.k === 3) {
              callee = this.prog.byCode.get(s[b + e.codeSlot] as number);
              if (callee === undefined) {
                if (s[b + e.ctxSlot] === 0) throw new NilPanic(0);
                throw new InternalError('exec', `call of bad code address ${String(s[b + e.codeSlot])}`);
              }
            }
            if (callee === undefined) throw new InternalError('exec', `unresolved call ${e.callee}`);
            const nb = b + fn.nslots;
            const ss = this.s;
            if (ss.length < nb + callee.nslots) this.grow(nb + callee.nslots);
            const args = e.args;
            for (let j = 0; j < args.length; j++) ss[nb + j] = ss[b + args[j]!]!;
            ss[nb + callee.closureSlot] = e.k === 3 ? ss[b + e.ctxSlot]! : 0;
            this.fnStack.push(fn);
            this.baseStack.push(b);
            this.resumeStack.push(at + 1);
            inCall = false;
            fn = callee;
            b = nb;
            at = 0;
            this.enterFrame(fn, b);
            break;
          }
          case 4: {
            this.leaveFrame(fn, b);
            if (this.fnStack.length === depth0) return Array.from(e.results, (r) => s[b + r]!);
            const callerFn = this.fnStack.pop()!;
            const cb = this.baseStack.pop()!;
            const resume = this.resumeStack.pop()!;
            const callEnd = callEndAt(callerFn, resume - 1);
            const res = e.results;
            const rb = cb + callEnd.resBase;
            for (let j = 0; j < res.length; j++) s[rb + j] = s[b + res[j]!]!;
            fn = callerFn;
            b = cb;
            at = resume;
            break;
          }
          case 5:
            throw new InternalError('exec', `${fn.name}: fell into an Exit block`);
        }
      }
    } catch (err) {
      this.stopFn = fn;
      this.stopBase = b;
      this.stopSeg = at;
      this.stopInstr = i;
      this.stopInCall = inCall;
      throw err;
    }
  }

  private enterFrame(fn: CompiledFunc, b: number): void {
    const m = this.meter;
    m.goStackBytes += fn.goFrameBytes;
    if (m.goStackBytes > MaxGoStack) throw new StackOverflow('stack overflow');
    const depth = this.fnStack.length + 1;
    m.depth = depth;
    if (depth > m.maxDepth) m.maxDepth = depth;
    this.s[b + fn.paramSlots] = fn.frameBytes > 0 ? this.rt.heap.pushFrame(fn.frameBytes) : 0;
  }

  private leaveFrame(fn: CompiledFunc, b: number): void {
    this.meter.goStackBytes -= fn.goFrameBytes;
    this.meter.depth = this.fnStack.length;
    if (fn.frameBytes > 0) this.rt.heap.popFrame(this.s[b + fn.paramSlots] as number, fn.frameBytes);
  }

  /** traceback lists the frames live when a panic escaped, innermost first. */
  traceback(): TraceFrame[] {
    const out: TraceFrame[] = [];
    const fn = this.stopFn;
    if (fn === undefined) return out;
    let line: number;
    if (this.stopInCall) line = callEndAt(fn, this.stopSeg).pos.line;
    else if (fn.code !== undefined) line = fn.code.lines[0] ?? 0;
    else line = fn.segs[this.stopSeg]?.lines[this.stopInstr] ?? 0;
    const leaf = this.meter.leafFault;
    if (leaf !== undefined) out.push({ func: leaf.traceName, line: leaf.code?.lines[0] ?? 0 });
    out.push({ func: fn.traceName, line });
    for (let k = this.fnStack.length - 1; k >= 0; k--) {
      const f = this.fnStack[k]!;
      out.push({ func: f.traceName, line: callEndAt(f, this.resumeStack[k]! - 1).pos.line });
    }
    return out;
  }
}

/** callEndAt is the user call fn stopped at: calls[index] of generated code, or the end of segment index. */
function callEndAt(fn: CompiledFunc, index: number): CallEnd {
  const e = fn.code !== undefined ? fn.code.calls[index] : fn.segs[index]?.end;
  if (e === undefined || (e.k !== 2 && e.k !== 3))
    throw new InternalError('exec', `${fn.name}: return to a non-call`);
  return e;
}
