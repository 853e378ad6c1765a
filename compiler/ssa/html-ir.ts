// One function's IR as HTML lines for the `mgo ssa --html` page: the same lines printFunc prints, with
// every value id, block id and source line number wrapped in a clickable span.
//
// Invariants:
//  - Line for line, the text of funcHtmlLines(f) (tags removed, entities decoded) equals printFunc(f);
//    each HtmlLine carries that plain text too (the page compares phases with it).
//  - Every piece of program text (types, aux symbols, string constants, notes) goes through escapeHtml.
//  - Clickable spans carry `data-k` (the key a click toggles: `v12`, `b3`, `L7`) and light up with it; a
//    whole line lit by a key carries `data-h` (`L7`). A value's or block's definition also has class `def`.

import type { Block, Func, Value } from './ir.js';
import { layoutOrder } from './layout.js';
import { auxString, posString } from './print.js';

export interface HtmlLine {
  /** The line exactly as printFunc prints it (with its indentation). */
  readonly text: string;
  /** What the line is: `fn` header, `blk` header, `cmt` source comment, `val`, block `end`, `name`. */
  readonly kind: 'fn' | 'blk' | 'cmt' | 'val' | 'end' | 'name';
  /** The line's own highlight keys (`L7` for values and comments of line 7), or undefined. */
  readonly h: string | undefined;
  /** The line's HTML content (the text with markup). */
  readonly html: string;
}

/** lineHtml wraps a line in its element; `extra` adds classes (the page marks changed lines). */
export function lineHtml(line: HtmlLine, extra = ''): string {
  const h = line.h === undefined ? '' : ` data-h="${line.h}"`;
  return `<div class="ln ${line.kind}${extra}"${h}>${line.html}</div>`;
}

const HtmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** escapeHtml makes text safe inside element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HtmlEntities[c] ?? c);
}

/** EscapeClasses classifies an escape message or note by its wording; the first matching row wins. */
const EscapeClasses: readonly (readonly [RegExp, string])[] = [
  [/does not escape/, 'esc-stack'],
  [/leaking param: \S+ to result|leaking param content/, 'esc-leak'],
  [/moved to heap|escapes to heap|leaking param/, 'esc-heap'],
];

/** escapeClass is the CSS class for an escape message's verdict (`esc-info` when it states none). */
export function escapeClass(text: string): string {
  return EscapeClasses.find(([re]) => re.test(text))?.[1] ?? 'esc-info';
}

function valueRef(v: Value): string {
  return `<span data-k="v${v.id}">v${v.id}</span>`;
}

function blockRef(b: Block): string {
  return `<span data-k="b${b.id}">b${b.id}</span>`;
}

function lineRef(v: Value): string {
  const text = escapeHtml(posString(v));
  if (v.pos.line === 0) return `<span class="pos">${text}</span>`;
  return `<span class="pos" data-k="L${v.pos.line}">${text}</span>`;
}

function valueLine(v: Value): HtmlLine {
  let text = `v${v.id} ${posString(v)} = ${v.op} <${v.type.name}>`;
  let html =
    `<span class="def" data-k="v${v.id}">v${v.id}</span> ${lineRef(v)} = ` +
    `<span class="op">${v.op}</span> <span class="ty">${escapeHtml(`<${v.type.name}>`)}</span>`;
  if (v.aux) {
    const aux = auxString(v.aux);
    text += ` ${aux}`;
    html += ` <span class="aux${v.aux.kind === 'string' ? ' str' : ''}">${escapeHtml(aux)}</span>`;
  }
  if (v.auxInt !== undefined) {
    text += ` [${String(v.auxInt)}]`;
    html += ` <span class="auxint">[${escapeHtml(String(v.auxInt))}]</span>`;
  }
  for (const a of v.args) {
    text += ` v${a.id}`;
    html += ` ${valueRef(a)}`;
  }
  if (v.note) {
    text += ` ; ${v.note}`;
    const at = v.pos.line > 0 ? ` data-k="L${v.pos.line}"` : '';
    html += ` <span class="note ${escapeClass(v.note)}"${at}>; ${escapeHtml(v.note)}</span>`;
  }
  const h = v.pos.line > 0 ? `L${v.pos.line}` : undefined;
  return { text: `    ${text}`, kind: 'val', h, html: `    ${html}` };
}

function blockHeader(b: Block): HtmlLine {
  const preds = b.preds.length > 0 ? ' <- ' + b.preds.map((p) => `b${p.id}`).join(' ') : '';
  const predsHtml = b.preds.length > 0 ? ' &lt;- ' + b.preds.map(blockRef).join(' ') : '';
  const def = `<span class="def" data-k="b${b.id}">b${b.id}</span>`;
  return { text: `  b${b.id}:${preds}`, kind: 'blk', h: undefined, html: `  ${def}:${predsHtml}` };
}

function blockEndLine(b: Block): HtmlLine {
  let text = b.kind as string;
  let html = `<span class="op">${b.kind}</span>`;
  for (const c of b.controls) {
    text += ` v${c.id}`;
    html += ` ${valueRef(c)}`;
  }
  if (b.succs.length > 0) {
    text += ' -> ' + b.succs.map((x) => `b${x.id}`).join(' ');
    html += ' -&gt; ' + b.succs.map(blockRef).join(' ');
  }
  if (b.likely) {
    text += ` (${b.likely})`;
    html += ` (${b.likely})`;
  }
  return { text: `    ${text}`, kind: 'end', h: undefined, html: `    ${html}` };
}

function sourceComment(line: number, src: string): HtmlLine {
  const text = `    # ${line}: ${src}`;
  const html = `    <span data-k="L${line}"># ${line}</span>: ${escapeHtml(src)}`;
  return { text, kind: 'cmt', h: `L${line}`, html };
}

/** funcHtmlLines renders f as printFunc does (source comments and notes included), one HtmlLine per line. */
export function funcHtmlLines(f: Func): HtmlLine[] {
  const out: HtmlLine[] = [{ text: `${f.name}:`, kind: 'fn', h: undefined, html: `${escapeHtml(f.name)}:` }];
  const seen = new Set<number>();
  for (const b of layoutOrder(f)) {
    out.push(blockHeader(b));
    for (const v of b.values) {
      if (v.pos.stmt && v.pos.line > 0 && !seen.has(v.pos.line)) {
        const src = f.source.get(v.pos.line);
        if (src !== undefined) out.push(sourceComment(v.pos.line, src));
        seen.add(v.pos.line);
      }
      out.push(valueLine(v));
    }
    out.push(blockEndLine(b));
  }
  for (const n of f.names) {
    const head = `name ${n.name}[${n.type.name}]:`;
    out.push({
      text: `${head} ${n.values.map((v) => `v${v.id}`).join(' ')}`,
      kind: 'name',
      h: undefined,
      html: `${escapeHtml(head)} ${n.values.map(valueRef).join(' ')}`,
    });
  }
  return out;
}
