// escapeJSON: the decisions as one JSON document shaped like Go's `-json=0,DIR` optimization log
// (cmd/compile/internal/logopt): LSP-style Diagnostic records with range, severity (3 = information),
// code ("escape", "leak", ...), source "go compiler", message, and the -m=2 explanation as
// relatedInformation entries (each with its own location and message), in gc's emission order.
//
// Invariant: one record per -m=1 verdict; explanation lines of the same subject become its related info.

import type { Pos } from '../diag/index.js';
import type { EscapeResult } from './index.js';

interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

function range(p: Pos): LspRange {
  const at = { line: p.line - 1, character: p.col - 1 };
  return { start: at, end: at };
}

/** escapeJSON builds the logopt-style document for `fileName` (uri `file://` + the path as given). */
export function escapeJSON(result: EscapeResult, fileName: string): object {
  const uri = fileName.startsWith('/') ? `file://${fileName}` : fileName;
  const explanations = new Map<number, { location: { uri: string; range: LspRange }; message: string }[]>();
  for (const m of result.messages) {
    if (m.role !== 'explain' || m.group === undefined) continue;
    const list = explanations.get(m.group) ?? [];
    let where = m.pos;
    const text = m.parts
      .map((x) => {
        if (typeof x === 'string') return x;
        where = x.at;
        return `${fileName}:${x.at.line}:${x.at.col}`;
      })
      .join('');
    list.push({ location: { uri, range: range(where) }, message: text.replace(/ at [^ ]+$/, '') });
    explanations.set(m.group, list);
  }
  const diagnostics = result.messages
    .filter((m) => m.role === 'verdict' || (m.role === 'info' && m.level === 1))
    .map((m) => {
      const message = m.parts
        .map((x) => (typeof x === 'string' ? x : `${fileName}:${x.at.line}:${x.at.col}`))
        .join('');
      const code =
        message.startsWith('leaking param') || message.endsWith('does not escape') ? 'leak' : 'escape';
      const related = m.group !== undefined ? (explanations.get(m.group) ?? []) : [];
      return {
        range: range(m.pos),
        severity: 3,
        code,
        source: 'go compiler',
        message,
        ...(related.length > 0 ? { relatedInformation: related } : {}),
      };
    });
  return { version: 0, package: 'main', goos: 'linux', goarch: 'amd64', file: uri, diagnostics };
}
