// Program entry of the simulated Go runtime: run an SSA Program (runProgram) or a source text (runSource)
// and return its stdout, stderr, exit status and run statistics, exactly as `go run` would produce them.
//
// Invariants:
//  - Never throws for Go-level failures: panics exit 2 with Go's `panic: ...` first line (and the
//    `[signal SIGSEGV ...]` line for nil dereferences) followed by a `goroutine 1 [running]:` traceback;
//    stack overflow prints Go's fatal error and exits 2. mgo bugs propagate as InternalError.
//  - The seed only changes hash seeds and iteration order (runtime/index.ts).

import { InternalError } from '../compiler/diag/index.js';
import { analyzeEscapes } from '../compiler/escape/index.js';
import { checkSource, formatDiagnostic } from '../compiler/index.js';
import { buildSSA, optimize } from '../compiler/ssa/index.js';
import type { Program } from '../compiler/ssa/ir.js';
import { compileProgram } from './exec/compile.js';
import { Env, StaticSite, type AllocSite } from './exec/env.js';
import { Machine } from './exec/machine.js';
import { RuntimeErrorPanic, StackOverflow, UserPanic } from './exec/panics.js';
import { GoRuntime, mapStats, type MapListener, type MapStats } from './index.js';
import { GoFatal, GoPanic } from './panic.js';

export interface RunOptions {
  readonly seed?: number;
  /** Observe map internals (growth, evacuation, overflow buckets). */
  readonly mapListener?: MapListener;
  /** Collect per-map statistics (costs a little on every map assignment). */
  readonly mapStats?: boolean;
  /** compiler/ssa's optimize level applied by runSource before executing (default 1: all passes). */
  readonly optLevel?: 0 | 1;
  /** Execution path (runtime/exec/README.md); default: $MGO_EXEC when set, else 'codegen'. */
  readonly exec?: 'codegen' | 'interp';
  /** Source path printed in tracebacks, as Go prints the absolute path of the file (default main.go). */
  readonly fileName?: string;
}

export interface SiteReport extends AllocSite {
  readonly count: number;
  readonly bytes: number;
}

export interface RunStats {
  readonly heapAllocs: number;
  readonly heapBytes: number;
  readonly sites: SiteReport[];
  readonly maps: Array<{ readonly addr: number; readonly type: string; readonly stats: MapStats }>;
  readonly maxDepth: number;
}

export interface RunResult {
  /** stdout decoded as UTF-8 (invalid bytes become U+FFFD): for reading; stdoutBytes is what Go wrote. */
  readonly stdout: string;
  readonly stderr: string;
  /** The exact bytes the program wrote (Go strings are byte sequences, not always valid UTF-8). */
  readonly stdoutBytes: Buffer;
  readonly stderrBytes: Buffer;
  readonly exitCode: number;
  readonly stats: RunStats;
}

/** outputBytes joins an output's byte strings (one char per byte) into its bytes. */
function outputBytes(parts: string[]): Buffer {
  return Buffer.from(parts.join(''), 'latin1');
}

/** runProgram executes prog's init (if any) and main. */
export function runProgram(prog: Program, options: RunOptions = {}): RunResult {
  const rt = new GoRuntime(options.seed ?? 1, 64 << 20);
  if (options.mapListener) rt.maps.listener = options.mapListener;
  const env = new Env(rt);
  env.trackMaps = options.mapStats ?? false;
  const exec = options.exec ?? (process.env['MGO_EXEC'] === 'interp' ? 'interp' : 'codegen');
  const compiled = compileProgram(prog, env, { exec });
  const machine = new Machine(compiled, rt);
  // fmt's String/Error calls (Env.callMethod) find methods by traceName (`main.T.String`).
  const recvTypes = new Map(
    prog.funcs.map((f) => [f.name.startsWith('main.') ? f.name : `main.${f.name}`, f.params[0]?.type]),
  );
  env.methodHost = {
    find: (name) => {
      const fn = compiled.funcs.get(name);
      const recv = recvTypes.get(name);
      return fn === undefined || recv === undefined ? undefined : { fn, recv };
    },
    invoke: (fn, args) => machine.invoke(fn, args),
  };
  const file = options.fileName ?? 'main.go';
  let exitCode = 0;
  try {
    const init = compiled.funcs.get('main.init');
    if (init) machine.call(init);
    const main = compiled.funcs.get('main.main');
    if (!main) throw new InternalError('exec', 'no main.main');
    machine.call(main);
  } catch (e) {
    exitCode = 2;
    if (e instanceof StackOverflow) {
      env.stderr.push(
        'runtime: goroutine stack exceeds 1000000000-byte limit\n' +
          'fatal error: stack overflow\n\n' +
          trace(machine, file),
      );
    } else if (e instanceof GoFatal) {
      env.stderr.push(`fatal error: ${e.message}\n\n` + trace(machine, file));
    } else if (e instanceof UserPanic || e instanceof GoPanic) {
      const signal = e instanceof RuntimeErrorPanic && e.signal ? e.signal + '\n' : '';
      env.stderr.push(
        `panic: ${e.message}${e instanceof GoPanic && !(e instanceof RuntimeErrorPanic) ? '' : ''}\n${signal}\n` +
          trace(machine, file),
      );
    } else if (e instanceof RangeError && /call stack/.test(e.message)) {
      throw new InternalError('exec', 'host stack exhausted');
    } else throw e;
  }
  const stdoutBytes = outputBytes(env.stdout);
  const stderrBytes = outputBytes(env.stderr);
  return {
    stdout: stdoutBytes.toString('utf8'),
    stderr: stderrBytes.toString('utf8'),
    stdoutBytes,
    stderrBytes,
    exitCode,
    stats: collectStats(env, machine),
  };
}

function trace(machine: Machine, file: string): string {
  const lines = ['goroutine 1 [running]:'];
  for (const f of machine.traceback()) lines.push(`${f.func}(...)`, `\t${file}:${f.line}`);
  return lines.join('\n') + '\n';
}

function collectStats(env: Env, machine: Machine): RunStats {
  let heapAllocs = 0;
  let heapBytes = 0;
  const sites: SiteReport[] = [];
  for (const [id, st] of env.rt.heap.heapStats) {
    if (id === StaticSite) continue;
    heapAllocs += st.count;
    heapBytes += st.roundedBytes;
    const s = env.sites[id];
    sites.push({
      ...(s ?? { func: 'runtime', line: 0, what: runtimeSiteName(id) }),
      count: st.count,
      bytes: st.roundedBytes,
    });
  }
  sites.sort((a, b) => b.bytes - a.bytes || b.count - a.count);
  const maps: RunStats['maps'] = [];
  for (const [addr, t] of env.mapTypeOf)
    maps.push({ addr, type: t.name, stats: mapStats(env.rt.maps, t, addr) });
  return { heapAllocs, heapBytes, sites, maps, maxDepth: machine.maxDepth };
}

function runtimeSiteName(id: number): string {
  return (
    (
      {
        [-1]: 'hmap',
        [-2]: 'buckets',
        [-3]: 'overflow',
        [-4]: 'mapextra',
        [-5]: 'indirect key',
        [-6]: 'indirect elem',
        [-7]: 'growslice',
      } as Record<number, string>
    )[id] ?? 'runtime'
  );
}

/** CompileFailure is returned by runSource when the program does not compile. */
export interface CompileFailure {
  readonly diagnostics: string[];
}

/** runSource type-checks, builds SSA and runs a source text; compile errors come back as diagnostics. */
export function runSource(src: string, path: string, options: RunOptions = {}): RunResult | CompileFailure {
  const fe = checkSource(src);
  if (!fe.file || !fe.info) return { diagnostics: fe.diags.map((d) => formatDiagnostic(path, d)) };
  const esc = analyzeEscapes(fe.file, fe.info);
  const prog = buildSSA(fe.file, fe.info, esc, src);
  optimize(prog, { level: options.optLevel ?? 1 });
  return runProgram(prog, options);
}

export { mapStats };
