// AST printer: renders expressions, statements and whole files back to Go source.
//
// Two expression styles:
//  - 'source' (default): complete Go text; parse(printFile(f)) yields the same AST up to positions.
//  - 'gc': the shapes gc's -m diagnostics use (ir/fmt.go exprFmt): composite literal bodies are elided as
//    `T{...}` (`T{}` when empty), function literals print as `func literal`, and `&T{...}` keeps its `&`.
// Parentheses are never invented: the AST keeps ParenExpr nodes, so printing them as written is exact.
//
// Invariants: pure functions of the AST; every switch over node kinds ends in assertNever.

import { assertNever } from '../diag/index.js';
import type {
  BlockStmt,
  CaseClause,
  ConstDecl,
  Decl,
  Expr,
  Field,
  File,
  FuncType,
  SimpleStmt,
  Stmt,
} from './ast.js';

export type PrintStyle = 'source' | 'gc';

/** printExpr renders one expression (or type expression). */
export function printExpr(x: Expr, style: PrintStyle = 'source'): string {
  return new Printer(style).expr(x);
}

/** printStmt renders a statement on one line when it is simple; blocks are multi-line. */
export function printStmt(s: Stmt): string {
  return new Printer('source').stmt(s, 0);
}

/** printFile renders a whole file as gofmt-like Go source (tabs, one declaration per line group). */
export function printFile(f: File): string {
  const p = new Printer('source');
  const out: string[] = [`package ${f.pkgName.name}`, ''];
  for (const imp of f.imports) {
    out.push(`import ${imp.localName ? imp.localName.name + ' ' : ''}${imp.path.value}`);
  }
  if (f.imports.length > 0) out.push('');
  out.push(p.decls(f.decls, 0, '\n\n'), '');
  return out.join('\n');
}

class Printer {
  constructor(private readonly style: PrintStyle) {}

  expr(x: Expr): string {
    switch (x.kind) {
      case 'Ident':
        return x.name;
      case 'BasicLit':
        return x.value;
      case 'CompositeLit': {
        const type = x.type ? this.expr(x.type) : '';
        if (this.style === 'gc') return `${type}{${x.elts.length > 0 ? '...' : ''}}`;
        return `${type}{${x.elts.map((e) => this.expr(e)).join(', ')}}`;
      }
      case 'KeyValueExpr':
        return `${this.expr(x.key)}: ${this.expr(x.value)}`;
      case 'FuncLit':
        if (this.style === 'gc') return 'func literal';
        return `${this.expr(x.type)} ${this.block(x.body, 0)}`;
      case 'ParenExpr':
        return `(${this.expr(x.x)})`;
      case 'SelectorExpr':
        return `${this.expr(x.x)}.${x.sel.name}`;
      case 'IndexExpr':
        return `${this.expr(x.x)}[${this.expr(x.index)}]`;
      case 'SliceExpr': {
        const part = (e: Expr | undefined): string => (e ? this.expr(e) : '');
        const max = x.full ? `:${part(x.max)}` : '';
        return `${this.expr(x.x)}[${part(x.lo)}:${part(x.hi)}${max}]`;
      }
      case 'CallExpr':
        return `${this.expr(x.fun)}(${x.args.map((a) => this.expr(a)).join(', ')}${x.hasDots ? '...' : ''})`;
      case 'StarExpr':
        return `*${this.expr(x.x)}`;
      case 'UnaryExpr':
        return `${x.op}${this.expr(x.x)}`;
      case 'BinaryExpr':
        return `${this.expr(x.x)} ${x.op} ${this.expr(x.y)}`;
      case 'ArrayType':
        return `[${x.len === 'ellipsis' ? '...' : this.expr(x.len)}]${this.expr(x.elem)}`;
      case 'SliceType':
        return `[]${this.expr(x.elem)}`;
      case 'MapType':
        return `map[${this.expr(x.key)}]${this.expr(x.value)}`;
      case 'StructType':
        if (x.fields.length === 0) return 'struct{}';
        return `struct { ${x.fields.map((f) => this.field(f)).join('; ')} }`;
      case 'FuncType':
        return `func${this.signature(x)}`;
      case 'BadExpr':
        return 'BAD';
      default:
        return assertNever(x, 'syntax');
    }
  }

  private field(f: Field): string {
    const names = f.names.map((n) => n.name).join(', ');
    const type = (f.variadic ? '...' : '') + this.expr(f.type);
    const tag = f.tag ? ` ${f.tag.value}` : '';
    return (names ? `${names} ${type}` : type) + tag;
  }

  private signature(t: FuncType): string {
    const params = `(${t.params.map((f) => this.field(f)).join(', ')})`;
    const [only] = t.results;
    if (t.results.length === 0) return params;
    if (t.results.length === 1 && only && only.names.length === 0) return `${params} ${this.expr(only.type)}`;
    return `${params} (${t.results.map((f) => this.field(f)).join(', ')})`;
  }

  decl(d: Decl, indent: number): string {
    switch (d.kind) {
      case 'VarDecl': {
        const type = d.type ? ` ${this.expr(d.type)}` : '';
        const values = d.values.length > 0 ? ` = ${this.list(d.values)}` : '';
        return `var ${d.names.map((n) => n.name).join(', ')}${type}${values}`;
      }
      case 'ConstDecl':
        return `const ${this.constSpec(d)}`;
      case 'TypeDecl':
        return `type ${d.name.name}${d.alias ? ' =' : ''} ${this.expr(d.type)}`;
      case 'FuncDecl': {
        const recv = d.recv ? `(${this.field(d.recv)}) ` : '';
        const body = d.body ? ` ${this.block(d.body, indent)}` : '';
        return `func ${recv}${d.name.name}${this.signature(d.type)}${body}`;
      }
      default:
        return assertNever(d, 'syntax');
    }
  }

  /** constSpec prints one const spec; an implicit spec prints its names only (it repeats the previous one). */
  private constSpec(d: ConstDecl): string {
    const names = d.names.map((n) => n.name).join(', ');
    if (d.implicit) return names;
    const type = d.type ? ` ${this.expr(d.type)}` : '';
    const values = d.values.length > 0 ? ` = ${this.list(d.values)}` : '';
    return `${names}${type}${values}`;
  }

  /** decls prints a declaration list, regrouping const specs of one group (iota 0, 1, 2...) as `const (...)`. */
  decls(ds: readonly Decl[], indent: number, sep: string): string {
    const out: string[] = [];
    const pad = '\t'.repeat(indent);
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i] as Decl;
      const nextDecl = ds[i + 1];
      if (d.kind === 'ConstDecl' && nextDecl?.kind === 'ConstDecl' && nextDecl.iota === d.iota + 1) {
        const group = [d];
        while (ds[i + 1]?.kind === 'ConstDecl' && (ds[i + 1] as ConstDecl).iota === group.length) {
          group.push(ds[++i] as ConstDecl);
        }
        out.push(`const (\n${group.map((c) => `${pad}\t${this.constSpec(c)}`).join('\n')}\n${pad})`);
      } else out.push(this.decl(d, indent));
    }
    return out.join(sep + pad);
  }

  private list(xs: readonly Expr[]): string {
    return xs.map((x) => this.expr(x)).join(', ');
  }

  block(b: BlockStmt, indent: number): string {
    if (b.stmts.length === 0) return '{\n' + '\t'.repeat(indent) + '}';
    const inner = b.stmts.map((s) => '\t'.repeat(indent + 1) + this.stmt(s, indent + 1)).join('\n');
    return `{\n${inner}\n${'\t'.repeat(indent)}}`;
  }

  private simple(s: SimpleStmt | undefined): string {
    return s ? this.stmt(s, 0) : '';
  }

  stmt(s: Stmt, indent: number): string {
    switch (s.kind) {
      case 'EmptyStmt':
        return '';
      case 'BlockStmt':
        return this.block(s, indent);
      case 'ExprStmt':
        return this.expr(s.x);
      case 'DeclStmt':
        return this.decls(s.decls, indent, '\n');
      case 'AssignStmt':
        return `${this.list(s.lhs)} ${s.op} ${this.list(s.rhs)}`;
      case 'IncDecStmt':
        return `${this.expr(s.x)}${s.op}`;
      case 'BranchStmt':
        return s.tok;
      case 'ReturnStmt':
        return s.results.length > 0 ? `return ${this.list(s.results)}` : 'return';
      case 'IfStmt': {
        const init = s.init ? `${this.simple(s.init)}; ` : '';
        const els = s.els
          ? ` else ${s.els.kind === 'IfStmt' ? this.stmt(s.els, indent) : this.block(s.els, indent)}`
          : '';
        return `if ${init}${this.expr(s.cond)} ${this.block(s.then, indent)}${els}`;
      }
      case 'ForStmt': {
        const body = this.block(s.body, indent);
        if (!s.init && !s.post) return s.cond ? `for ${this.expr(s.cond)} ${body}` : `for ${body}`;
        return `for ${this.simple(s.init)}; ${s.cond ? this.expr(s.cond) : ''}; ${this.simple(s.post)} ${body}`;
      }
      case 'RangeStmt': {
        const vars = [s.key, s.value].filter((e): e is Expr => e !== undefined);
        const lhs = vars.length > 0 ? `${this.list(vars)} ${s.define ? ':=' : '='} ` : '';
        return `for ${lhs}range ${this.expr(s.x)} ${this.block(s.body, indent)}`;
      }
      case 'SwitchStmt': {
        const init = s.init ? `${this.simple(s.init)}; ` : '';
        const tag = s.tag ? `${this.expr(s.tag)} ` : '';
        const head = s.init || s.tag ? `switch ${init}${tag}` : 'switch ';
        const clauses = s.clauses.map((c) => this.clause(c, indent)).join('\n');
        return `${head}{\n${clauses}${clauses ? '\n' : ''}${'\t'.repeat(indent)}}`;
      }
      case 'BadStmt':
        return 'BAD';
      default:
        return assertNever(s, 'syntax');
    }
  }

  private clause(c: CaseClause, indent: number): string {
    const head = c.cases ? `case ${this.list(c.cases)}:` : 'default:';
    const body = c.body.map((s) => '\n' + '\t'.repeat(indent + 1) + this.stmt(s, indent + 1)).join('');
    return '\t'.repeat(indent) + head + body;
  }
}
