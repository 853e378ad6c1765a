// The `mgo ssa --html` page (compiler/ssa/html*.ts): one column per phase in PASSES order, folded exactly
// for passes that left the dump unchanged, IR lines whose text is printFunc's, the function's escape
// decisions and explanations, HTML escaping of program text, determinism, and the CLI's errors.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes, formatEscapeLines, type EscapeResult } from '../../compiler/escape/index.js';
import {
  findHtmlFunc,
  optimize,
  PASSES,
  phaseColumns,
  printFunc,
  renderSsaHtml,
  buildSSA,
  type Program,
} from '../../compiler/ssa/index.js';
import { lineHtml } from '../../compiler/ssa/html-ir.js';

const root = join(import.meta.dirname, '..', '..');

/** Escaping: the page must show these strings' `<` and `&` as entities. */
const AngleSrc = `package main

import "fmt"

func keep(p *int) *int { return p }

func main() {
	m := make(map[string]int)
	m["a<b"] = 1 + 2
	x := 7
	fmt.Println(m, "x<y&z", keep(&x))
}
`;

interface Built {
  readonly src: string;
  readonly prog: Program;
  readonly esc: EscapeResult;
}

function build(src: string): Built {
  const fe = checkSource(src);
  if (!fe.file || !fe.info) throw new Error(fe.diags.map((d) => d.msg).join('; '));
  const esc = analyzeEscapes(fe.file, fe.info);
  return { src, prog: buildSSA(fe.file, fe.info, esc, src), esc };
}

function page(src: string, fileName: string, func?: string, level: 0 | 1 = 1): string {
  const b = build(src);
  const f = findHtmlFunc(b.prog, func);
  if (!f) throw new Error(`no function ${func ?? 'main'}`);
  return renderSsaHtml(f, { src, fileName, escape: b.esc, level });
}

/** dumps returns printFunc of the named function after build and after each pass that ran. */
function dumps(src: string, func: string, level: 0 | 1 = 1): Map<string, string> {
  const f = findHtmlFunc(build(src).prog, func)!;
  const out = new Map([['build', printFunc(f)]]);
  optimize(f, { level, onPass: (name, g) => out.set(name, printFunc(g)) });
  return out;
}

/** columns lists the page's phase columns in order, with their folded state. */
function columns(html: string): { name: string; folded: boolean }[] {
  return [...html.matchAll(/<section class="col phase( folded unchanged)?" data-phase="([^"]*)"/g)].map(
    (m) => ({
      name: m[2]!,
      folded: m[1] !== undefined,
    }),
  );
}

const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const wordfreq = readFileSync(join(root, 'examples/wordfreq.mgo'), 'utf8');

describe('mgo ssa --html page', () => {
  it('has one column per phase: build, then every pass in PASSES order', () => {
    const cols = columns(page(wordfreq, 'examples/wordfreq.mgo'));
    expect(cols.map((c) => c.name)).toEqual(['build', ...PASSES.map((p) => p.name)]);
  });

  it('folds exactly the passes that did not change the dump', () => {
    for (const [src, func] of [
      [wordfreq, 'main'],
      [AngleSrc, 'main'],
      [AngleSrc, 'keep'],
    ] as const) {
      const text = dumps(src, func);
      const names = ['build', ...PASSES.map((p) => p.name)];
      const expected = names.map((n, i) => ({
        name: n,
        folded: i > 0 && text.get(n) === text.get(names[i - 1]!),
      }));
      const cols = columns(page(src, 'x.mgo', func));
      expect(cols).toEqual(expected);
      if (src === wordfreq) {
        // The example is only a test if it has both kinds.
        expect(cols.some((c) => c.folded)).toBe(true);
        expect(cols.filter((c) => !c.folded).length).toBeGreaterThan(2);
      }
    }
  });

  it('at -O0 shows the skipped passes folded and marked not run', () => {
    const html = page(wordfreq, 'w.mgo', 'main', 0);
    const cols = columns(html);
    const required = new Set(PASSES.filter((p) => p.required).map((p) => p.name));
    expect(cols.map((c) => c.name)).toEqual(['build', ...PASSES.map((p) => p.name)]);
    for (const c of cols) if (c.name !== 'build' && !required.has(c.name)) expect(c.folded).toBe(true);
    expect(html).toContain('>early phielim (not run)<');
    expect(html).not.toContain('>copyelim (not run)<');
  });

  it('shows in every column the text printFunc prints after that phase', () => {
    const text = dumps(wordfreq, 'main');
    const f = findHtmlFunc(build(wordfreq).prog, 'main')!;
    for (const col of phaseColumns(f)) {
      expect(col.lines.map((l) => l.text).join('\n') + '\n').toBe(text.get(col.name));
      for (const l of col.lines) expect(textOf(lineHtml(l))).toBe(l.text);
    }
  });

  it("lists the function's -m decisions with their -m=2 explanations, and only the function's", () => {
    const b = build(AngleSrc);
    const html = page(AngleSrc, 'angle.mgo');
    const m1 = formatEscapeLines(b.esc, 'angle.mgo', 1);
    const m2 = formatEscapeLines(b.esc, 'angle.mgo', 2).filter((l) => !m1.includes(l));
    const inMain = (l: string): boolean => Number(/^angle\.mgo:(\d+):/.exec(l)?.[1]) >= 7;
    expect(m1.filter(inMain).length).toBeGreaterThanOrEqual(3);
    for (const l of m1) {
      const esc = l
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
      if (inMain(l)) expect(html).toContain(esc);
      else expect(html).not.toContain(esc);
    }
    expect(html).toContain('angle.mgo:10:2: moved to heap: x</summary>');
    const explained =
      /moved to heap: x<\/summary><div class="explain">(.*?)<\/div><\/details>/.exec(html)?.[1] ?? '';
    const explainLines = [...explained.matchAll(/<div class="xl">([^<]*)<\/div>/g)].map((m) => m[1]);
    expect(explainLines).toEqual(
      m2.filter((l) => l.startsWith('angle.mgo:10:2:')).map((l) => l.replace(/&/g, '&amp;')),
    );
    // The marked source lines and the escape notes on the allocations in the IR.
    expect(html).toMatch(/<div class="sl marked esc-heap" data-k="L10">/);
    expect(html).toContain('<span class="note esc-heap" data-k="L10">; moved to heap: x</span>');
    expect(html).toContain('; make(map[string]int) escapes to heap</span>');
    // keep's page has keep's decision.
    expect(page(AngleSrc, 'angle.mgo', 'keep')).toContain(
      'angle.mgo:5:11: leaking param: p to result ~r0 level=0',
    );
  });

  it('escapes < and & from string constants and source lines', () => {
    const html = page(AngleSrc, 'angle.mgo');
    expect(html).toContain('{&quot;x&lt;y&amp;z&quot;}'); // ConstString aux in the IR
    expect(html).toContain('m[&quot;a&lt;b&quot;] = 1 + 2'); // source column and # comments
    expect(html).not.toMatch(/x<y|a<b/);
    // Outside the script, every `<` in the page starts a tag or the doctype.
    const markup = html.replace(/<script>[\s\S]*<\/script>/, '');
    expect(markup.match(/<(?![a-z/!])/g) ?? []).toEqual([]);
  });

  it('is deterministic and self-contained', () => {
    const a = page(wordfreq, 'examples/wordfreq.mgo');
    const b = page(wordfreq, 'examples/wordfreq.mgo');
    expect(a).toBe(b);
    expect(a).not.toMatch(/\b(src|href)=|https?:|@import/);
    const script = /<script>([\s\S]*)<\/script>/.exec(a)?.[1] ?? '';
    expect(script.length).toBeGreaterThan(100);
    expect(() => new Function(script)).not.toThrow(); // parses
  });
});

describe('mgo ssa --html (CLI)', () => {
  const mgo = (...args: string[]) =>
    spawnSync(join(root, 'node_modules/.bin/vite-node'), [join(root, 'cli/main.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('writes the page and says so; an unknown --func exits 2 naming the functions', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mgo-html-')), 'f.html');
    const ok = mgo('ssa', 'test/ssa/make_escape.mgo', '--html', out, '--func', 'f');
    expect(ok.stderr).toBe(`wrote ${out}\n`);
    expect(ok.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<h1>mgo ssa: main.f');
    const bad = mgo('ssa', 'test/ssa/make_escape.mgo', '--html', out, '--func', 'nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'mgo: no function nope in test/ssa/make_escape.mgo; functions: main.f, main.main\n',
    );
  });
});
