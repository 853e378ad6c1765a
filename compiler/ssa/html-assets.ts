// The inline stylesheet and script of the `mgo ssa --html` page (no network, no external assets).
//
// Markup contract (produced by html.ts, html-ir.ts, html-escape.ts):
//  - `[data-k=K]`: clicking toggles the highlight of key K (`v12` a value, `b3` a block, `L7` a source line);
//    while K is highlighted, every `[data-k=K]` is lit (a value's definition and uses, a block's header and
//    references, a source row) and so is every `[data-h~=K]` (IR lines and decisions of a source line).
//    Each active key gets its own colour.
//  - `.col > .col-head`: clicking folds or unfolds the column; `.folded` columns are narrow and vertical.
//  - `.def`: a definition (of a value or block), drawn with an outline in addition to the colour.
//  - `.explain > .xl`: one -m=2 explanation line each.
//
// Layout (checked by rendering wordfreq.mgo in headless Chromium): the page is exactly the viewport high;
// only `#cols` scrolls sideways and each column scrolls on its own, so column titles stay in view. IR and
// explanation lines wrap with a hanging indent (IR columns at most 76ch wide) instead of widening columns.

/** HighlightColors is the palette cycled through by successive highlighted keys. */
export const HighlightColors: readonly string[] = [
  '#ffe066',
  '#8ce99a',
  '#74c0fc',
  '#ffa8a8',
  '#d0bfff',
  '#ffc078',
  '#66d9e8',
  '#fcc2d7',
];

const highlightCss = HighlightColors.map((c, i) => `.hl-${i} { background: ${c}; }`).join('\n');

export const PageCss = `
html, body { height: 100%; }
body { font-family: system-ui, sans-serif; font-size: 13px; margin: 0; padding: 8px; box-sizing: border-box;
  color: #222; display: flex; flex-direction: column; }
h1 { font-size: 16px; margin: 0 0 4px 0; flex: none; }
.help { color: #555; margin: 0 0 8px 0; flex: none; }
#cols { flex: 1 1 auto; min-height: 0; display: flex; align-items: flex-start; overflow-x: auto;
  overflow-y: hidden; gap: 4px; }
.col { flex: 0 0 auto; box-sizing: border-box; border: 1px solid #bbb; padding: 4px 6px; max-height: 100%;
  overflow: auto; }
.col-head { font-size: 13px; margin: 0 0 4px 0; cursor: pointer; white-space: nowrap; user-select: none; }
.col-head .doc { font-weight: normal; color: #666; }
.col.unchanged .col-head::after { content: ' (unchanged)'; font-weight: normal; color: #888; }
.col.folded { width: 1.6em; padding: 2px; overflow: hidden; background: #f4f4f4; border-color: #ddd;
  cursor: pointer; }
.col.folded .col-body, .col.folded .doc { display: none; }
.col.folded .col-head { writing-mode: vertical-lr; margin: 0; }
.col.folded.unchanged .col-head::after { content: ''; }
.ir, .src, .escs { font-family: Menlo, Consolas, monospace; font-size: 12px; }
.ln, .sl { white-space: pre; line-height: 1.35; }
.ir { max-width: 76ch; }
.ir .ln { white-space: pre-wrap; overflow-wrap: anywhere; padding-left: 6ch; text-indent: -6ch; }
.ir .cmt { color: #777; }
.ir .ty { color: #555; }
.ir .aux { color: #5c3d99; }
.ir .aux.str { color: #a33; }
.ir .chg { background: #fff9db; }
.note { font-style: italic; }
[data-k] { cursor: pointer; }
.def { outline: 1px solid transparent; }
.def[class*='hl-'] { outline: 2px solid #333; font-weight: bold; }
.src .lno { display: inline-block; width: 3em; text-align: right; color: #999; padding-right: 4px; }
.src .mk { display: inline-block; width: 1.2em; text-align: center; }
.src code { tab-size: 4; -moz-tab-size: 4; }
.esc-heap .mk, .note.esc-heap, .esc.esc-heap .at { color: #c92a2a; }
.esc-leak .mk, .note.esc-leak, .esc.esc-leak .at { color: #d9480f; }
.esc-stack .mk, .note.esc-stack, .esc.esc-stack .at { color: #2b8a3e; }
.escs { max-width: 48em; }
.esc { white-space: pre-wrap; margin: 2px 0; padding-left: 1em; text-indent: -1em; }
.esc .explain { margin: 2px 0 4px 1em; text-indent: 0; color: #555; }
.esc .xl { white-space: pre-wrap; overflow-wrap: anywhere; padding-left: 4ch; text-indent: -4ch; }
.esc summary { cursor: pointer; }
.empty { color: #888; font-style: italic; }
${highlightCss}
`;

/** PageScript toggles highlights and folds; it keeps all state in the DOM classes and one Map. */
export const PageScript = `
'use strict';
(function () {
  var colors = ${String(HighlightColors.length)};
  var active = new Map();
  function lit(key) {
    return document.querySelectorAll('[data-k="' + key + '"], [data-h~="' + key + '"]');
  }
  function toggle(key) {
    var cls = active.get(key);
    if (cls !== undefined) {
      lit(key).forEach(function (el) { el.classList.remove(cls); });
      active.delete(key);
      return;
    }
    var used = new Set(active.values());
    var i = 0;
    while (i < colors && used.has('hl-' + i)) i++;
    cls = 'hl-' + (i % colors);
    active.set(key, cls);
    lit(key).forEach(function (el) { el.classList.add(cls); });
  }
  document.addEventListener('click', function (ev) {
    var target = ev.target;
    if (!(target instanceof Element)) return;
    var col = target.closest('.col');
    if (col && col.classList.contains('folded')) {
      col.classList.remove('folded');
      return;
    }
    var head = target.closest('.col-head');
    if (head && col) {
      col.classList.add('folded');
      return;
    }
    var key = target.closest('[data-k]');
    if (!key) return;
    if (key.closest('summary')) ev.preventDefault(); // highlight the line without unfolding the explanation
    toggle(key.getAttribute('data-k'));
  });
})();
`;
