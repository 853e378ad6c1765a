// THE pass table: the SSA optimisation pipeline in order, with ordering constraints checked when this
// module loads (a violated constraint throws, naming both passes). `-O0` runs only the required passes.
//
// Each pass mutates one Func in place; its file header states preconditions, postconditions and what it
// invalidates. Nothing is cached between passes (dominators are recomputed by the passes that need them).

import { InternalError } from '../diag/index.js';
import { checkFunc } from './check.js';
import type { Func, Program } from './ir.js';
import { copyelim } from './passes/copyelim.js';
import { cse } from './passes/cse.js';
import { deadcode } from './passes/deadcode.js';
import { nilcheckelim } from './passes/nilcheckelim.js';
import { opt } from './passes/opt.js';
import { phielim } from './passes/phielim.js';

export interface Pass {
  readonly name: string;
  readonly fn: (f: Func) => void;
  /** Runs at -O0 too. */
  readonly required: boolean;
  readonly doc: string;
}

export const PASSES: readonly Pass[] = [
  {
    name: 'early phielim',
    fn: phielim,
    required: false,
    doc: 'trivial phis (one distinct arg) become copies',
  },
  { name: 'early copyelim', fn: copyelim, required: false, doc: 'uses of copies read the copied value' },
  { name: 'early deadcode', fn: deadcode, required: false, doc: 'drop unreachable blocks and unused values' },
  { name: 'opt', fn: opt, required: false, doc: 'rewrite rules: constant folding and algebra (rules/)' },
  { name: 'opt deadcode', fn: deadcode, required: false, doc: 'drop the untaken edges of decided branches' },
  { name: 'generic cse', fn: cse, required: false, doc: 'equal values in dominating positions merge' },
  { name: 'phielim', fn: phielim, required: false, doc: 'phis made trivial by cse and deadcode' },
  { name: 'nilcheckelim', fn: nilcheckelim, required: false, doc: 'nil checks of provably non-nil pointers' },
  { name: 'copyelim', fn: copyelim, required: true, doc: 'bypass all remaining copies' },
  {
    name: 'late deadcode',
    fn: deadcode,
    required: true,
    doc: 'final cleanup: every block reachable, every value used',
  },
];

/** PASS_ORDER: [before, after, reason]: `before` must come earlier in PASSES than `after`. */
export const PASS_ORDER: readonly (readonly [string, string, string])[] = [
  ['early copyelim', 'opt', 'rules match args directly, not through copies'],
  ['opt', 'opt deadcode', 'opt leaves decided branches as First blocks for deadcode to cut'],
  ['opt deadcode', 'generic cse', 'cse needs dominators of the final CFG'],
  ['generic cse', 'nilcheckelim', 'cse merges equal pointers so repeated nil checks become visible'],
  ['generic cse', 'phielim', 'cse makes phi args equal'],
  ['nilcheckelim', 'late deadcode', 'removed checks leave dead pointer computations'],
  ['copyelim', 'late deadcode', 'copies bypassed by copyelim become dead'],
];

function validateOrder(): void {
  const index = new Map(PASSES.map((p, i) => [p.name, i]));
  for (const [before, after, reason] of PASS_ORDER) {
    const a = index.get(before);
    const b = index.get(after);
    if (a === undefined || b === undefined)
      throw new Error(`pass order constraint names unknown pass "${a === undefined ? before : after}"`);
    if (a >= b) throw new Error(`pass "${before}" must run before "${after}" (${reason})`);
  }
  if (index.size !== PASSES.length) throw new Error('two passes share a name');
}
validateOrder();

export interface OptimizeOptions {
  /** 0: required passes only; 1 (default): all passes. */
  readonly level?: 0 | 1;
  /** Run the verifier before the first pass and after every pass. */
  readonly check?: boolean;
  /** Called after each pass that ran, with the function as it is now. */
  readonly onPass?: (pass: string, f: Func) => void;
  /** Stop after this pass (for dumps). */
  readonly stopAfter?: string;
}

/** passNames lists the passes a level runs, in order. */
export function passNames(level: 0 | 1 = 1): string[] {
  return PASSES.filter((p) => level === 1 || p.required).map((p) => p.name);
}

/** optimize runs the pipeline on one function or on every function of a program, in place. */
export function optimize(target: Func | Program, opts: OptimizeOptions = {}): void {
  const funcs = 'funcs' in target ? target.funcs : [target];
  const level = opts.level ?? 1;
  if (
    opts.stopAfter !== undefined &&
    opts.stopAfter !== 'build' &&
    !PASSES.some((p) => p.name === opts.stopAfter)
  )
    throw new InternalError('ssa', `unknown pass ${opts.stopAfter}`);
  for (const f of funcs) {
    if (opts.check) checkFunc(f, 'build');
    if (opts.stopAfter === 'build') continue;
    for (const p of PASSES) {
      if (level === 0 && !p.required) continue;
      p.fn(f);
      if (opts.check) checkFunc(f, p.name);
      opts.onPass?.(p.name, f);
      if (p.name === opts.stopAfter) break;
    }
  }
}
