// The SSA verifier (Go's ssa.checkFunc), run after every pass in tests and with `optimize({check})`.
//
// Checks: entry first; block kinds have BLOCKS' control and successor counts; succs/preds mutually
// consistent with multiplicity; phis first in their block with one arg per predecessor; value ids unique
// and v.block correct; arg counts as OPS says, memory (when OPS[op].mem) as the last arg; definitions
// dominate uses (same block: earlier; phi arg i: dominates preds[i]); the memory chain is linear: every
// memory-taking op takes the one live memory at its point, a call's new memory is its SelectN <mem>
// before anything else touches memory, and the predecessors of a block without a memory phi end with the
// same memory.
//
// Failure: InternalError naming the pass and function, with the dump of the function.

import { InternalError } from '../diag/index.js';
import { dominators } from './dom.js';
import { BLOCKS, type Block, type Func, type Value } from './ir.js';
import { isOp, opInfo } from './ops.js';
import { printFunc } from './print.js';

export function checkFunc(f: Func, pass: string): void {
  const problems = problemsOf(f);
  if (problems.length === 0) return;
  let dump: string;
  try {
    dump = printFunc(f);
  } catch {
    dump = '(unprintable)';
  }
  throw new InternalError(`ssa/${pass}`, `${f.name}: ${problems.slice(0, 5).join('; ')}\n${dump}`);
}

const isMem = (v: Value): boolean => v.type.cls === 'mem';

/** canon sees through memory copies (left by phielim until copyelim and deadcode run). */
function canon(m: Value | undefined): Value | undefined {
  let x = m;
  for (let i = 0; x && x.op === 'Copy' && x.args[0] && i < 100_000; i++) x = x.args[0];
  return x;
}

function problemsOf(f: Func): string[] {
  const out: string[] = [];
  const bad = (m: string): void => void out.push(m);
  const blocks = new Set(f.blocks);
  if (f.blocks.length === 0) return ['no blocks'];
  if (f.blocks[0]!.preds.length !== 0) bad('entry block has predecessors');
  const ids = new Set<number>();
  const defined = new Set<Value>();
  for (const b of f.blocks) for (const v of b.values) defined.add(v);
  for (const b of f.blocks) {
    const kind = BLOCKS[b.kind];
    if (b.controls.length !== kind.controls) bad(`b${b.id}: ${b.kind} with ${b.controls.length} controls`);
    if (b.succs.length !== kind.succs) bad(`b${b.id}: ${b.kind} with ${b.succs.length} successors`);
    if (b.func !== f) bad(`b${b.id}: wrong func`);
    for (const s of b.succs) {
      if (!blocks.has(s)) bad(`b${b.id}: successor b${s.id} not in function`);
      if (count(b.succs, s) !== count(s.preds, b))
        bad(`b${b.id} -> b${s.id}: succ/pred multiplicity differs`);
    }
    for (const p of b.preds) {
      if (!blocks.has(p)) bad(`b${b.id}: predecessor b${p.id} not in function`);
      if (count(p.succs, b) !== count(b.preds, p))
        bad(`b${p.id} -> b${b.id}: pred/succ multiplicity differs`);
    }
    if (b.kind === 'If' && b.controls[0] && b.controls[0].type.cls !== 'bool')
      bad(`b${b.id}: If on non-bool`);
    if (b.kind === 'Ret' && b.controls[0]?.op !== 'MakeResult')
      bad(`b${b.id}: Ret control is not MakeResult`);
    if (b.kind === 'Exit' && b.controls[0] && !isMem(b.controls[0])) bad(`b${b.id}: Exit control is not mem`);
    let phis = true;
    for (const v of b.values) {
      if (ids.has(v.id)) bad(`duplicate value id v${v.id}`);
      ids.add(v.id);
      if (v.block !== b) bad(`v${v.id} is in b${b.id} but says b${v.block.id}`);
      if (v.op === 'Phi') {
        if (!phis) bad(`v${v.id}: Phi after a non-Phi in b${b.id}`);
        if (v.args.length !== b.preds.length)
          bad(`v${v.id}: Phi with ${v.args.length} args, ${b.preds.length} preds`);
      } else phis = false;
      if (!isOp(v.op)) {
        bad(`v${v.id}: unknown op ${String(v.op)}`);
        continue;
      }
      const info = opInfo(v.op);
      if (info.args >= 0 && v.args.length !== info.args)
        bad(`v${v.id}: ${v.op} with ${v.args.length} args, wants ${info.args}`);
      if (info.mem && !(v.args.length > 0 && isMem(v.args[v.args.length - 1]!)))
        bad(`v${v.id}: ${v.op} without memory last`);
      for (const a of v.args) if (!defined.has(a)) bad(`v${v.id}: arg v${a.id} is not in the function`);
    }
  }
  if (out.length > 0) return out;
  checkDominance(f, bad);
  if (out.length > 0) return out;
  checkMemory(f, bad);
  return out;
}

function count<T>(xs: readonly T[], x: T): number {
  return xs.filter((y) => y === x).length;
}

function checkDominance(f: Func, bad: (m: string) => void): void {
  const dom = dominators(f);
  const pos = new Map<Value, number>();
  for (const b of f.blocks) b.values.forEach((v, i) => pos.set(v, i));
  const reachable = new Set(dom.rpo);
  const usable = (a: Value, at: Block, index: number): boolean =>
    a.block === at ? pos.get(a)! < index : dom.dominates(a.block, at);
  for (const b of f.blocks) {
    if (!reachable.has(b)) continue;
    b.values.forEach((v, i) => {
      v.args.forEach((a, k) => {
        if (v.op === 'Phi') {
          const p = b.preds[k];
          if (p && reachable.has(p) && !usable(a, p, Infinity))
            bad(`v${v.id}: phi arg v${a.id} does not dominate b${p.id}`);
        } else if (!usable(a, b, i)) bad(`v${v.id}: arg v${a.id} does not dominate its use`);
      });
    });
    for (const c of b.controls)
      if (!usable(c, b, Infinity)) bad(`b${b.id}: control v${c.id} does not dominate`);
  }
}

/** checkMemory follows the single live memory through every block. */
function checkMemory(f: Func, bad: (m: string) => void): void {
  const endMem = new Map<Block, Value>();
  const entryMem = new Map<Block, Value>();
  for (const b of dominators(f).rpo) {
    const phi = b.values.find((v) => v.op === 'Phi' && isMem(v));
    let cur: Value | undefined = phi;
    if (!cur && b === f.blocks[0]) cur = b.values.find((v) => v.op === 'InitMem');
    if (!cur) cur = b.preds.map((p) => endMem.get(p)).find((m) => m !== undefined);
    if (!cur) {
      bad(`b${b.id}: no memory at entry`);
      continue;
    }
    entryMem.set(b, cur);
    let pendingCall: Value | undefined;
    for (const v of b.values) {
      if (v.op === 'Phi' || v.op === 'InitMem') continue;
      const info = opInfo(v.op);
      if (v.op === 'SelectN' && isMem(v)) {
        if (v.args[0] !== pendingCall)
          bad(
            `v${v.id}: SelectN <mem> of v${v.args[0]?.id} but the last call is ${pendingCall ? 'v' + pendingCall.id : 'none'}`,
          );
        pendingCall = undefined;
        cur = v;
        continue;
      }
      if (v.op === 'Copy' && isMem(v)) {
        if (canon(v.args[0]) !== canon(cur))
          bad(`v${v.id}: copies memory v${v.args[0]?.id}, but v${cur.id} is live`);
        cur = v;
        continue;
      }
      if (!info.mem) continue;
      const m = v.args[v.args.length - 1]!;
      if (pendingCall) bad(`v${v.id}: uses memory before the SelectN <mem> of call v${pendingCall.id}`);
      if (canon(m) !== canon(cur)) bad(`v${v.id}: uses memory v${m.id}, but v${cur.id} is live`);
      if (info.call && v.type.cls === 'tuple') pendingCall = v;
      else if (isMem(v)) cur = v;
    }
    if (pendingCall) bad(`b${b.id}: call v${pendingCall.id} without SelectN <mem>`);
    for (const c of b.controls) {
      const m = c.op === 'MakeResult' ? c.args[c.args.length - 1] : isMem(c) ? c : undefined;
      if (m && canon(m) !== canon(cur)) bad(`b${b.id}: control uses memory v${m.id}, but v${cur.id} is live`);
    }
    endMem.set(b, cur);
  }
  for (const b of f.blocks) {
    if (b.values.some((v) => v.op === 'Phi' && isMem(v)) || b.preds.length < 2) continue;
    const ms = new Set(b.preds.map((p) => canon(endMem.get(p))).filter((m) => m !== undefined));
    if (ms.size > 1) bad(`b${b.id}: predecessors end with different memories and there is no memory phi`);
  }
  for (const b of f.blocks) {
    const phi = b.values.find((v) => v.op === 'Phi' && isMem(v));
    if (!phi) continue;
    phi.args.forEach((a, i) => {
      const p = b.preds[i];
      const m = p && endMem.get(p);
      if (m && canon(m) !== canon(a))
        bad(`v${phi.id}: memory phi arg ${i} is v${a.id}, b${p.id} ends with v${m.id}`);
    });
  }
}
