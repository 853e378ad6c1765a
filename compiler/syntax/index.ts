// Phase entry: source text → AST + syntax diagnostics. The only export other folders may use.
//
// Invariants: never throws on user input (every rejection is a positioned Diagnostic); the returned File is
// complete enough for the checker even after errors (BadExpr/BadStmt placeholders), but callers stop before
// type checking when any syntax diagnostic was reported, as gc does.
//
// Pipeline: lexer.ts (chevrotain Lexer + semicolon/position post-pass) → parser.ts (chevrotain
// EmbeddedActionsParser whose productions mirror gc's syntax/parser.go). print.ts renders ASTs back.

import type { Diagnostic } from '../diag/index.js';
import type { File } from './ast.js';
import { lex, type LexResult } from './lexer.js';
import { parseTokens } from './parser.js';

export type * from './ast.js';
export { startPos } from './ast.js';
export { printExpr, printFile, printStmt, type PrintStyle } from './print.js';

export interface ParseResult {
  readonly file: File;
  readonly diags: Diagnostic[];
}

/** parse lexes and parses one mini-Go source file. */
export function parse(src: string): ParseResult {
  const lexed = lex(src);
  const parsed = parseTokens(lexed);
  const diags = [...lexed.diags, ...parsed.diags];
  const file = parsed.file ?? emptyFile(src, lexed);
  return { file, diags };
}

function emptyFile(src: string, lexed: LexResult): File {
  const n = lexed.tokens.length - 1;
  const eof = { line: lexed.lines[n] ?? 1, col: lexed.cols[n] ?? 1, offset: src.length };
  const pos = { line: 1, col: 1, offset: 0 };
  return { kind: 'File', pos, pkgName: { kind: 'Ident', pos, name: '_' }, imports: [], decls: [], eof };
}
