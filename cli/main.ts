#!/usr/bin/env node
// mgo command line: a thin commander layer over the library API in compiler/ (and runtime/ for `run`).
//
// Exit codes follow go build: 0 success, 2 compile errors or unreadable input (a one-line message), and a
// program's own status for `run`. Internal compiler bugs print one line naming the phase and exit 3; no
// stack trace unless MGO_DEBUG=1.

import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { checkSource, formatDiagnostic, InternalError } from '../compiler/index.js';
import { analyzeEscapes, escapeJSON, formatEscapeLines } from '../compiler/escape/index.js';
import {
  buildSSA,
  dumpPhases,
  dumpSSA,
  findHtmlFunc,
  htmlFuncNames,
  matchesFunc,
  renderSsaHtml,
  type Program,
} from '../compiler/ssa/index.js';
import { emitAsm, formatAsm } from '../compiler/asm/index.js';
import { compareMapOps, diffFuncs, formatCompare } from '../compiler/compare/index.js';
import { cmdRun, type RunCommandOptions } from './run.js';

const ExitCompileError = 2;
const ExitInternalError = 3;

/** readSource returns the file's text, or prints a one-line error and exits 2. */
function readSource(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file or directory'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((e as Error).message);
    process.stderr.write(`mgo: open ${path}: ${why}\n`);
    process.exit(ExitCompileError);
  }
}

function cmdCheck(path: string): void {
  const result = checkSource(readSource(path));
  for (const d of result.diags) process.stderr.write(formatDiagnostic(path, d) + '\n');
  process.exitCode = result.diags.length > 0 ? ExitCompileError : 0;
}

/** cmdEscape prints Go's `-m` (or `-m=2`) escape analysis lines for FILE, or gc's JSON-lines log of them. */
function cmdEscape(path: string, opts: { m: string; json?: boolean }): void {
  const result = checkSource(readSource(path));
  if (!result.file || !result.info) {
    for (const d of result.diags) process.stderr.write(formatDiagnostic(path, d) + '\n');
    process.exitCode = ExitCompileError;
    return;
  }
  const esc = analyzeEscapes(result.file, result.info);
  if (opts.json) {
    process.stdout.write(escapeJSON(esc, path));
    return;
  }
  const m = opts.m.replace(/^=/, ''); // accept -m=2, -m 2, --m=2
  if (m !== '1' && m !== '2') {
    process.stderr.write(`mgo: escape: -m=${m} is not supported (use -m=1 or -m=2)\n`);
    process.exitCode = ExitCompileError;
    return;
  }
  const level = m === '2' ? 2 : 1;
  for (const line of formatEscapeLines(esc, path, level)) process.stdout.write(line + '\n');
}

/** buildProgram runs the front end, escape analysis and SSA construction; undefined after printing errors. */
function buildProgramFor(path: string): Program | undefined {
  const src = readSource(path);
  const result = checkSource(src);
  if (!result.file || !result.info) {
    for (const d of result.diags) process.stderr.write(formatDiagnostic(path, d) + '\n');
    process.exitCode = ExitCompileError;
    return undefined;
  }
  return buildSSA(result.file, result.info, analyzeEscapes(result.file, result.info), src);
}

/**
 * checkFuncNames prints a one-line error and sets exit status 2 when a --func name matches no function of
 * prog; it returns whether all names are known.
 */
function checkFuncNames(prog: Program, path: string, names: readonly string[] | undefined): boolean {
  const unknown = (names ?? []).filter((n) => !prog.funcs.some((f) => matchesFunc(f, [n])));
  if (unknown.length === 0) return true;
  const known = htmlFuncNames(prog).join(', ');
  process.stderr.write(`mgo: no function ${unknown.join(', ')} in ${path}; functions: ${known}\n`);
  process.exitCode = ExitCompileError;
  return false;
}

/** cmdSsaHtml writes the HTML page of one function (default main): source, escape decisions, every pass. */
function cmdSsaHtml(path: string, out: string, opts: { func?: string[]; phase?: string; O: string }): void {
  const fail = (msg: string): void => {
    process.stderr.write(`mgo: ${msg}\n`);
    process.exitCode = ExitCompileError;
  };
  if (opts.phase !== undefined) return fail('--html shows every phase; drop --phase');
  if ((opts.func?.length ?? 0) > 1) return fail('--html shows one function; give one --func');
  const src = readSource(path);
  const result = checkSource(src);
  if (!result.file || !result.info) {
    for (const d of result.diags) process.stderr.write(formatDiagnostic(path, d) + '\n');
    process.exitCode = ExitCompileError;
    return;
  }
  const escape = analyzeEscapes(result.file, result.info);
  const prog = buildSSA(result.file, result.info, escape, src);
  const f = findHtmlFunc(prog, opts.func?.[0]);
  if (!f) {
    const name = opts.func?.[0] ?? 'main';
    return fail(`no function ${name} in ${path}; functions: ${htmlFuncNames(prog).join(', ')}`);
  }
  const page = renderSsaHtml(f, { src, fileName: path, escape, level: opts.O === '0' ? 0 : 1 });
  try {
    writeFileSync(out, page);
  } catch (e) {
    return fail(`write ${out}: ${(e as NodeJS.ErrnoException).code ?? String((e as Error).message)}`);
  }
  process.stderr.write(`wrote ${out}\n`);
}

/** cmdSsa prints the annotated SSA dump after a pass (default: the final, optimized form). */
function cmdSsa(path: string, opts: { func?: string[]; phase?: string; O: string; html?: string }): void {
  if (opts.html !== undefined) return cmdSsaHtml(path, opts.html, opts);
  const prog = buildProgramFor(path);
  if (!prog || !checkFuncNames(prog, path, opts.func)) return;
  if (opts.phase !== undefined && !dumpPhases().includes(opts.phase)) {
    process.stderr.write(`mgo: unknown phase ${opts.phase}; one of: ${dumpPhases().join(', ')}\n`);
    process.exitCode = ExitCompileError;
    return;
  }
  const level = opts.O === '0' ? 0 : 1;
  process.stdout.write(dumpSSA(prog, { funcs: opts.func ?? [], phase: opts.phase, level }));
}

/** cmdAsm prints pseudo-assembly in the form of `go tool compile -S`. */
function cmdAsm(path: string, opts: { func?: string[] }): void {
  const prog = buildProgramFor(path);
  if (!prog || !checkFuncNames(prog, path, opts.func)) return;
  const file = path.split('/').pop() ?? path;
  process.stdout.write(formatAsm(emitAsm(prog, { funcs: opts.func ?? [] }), file));
}

/** cmdCompare prints one row per map operation statement (or --diff A B side by side, or --json). */
function cmdCompare(path: string, opts: { func?: string[]; diff?: string[]; json?: boolean }): void {
  const prog = buildProgramFor(path);
  if (!prog || !checkFuncNames(prog, path, opts.func)) return;
  const asm = emitAsm(prog);
  if (opts.diff) {
    const [a, b] = opts.diff;
    if (!a || !b) throw new CommanderError(2, 'mgo.diff', '--diff needs two function names');
    process.stdout.write(diffFuncs(prog, asm, a, b));
    return;
  }
  const rows = compareMapOps(prog, asm, opts.func ?? []);
  process.stdout.write(opts.json ? JSON.stringify(rows, null, 2) + '\n' : formatCompare(rows));
}

function main(argv: readonly string[]): void {
  const program = new Command();
  program
    .name('mgo')
    .description(
      'mgo: a mini-Go compiler lab. Compiles .mgo files (valid Go 1.19) and shows what Go 1.19 does with them.',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  program
    .command('check')
    .description('parse and type-check FILE; print diagnostics as FILE:LINE:COL: message (exit 2 on errors)')
    .argument('<file>', 'source file (.mgo or .go)')
    .action(cmdCheck);
  program
    .command('escape')
    .description("print Go 1.19's escape analysis decisions for FILE, as go build -gcflags='-m -l' does")
    .argument('<file>', 'source file (.mgo or .go)')
    .option('-m, --m <level>', 'detail level: 1 (decisions) or 2 (with flow explanations)', '1')
    .option(
      '--json',
      "print, as JSON lines, the escape records gc writes to DIR/main/FILE.json under -gcflags='-m -l " +
        "-json=0,DIR': a header {version,package,goos,goarch,gc_version,file} then one LSP Diagnostic per " +
        'line (range, severity 3, code escape|escapes|leak, source "go compiler", message, and the -m=2 ' +
        'explanation as relatedInformation); 1-based positions as gc writes them; nothing when gc logs ' +
        'nothing; no records of later passes (nilcheck, isInBounds)',
    )
    .action(cmdEscape);
  program
    .command('run')
    .description('compile FILE to SSA and run it on the simulated Go 1.19 runtime (exit status as go run)')
    .argument('<file>', 'source file (.mgo or .go)')
    .option('--seed <n>', 'runtime seed: hash seeds and map iteration order', '1')
    .option('--trace <what>', 'trace runtime internals: map (growth, evacuation, overflow buckets)')
    .option('--trace-out <file>', 'write traces to FILE instead of stderr')
    .option('--stats', 'print heap allocation and per-map statistics at exit (stderr)')
    .action((path: string, opts: RunCommandOptions) => {
      process.exitCode = cmdRun(path, readSource(path), opts);
    });
  program
    .command('ssa')
    .description('print the SSA of FILE (Go dump style, source lines and escape notes) after a pass')
    .argument('<file>', 'source file (.mgo or .go)')
    .option('--func <name...>', 'only these functions (f, T.m, (*T).m)')
    .option('--phase <name>', `dump after this pass: ${dumpPhases().join(', ')} (default: final)`)
    .option('-O <level>', 'optimization level: -O0 runs only the required passes', '1')
    .option('--html <out>', 'write an HTML page of one function (--func F, default main) after every pass')
    .action(cmdSsa);
  program
    .command('asm')
    .description('print pseudo-assembly for FILE in the form of go tool compile -S -l (amd64, ABIInternal)')
    .argument('<file>', 'source file (.mgo or .go)')
    .option('--func <name...>', 'only these functions (F, T.m, (*T).m)')
    .action(cmdAsm);
  program
    .command('compare')
    .description('compare how the map operations of FILE are lowered: runtime entry, rule, calls, cost')
    .argument('<file>', 'source file (.mgo or .go)')
    .option('--func <name...>', 'only these functions')
    .option('--diff <names...>', 'show two functions side by side (SSA and assembly)')
    .option('--json', 'print the rows as JSON')
    .action(cmdCompare);
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : ExitCompileError;
      return;
    }
    throw e;
  }
}

// Output piped into a reader that stops early (`mgo ssa x.mgo | head`) ends quietly, as a Go program's
// SIGPIPE would, instead of an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

try {
  main(process.argv);
} catch (e) {
  if (process.env['MGO_DEBUG'] === '1') throw e;
  const msg = e instanceof InternalError ? e.message : `internal error: ${String((e as Error).message)}`;
  process.stderr.write(`mgo: ${msg}\n`);
  process.exitCode = ExitInternalError;
}
