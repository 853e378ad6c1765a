// Test directives: the first line of every .mgo test names what the runner does with it (Go's test/run.go).
//
// Invariant: the action is read from the first line only, `// ACTION [args]`; anything not in TestActions
// is reported as `unknown test action` by the runner instead of being silently skipped.

/** TestActions lists every first-line action the runner understands, with what it means. */
export const TestActions = {
  errorcheck:
    'must be rejected: diagnostics equal NAME.err (from go build) and match inline // ERROR comments',
  compile: 'must type-check with no diagnostics',
  run: 'must type-check cleanly, then run: stdout, stderr and exit status equal NAME.out/.stderr/.exit (go run)',
  unsupported: 'uses features outside the mgo subset: only inline // ERROR expectations are checked',
  asmcheck: 'Go test/codegen style: every // amd64:"re" (or -"re") check holds for the assembly of its line',
} as const;

export type TestAction = keyof typeof TestActions;

export interface Directive {
  /** The action word, e.g. `errorcheck`; may be a word the runner does not know. */
  readonly action: string;
  /** Words after the action (flags), possibly empty. */
  readonly args: readonly string[];
}

/** parseDirective reads `// ACTION args...` from the first line of a test file. */
export function parseDirective(src: string): Directive {
  const firstLine = src.split('\n', 1)[0] ?? '';
  const m = /^\/\/\s*(\S+)(.*)$/.exec(firstLine.trimEnd());
  if (!m) return { action: '', args: [] };
  const rest = (m[2] ?? '').trim();
  return { action: m[1] ?? '', args: rest === '' ? [] : rest.split(/\s+/) };
}

export function isKnownAction(action: string): action is TestAction {
  return Object.hasOwn(TestActions, action);
}
