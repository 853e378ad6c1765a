#!/usr/bin/env node
// Conformance of `mgo escape` against Go's own errorcheck tests (/usr/share/go-1.19/test/escape*.go, read in
// place, never copied): runs our analysis at -m, then matches `// ERROR "re"` expectations as Go's
// test/run.go errorCheck does (line-based, no columns as with -C: every regexp must match some message on
// its line, every message must be matched by some regexp on its line).
//
// Declarations our front end rejects (outside the mini-Go subset) are blanked out (keeping line numbers) and
// their ERROR lines are reported as unsupported with the front end's reason. Prints per file
// met/total expectations, unmatched messages and unsupported lines; exits 1 when a file falls below the
// baseline recorded in test/escape/conformance-baseline.json (MGO_BLESS=1 rewrites it), 0 when Go's test
// directory is missing (skipped). Run with `npm run conformance:escape`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../compiler/index.js';
import { analyzeEscapes, formatEscapeLines } from '../compiler/escape/index.js';

const GO_TEST = '/usr/share/go-1.19/test';
const FILES = [
  'escape_map.go',
  'escape_level.go',
  'escape_indir.go',
  'escape_array.go',
  'escape_selfassign.go',
  'escape_struct_return.go',
  'escape_calls.go',
  'escape_closure.go',
  'escape_param.go',
  'escape_slice.go',
  'escape_field.go',
  'escape_goto.go',
  'escape_struct_param1.go',
  'escape_struct_param2.go',
];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baselinePath = join(root, 'test', 'escape', 'conformance-baseline.json');

if (!existsSync(GO_TEST)) {
  console.log(`conformance:escape skipped: ${GO_TEST} not found (Go 1.19 not installed)`);
  process.exit(0);
}

/** expectations parses `// ERROR "re1" "re2"` comments: line → regexps (Go's LINE macros expanded). */
function expectations(src, file) {
  const out = new Map();
  src.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (text.includes('////')) return;
    const m = /\/\/ (?:GC_)?ERROR (.*)/.exec(text);
    if (!m) return;
    const res = [...m[1].matchAll(/"([^"]*)"/g)].map((x) =>
      x[1].replace(/LINE([+-]\d+)?/g, (_, d) => `${file}:${line + (d ? Number(d) : 0)}`),
    );
    out.set(line, res);
  });
  return out;
}

/** topDecls returns [startLine, endLine] of each top-level declaration (by brace/paren depth). */
function topDecls(lines) {
  const decls = [];
  let depth = 0;
  let start = -1;
  lines.forEach((text, i) => {
    const code = text.replace(/\/\/.*$/, '').replace(/"([^"\\]|\\.)*"|'([^'\\]|\\.)*'|`[^`]*`/g, '""');
    if (depth === 0 && /^(func|var|type|const|import)\b/.test(code)) start = i;
    for (const ch of code) {
      if (ch === '{' || ch === '(') depth++;
      if (ch === '}' || ch === ')') depth--;
    }
    if (depth === 0 && start >= 0) {
      decls.push([start, i]);
      start = -1;
    }
  });
  return decls;
}

/** subsetSource blanks declarations the front end rejects; returns the text and the removed ranges. */
function subsetSource(src) {
  const lines = src.split('\n');
  // The mini-Go front end only accepts package main.
  const pkg = lines.findIndex((l) => /^package /.test(l));
  if (pkg >= 0) lines[pkg] = 'package main';
  // go tool compile does not link, so Go's tests need no func main; an empty one at the end keeps line
  // numbers and adds no escape messages.
  if (!lines.some((l) => /^func main\(\)/.test(l))) lines.push('func main() {}');
  const removed = [];
  const removedNames = new Map();
  const decls = topDecls(lines);
  for (let iter = 0; iter < 400; iter++) {
    const text = lines.join('\n');
    const r = checkSource(text);
    if (r.file && r.info) return { text, removed, ok: true };
    const d = r.diags.find((x) => x.severity === 'error');
    if (!d) return { text, removed, ok: true };
    const line = d.pos.line - 1;
    const decl = decls.find(([a, b]) => a <= line && line <= b && !removed.some((x) => x.from === a));
    if (!decl) return { text, removed, ok: false, why: d.msg, line: d.pos.line };
    // Report the root cause when a declaration only fails because it uses an earlier removed one.
    const undef = /^undefined: (\w+)$/.exec(d.msg);
    const why =
      undef && removedNames.has(undef[1]) ? `uses ${undef[1]}, which ${removedNames.get(undef[1])}` : d.msg;
    const declName = /^(?:func|var|type|const)\s+(?:\([^)]*\)\s*)?(\w+)/.exec(lines[decl[0]]);
    if (declName) removedNames.set(declName[1], `is outside the subset (${why})`);
    removed.push({ from: decl[0], to: decl[1], why });
    for (let i = decl[0]; i <= decl[1]; i++) lines[i] = '';
  }
  return { text: lines.join('\n'), removed, ok: false, why: 'too many removals' };
}

const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};
const results = {};
let regress = false;
for (const file of FILES) {
  const path = join(GO_TEST, file);
  if (!existsSync(path)) continue;
  const src = readFileSync(path, 'utf8');
  const recipe = src.split('\n').find((l) => l.startsWith('// errorcheck'));
  if (!recipe || !/-m -l\b/.test(recipe) || /-m=/.test(recipe)) {
    console.log(`${file}: skipped (recipe ${recipe ?? 'none'})`);
    continue;
  }
  const expect = expectations(src, file);
  const sub = subsetSource(src);
  const unsupported = [];
  const isRemoved = (line) => sub.removed.find((r) => r.from < line && line <= r.to + 1);
  for (const [line, res] of expect) {
    const r = isRemoved(line);
    if (r) unsupported.push({ line, n: res.length, why: r.why });
  }
  let messages = [];
  let crash;
  if (sub.ok) {
    try {
      const r = checkSource(sub.text);
      const esc = analyzeEscapes(r.file, r.info);
      messages = formatEscapeLines(esc, file, 1).map((l) => {
        const m = /^([^:]+):(\d+):\d+: (.*)$/.exec(l) ?? /^([^:]+):(\d+): (.*)$/.exec(l);
        return { line: Number(m[2]), text: m[3], used: false };
      });
    } catch (e) {
      crash = String(e.message ?? e);
    }
  }
  let met = 0;
  let total = 0;
  const failures = [];
  for (const [line, res] of expect) {
    if (isRemoved(line)) continue;
    const cands = messages.filter((m) => m.line === line);
    for (const re of res) {
      total++;
      let rx;
      try {
        rx = new RegExp(re.replace(/\(\?s\)/g, ''));
      } catch {
        failures.push(`${file}:${line}: bad regexp ${re}`);
        continue;
      }
      const hits = cands.filter((m) => rx.test(m.text));
      if (hits.length === 0)
        failures.push(
          `${file}:${line}: ${cands.length ? 'no match for' : 'missing error'} ${JSON.stringify(re)}`,
        );
      else met++;
      for (const h of hits) h.used = true;
    }
  }
  const unmatched = messages.filter((m) => !m.used && !isRemoved(m.line));
  for (const m of unmatched) failures.push(`${file}:${m.line}: unmatched: ${m.text}`);
  const unsupportedCount = unsupported.reduce((a, u) => a + u.n, 0);
  results[file] = { met, total, unmatched: unmatched.length, unsupported: unsupportedCount };
  console.log(
    `${file}: ${met}/${total} expectations met, ${unmatched.length} unmatched messages, ` +
      `${unsupportedCount} expectations on unsupported lines${sub.ok ? '' : ` (front end: ${sub.why})`}${crash ? ` CRASH ${crash}` : ''}`,
  );
  if (process.env.VERBOSE) for (const f of failures) console.log('  ' + f);
  if (process.env.VERBOSE)
    for (const u of unsupported) console.log(`  ${file}:${u.line}: unsupported: ${u.why}`);
  const base = baseline[file];
  if (base && (met < base.met || unmatched.length > base.unmatched)) {
    console.log(`  REGRESSION: baseline ${base.met} met / ${base.unmatched} unmatched`);
    regress = true;
  }
}
const sum = Object.values(results).reduce(
  (a, r) => ({ met: a.met + r.met, total: a.total + r.total, unsupported: a.unsupported + r.unsupported }),
  { met: 0, total: 0, unsupported: 0 },
);
console.log(
  `total: ${sum.met}/${sum.total} expectations met in the subset, ${sum.unsupported} on unsupported lines`,
);
if (process.env.MGO_BLESS === '1') {
  writeFileSync(baselinePath, JSON.stringify(results, null, 2) + '\n');
  console.log(`baseline written to ${baselinePath}`);
}
process.exit(regress ? 1 : 0);
