// Phase entry: the map-assignment comparison report (`mgo compare`): one row per source line that performs
// a map operation, with its form, key/elem types, the runtime entry Go 1.19 chooses and the rule that chose
// it, the runtime calls, and the cost in SSA values, instructions, loads and stores.
//
// Invariants: rows come from the compiled program itself (SSA runtime calls grouped by line, assembly
// grouped by line), never from a second lowering; output is deterministic (functions in program order,
// lines ascending); the statement text is the source line as written.

import type { AsmFunc, AsmProgram } from '../asm/index.js';
import { matchesFunc, printFunc, selectsFunc, type Func, type Program, type Value } from '../ssa/index.js';

export type MapForm =
  | 'plain ='
  | 'op='
  | '/= or %='
  | 'through pointer'
  | 'append idiom'
  | 'comma-ok read'
  | 'plain read'
  | 'delete'
  | 'make'
  | 'range'
  | 'other';

export interface CompareRow {
  readonly func: string;
  readonly line: number;
  readonly stmt: string;
  readonly form: MapForm;
  readonly key: string;
  readonly elem: string;
  readonly entry: string;
  readonly rule: string;
  readonly calls: readonly string[];
  readonly ssaValues: number;
  readonly instrs: number;
  readonly loads: number;
  readonly stores: number;
}

const MAP_CALL = /^runtime\.(map\w+|makemap\w*)$/;

function callName(v: Value): string | undefined {
  return v.op === 'StaticLECall' && v.aux?.kind === 'call' ? v.aux.fn : undefined;
}

/** splitMapType reads `map[K]V` (brackets balanced) into K and V. */
export function splitMapType(t: string): { key: string; elem: string } {
  if (!t.startsWith('map[')) return { key: '?', elem: '?' };
  let depth = 0;
  for (let i = 3; i < t.length; i++) {
    if (t[i] === '[') depth++;
    else if (t[i] === ']' && --depth === 0) return { key: t.slice(4, i), elem: t.slice(i + 1) };
  }
  return { key: '?', elem: '?' };
}

function formOf(stmt: string, calls: readonly string[]): MapForm {
  const has = (re: RegExp): boolean => calls.some((c) => re.test(c));
  if (has(/mapdelete/)) return 'delete';
  if (has(/mapiterinit|mapclear/)) return 'range';
  if (has(/makemap/) && !has(/mapassign|mapaccess/)) return 'make';
  if (has(/mapassign/)) {
    if (/\(\*\w+\)\[/.test(stmt)) return 'through pointer';
    if (/[^=!<>]=\s*append\(/.test(stmt)) return 'append idiom';
    if (/[/%]=/.test(stmt)) return '/= or %=';
    if (/([+\-*|^&]|<<|>>|&\^)=|\+\+|--/.test(stmt)) return 'op=';
    return 'plain =';
  }
  if (has(/mapaccess2/)) return 'comma-ok read';
  if (has(/mapaccess1/)) return 'plain read';
  return 'other';
}

/**
 * divisionRule tells what `m[k] /= v` / `%= v` compiled to: order.go rewrites it to `m[k] = m[k] / v`, so
 * the old value is read first; the zero check is reported only when the code really calls panicdivide
 * (gc drops it for a divisor known to be non-zero, e.g. a constant).
 */
function divisionRule(stmt: string, calls: readonly string[]): string {
  const op = /([/%])=/.exec(stmt)?.[1] ?? '/';
  const read = calls.find((c) => c.startsWith('mapaccess')) ?? 'mapaccess1';
  const write = calls.find((c) => c.startsWith('mapassign')) ?? 'mapassign';
  const steps = calls.includes('panicdivide')
    ? `${read} + zero check (panicdivide) + ${write}: a zero divisor panics before the key is inserted`
    : `${read} + ${write}, no zero check (no panicdivide call: the divisor is known non-zero)`;
  return `${op}= reads the old value first (order.go: m[k] = m[k] ${op} v) → ${steps}`;
}

/** ruleOf explains why gc's mapfast picked this entry (walk.go mapfast / order.go's /= rewrite). */
function ruleOf(
  form: MapForm,
  entry: string,
  key: string,
  elemSize: number,
  stmt: string,
  calls: readonly string[],
): string {
  const base = entry.replace(/^runtime\./, '');
  const suffix = /_(fast32|fast64|faststr|fast32ptr|fast64ptr|fat)$/.exec(base)?.[1];
  let why: string;
  if (suffix === 'fast64') why = `key ${key}: 8-byte plain memory → _fast64`;
  else if (suffix === 'fast32') why = `key ${key}: 4-byte plain memory → _fast32`;
  else if (suffix === 'fast64ptr') why = `key ${key}: 8-byte pointer → _fast64ptr`;
  else if (suffix === 'fast32ptr') why = `key ${key}: 4-byte pointer → _fast32ptr`;
  else if (suffix === 'faststr') why = `key ${key}: string → _faststr`;
  else if (suffix === 'fat') why = `elem > 1024 bytes → ${base} (zero value passed in)`;
  else if (elemSize > 128) why = `elem ${elemSize} bytes > 128 → generic ${base} (key by address)`;
  else if (/^make/.test(base)) why = `make → ${base}`;
  else why = `key ${key}: not 4/8-byte plain memory nor string → generic ${base} (key by address)`;
  if (form === '/= or %=') return `${divisionRule(stmt, calls)}; ${why}`;
  if (form === 'op=' || form === 'append idiom')
    return `one mapassign, read-modify-write through the returned pointer; ${why}`;
  return why;
}

const MEM = /\(|\(SB\)|\(SP\)/;
function loadsStores(texts: readonly string[]): { loads: number; stores: number } {
  let loads = 0;
  let stores = 0;
  for (const t of texts) {
    const [op = '', rest = ''] = t.split('\t');
    if (op === 'CALL' || op === 'LEAQ' || op.startsWith('J')) continue;
    const args = rest.split(/, (?![^(]*\))/);
    const dst = args[args.length - 1] ?? '';
    const srcs = args.slice(0, -1);
    if (srcs.some((a) => MEM.test(a)) || (!op.startsWith('MOV') && MEM.test(dst))) loads++;
    if (MEM.test(dst) && !op.startsWith('CMP') && !op.startsWith('TEST')) stores++;
  }
  return { loads, stores };
}

/** compareMapOps builds the report rows for the selected functions. */
export function compareMapOps(prog: Program, asm: AsmProgram, funcs?: readonly string[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const f of prog.funcs) {
    if (!selectsFunc(f, funcs)) continue;
    const af = asm.funcs.find((a) => matchesFunc(a, [f.name]));
    rows.push(...rowsOf(f, af));
  }
  return rows;
}

function rowsOf(f: Func, af: AsmFunc | undefined): CompareRow[] {
  const byLine = new Map<number, Value[]>();
  for (const b of f.blocks)
    for (const v of b.values) {
      const list = byLine.get(v.pos.line) ?? [];
      list.push(v);
      byLine.set(v.pos.line, list);
    }
  const rows: CompareRow[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const values = byLine.get(line) ?? [];
    const mapCalls = values.filter((v) => MAP_CALL.test(callName(v) ?? ''));
    if (line === 0 || mapCalls.length === 0) continue;
    const texts = (af?.lines ?? [])
      .slice(1)
      .filter((l) => l.line === line)
      .map((l) => l.text);
    const calls = texts
      .flatMap((t) => /^CALL\t(runtime\.\w+)\(SB\)/.exec(t)?.[1] ?? [])
      .filter((c) => c !== 'runtime.morestack_noctxt');
    const ssaCalls = values.map(callName).filter((c): c is string => c !== undefined);
    const stmt = f.source.get(line) ?? '';
    const form = formOf(stmt, ssaCalls);
    const main = mapCalls.find((v) => /mapassign|mapdelete/.test(callName(v) ?? '')) ?? mapCalls[0];
    const typeArg = main?.args[0];
    const mapType = typeArg?.aux?.kind === 'sym' ? typeArg.aux.name.replace(/^type\./, '') : '';
    const { key, elem } = splitMapType(mapType);
    const entry = (main && callName(main)) ?? '';
    const elemSize = main?.type.elems?.[0]?.elem?.size ?? 0;
    const rowCalls = (calls.length > 0 ? calls : ssaCalls).map((c) => c.replace(/^runtime\./, ''));
    rows.push({
      func: f.name,
      line,
      stmt,
      form,
      key,
      elem,
      entry: entry.replace(/^runtime\./, ''),
      rule: ruleOf(form, entry, key, elemSize, stmt, rowCalls),
      calls: rowCalls,
      ssaValues: values.length,
      instrs: texts.length,
      ...loadsStores(texts),
    });
  }
  return rows;
}

/** formatCompare prints the rows as an aligned table followed by the rule of each row. */
export function formatCompare(rows: readonly CompareRow[]): string {
  const head = [
    'line',
    'statement',
    'form',
    'key',
    'elem',
    'entry',
    'calls',
    'ssa',
    'instrs',
    'loads',
    'stores',
  ];
  const cells = rows.map((r) => [
    String(r.line),
    r.stmt,
    r.form,
    r.key,
    r.elem,
    r.entry,
    r.calls.join(' '),
    String(r.ssaValues),
    String(r.instrs),
    String(r.loads),
    String(r.stores),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const fmt = (c: string[]): string =>
    c
      .map((x, i) => x.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...cells.map(fmt), ''];
  out.push('rules:');
  for (const r of rows) out.push(`  ${r.line} ${r.func}: ${r.rule}`);
  return out.join('\n') + '\n';
}

/** sideBySide puts two texts in two columns (for --diff). */
export function sideBySide(a: string, b: string, titleA: string, titleB: string): string {
  const la = [titleA, '-'.repeat(titleA.length), ...a.trimEnd().split('\n')];
  const lb = [titleB, '-'.repeat(titleB.length), ...b.trimEnd().split('\n')];
  const w = Math.max(...la.map((l) => l.replace(/\t/g, '    ').length));
  const n = Math.max(la.length, lb.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = (la[i] ?? '').replace(/\t/g, '    ');
    const y = (lb[i] ?? '').replace(/\t/g, '    ');
    out.push(`${x.padEnd(w)} | ${y}`.trimEnd());
  }
  return out.join('\n') + '\n';
}

/** diffFuncs shows two functions side by side: SSA first, then assembly text. */
export function diffFuncs(prog: Program, asm: AsmProgram, a: string, b: string): string {
  const find = (n: string): { f: Func; af: AsmFunc } => {
    const f = prog.funcs.find((x) => matchesFunc(x, [n]));
    const af = asm.funcs.find((x) => matchesFunc(x, [n]));
    if (!f || !af) throw new Error(`no function ${n}`);
    return { f, af };
  };
  const x = find(a);
  const y = find(b);
  const asmText = (af: AsmFunc): string => af.lines.map((l) => `${l.line} ${l.text}`).join('\n');
  return (
    sideBySide(printFunc(x.f), printFunc(y.f), `SSA ${x.f.name}`, `SSA ${y.f.name}`) +
    '\n' +
    sideBySide(asmText(x.af), asmText(y.af), `asm ${x.af.name}`, `asm ${y.af.name}`)
  );
}
