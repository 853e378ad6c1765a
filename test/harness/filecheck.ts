// FileCheck (LLVM's, the subset mgo's tests use): directives `CHECK:`, `CHECK-NEXT:`, `CHECK-NOT:`,
// `CHECK-LABEL:` matched line by line against an output text. In a pattern, `{{re}}` is a regular
// expression, `[[V:re]]` captures into V, `[[V]]` matches V's captured text; the rest is literal (runs of
// spaces match any run of spaces).
//
// Semantics: CHECK finds the first line at or after the current position that matches; CHECK-NEXT must
// match exactly the next line after the previous match; CHECK-NOT must not match any line between the
// previous match and the next positive match (or the end); CHECK-LABEL is a CHECK that also starts a new
// region (CHECK-NOTs never look across it). Returns the failures (empty = pass).

export interface Directive {
  readonly kind: 'CHECK' | 'CHECK-NEXT' | 'CHECK-NOT' | 'CHECK-LABEL';
  readonly pattern: string;
  /** 1-based line of the directive in its file, for messages. */
  readonly line: number;
}

const DIRECTIVE = /\/\/\s*(CHECK(?:-NEXT|-NOT|-LABEL)?):\s?(.*)$/;

/** directivesOf extracts the CHECK lines of a file. */
export function directivesOf(text: string): Directive[] {
  const out: Directive[] = [];
  text.split('\n').forEach((l, i) => {
    const m = DIRECTIVE.exec(l);
    if (m) out.push({ kind: m[1] as Directive['kind'], pattern: m[2]!.trimEnd(), line: i + 1 });
  });
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** compile turns a pattern into a RegExp; captures lists the [[V:re]] names in group order. */
function compile(pattern: string, vars: ReadonlyMap<string, string>): { re: RegExp; captures: string[] } {
  let src = '';
  const captures: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    const re = pattern.startsWith('{{', i) ? pattern.indexOf('}}', i + 2) : -1;
    let v = pattern.startsWith('[[', i) ? pattern.indexOf(']]', i + 2) : -1;
    while (v >= 0 && pattern[v + 2] === ']') v++; // [[X:[a-z]]]: the closing ]] is the last pair
    if (re >= 0) {
      src += `(?:${pattern.slice(i + 2, re)})`;
      i = re + 2;
    } else if (v >= 0) {
      const body = pattern.slice(i + 2, v);
      const colon = body.indexOf(':');
      if (colon >= 0) {
        captures.push(body.slice(0, colon));
        src += `(${body.slice(colon + 1)})`;
      } else {
        const val = vars.get(body);
        if (val === undefined) throw new Error(`undefined FileCheck variable [[${body}]]`);
        src += escapeRe(val);
      }
      i = v + 2;
    } else {
      const next = [pattern.indexOf('{{', i), pattern.indexOf('[[', i)].filter((x) => x >= 0);
      const end = next.length > 0 ? Math.min(...next) : pattern.length;
      src += escapeRe(pattern.slice(i, Math.max(end, i + 1)));
      i = Math.max(end, i + 1);
    }
  }
  return { re: new RegExp(src), captures };
}

/** fileCheck matches the directives against output; returns failure messages. */
export function fileCheck(output: string, directives: readonly Directive[]): string[] {
  const lines = output.split('\n');
  const vars = new Map<string, string>();
  const failures: string[] = [];
  let pos = 0; // next line to search
  let lastMatch = -1;
  let pendingNot: Directive[] = [];
  const tryMatch = (d: Directive, line: string): boolean => {
    const { re, captures } = compile(d.pattern, vars);
    const m = re.exec(line);
    if (!m) return false;
    captures.forEach((name, k) => vars.set(name, m[k + 1] ?? ''));
    return true;
  };
  const checkNots = (from: number, to: number): void => {
    for (const d of pendingNot) {
      for (let i = from; i < to; i++) {
        if (compile(d.pattern, vars).re.test(lines[i]!)) {
          failures.push(
            `line ${d.line}: CHECK-NOT: "${d.pattern}" found at output line ${i + 1}: ${lines[i]}`,
          );
          break;
        }
      }
    }
    pendingNot = [];
  };
  for (const d of directives) {
    if (failures.length > 0) break;
    switch (d.kind) {
      case 'CHECK-NOT':
        pendingNot.push(d);
        break;
      case 'CHECK-NEXT': {
        const i = lastMatch + 1;
        if (lastMatch < 0 || i >= lines.length || !tryMatch(d, lines[i]!)) {
          failures.push(
            `line ${d.line}: CHECK-NEXT: "${d.pattern}" is not on the line after the previous match (got: ${lines[i] ?? '<end>'})`,
          );
          break;
        }
        checkNots(lastMatch + 1, i);
        lastMatch = i;
        pos = i + 1;
        break;
      }
      case 'CHECK':
      case 'CHECK-LABEL': {
        let found = -1;
        for (let i = pos; i < lines.length; i++) {
          if (tryMatch(d, lines[i]!)) {
            found = i;
            break;
          }
        }
        if (found < 0) {
          failures.push(`line ${d.line}: ${d.kind}: "${d.pattern}" not found after output line ${pos}`);
          break;
        }
        checkNots(pos, found);
        lastMatch = found;
        pos = found + 1;
        break;
      }
    }
  }
  if (failures.length === 0) checkNots(pos, lines.length);
  return failures;
}
