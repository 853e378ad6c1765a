// The text form of the IR, in Go's dump style (go-internals 4.2), annotated for humans:
//
//   f:
//     b1:
//       # 4: m[k] = v
//       v12 (+4) = StaticLECall <*int64,mem> {AuxCall{runtime.mapassign_fast64}} [24] v10 v7 v11 v1
//       If v11 -> b2 b3 (unlikely)
//     b2: <- b1
//
// Invariants: deterministic (blocks in layout order, values in block order, names in declaration order);
// `# N: text` comment lines show the source line above the first value of each statement; notes (escape
// decisions) follow the value after ` ; `. parse.ts reads this text back.

import { quoteByteString } from '../types/index.js';
import type { Aux, Block, Func, Program, Value } from './ir.js';
import { layoutOrder } from './layout.js';

export function auxString(a: Aux): string {
  switch (a.kind) {
    case 'call':
      return `{AuxCall{${a.fn}}}`;
    case 'sym':
      return `{${a.name}}`;
    case 'type':
      return `{${a.type.name}}`;
    case 'string':
      return `{${quoteByteString(a.value)}}`; // Go's {%q} of the bytes
  }
}

export function posString(v: Value): string {
  if (v.pos.line === 0) return '(?)';
  return `(${v.pos.stmt ? '+' : ''}${v.pos.line})`;
}

/** valueString is `vN (+L) = Op <type> {aux} [auxint] args`. */
export function valueString(v: Value): string {
  let s = `v${v.id} ${posString(v)} = ${v.op} <${v.type.name}>`;
  if (v.aux) s += ' ' + auxString(v.aux);
  if (v.auxInt !== undefined) s += ` [${String(v.auxInt)}]`;
  for (const a of v.args) s += ` v${a.id}`;
  return s;
}

export function blockEnd(b: Block): string {
  let s = `${b.kind}`;
  for (const c of b.controls) s += ` v${c.id}`;
  if (b.succs.length > 0) s += ' -> ' + b.succs.map((x) => `b${x.id}`).join(' ');
  if (b.likely) s += ` (${b.likely})`;
  return s;
}

export interface PrintOptions {
  /** Print `# N: source` comments (default true). */
  readonly source?: boolean;
  readonly notes?: boolean;
}

export function printFunc(f: Func, opts: PrintOptions = {}): string {
  const out: string[] = [`${f.name}:`];
  const seen = new Set<number>();
  for (const b of layoutOrder(f)) {
    out.push(`  b${b.id}:${b.preds.length > 0 ? ' <- ' + b.preds.map((p) => `b${p.id}`).join(' ') : ''}`);
    for (const v of b.values) {
      if (opts.source !== false && v.pos.stmt && v.pos.line > 0 && !seen.has(v.pos.line)) {
        const text = f.source.get(v.pos.line);
        if (text !== undefined) out.push(`    # ${v.pos.line}: ${text}`);
        seen.add(v.pos.line);
      }
      out.push(`    ${valueString(v)}${opts.notes !== false && v.note ? ` ; ${v.note}` : ''}`);
    }
    out.push(`    ${blockEnd(b)}`);
  }
  for (const n of f.names)
    out.push(`name ${n.name}[${n.type.name}]: ${n.values.map((v) => `v${v.id}`).join(' ')}`);
  return out.join('\n') + '\n';
}

export function printProgram(p: Program, opts: PrintOptions = {}): string {
  return p.funcs.map((f) => printFunc(f, opts)).join('\n');
}

/** RuntimeCallPrefixes: the calls the differential corpus compares against `go tool compile -S`. */
export const RuntimeCallPattern =
  /^runtime\.(map|makemap|newobject|makeslice|growslice|mapiter|mapdelete|concatstring)/;

/** runtimeCalls lists the runtime calls of f in layout order (as -S prints CALL lines). */
export function runtimeCalls(f: Func, pattern: RegExp = RuntimeCallPattern): string[] {
  const out: string[] = [];
  for (const b of layoutOrder(f)) {
    for (const v of b.values) {
      if (v.op === 'StaticLECall' && v.aux?.kind === 'call' && pattern.test(v.aux.fn)) out.push(v.aux.fn);
    }
  }
  return out;
}
