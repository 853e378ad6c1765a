// The `mgo ssa` view: the annotated dump of chosen functions after a chosen pass (or after every pass),
// deterministic for a given program.
//
// Phases: `build` (before any pass), a pass name from PASSES (the dump right after it; at -O0 a pass
// that does not run leaves the function as the last pass that did), `all` (build and every pass that
// ran, each headed `# after NAME`), default: the final function.
//
// Also the `--func` name predicates every view shares: matchesFunc (ssa, html, compare's lookups and the
// CLI's unknown-name check) and selectsFunc (the asm and compare filters).

import type { Func, Program } from './ir.js';
import { optimize, passNames } from './passes.js';
import { printFunc } from './print.js';

export interface DumpOptions {
  /** Function names (`f`, `main.f`, `T.m`, `(*T).m`); empty: all. */
  readonly funcs?: readonly string[];
  readonly phase?: string;
  readonly level?: 0 | 1;
}

/** matchesFunc tells whether f (an SSA or asm function) is named by a user's `--func` argument. */
export function matchesFunc(f: { readonly name: string }, names: readonly string[]): boolean {
  return names.length === 0 || names.some((n) => f.name === n || f.name === `main.${n}`);
}

const bare = (n: string): string => n.replace(/^main\./, '');

/**
 * selectsFunc is the `--func` filter of `mgo asm` and `mgo compare`: both sides lose one leading `main.`
 * before comparing, so unlike matchesFunc, `main.func1` does not select `main.main.func1`.
 */
export function selectsFunc(f: { readonly name: string }, names: readonly string[] | undefined): boolean {
  return !names || names.length === 0 || names.some((n) => bare(n) === bare(f.name));
}

/** dumpPhases lists the accepted --phase values. */
export function dumpPhases(): string[] {
  return ['build', ...passNames(1), 'all'];
}

/** dumpSSA optimizes prog in place as far as the phase asks and returns the dump text. */
export function dumpSSA(prog: Program, opts: DumpOptions = {}): string {
  const phase = opts.phase ?? 'final';
  const level = opts.level ?? 1;
  const funcs = prog.funcs.filter((f) => matchesFunc(f, opts.funcs ?? []));
  const out: string[] = [];
  for (const f of funcs) {
    if (phase === 'all') {
      out.push(`# after build\n${printFunc(f)}`);
      optimize(f, { level, onPass: (name, g) => out.push(`# after ${name}\n${printFunc(g)}`) });
      continue;
    }
    if (phase !== 'build') {
      const runs = passNames(level);
      const stop = phase === 'final' || !runs.includes(phase) ? undefined : phase;
      if (phase === 'final' || runs.includes(phase)) optimize(f, { level, stopAfter: stop });
      else if (!passNames(1).includes(phase)) throw new Error(`unknown phase ${phase}`);
    }
    out.push(printFunc(f));
  }
  return out.join('\n');
}
