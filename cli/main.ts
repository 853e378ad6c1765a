#!/usr/bin/env node
// mgo command line: a thin commander layer over the library API in compiler/ (and runtime/ for `run`).
//
// Exit codes follow go build: 0 success, 2 compile errors or unreadable input (a one-line message), and a
// program's own status for `run`. Internal compiler bugs print one line naming the phase and exit 3; no
// stack trace unless MGO_DEBUG=1.

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { checkSource, formatDiagnostic, InternalError } from '../compiler/index.js';
import { analyzeEscapes, escapeJSON, formatEscapeLines } from '../compiler/escape/index.js';

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

/** cmdEscape prints Go's `-m` (or `-m=2`) escape analysis lines for FILE, or them as one JSON document. */
function cmdEscape(path: string, opts: { m: string; json?: boolean }): void {
  const result = checkSource(readSource(path));
  if (!result.file || !result.info) {
    for (const d of result.diags) process.stderr.write(formatDiagnostic(path, d) + '\n');
    process.exitCode = ExitCompileError;
    return;
  }
  const esc = analyzeEscapes(result.file, result.info);
  if (opts.json) {
    process.stdout.write(JSON.stringify(escapeJSON(esc, path), null, 2) + '\n');
    return;
  }
  const level = opts.m.replace(/^=/, '') === '2' ? 2 : 1; // accept -m=2, -m 2, --m=2
  for (const line of formatEscapeLines(esc, path, level)) process.stdout.write(line + '\n');
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
    .option('--json', 'print the decisions as one JSON document (the shape of -json=0,DIR)')
    .action(cmdEscape);
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

try {
  main(process.argv);
} catch (e) {
  if (process.env['MGO_DEBUG'] === '1') throw e;
  const msg = e instanceof InternalError ? e.message : `internal error: ${String((e as Error).message)}`;
  process.stderr.write(`mgo: ${msg}\n`);
  process.exitCode = ExitInternalError;
}
