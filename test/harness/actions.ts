// What each first-line action means, as a table from action to checker (Go's test/run.go dispatch).
//
// Invariants:
//  - A checker returns a list of readable failure descriptions; an empty list means the test passed.
//  - Checkers never skip: a missing golden is a failure (regenerate with `npm run golden`).
//  - Exit-code contract for future `run` comparisons: an unrecovered Go panic exits with status 2, recorded
//    in NAME.exit only when non-zero (RunPanicExitCode below).

import { checkSource } from '../../compiler/index.js';
import { isKnownAction, parseDirective, type TestAction } from './directive.js';
import { lineDiff } from './diff.js';
import { runAndCompare } from './run-action.js';
import { countChecks, parseChecks, runChecks } from '../../scripts/asmcheck-lib.mjs';
import { compileAsm } from '../asm/pipeline.js';
import { matchExpectations, parseExpectations } from './errorcheck.js';
import { diagnosticMessages, goldenLines, readSibling, renderDiagnostics, siblingPath } from './golden.js';

/** RunPanicExitCode is the status a Go program exits with after an unrecovered panic. */
export const RunPanicExitCode = 2;

type Checker = (src: string, path: string) => string[];

function missingGolden(path: string, ext: string): string {
  return `missing golden ${siblingPath(path, ext)}; generate it with: npm run golden -- ${path}`;
}

function mustCheckClean(src: string): string[] {
  const { diags } = checkSource(src);
  if (diags.length === 0) return [];
  return ['expected no diagnostics, mgo reported:\n' + renderDiagnostics(diags).join('\n')];
}

function errorcheck(src: string, path: string): string[] {
  const { diags } = checkSource(src);
  const failures: string[] = [];
  if (diags.length === 0) failures.push('expected diagnostics, mgo accepted the program');
  const golden = readSibling(path, 'err');
  if (golden === undefined) {
    failures.push(missingGolden(path, 'err'));
  } else {
    const diff = lineDiff(goldenLines(golden), renderDiagnostics(diags));
    if (diff !== '') failures.push('diagnostics differ from go build:\n' + diff);
  }
  failures.push(...matchExpectations(parseExpectations(src), diagnosticMessages(diags)));
  return failures;
}

function compile(src: string): string[] {
  return mustCheckClean(src);
}

function run(src: string, path: string): string[] {
  const failures = mustCheckClean(src);
  if (readSibling(path, 'out') === undefined) failures.push(missingGolden(path, 'out'));
  if (failures.length > 0) return failures;
  return runAndCompare(src, path);
}

function unsupported(src: string): string[] {
  const expectations = parseExpectations(src);
  if (expectations.length === 0) return ['an unsupported test needs at least one // ERROR expectation'];
  return matchExpectations(expectations, diagnosticMessages(checkSource(src).diags));
}

/** asmcheck runs Go's codegen-style checks against mgo's assembly, grouped by source line. */
function asmcheck(src: string): string[] {
  const failures = mustCheckClean(src);
  if (failures.length > 0) return failures;
  const checks = parseChecks(src);
  if (countChecks(checks) === 0) return ['an asmcheck test needs at least one // amd64: check'];
  const instrsByLine = new Map<number, string[]>();
  for (const f of compileAsm(src).funcs) {
    for (const l of f.lines.slice(1)) {
      const list = instrsByLine.get(l.line) ?? [];
      list.push(l.text);
      instrsByLine.set(l.line, list);
    }
  }
  return runChecks(checks, instrsByLine);
}

const Checkers: Record<TestAction, Checker> = { errorcheck, compile, run, unsupported, asmcheck };

/** checkTestFile runs the checker named by the file's first line and returns its failures. */
export function checkTestFile(src: string, path: string): string[] {
  const { action } = parseDirective(src);
  if (!isKnownAction(action)) return [`unknown test action ${JSON.stringify(action)} on the first line`];
  return Checkers[action](src, path);
}
