// exprString: render an expression as gc's syntax.String (ShortForm) for use in messages.
//
// Invariants: function-literal and composite-literal bodies print as `{…}` when non-empty; binary
// operators are surrounded by single spaces; parameter groups print `a, b int`.

import { assertNever } from '../diag/index.js';
import type { Expr, Field, FuncType } from '../syntax/index.js';

/** exprString renders e as syntax.String does. */
export function exprString(e: Expr): string {
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.value;
    case 'CompositeLit':
      return `${e.type ? exprString(e.type) : ''}{${e.elts.length > 0 ? '…' : ''}}`;
    case 'KeyValueExpr':
      return `${exprString(e.key)}: ${exprString(e.value)}`;
    case 'FuncLit':
      return `${funcTypeString(e.type)} {${e.body.stmts.length > 0 ? '…' : ''}}`;
    case 'ParenExpr':
      return `(${exprString(e.x)})`;
    case 'SelectorExpr':
      return `${exprString(e.x)}.${e.sel.name}`;
    case 'IndexExpr':
      return `${exprString(e.x)}[${exprString(e.index)}]`;
    case 'SliceExpr': {
      let s = `${exprString(e.x)}[${e.lo ? exprString(e.lo) : ''}:${e.hi ? exprString(e.hi) : ''}`;
      if (e.max) s += ':' + exprString(e.max);
      return s + ']';
    }
    case 'CallExpr':
      return `${exprString(e.fun)}(${e.args.map(exprString).join(', ')}${e.hasDots ? '...' : ''})`;
    case 'StarExpr':
      return '*' + exprString(e.x);
    case 'UnaryExpr':
      return e.op + exprString(e.x);
    case 'BinaryExpr':
      return `${exprString(e.x)} ${e.op} ${exprString(e.y)}`;
    case 'ArrayType':
      return `[${e.len === 'ellipsis' ? '...' : exprString(e.len)}]${exprString(e.elem)}`;
    case 'SliceType':
      return '[]' + exprString(e.elem);
    case 'MapType':
      return `map[${exprString(e.key)}]${exprString(e.value)}`;
    case 'StructType':
      return `struct{${e.fields.map(fieldString).join('; ')}}`;
    case 'FuncType':
      return funcTypeString(e);
    case 'BadExpr':
      return 'BadExpr';
    default:
      return assertNever(e, 'types');
  }
}

function fieldString(f: Field): string {
  const t = (f.variadic ? '...' : '') + exprString(f.type);
  return f.names.length > 0 ? `${f.names.map((n) => n.name).join(', ')} ${t}` : t;
}

function paramList(fields: readonly Field[]): string {
  return `(${fields.map(fieldString).join(', ')})`;
}

function funcTypeString(t: FuncType): string {
  let s = 'func' + paramList(t.params);
  if (t.results.length > 0) {
    const only = t.results[0];
    s +=
      ' ' +
      (t.results.length === 1 && only && only.names.length === 0
        ? exprString(only.type)
        : paramList(t.results));
  }
  return s;
}
