// Inline expectations: `// ERROR "regexp" ...` comments matched against diagnostics, both ways, as Go's
// test/run.go errorCheck does.
//
// Invariants (mirroring run.go):
//  - An expectation is every double-quoted string after `// ERROR ` on a source line (lines containing
//    `////` are ignored); each string is a regular expression searched (unanchored) in the message text.
//  - A message's text is its first line without the `LINE:COL: ` prefix plus its continuation lines (joined
//    with newlines), so a regexp may match a continuation line too.
//  - For each expectation in source order, every not-yet-consumed message on that line that matches is
//    consumed; no message on the line → `missing error`, messages but none matching → `no match`.
//  - Any message left unconsumed at the end is an `unmatched error`.
//
// Example: `x := 1 // ERROR "declared but not used"` is satisfied by `4:2: x declared but not used`.

/** Message is one diagnostic as the matcher sees it: a line and the text after `LINE:COL: `. */
export interface Message {
  readonly line: number;
  readonly text: string;
}

/** Expectation is one quoted regexp from a `// ERROR` comment. */
export interface Expectation {
  readonly line: number;
  readonly source: string;
}

const ErrorCommentRx = /\/\/ (?:GC_)?ERROR (.*)/;
const QuotedRx = /"([^"]*)"/g;

/** parseExpectations collects every `// ERROR "rx"` expectation in source order. */
export function parseExpectations(src: string): Expectation[] {
  const out: Expectation[] = [];
  src.split('\n').forEach((lineText, i) => {
    if (lineText.includes('////')) return;
    const m = ErrorCommentRx.exec(lineText);
    if (!m) return;
    for (const q of (m[1] ?? '').matchAll(QuotedRx)) out.push({ line: i + 1, source: q[1] ?? '' });
  });
  return out;
}

function describe(m: Message): string {
  return `${m.line}: ${m.text.replace(/\n/g, '\n\t\t')}`;
}

/**
 * matchExpectations checks messages against expectations both ways and returns one readable failure line
 * per problem (empty when everything matches).
 */
export function matchExpectations(
  expectations: readonly Expectation[],
  messages: readonly Message[],
): string[] {
  const failures: string[] = [];
  let remaining = [...messages];
  for (const want of expectations) {
    let rx: RegExp;
    try {
      rx = new RegExp(want.source);
    } catch (e) {
      failures.push(
        `line ${want.line}: invalid regexp ${JSON.stringify(want.source)}: ${(e as Error).message}`,
      );
      continue;
    }
    const onLine = remaining.filter((m) => m.line === want.line);
    if (onLine.length === 0) {
      failures.push(`line ${want.line}: missing error ${JSON.stringify(want.source)}`);
      continue;
    }
    const matched = onLine.filter((m) => rx.test(m.text));
    if (matched.length === 0) {
      const got = onLine.map((m) => '\t' + describe(m)).join('\n');
      failures.push(`line ${want.line}: no match for ${JSON.stringify(want.source)} in:\n${got}`);
      continue;
    }
    remaining = remaining.filter((m) => !matched.includes(m));
  }
  for (const m of remaining) failures.push(`unmatched error: ${describe(m)}`);
  return failures;
}
