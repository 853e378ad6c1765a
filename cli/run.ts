// `mgo run FILE [--seed N] [--trace=map] [--trace-out FILE] [--stats]`: compile and execute a program on
// the simulated Go runtime, with its stdout/stderr/exit status as `go run` gives them.
//
// Invariants: program output stays clean: traces go to stderr lines prefixed `mgo: trace:` or to
// --trace-out; --stats prints after the program's own stderr, prefixed `mgo: stats:`. Compile errors print
// like `mgo check` and exit 2.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MapListener } from '../runtime/index.js';
import { runSource, type RunResult } from '../runtime/run.js';

export interface RunCommandOptions {
  seed?: string;
  trace?: string;
  traceOut?: string;
  stats?: boolean;
}

const hex = (a: number): string => '0x' + a.toString(16);

/** mapTracer formats map runtime events as one line each. */
export function mapTracer(emit: (line: string) => void): MapListener {
  return {
    onGrowStart: (h, ev) =>
      emit(
        `map ${hex(h)} grow: B ${ev.oldB} -> ${ev.newB} ${ev.sameSize ? 'same-size' : 'doubling'} count=${ev.count} noverflow=${ev.noverflow}`,
      ),
    onEvacuate: (h, oldBucket, toX, toY) =>
      emit(`map ${hex(h)} evacuate: old bucket ${oldBucket}: ${toX} entries to x, ${toY} to y`),
    onOverflow: (h, bucket, overflow, pre) =>
      emit(
        `map ${hex(h)} overflow: bucket ${hex(bucket)} -> ${hex(overflow)}${pre ? ' (preallocated)' : ''}`,
      ),
  };
}

/** statsLines renders --stats. */
export function statsLines(r: RunResult): string[] {
  const s = r.stats;
  const out = [`heap: ${s.heapAllocs} allocations, ${s.heapBytes} bytes; max call depth ${s.maxDepth}`];
  for (const site of s.sites.slice(0, 10))
    out.push(
      `  ${site.bytes} bytes in ${site.count} allocations at ${site.func}:${site.line} (${site.what})`,
    );
  for (const m of s.maps) {
    const st = m.stats;
    out.push(`map ${hex(m.addr)} ${m.type}: ${JSON.stringify(st)}`);
  }
  return out;
}

/** RunOutput receives the command's output as it is produced (process streams for the CLI, buffers in tests). */
export interface RunOutput {
  stdout(data: string | Uint8Array): void;
  stderr(data: string | Uint8Array): void;
}

const ProcessOutput: RunOutput = {
  stdout: (d) => void process.stdout.write(d),
  stderr: (d) => void process.stderr.write(d),
};

/** cmdRun runs FILE's source and returns the exit status; all output goes to `out`. */
export function cmdRun(
  path: string,
  src: string,
  opts: RunCommandOptions,
  out: RunOutput = ProcessOutput,
): number {
  const traceLines: string[] = [];
  const emit = (line: string): void => {
    if (opts.traceOut) traceLines.push(line);
    else out.stderr(`mgo: trace: ${line}\n`);
  };
  const traceMap = (opts.trace ?? '').split(',').includes('map');
  const r = runSource(src, path, {
    seed: opts.seed === undefined ? 1 : Number(opts.seed),
    fileName: resolve(path),
    mapStats: opts.stats ?? false,
    ...(traceMap ? { mapListener: mapTracer(emit) } : {}),
  });
  if ('diagnostics' in r) {
    for (const d of r.diagnostics) out.stderr(d + '\n');
    return 2;
  }
  out.stdout(r.stdoutBytes);
  out.stderr(r.stderrBytes);
  if (opts.traceOut) writeFileSync(opts.traceOut, traceLines.map((l) => l + '\n').join(''));
  if (opts.stats) for (const l of statsLines(r)) out.stderr(`mgo: stats: ${l}\n`);
  return r.exitCode;
}
