// Compiles SSA Funcs into CompiledFuncs: register slots, straight-line segments of closures, and segment
// endings (jumps with phi parallel copies, branches, calls, returns).
//
// Invariants: see program.ts. Compilation happens once per run before execution; nothing here runs per op.
// A user call (StaticLECall to a program function, ClosureLECall) ends a segment so the machine can push a
// frame; runtime/fmt calls are ordinary Instrs (RUNTIME_CALLS).
// With codegen, functions without user calls (leaves) are compiled first, so generated callers can call
// them directly (codegen.ts); everything else is generated as resumable code or, if irreducible, closures.

import { InternalError } from '../../compiler/diag/index.js';
import type { AuxSym, Block, Func, Program, Value } from '../../compiler/ssa/ir.js';
import { RUNTIME_CALLS, type CallSite } from './calls.js';
import { compileNative } from './codegen.js';
import type { Env } from './env.js';
import { EVALUATORS, type Compiling } from './eval.js';
import type { CallEnd, CompiledFunc, Edge, End, Instr, NativeCode, RunMeter, Segment } from './program.js';
import { slotWidth } from './program.js';

const TEXT_BASE = 0x401000;
const TEXT_STRIDE = 0x80;

/** CompiledProgram is every function of a program, by name and by code address. */
export interface CompiledProgram {
  readonly funcs: Map<string, CompiledFunc>;
  readonly byCode: Map<number, CompiledFunc>;
  /** Call-stack state shared by the machine and generated code (program.ts). */
  readonly meter: RunMeter;
}

function traceName(name: string): string {
  return name.startsWith('main.') ? name : `main.${name}`;
}

/** CompileOptions chooses the execution path: generated JavaScript, or closures only. */
export interface CompileOptions {
  /** 'codegen' (default): functions run as generated JS (codegen.ts) unless irreducible; 'interp': none. */
  readonly exec?: 'codegen' | 'interp';
}

/** compileProgram compiles all functions of prog for one run. */
export function compileProgram(prog: Program, env: Env, options: CompileOptions = {}): CompiledProgram {
  const native = (options.exec ?? 'codegen') === 'codegen';
  const codeAddr = new Map<string, number>();
  prog.funcs.forEach((f, i) => codeAddr.set(traceName(f.name), TEXT_BASE + i * TEXT_STRIDE));
  const staticClosures = new Map<string, number>();
  const funcAddr = (sym: string): number => {
    const closure = sym.endsWith('·f');
    const name = traceName(closure ? sym.slice(0, -'·f'.length) : sym);
    const code = codeAddr.get(name);
    if (code === undefined) throw new InternalError('exec', `no function ${name}`);
    if (!closure) return code;
    let p = staticClosures.get(name);
    if (p === undefined) {
      p = env.global(sym, 8);
      env.mem.storePtr(p, code);
      staticClosures.set(name, p);
    }
    return p;
  };
  const funcs = new Map<string, CompiledFunc>();
  const byCode = new Map<number, CompiledFunc>();
  const meter: RunMeter = { goStackBytes: 0, depth: 0, maxDepth: 0, leafFault: undefined };
  // Leaves (no user calls) first: generated callers call a generated leaf directly (no machine frame).
  // Only true leaves: a direct call never nests another, so a panic's traceback gains exactly one frame.
  const leaves = new Set(prog.funcs.filter((f) => !f.blocks.some((b) => b.values.some(isUserCall))));
  const leafNames = new Set([...leaves].map((f) => traceName(f.name)));
  const direct = (v: Value): CompiledFunc | undefined => {
    if (v.op !== 'StaticLECall' || v.aux?.kind !== 'call' || !isUserCall(v)) return undefined;
    if (!leafNames.has(traceName(v.aux.fn))) return undefined;
    const callee = funcs.get(traceName(v.aux.fn));
    const leaf = callee?.code !== undefined && callee.code.calls.length === 0 && callee.frameBytes === 0;
    return leaf ? callee : undefined;
  };
  for (const f of [...leaves, ...prog.funcs.filter((f) => !leaves.has(f))]) {
    const cf = compileFunc(f, env, codeAddr.get(traceName(f.name))!, funcAddr, native, direct, meter);
    funcs.set(cf.traceName, cf);
    byCode.set(cf.codeAddr, cf);
  }
  for (const cf of funcs.values()) {
    for (const e of [...cf.segs.map((seg) => seg.end), ...(cf.code?.calls ?? [])]) {
      if (e.k === 2) {
        e.calleeFn = funcs.get(traceName(e.callee));
        if (e.calleeFn === undefined) throw new InternalError('exec', `call of unknown function ${e.callee}`);
      }
    }
  }
  return { funcs, byCode, meter };
}

function isUserCall(v: Value): boolean {
  if (v.op === 'ClosureLECall') return true;
  if (v.op !== 'StaticLECall' || v.aux?.kind !== 'call') return false;
  return !Object.hasOwn(RUNTIME_CALLS, v.aux.fn);
}

function compileFunc(
  f: Func,
  env: Env,
  code: number,
  funcAddr: (sym: string) => number,
  native: boolean,
  direct: (v: Value) => CompiledFunc | undefined,
  meter: RunMeter,
): CompiledFunc {
  // --- slots ---------------------------------------------------------------------------------------
  const slots = new Map<number, number>();
  const paramBase = new Map<string, number>();
  let next = 0;
  for (const p of f.params) {
    paramBase.set(p.name, next);
    next += slotWidth(p.type);
  }
  const paramSlots = next;
  const frameSlot = next++;
  const closureSlot = next++;
  const allValues: Value[] = f.blocks.flatMap((b) => b.values);
  for (const v of allValues) {
    if (v.op === 'Arg') {
      const name = v.aux?.kind === 'sym' ? v.aux.name : '';
      const base = paramBase.get(name);
      if (base === undefined) throw new InternalError('exec', `${f.name}: Arg ${name} is not a parameter`);
      slots.set(v.id, base);
    } else if (v.op === 'GetClosurePtr') slots.set(v.id, closureSlot);
    else if (v.op !== 'SelectN') {
      const w = slotWidth(v.type);
      if (w > 0) {
        slots.set(v.id, next);
        next += w;
      }
    }
  }
  for (const v of allValues) {
    if (v.op !== 'SelectN' || v.type.cls === 'mem') continue;
    const call = v.args[0]!;
    const elems = call.type.elems ?? [];
    let off = 0;
    for (let i = 0; i < Number(v.auxInt ?? 0); i++) off += slotWidth(elems[i]!);
    const base = slots.get(call.id);
    if (base === undefined)
      throw new InternalError('exec', `${f.name}: SelectN v${v.id} of a value without slots`);
    slots.set(v.id, base + off);
  }
  const slotOf = (v: Value): number => {
    // A Copy removed from its block by copyelim may still be referenced: read through it.
    while (v.op === 'Copy' && !slots.has(v.id) && v.args[0] !== undefined) v = v.args[0];
    const s = slots.get(v.id);
    if (s === undefined) throw new InternalError('exec', `${f.name}: v${v.id} (${v.op}) has no slot`);
    return s;
  };

  // --- locals in the simulated stack frame ----------------------------------------------------------
  const localOff = new Map<string, number>();
  let frameBytes = 0;
  for (const l of f.locals) {
    const size = Math.max(l.type?.size ?? 8, 0);
    const align = size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1;
    frameBytes = Math.ceil(frameBytes / align) * align;
    localOff.set(l.name, frameBytes);
    frameBytes += size;
  }
  frameBytes = Math.ceil(frameBytes / 8) * 8;

  const ctx: Compiling = {
    env,
    frameSlot,
    dst: slotOf,
    slot: slotOf,
    localOffset: (sym: AuxSym) => {
      const o = localOff.get(sym.name);
      if (o === undefined) throw new InternalError('exec', `${f.name}: unknown local ${sym.name}`);
      return o;
    },
    funcAddr,
  };

  const compiled = (segs: Segment[], generated?: NativeCode): CompiledFunc => ({
    name: f.name,
    traceName: traceName(f.name),
    segs,
    code: generated,
    nslots: next,
    paramSlots,
    closureSlot,
    frameBytes,
    goFrameBytes: 64 + frameBytes + 16 * next,
    codeAddr: code,
  });
  if (native) {
    const code = compileNative({
      f,
      mem: env.mem,
      nslots: next,
      entrySlots: closureSlot + 1,
      frameSlot,
      slotOf,
      localOffset: (v) => {
        if (v.aux?.kind !== 'sym') throw new InternalError('exec', `${v.op} v${v.id} without a symbol`);
        return ctx.localOffset(v.aux);
      },
      instrOf: (v) => (v.op === 'StaticLECall' ? runtimeCall(v, f, env, slotOf) : EVALUATORS[v.op](v, ctx)),
      edgeOf: (from, to, nth, blockIndex) => edge(from, to, nth, blockIndex, slotOf),
      resultSlots: (b) => flatSlots(b.controls[0]!.args.slice(0, -1), slotOf),
      isUserCall,
      callOf: (v) => userCall(v, slotOf),
      direct,
      meter,
    });
    if (code !== undefined) return compiled([], code);
  }

  // --- segments ---------------------------------------------------------------------------------------
  const segs: Segment[] = [];
  const blockSeg = new Map<number, number>();
  const pendingEnds: Array<{ seg: Segment; b: Block }> = [];
  for (const b of f.blocks) {
    blockSeg.set(b.id, segs.length);
    let instrs: Instr[] = [];
    let lines: number[] = [];
    const flush = (end: End): Segment => {
      const seg: Segment = { instrs, lines: Int32Array.from(lines), end };
      segs.push(seg);
      instrs = [];
      lines = [];
      return seg;
    };
    for (const v of b.values) {
      if (isUserCall(v)) {
        flush(userCall(v, slotOf));
        continue;
      }
      let ins: Instr | null;
      if (v.op === 'StaticLECall') ins = runtimeCall(v, f, env, slotOf);
      else ins = EVALUATORS[v.op](v, ctx);
      if (ins !== null) {
        instrs.push(ins);
        lines.push(v.pos.line);
      }
    }
    pendingEnds.push({ seg: flush({ k: 5 }), b });
  }
  for (const { seg, b } of pendingEnds) seg.end = blockEnd(b, blockSeg, slotOf);
  threadJumps(segs);
  fuseChains(segs);
  return compiled(segs);
}

/** threadJumps retargets edges that land on empty segments which only jump on without copies. */
function threadJumps(segs: Segment[]): void {
  const final = (t: number): number => {
    for (let hops = 0; hops < segs.length; hops++) {
      const seg = segs[t]!;
      if (seg.instrs.length > 0 || seg.end.k !== 0 || seg.end.edge.from.length > 0) return t;
      if (seg.end.edge.target === t) return t;
      t = seg.end.edge.target;
    }
    return t;
  };
  for (const seg of segs) {
    const e = seg.end;
    if (e.k === 0) e.edge.target = final(e.edge.target);
    else if (e.k === 1) {
      e.then.target = final(e.then.target);
      e.else.target = final(e.else.target);
    }
  }
}

/**
 * fuseChains appends to a segment that ends in a copy-free jump the segment it jumps to, when that target
 * is entered from nowhere else (straight-line chains of blocks become one segment: fewer dispatches).
 * Segments stay in place (other edges may still name them); only reachability through the fused jump moves.
 */
function fuseChains(segs: Segment[]): void {
  const indegree = new Array<number>(segs.length).fill(0);
  indegree[0] = 1; // the entry
  segs.forEach((seg, i) => {
    const e = seg.end;
    if (e.k === 0) indegree[e.edge.target]!++;
    else if (e.k === 1) {
      indegree[e.then.target]!++;
      indegree[e.else.target]!++;
    } else if (e.k === 2 || e.k === 3) indegree[i + 1]!++;
  });
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    for (let guard = 0; guard < segs.length; guard++) {
      const e = seg.end;
      if (e.k !== 0 || e.edge.from.length > 0) break;
      const t = e.edge.target;
      if (t === i || indegree[t] !== 1) break;
      const next = segs[t]!;
      if (next.end.k === 2 || next.end.k === 3) break; // a call returns to t + 1: keep t in place
      seg.instrs.push(...next.instrs);
      const lines = new Int32Array(seg.lines.length + next.lines.length);
      lines.set(seg.lines);
      lines.set(next.lines, seg.lines.length);
      seg.lines = lines;
      seg.end = next.end;
      indegree[t] = 0;
    }
  }
}

function flatSlots(vals: readonly Value[], slotOf: (v: Value) => number): Int32Array {
  const out: number[] = [];
  for (const a of vals) {
    const s = slotOf(a);
    for (let i = 0; i < slotWidth(a.type); i++) out.push(s + i);
  }
  return Int32Array.from(out);
}

function userCall(v: Value, slotOf: (v: Value) => number): CallEnd {
  const inputs = v.args.slice(0, -1);
  const resBase = slotWidth(v.type) > 0 ? slotOf(v) : 0;
  if (v.op === 'ClosureLECall') {
    return {
      k: 3,
      callee: '',
      calleeFn: undefined,
      codeSlot: slotOf(inputs[0]!),
      ctxSlot: slotOf(inputs[1]!),
      args: flatSlots(inputs.slice(2), slotOf),
      resBase,
      pos: v.pos,
    };
  }
  const fn = v.aux?.kind === 'call' ? v.aux.fn : '';
  return {
    k: 2,
    callee: fn,
    calleeFn: undefined,
    codeSlot: -1,
    ctxSlot: -1,
    args: flatSlots(inputs, slotOf),
    resBase,
    pos: v.pos,
  };
}

function runtimeCall(v: Value, f: Func, env: Env, slotOf: (v: Value) => number): Instr {
  const fn = v.aux?.kind === 'call' ? v.aux.fn : '';
  const make = RUNTIME_CALLS[fn];
  if (make === undefined) throw new InternalError('exec', `unsupported runtime call ${fn}`);
  const inputs = v.args.slice(0, -1);
  const r: number[] = [];
  if (slotWidth(v.type) > 0) {
    let off = slotOf(v);
    for (const e of v.type.elems ?? []) {
      r.push(off);
      off += slotWidth(e);
    }
  }
  const site: CallSite = {
    env,
    v,
    a: inputs.map((x) => (slotWidth(x.type) > 0 ? slotOf(x) : -1)),
    r,
    typeArg: (i) => {
      const a = inputs[i];
      const go =
        a?.op === 'Addr' && a.aux?.kind === 'sym' && a.aux.symKind === 'type' ? a.aux.type?.go : undefined;
      if (go === undefined) throw new InternalError('exec', `${fn}: argument ${i} is not a type descriptor`);
      return go;
    },
    typeSize: (i) => {
      const a = inputs[i];
      const size = a?.op === 'Addr' && a.aux?.kind === 'sym' ? a.aux.type?.size : undefined;
      if (size === undefined || size < 0)
        throw new InternalError('exec', `${fn}: argument ${i} has no type size`);
      return size;
    },
    site: env.site(traceName(f.name), v.pos.line, fn),
  };
  return make(site);
}

function edge(
  from: Block,
  to: Block,
  nth: number,
  blockSeg: Map<number, number>,
  slotOf: (v: Value) => number,
): Edge {
  let seen = 0;
  let idx = -1;
  for (let i = 0; i < to.preds.length; i++) {
    if (to.preds[i] === from && seen++ === nth) {
      idx = i;
      break;
    }
  }
  if (idx < 0) throw new InternalError('exec', `b${from.id} -> b${to.id} is not an edge`);
  const src: number[] = [];
  const dst: number[] = [];
  for (const phi of to.values) {
    if (phi.op !== 'Phi') continue;
    const w = slotWidth(phi.type);
    if (w === 0) continue;
    const a = slotOf(phi.args[idx]!);
    const d = slotOf(phi);
    if (a === d) continue;
    for (let i = 0; i < w; i++) {
      src.push(a + i);
      dst.push(d + i);
    }
  }
  const direct = !dst.some((d) => src.includes(d));
  return { target: blockSeg.get(to.id)!, from: Int32Array.from(src), to: Int32Array.from(dst), direct };
}

function blockEnd(b: Block, blockSeg: Map<number, number>, slotOf: (v: Value) => number): End {
  const nthEdge = (i: number): Edge => {
    const to = b.succs[i]!;
    let nth = 0;
    for (let j = 0; j < i; j++) if (b.succs[j] === to) nth++;
    return edge(b, to, nth, blockSeg, slotOf);
  };
  switch (b.kind) {
    case 'Plain':
    case 'First':
      return { k: 0, edge: nthEdge(0) };
    case 'If':
      return { k: 1, cond: slotOf(b.controls[0]!), then: nthEdge(0), else: nthEdge(1) };
    case 'Ret': {
      const mr = b.controls[0]!;
      return { k: 4, results: flatSlots(mr.args.slice(0, -1), slotOf) };
    }
    case 'Exit':
      return { k: 5 };
  }
}
