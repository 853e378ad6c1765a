// `mgo ssa FILE --html OUT`: one self-contained HTML page for one function, in the spirit of Go's
// GOSSAFUNC ssa.html. Columns, left to right: the function's source lines; its escape-analysis decisions
// (`-m` lines, `-m=2` explanations folded); then the IR after `build` and after every pass of PASSES, in order.
//
// Invariants:
//  - One column per phase: `build`, then every pass of PASSES in table order (at -O0 a pass that does not
//    run is shown too, folded and marked, holding the IR of the last pass that ran).
//  - A pass column is folded (narrow, click to expand) exactly when the pass left printFunc's text unchanged;
//    in an unfolded column, lines absent from the previous column's text are marked `chg`.
//  - The page is a pure function of (function, source, escape result, level): no time stamps, no random ids;
//    all program text is HTML-escaped; CSS and JS are inline, nothing is fetched.
//  - renderSsaHtml optimizes the function in place (as dumpSSA does).

import type { EscapeResult } from '../escape/index.js';
import { PageCss, PageScript } from './html-assets.js';
import { escapeColumnHtml, escapeView, funcLineRange, sourceColumnHtml } from './html-escape.js';
import { escapeHtml, funcHtmlLines, lineHtml, type HtmlLine } from './html-ir.js';
import type { Func, Program } from './ir.js';
import { optimize, PASSES } from './passes.js';
import { matchesFunc } from './dump.js';

export interface SsaHtmlOptions {
  /** The whole source file (the source column shows the function's lines of it). */
  readonly src: string;
  /** The file name as the user gave it (escape lines are printed with it, as `mgo escape` does). */
  readonly fileName: string;
  readonly escape: EscapeResult;
  /** 0: required passes only (others are shown folded, marked "not run"); 1 (default): all passes. */
  readonly level?: 0 | 1;
}

/** PhaseColumn is the IR of the function after one phase. */
export interface PhaseColumn {
  readonly name: string;
  readonly doc: string;
  /** False for a pass that -O0 skips. */
  readonly ran: boolean;
  /** The printed function differs from the previous column's (always true for `build`). */
  readonly changed: boolean;
  readonly lines: readonly HtmlLine[];
}

/** htmlFuncNames lists the functions a page can be made for (the names `--func` accepts, qualified). */
export function htmlFuncNames(prog: Program): string[] {
  return prog.funcs.map((f) => f.name);
}

/** findHtmlFunc picks the function named by `--func` (`main` when absent); undefined when there is none. */
export function findHtmlFunc(prog: Program, name: string | undefined): Func | undefined {
  return prog.funcs.find((f) => matchesFunc(f, [name ?? 'main']));
}

/** phaseColumns optimizes f in place and returns its IR after build and after every pass in PASSES. */
export function phaseColumns(f: Func, level: 0 | 1 = 1): PhaseColumn[] {
  const after = new Map<string, HtmlLine[]>();
  const built = funcHtmlLines(f);
  optimize(f, { level, onPass: (name, g) => after.set(name, funcHtmlLines(g)) });
  const cols: PhaseColumn[] = [
    { name: 'build', doc: 'the IR as built, before any pass', ran: true, changed: true, lines: built },
  ];
  let prev = built;
  for (const p of PASSES) {
    const lines = after.get(p.name);
    const text = (ls: readonly HtmlLine[]): string => ls.map((l) => l.text).join('\n');
    const changed = lines !== undefined && text(lines) !== text(prev);
    cols.push({ name: p.name, doc: p.doc, ran: lines !== undefined, changed, lines: lines ?? prev });
    prev = lines ?? prev;
  }
  return cols;
}

function irColumnHtml(col: PhaseColumn, prev: PhaseColumn | undefined): string {
  const before = new Set(prev && col.changed ? prev.lines.map((l) => l.text) : []);
  const body = col.lines
    .map((l) => lineHtml(l, before.size > 0 && !before.has(l.text) ? ' chg' : ''))
    .join('\n');
  const state = col.changed ? '' : ' folded unchanged';
  const doc = col.ran ? col.doc : `${col.doc} (not run at -O0)`;
  return (
    `<section class="col phase${state}" data-phase="${escapeHtml(col.name)}">` +
    `<h2 class="col-head" title="${escapeHtml(doc)}">${escapeHtml(col.name)}` +
    `${col.ran ? '' : ' (not run)'}<span class="doc"> \u2014 ${escapeHtml(doc)}</span></h2>` +
    `<div class="col-body ir">\n${body}\n</div></section>`
  );
}

const HelpText =
  'Click a value (vN) or block (bN) to highlight its definition and uses in every column; click a source ' +
  'line, a line number (+N) or a decision to highlight what comes from that line. Click a column title to ' +
  'fold it; folded columns (passes that changed nothing) unfold on click. Lines a pass changed are tinted.';

/** renderSsaHtml returns the page for f (optimizing f in place). */
export function renderSsaHtml(f: Func, opts: SsaHtmlOptions): string {
  const srcLines = opts.src.split('\n').map((l) => l.replace(/\r$/, ''));
  const range = funcLineRange(f, srcLines);
  const view = escapeView(opts.escape, opts.fileName, range);
  const cols = phaseColumns(f, opts.level ?? 1);
  const title = `${f.name} \u2014 ${opts.fileName}`;
  const level = opts.level === 0 ? ' (-O0)' : '';
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PageCss}</style>`,
    '</head>',
    '<body>',
    `<h1>mgo ssa: ${escapeHtml(title)}${level}</h1>`,
    `<p class="help">${escapeHtml(HelpText)}</p>`,
    '<div id="cols">',
    `<section class="col source"><h2 class="col-head">source</h2><div class="col-body src">\n` +
      `${sourceColumnHtml(srcLines, range, view)}\n</div></section>`,
    `<section class="col escape"><h2 class="col-head">escape analysis (-m, -m=2 folded)</h2>` +
      `<div class="col-body escs">\n${escapeColumnHtml(view)}\n</div></section>`,
    ...cols.map((c, i) => irColumnHtml(c, cols[i - 1])),
    '</div>',
    `<script>${PageScript}</script>`,
    '</body>',
    '</html>',
    '',
  ];
  return parts.join('\n');
}
