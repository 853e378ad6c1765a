// asmcheck: Go's test/codegen conventions, shared by test/codegen/codegen.test.ts (checking mgo's
// assembly) and scripts/verify-codegen.mjs (checking Go 1.19's own `go tool compile -S -l` output).
//
// Rules (test/run.go's asmcheck): a comment `// amd64:"re1",-"re2"` holds comma-separated checks, each a
// double-quoted (Go escapes: \t, \\, \") or backquoted regexp; a leading `-` means the pattern must NOT
// match. An own-line comment applies to the next line with code; a trailing comment to its own line.
// Each pattern is anchored at the start (`^`) and matched against the instruction text after the
// `(file:line)` prefix of every instruction attributed to that source line.

const CHECK = /(-?)("(?:[^"\\]|\\.)*"|`[^`]*`)/g;

function unquote(q) {
  if (q.startsWith('`')) return q.slice(1, -1);
  return q.slice(1, -1).replace(/\\(.)/g, (_, c) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}

/** parseChecks returns, per source line (1-based), the checks that apply to it. */
export function parseChecks(src, arch = 'amd64') {
  const out = new Map();
  let pending = [];
  src.split('\n').forEach((text, i) => {
    const line = i + 1;
    const at = text.indexOf('//');
    const code = (at >= 0 ? text.slice(0, at) : text).trim();
    const comment = at >= 0 ? text.slice(at + 2) : '';
    const checks = [];
    const m = new RegExp(`(?:^|\\s)${arch}:(.*)$`).exec(comment);
    if (m)
      for (const c of m[1].matchAll(CHECK)) checks.push({ negate: c[1] === '-', re: unquote(c[2]), line });
    if (code === '') {
      pending.push(...checks);
      return;
    }
    const all = [...pending, ...checks];
    pending = [];
    if (all.length > 0) out.set(line, all);
  });
  return out;
}

/** runChecks applies the checks to instruction texts grouped by line; returns failure messages. */
export function runChecks(checks, instrsByLine) {
  const failures = [];
  for (const [line, list] of checks) {
    const instrs = instrsByLine.get(line) ?? [];
    for (const c of list) {
      const re = new RegExp(`^(?:${c.re})`);
      const hit = instrs.some((t) => re.test(t));
      if (c.negate && hit) failures.push(`line ${line}: unexpected ${JSON.stringify(c.re)}`);
      if (!c.negate && !hit)
        failures.push(`line ${line}: no match for ${JSON.stringify(c.re)} in ${JSON.stringify(instrs)}`);
    }
  }
  return failures;
}

/** countChecks is the number of checks in a parsed check map. */
export function countChecks(checks) {
  let n = 0;
  for (const list of checks.values()) n += list.length;
  return n;
}

/** instrsFromListing groups the instructions of a `-S` listing by source line of `file`. */
export function instrsFromListing(listing, file) {
  const out = new Map();
  const re = /^\t0x[0-9a-f]+ \d+ \(([^:)]+):(\d+)\)\t(.*)$/;
  for (const l of listing.split('\n')) {
    const m = re.exec(l);
    if (!m || !m[1].endsWith(file)) continue;
    const line = Number(m[2]);
    const list = out.get(line) ?? [];
    list.push(m[3]);
    out.set(line, list);
  }
  return out;
}
