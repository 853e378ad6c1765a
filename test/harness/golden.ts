// Golden files: sibling files next to a test (NAME.err, NAME.out, NAME.stderr, NAME.exit) written by
// scripts/golden.mjs from the real Go 1.19 toolchain, and the conversions between them and diagnostics.
//
// Invariants:
//  - A .err golden is go build's stderr with the `# command-line-arguments` line dropped and the
//    `./NAME.go:` prefix stripped: lines `LINE:COL: msg`, continuation lines start with a tab.
//  - Our diagnostics are rendered the same way (formatDiagnostic, then the file prefix stripped) so the two
//    texts compare line by line.

import { existsSync, readFileSync } from 'node:fs';
import { formatDiagnostic, type Diagnostic } from '../../compiler/index.js';
import type { Message } from './errorcheck.js';

/** siblingPath turns `dir/NAME.mgo` into `dir/NAME.ext`. */
export function siblingPath(mgoPath: string, ext: string): string {
  return mgoPath.replace(/\.mgo$/, '.' + ext);
}

/** readSibling returns the golden's text, or undefined when it does not exist. */
export function readSibling(mgoPath: string, ext: string): string | undefined {
  const p = siblingPath(mgoPath, ext);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

/** readSiblingBytes returns the golden as a byte string (one char per byte), or undefined. */
export function readSiblingBytes(mgoPath: string, ext: string): string | undefined {
  const p = siblingPath(mgoPath, ext);
  return existsSync(p) ? readFileSync(p, 'latin1') : undefined;
}

const FilePlaceholder = 'FILE';

/** renderDiagnostics renders diagnostics as .err golden lines (`LINE:COL: msg` + continuation lines). */
export function renderDiagnostics(diags: readonly Diagnostic[]): string[] {
  const lines: string[] = [];
  for (const d of diags) {
    const text = formatDiagnostic(FilePlaceholder, d);
    lines.push(
      ...text
        .slice(FilePlaceholder.length + 1)
        .replace(/^ /, '')
        .split('\n'),
    );
  }
  return lines;
}

/** goldenLines splits golden text into lines, ignoring the final newline. */
export function goldenLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const HeadRx = /^(\d+):(\d+): (.*)$/;

/** parseMessages groups rendered lines into messages: a `LINE:COL: msg` line plus its tab-indented lines. */
export function parseMessages(lines: readonly string[]): Message[] {
  const out: { line: number; text: string }[] = [];
  for (const l of lines) {
    const head = HeadRx.exec(l);
    const last = out[out.length - 1];
    if (head) out.push({ line: Number(head[1]), text: head[3] ?? '' });
    else if (l.startsWith('\t') && last) last.text += '\n' + l;
    else out.push({ line: 0, text: l });
  }
  return out;
}

/** diagnosticMessages converts diagnostics to matcher messages (text = msg plus related lines). */
export function diagnosticMessages(diags: readonly Diagnostic[]): Message[] {
  return diags.map((d) => ({ line: d.pos.line, text: [d.msg, ...(d.related ?? [])].join('\n') }));
}
