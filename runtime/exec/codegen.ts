// The code generator: turns one SSA function into one JavaScript function (built once per run with
// `new Function`) that the machine runs instead of one closure per op.
//
// Invariants:
//  - Register slots (compile.ts) become JS locals `r<slot>`: the generated code keeps every SSA value in
//    locals and touches the register stack only at entry (parameters, frame and closure slots), around ops
//    without an inline form (their arguments are spilled to their slots, the evaluator closure runs, its
//    result slots are reloaded), at user calls and resume points, and at return (result slots). The slot
//    map already encodes aliasing (SelectN, Arg, GetClosurePtr), so locals alias the same way.
//  - Go calls never use the host stack: a user call saves the slots live after it (codegen-nodes.ts) and
//    its arguments to the register stack and returns the call's index to the machine, which runs the
//    callee and re-enters the function with `at` = index + 1; that resume point reloads the live slots.
//    Exception: a static call of a generated leaf (no user calls, no stack frame) is a direct JS call
//    (`directCall`): the leaf calls nothing, so the host stack grows by one frame at most.
//  - Control flow: without user calls, the function body is one structured region (codegen-cfg.ts: nested
//    labelled loops and blocks, phis as parallel copies on edges). With calls, `D: for (;;) switch (at)`
//    dispatches to the heads (entry, resume points, joins of regions); each head's region is structured
//    code, and an edge to another head sets `at` and continues D. Call-free loops stay one JS loop.
//  - `ln` holds the source line of the last op that may panic; on an escaping exception it is written to
//    `lines[0]`, so tracebacks name the failing line.

import { InternalError } from '../../compiler/diag/index.js';
import type { Block, Func, Value } from '../../compiler/ssa/ir.js';
import type { Memory } from '../memory/memory.js';
import { structure } from './codegen-cfg.js';
import { dispatchHeads, liveAtResume, splitNodes, type CodeNode } from './codegen-nodes.js';
import { EMITTERS, MAY_PANIC, type Gen } from './codegen-ops.js';
import * as I from './ints.js';
import { loadInt64, storeInt64 } from './memops.js';
import { MaxGoStack } from './machine.js';
import { NilPanic, StackOverflow } from './panics.js';
import type { CallEnd, CompiledFunc, Edge, Instr, NativeCode, RunMeter, Val } from './program.js';
import { slotWidth } from './program.js';

/** NativeInput is what compile.ts hands the generator for one function. */
export interface NativeInput {
  readonly f: Func;
  readonly mem: Memory;
  readonly nslots: number;
  /** Slots loaded from the register stack at entry: parameters, frame address, closure pointer. */
  readonly entrySlots: number;
  readonly frameSlot: number;
  slotOf(v: Value): number;
  localOffset(v: Value): number;
  /** The evaluator closure of a value (eval.ts or calls.ts), or null when it needs no code. */
  instrOf(v: Value): Instr | null;
  /** Phi copies of the nth edge from -> to, with `target` the index of `to` in f.blocks. */
  edgeOf(from: Block, to: Block, nth: number, blockIndex: Map<number, number>): Edge;
  /** Result slots of a Ret block's MakeResult. */
  resultSlots(b: Block): Int32Array;
  /** Whether v calls a user function (it ends a node: the machine runs the callee). */
  isUserCall(v: Value): boolean;
  /** The machine's description of user call v. */
  callOf(v: Value): CallEnd;
  /** The callee of user call v when it is a generated leaf without a stack frame: called directly. */
  direct(v: Value): CompiledFunc | undefined;
  readonly meter: RunMeter;
}

const HELPERS = {
  ...I,
  loadInt64,
  storeInt64,
  NilPanic,
  StackOverflow,
  InternalError,
  grow: (s: Val[], n: number): void => {
    while (s.length < n) s.push(0);
  },
};

/** Ops evaluated once at generation time (their closures only write a constant). */
const CONSTANT_OPS = new Set([
  'Const8',
  'Const16',
  'Const32',
  'Const64',
  'Const32F',
  'Const64F',
  'ConstBool',
  'ConstString',
  'ConstNil',
  'ConstSlice',
  'ConstInterface',
  'Addr',
]);

/** literal is JS source text for a register value that round-trips exactly. */
function literal(x: Val): string {
  if (typeof x === 'bigint') return `${x}n`;
  if (typeof x === 'boolean') return x ? '1' : '0';
  if (Object.is(x, -0)) return '-0';
  return String(x); // NaN, Infinity and shortest round-trip decimals are all valid JS
}

/** isNumberValue: the value is always a JS number (never a 64-bit bigint). */
function isNumberValue(v: Value): boolean {
  while (v.op === 'Copy' && v.args[0] !== undefined) v = v.args[0];
  if (v.type.cls === 'bool' || v.type.cls === 'ptr') return true;
  if (v.type.cls === 'int' && v.type.size < 8) return true;
  if (v.op === 'Const64') {
    const n = BigInt(v.auxInt ?? 0);
    return n >= -9007199254740991n && n <= 9007199254740991n;
  }
  return false;
}

/** Ops whose value aliases other slots: their code writes nothing. */
const ALIASING_OPS = new Set(['Phi', 'SelectN', 'Arg', 'GetClosurePtr']);

/** constantOf is the value of an integer constant (seen through Copies), else undefined. */
function constantOf(v: Value): bigint | undefined {
  while (v.op === 'Copy' && v.args[0] !== undefined) v = v.args[0];
  return /^Const(8|16|32|64)$/.test(v.op) ? BigInt(v.auxInt ?? 0) : undefined;
}

/** compileNative returns f as resumable generated JavaScript (undefined: irreducible CFG). */
export function compileNative(inp: NativeInput): NativeCode | undefined {
  const { f } = inp;
  const captured: unknown[] = [];
  const capture = (x: unknown): string => {
    captured.push(x);
    return `K[${captured.length - 1}]`;
  };
  const r = (slot: number): string => `r${slot}`;
  const scratch: Val[] = new Array<Val>(inp.nslots).fill(0);
  const blockIndex = new Map<number, number>();
  f.blocks.forEach((b, i) => blockIndex.set(b.id, i));
  const nodes = splitNodes(f.blocks, (v) => inp.isUserCall(v) && inp.direct(v) === undefined);
  if (nodes.length === 0) return undefined;

  // Every Ret block writes its results to the first Ret's result slots, which `ret` names.
  const results = resultsOf(f, inp);
  // Constant slots (evaluated now) are rematerialized at resume points instead of saved across calls;
  // those an evaluator reads are stored to the frame's register window once, when the frame starts.
  const constants = new Map<number, string>();
  const prestored = new Set<number>();
  for (const node of nodes) {
    for (const v of node.values) {
      if (!CONSTANT_OPS.has(v.op)) continue;
      const ins = inp.instrOf(v);
      if (ins === null) continue;
      const d = inp.slotOf(v);
      ins(scratch, 0);
      for (let k = 0; k < slotWidth(v.type); k++) constants.set(d + k, literal(scratch[d + k]!));
    }
  }
  // `clean`: slots whose local equals the register stack's copy at this point of the node (a resume node
  // starts with its reloaded slots clean); spilling a clean slot is skipped. Updated as the body is emitted.
  const nodeBody = (node: CodeNode, clean: Set<number>): string => {
    const out: string[] = [];
    const wrote = (v: Value): void => {
      if (slotWidth(v.type) === 0) return;
      const d = inp.slotOf(v);
      for (let k = 0; k < slotWidth(v.type); k++) clean.delete(d + k);
    };
    let line = -1;
    const setLine = (v: Value): void => {
      if (v.pos.line !== line) out.push(`ln = ${v.pos.line};`);
      line = v.pos.line;
    };
    for (const v of node.values) {
      if (v.op === 'Phi') continue;
      const width = slotWidth(v.type);
      if (CONSTANT_OPS.has(v.op)) {
        if (width === 0) continue;
        const d = inp.slotOf(v);
        wrote(v);
        for (let k = 0; k < width; k++) {
          const c = constants.get(d + k);
          if (c !== undefined) out.push(`${r(d + k)} = ${c};`);
        }
        continue;
      }
      if (v.op === 'Copy' && width === 0) continue;
      const leaf = v.op === 'StaticLECall' ? inp.direct(v) : undefined;
      if (leaf !== undefined) {
        setLine(v);
        out.push(directCall(v, leaf, inp, capture));
        wrote(v);
        continue;
      }
      const emit = EMITTERS[v.op];
      const g: Gen = {
        a: (i, k = 0) => r(inp.slotOf(v.args[i]!) + k),
        d: (k = 0) => r(inp.slotOf(v) + k),
        isNumber: (i) => isNumberValue(v.args[i]!),
        constant: (i) => constantOf(v.args[i]!),
        frame: r(inp.frameSlot),
        localOffset: (x) => inp.localOffset(x),
      };
      const text = emit === undefined ? undefined : emit(v, g);
      if (text !== undefined) {
        if (MAY_PANIC.has(v.op)) setLine(v);
        out.push(text);
        if (width > 0) wrote(v);
        continue;
      }
      const ins = inp.instrOf(v);
      if (ins === null) continue;
      setLine(v);
      for (const a of v.args) {
        const w = slotWidth(a.type);
        if (w === 0) continue;
        const s = inp.slotOf(a);
        for (let k = 0; k < w; k++) {
          const slot = s + k;
          if (slot < inp.entrySlots) continue; // never written: the register stack holds it
          if (constants.has(slot)) prestored.add(slot);
          else if (!clean.has(slot)) {
            out.push(`s[b + ${slot}] = ${r(slot)};`);
            clean.add(slot);
          }
        }
      }
      out.push(`${capture(ins)}(s, b);`);
      if (width > 0) {
        const d = inp.slotOf(v);
        for (let k = 0; k < width; k++) {
          out.push(`${r(d + k)} = s[b + ${d + k}];`);
          clean.add(d + k);
        }
      }
    }
    return out.join('\n');
  };
  const edgeOf = (blk: Block, i: number): Edge => {
    const to = blk.succs[i]!;
    let nth = 0;
    for (let j = 0; j < i; j++) if (blk.succs[j] === to) nth++;
    return inp.edgeOf(blk, to, nth, blockIndex);
  };

  // User calls, their resume points and the slots live there.
  const calls: CallEnd[] = [];
  const callIndex = new Map<number, number>();
  const callOfNode = new Map<CodeNode, CallEnd>();
  nodes.forEach((n, i) => {
    if (n.call === undefined) return;
    const c = inp.callOf(n.call);
    callIndex.set(i, calls.length);
    callOfNode.set(n, c);
    calls.push(c);
  });
  const fixedSlots = inp.entrySlots;
  const live =
    calls.length === 0
      ? new Map<number, number[]>()
      : liveAtResume(nodes, {
          nslots: inp.nslots,
          fixedSlots,
          slotOf: (v) => inp.slotOf(v),
          writes: (v) => !ALIASING_OPS.has(v.op) && !(v.op === 'Copy' && slotWidth(v.type) === 0),
          endReads: (n) => endReads(n, inp, callOfNode),
          callResults: (n) => callResults(n, inp),
          edge: (n, i) => edgeOf(n.block, i),
        });
  const { heads, owner } =
    calls.length === 0 ? { heads: [0], owner: new Int32Array(nodes.length) } : dispatchHeads(nodes);
  // Resume point of each head: 0 the entry, k + 1 after calls[k], then the other heads.
  const atOf = new Map<number, number>([[0, 0]]);
  nodes.forEach((n, i) => {
    if (n.resume >= 0) atOf.set(n.resume, callIndex.get(i)! + 1);
  });
  for (const h of heads) if (!atOf.has(h)) atOf.set(h, calls.length + 1 + atOf.size);

  const cleanAtEnd = new Map<number, Set<number>>();
  const callEnd = (i: number): string => {
    const k = callIndex.get(i)!;
    const results = new Set(callResults(nodes[i]!, inp));
    const clean = cleanAtEnd.get(i) ?? new Set<number>();
    const save = new Set<number>();
    for (const slot of live.get(nodes[i]!.resume) ?? [])
      if (!results.has(slot) && !constants.has(slot) && !clean.has(slot)) save.add(slot);
    for (const slot of endReads(nodes[i]!, inp, callOfNode)) {
      if (slot < fixedSlots || clean.has(slot)) continue;
      if (constants.has(slot)) prestored.add(slot);
      else save.add(slot);
    }
    return [...save].map((slot) => `s[b + ${slot}] = ${r(slot)};`).join(' ') + ` return ${k};`;
  };
  const regionOf = (h: number): string | undefined =>
    structure(
      { entry: h, succs: (n) => nodes[n]!.succs, inside: (t) => owner[t] === h },
      {
        body: (n) => {
          // No edge enters a resume node: its body always starts right after the reload (constants are
          // rematerialized, not reloaded: their register copy is written by `prestore` only).
          const clean = new Set((live.get(n) ?? []).filter((slot) => !constants.has(slot)));
          const text = nodeBody(nodes[n]!, clean);
          cleanAtEnd.set(n, clean);
          return text;
        },
        copies: (n, i) => parallelCopy(edgeOf(nodes[n]!.block, i)),
        end: (n, transfer) =>
          nodes[n]!.call !== undefined ? callEnd(n) : blockEnd(nodes[n]!.block, inp, results, transfer),
        leave: (t) => `at = ${atOf.get(t)!}; continue D;`,
      },
    );
  let code: string;
  if (calls.length === 0) {
    const only = regionOf(0);
    if (only === undefined) return undefined;
    code = only;
  } else {
    const cases: string[] = [];
    for (const h of heads) {
      const region = regionOf(h);
      if (region === undefined) return undefined;
      const reload = (live.get(h) ?? [])
        .map((slot) => `${r(slot)} = ${constants.get(slot) ?? `s[b + ${slot}]`};`)
        .join(' ');
      cases.push(`case ${atOf.get(h)!}: {\n${reload}\n${region}\n}`);
    }
    cases.push(`default: throw new H.InternalError('exec', 'bad resume point ' + at);`);
    code = `D: for (;;) switch (at) {\n${cases.join('\n')}\n}`;
  }

  const decls: string[] = [];
  for (let i = 0; i < inp.nslots; i++) decls.push(i < inp.entrySlots ? `r${i} = s[b + ${i}]` : `r${i} = 0`);
  const lines = new Int32Array(1);
  const prestore = [...prestored].map((slot) => `s[b + ${slot}] = ${constants.get(slot)!};`).join(' ');
  const body = [
    'return function (s, b, at) {',
    `let ${decls.concat(['ln = 0', 'T = 0', 'N = 0']).join(', ')};`,
    prestore === '' ? '' : calls.length === 0 ? prestore : `if (at === 0) { ${prestore} }`,
    'try {',
    code,
    '} catch (e) { LINES[0] = ln; throw e; }',
    '};',
  ].join('\n');
  if (process.env['MGO_CODEGEN_DUMP'] !== undefined) process.stderr.write(`// ${f.name}\n${body}\n`);
  const factory = new Function('H', 'M', 'K', 'LINES', 'MAX', 'METER', body) as (
    h: typeof HELPERS,
    m: Memory,
    k: unknown[],
    lines: Int32Array,
    max: number,
    meter: RunMeter,
  ) => NativeCode['run'];
  const run = factory(HELPERS, inp.mem, captured, lines, Number.MAX_SAFE_INTEGER, inp.meter);
  return { run, calls, ret: { k: 4, results }, lines };
}

/**
 * directCall is the JS text calling a generated leaf (no user calls, no stack frame) in place: the callee's
 * window starts after the caller's, as the machine would place it; the Go stack limit and the depth
 * statistics are kept in the run's meter; a panic escaping the leaf names it for the traceback.
 */
function directCall(v: Value, leaf: CompiledFunc, inp: NativeInput, capture: (x: unknown) => string): string {
  const code = leaf.code!;
  const base = inp.nslots;
  const end = base + leaf.nslots;
  const out = [
    `if (s.length < b + ${end}) H.grow(s, b + ${end});`,
    `if (METER.goStackBytes + ${leaf.goFrameBytes} > ${MaxGoStack}) throw new H.StackOverflow('stack overflow');`,
    'if (METER.depth >= METER.maxDepth) METER.maxDepth = METER.depth + 1;',
  ];
  let j = 0;
  for (const a of v.args) {
    const w = slotWidth(a.type);
    if (w === 0) continue;
    const slot = inp.slotOf(a);
    for (let k = 0; k < w; k++) out.push(`s[b + ${base + j++}] = r${slot + k};`);
  }
  out.push(`s[b + ${base + leaf.paramSlots}] = 0; s[b + ${base + leaf.closureSlot}] = 0;`);
  out.push(
    `try { ${capture(code.run)}(s, b + ${base}, 0); } catch (e) { METER.leafFault = ${capture(leaf)}; throw e; }`,
  );
  if (slotWidth(v.type) > 0) {
    const d = inp.slotOf(v);
    code.ret.results.forEach((slot, k) => out.push(`r${d + k} = s[b + ${base + slot}];`));
  }
  return out.join('\n');
}

/** endReads lists the slots a node's ending reads: a call's arguments and closure words, a branch condition, results. */
function endReads(n: CodeNode, inp: NativeInput, callOfNode: Map<CodeNode, CallEnd>): number[] {
  const c = callOfNode.get(n);
  if (c !== undefined) {
    const out = Array.from(c.args);
    if (c.k === 3) out.push(c.codeSlot, c.ctxSlot);
    return out;
  }
  switch (n.block.kind) {
    case 'If':
      return [inp.slotOf(n.block.controls[0]!)];
    case 'Ret':
      return Array.from(inp.resultSlots(n.block));
    default:
      return [];
  }
}

/** callResults lists the slots a user call's results land in (written by the machine on return). */
function callResults(n: CodeNode, inp: NativeInput): number[] {
  const v = n.call;
  if (v === undefined) return [];
  const w = slotWidth(v.type);
  if (w === 0) return [];
  const base = inp.slotOf(v);
  return Array.from({ length: w }, (_, k) => base + k);
}

function resultsOf(f: Func, inp: NativeInput): Int32Array {
  const ret = f.blocks.find((b) => b.kind === 'Ret');
  return ret === undefined ? new Int32Array(0) : inp.resultSlots(ret);
}

/** parallelCopy is the JS text of an edge's phi parallel copy (temporaries when sources are overwritten). */
function parallelCopy(e: Edge): string {
  const out: string[] = [];
  const n = e.from.length;
  if (e.direct) for (let i = 0; i < n; i++) out.push(`r${e.to[i]} = r${e.from[i]};`);
  else {
    for (let i = 0; i < n; i++) out.push(`const t${i} = r${e.from[i]};`);
    for (let i = 0; i < n; i++) out.push(`r${e.to[i]} = t${i};`);
  }
  return out.join(' ');
}

function blockEnd(blk: Block, inp: NativeInput, canon: Int32Array, transfer: (i: number) => string): string {
  switch (blk.kind) {
    case 'Plain':
    case 'First':
      return transfer(0);
    case 'If':
      return `if (r${inp.slotOf(blk.controls[0]!)}) ${transfer(0)} else ${transfer(1)}`;
    case 'Ret': {
      const own = inp.resultSlots(blk);
      return Array.from(own, (slot, j) => `s[b + ${canon[j]}] = r${slot};`).join(' ') + ' return -1;';
    }
    case 'Exit':
      return `throw new H.InternalError('exec', ${JSON.stringify(inp.f.name + ': fell into an Exit block')});`;
  }
}
