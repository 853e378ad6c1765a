// sourceText renders an expression as gc's syntax.String does: the raw text gc keeps for constants
// (`1`, `"hi"`, `n - 1` style spacing, `true`, `MaxSize`). Only constant-shaped expressions reach it.
//
// Invariant: binary operators are surrounded by single spaces, unary operators are glued to their operand,
// parentheses from the source are kept, as syntax.String prints them.

import type { Expr } from '../syntax/index.js';

export function sourceText(e: Expr): string {
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.value;
    case 'ParenExpr':
      return `(${sourceText(e.x)})`;
    case 'UnaryExpr':
      return `${e.op}${sourceText(e.x)}`;
    case 'BinaryExpr':
      return `${sourceText(e.x)} ${e.op} ${sourceText(e.y)}`;
    case 'CallExpr':
      return `${sourceText(e.fun)}(${e.args.map(sourceText).join(', ')}${e.hasDots ? '...' : ''})`;
    case 'SelectorExpr':
      return `${sourceText(e.x)}.${e.sel.name}`;
    case 'IndexExpr':
      return `${sourceText(e.x)}[${sourceText(e.index)}]`;
    case 'StarExpr':
      return `*${sourceText(e.x)}`;
    case 'ArrayType':
      return `[${e.len === 'ellipsis' ? '...' : sourceText(e.len)}]${sourceText(e.elem)}`;
    case 'SliceType':
      return `[]${sourceText(e.elem)}`;
    case 'MapType':
      return `map[${sourceText(e.key)}]${sourceText(e.value)}`;
    default:
      return '?';
  }
}
