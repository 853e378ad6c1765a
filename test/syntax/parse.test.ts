// Unit tests of the syntax phase: the semicolon rule, literal forms, gc positions (byte columns), AST shapes,
// unsupported constructs, robustness on hostile input, and a parse → print → parse round trip.

import { describe, expect, it } from 'vitest';
import { parse, printExpr, printFile, type Expr, type File, type Stmt } from '../../compiler/syntax/index.js';
import { lex } from '../../compiler/syntax/lexer.js';

function tokens(src: string): string[] {
  return lex(src).tokens.map((t) => (t.tokenType.name === 'Semi' ? `;${t.image}` : t.image));
}

function ok(src: string): File {
  const r = parse(src);
  expect(r.diags.map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`)).toEqual([]);
  return r.file;
}

function body(src: string): readonly Stmt[] {
  const f = ok(`package main\nfunc main() {\n${src}\n}\n`);
  const d = f.decls[0];
  if (d?.kind !== 'FuncDecl' || !d.body) throw new Error('no body');
  return d.body.stmts;
}

function expr(src: string): Expr {
  const s = body(`_ = ${src}`)[0];
  if (s?.kind !== 'AssignStmt' || !s.rhs[0]) throw new Error('no expr');
  return s.rhs[0];
}

/** Strip positions so two ASTs can be compared structurally. */
function shape(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(shape);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      if (
        k !== 'pos' &&
        k !== 'rbrace' &&
        k !== 'rparen' &&
        k !== 'colon' &&
        k !== 'eof' &&
        k !== 'funcPos' &&
        k !== 'rangePos'
      ) {
        out[k] = shape(v);
      }
    }
    return out;
  }
  return x;
}

describe('semicolon rule', () => {
  it('inserts after identifiers, literals, keywords, ++, -- and closers', () => {
    expect(tokens('a\n1\n"s"\nbreak\ncontinue\nfallthrough\nreturn\nx++\ny--\n)\n]\n}\n')).toEqual([
      'a',
      ';newline',
      '1',
      ';newline',
      '"s"',
      ';newline',
      'break',
      ';newline',
      'continue',
      ';newline',
      'fallthrough',
      ';newline',
      'return',
      ';newline',
      'x',
      '++',
      ';newline',
      'y',
      '--',
      ';newline',
      ')',
      ';newline',
      ']',
      ';newline',
      '}',
      ';newline',
      'EOF',
    ]);
  });
  it('does not insert after operators, ( [ { or other keywords', () => {
    expect(tokens('a +\nb (\n[\n{\nif\n')).toEqual(['a', '+', 'b', '(', '[', '{', 'if', 'EOF']);
  });
  it('treats a multi-line block comment as a newline, a one-line one as nothing; EOF counts', () => {
    expect(tokens('a /* x\n */ b /* y */\nc')).toEqual([
      'a',
      ';newline',
      'b',
      ';newline',
      'c',
      ';EOF',
      'EOF',
    ]);
    expect(tokens('a // c\nb;')).toEqual(['a', ';newline', 'b', ';semicolon', 'EOF']);
  });
});

describe('literals', () => {
  const kinds: [string, string][] = [
    ['42', 'int'],
    ['0x1F', 'int'],
    ['0X_1f', 'int'],
    ['0o17', 'int'],
    ['017', 'int'],
    ['0b1010', 'int'],
    ['1_000_000', 'int'],
    ['1.5', 'float'],
    ['.5', 'float'],
    ['1e3', 'float'],
    ['1.5e-3', 'float'],
    ['0x1p-2', 'float'],
    ['0x1.8p3', 'float'],
    ['089.5', 'float'],
    ['2i', 'imag'],
    ['1.5i', 'imag'],
    ["'a'", 'rune'],
    ["'\\n'", 'rune'],
    ["'\\x41'", 'rune'],
    ["'\\u00e9'", 'rune'],
    ["'\\U0001F600'", 'rune'],
    ["'\\''", 'rune'],
    ["'\\377'", 'rune'],
    ['"a\\tb\\"c\\\\"', 'string'],
    ['`raw\\n`', 'string'],
    ['"é\\u00e9"', 'string'],
  ];
  for (const [src, kind] of kinds) {
    it(`${src} is a valid ${kind} literal`, () => {
      const x = expr(src);
      expect(x).toMatchObject({ kind: 'BasicLit', litKind: kind, value: src });
    });
  }
  it('raw strings span lines and drop carriage returns', () => {
    const x = expr('`a\r\nb`');
    expect(x).toMatchObject({ kind: 'BasicLit', litKind: 'string', value: '`a\nb`' });
  });
});

describe('positions', () => {
  it('columns count UTF-8 bytes, as gc', () => {
    const f = ok('package main\nvar s, t = "héllo", "😀" + x\n');
    const d = f.decls[0];
    if (d?.kind !== 'VarDecl') throw new Error('want var');
    expect(d.values[0]?.pos).toMatchObject({ line: 2, col: 12 });
    const plus = d.values[1];
    expect(plus).toMatchObject({ kind: 'BinaryExpr', pos: { line: 2, col: 29 } });
  });
  it('gives gc node positions: operator, (, [, ., {, :', () => {
    const s = body('\tm[k] = f(a).b + T{k: 1}.x')[0];
    expect(s).toMatchObject({ kind: 'AssignStmt', pos: { line: 3, col: 7 } });
    if (s?.kind !== 'AssignStmt') return;
    expect(s.lhs[0]).toMatchObject({ kind: 'IndexExpr', pos: { col: 3 } });
    const sum = s.rhs[0];
    expect(sum).toMatchObject({ kind: 'BinaryExpr', pos: { col: 16 } });
    if (sum?.kind !== 'BinaryExpr') return;
    expect(sum.x).toMatchObject({
      kind: 'SelectorExpr',
      pos: { col: 13 },
      x: { kind: 'CallExpr', pos: { col: 10 } },
    });
    expect(sum.y).toMatchObject({ kind: 'SelectorExpr', x: { kind: 'CompositeLit', pos: { col: 19 } } });
  });
  it('reports lexical errors at gc byte columns after non-ASCII text', () => {
    const r = parse('package main\nvar s = "日本" @\n');
    expect(r.diags.map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`)).toEqual([
      "2:18: invalid character U+0040 '@'",
    ]);
  });
});

describe('AST shapes', () => {
  it('groups parameters and distributes types as gc', () => {
    const f = ok(
      'package main\nfunc f(a, b int, c ...string) (x int, err error) { return }\nfunc g(int, string) {}\n',
    );
    const [fd, gd] = f.decls;
    if (fd?.kind !== 'FuncDecl' || gd?.kind !== 'FuncDecl') throw new Error('want funcs');
    expect(fd.type.params.map((p) => [p.names.map((n) => n.name), printExpr(p.type), p.variadic])).toEqual([
      [['a', 'b'], 'int', false],
      [['c'], 'string', true],
    ]);
    expect(fd.type.results.map((p) => p.names.map((n) => n.name))).toEqual([['x'], ['err']]);
    expect(gd.type.params.map((p) => [p.names.length, printExpr(p.type)])).toEqual([
      [0, 'int'],
      [0, 'string'],
    ]);
  });
  it('numbers const specs with iota and repeats implicit specs', () => {
    const f = ok('package main\nconst (\n\tA = iota * 2\n\tB\n\tC\n)\n');
    const [a, b, c] = f.decls;
    expect(a).toMatchObject({ kind: 'ConstDecl', iota: 0, implicit: false });
    expect(c).toMatchObject({ kind: 'ConstDecl', iota: 2, implicit: true });
    if (a?.kind !== 'ConstDecl' || b?.kind !== 'ConstDecl') return;
    expect(b.values).toBe(a.values);
  });
  it('parses range, tagless switch, if-else chains and composite literals in headers', () => {
    const [r, sw, iff] = body(
      'for i, v := range []int{1, 2} { _, _ = i, v }\nswitch { case x > 1: default: }\nif x == (T{}) {} else if y {} else {}',
    );
    expect(r).toMatchObject({ kind: 'RangeStmt', define: true, key: { name: 'i' }, value: { name: 'v' } });
    expect(sw).toMatchObject({
      kind: 'SwitchStmt',
      tag: undefined,
      clauses: [{ cases: [{}] }, { cases: undefined }],
    });
    expect(iff).toMatchObject({ kind: 'IfStmt', els: { kind: 'IfStmt', els: { kind: 'BlockStmt' } } });
  });
  it('prints expressions in gc -m style', () => {
    expect(printExpr(expr('&T{a: 1}'), 'gc')).toBe('&T{...}');
    expect(printExpr(expr('make(map[string]int)'), 'gc')).toBe('make(map[string]int)');
    expect(printExpr(expr('func() {}'), 'gc')).toBe('func literal');
    expect(printExpr(expr('[]int{}'), 'gc')).toBe('[]int{}');
    expect(printExpr(expr('new(int)'), 'gc')).toBe('new(int)');
  });
});

describe('unsupported constructs', () => {
  const cases: [string, string][] = [
    ['go f()', 'go statement not supported by mgo yet'],
    ['defer f()', 'defer statement not supported by mgo yet'],
    ['var c chan int', 'channel type not supported by mgo yet'],
    ['x := <-c', 'channel operation not supported by mgo yet'],
    ['var i interface{ M() }', 'interface type not supported by mgo yet'],
    ['L: for {}', 'labeled statement not supported by mgo yet'],
    ['goto L', 'goto statement not supported by mgo yet'],
    ['select {}', 'select statement not supported by mgo yet'],
  ];
  for (const [src, msg] of cases) {
    it(msg, () => {
      const r = parse(`package main\nfunc main() {\n\t${src}\n}\n`);
      expect(r.diags.map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`)).toEqual([
        `3:2: ${msg}`
          .replace('3:2: channel operation', '3:7: channel operation')
          .replace('3:2: channel type', '3:8: channel type')
          .replace('3:2: interface', '3:8: interface'),
      ]);
    });
  }
  it('generic type parameters', () => {
    const r = parse('package main\nfunc f[T any](x T) {}\ntype G[T any] struct{ x T }\n');
    expect(r.diags.map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`)).toEqual([
      '2:7: generic type parameters not supported by mgo yet',
      '3:7: generic type parameters not supported by mgo yet',
    ]);
  });
});

describe('robustness', () => {
  it('never throws on deep nesting', () => {
    const deep = `package main\nvar x = ${'('.repeat(10000)}1${')'.repeat(10000)}\n`;
    const r = parse(deep);
    expect(r.diags[0]?.msg).toMatch(/not supported by mgo yet/);
    expect(parse(`package main\nfunc main() ${'{'.repeat(5000)}`).diags.length).toBeGreaterThan(0);
    expect(parse(`package main\nvar x = ${'-'.repeat(5000)}1`).diags.length).toBeGreaterThan(0);
  });
  it('never throws on random bytes and token soup', () => {
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = [
      'package',
      'main',
      'func',
      '(',
      ')',
      '{',
      '}',
      '[',
      ']',
      'x',
      ':=',
      '=',
      '1',
      '"s"',
      ',',
      ';',
      '\n',
      'if',
      'else',
      'for',
      'range',
      'switch',
      'case',
      'default',
      ':',
      'var',
      'type',
      'struct',
      'map',
      '*',
      '&',
      '+',
      '.',
      '...',
      'return',
      'chan',
      '<-',
      'go',
      'interface',
      "'",
      '"',
      '`',
      '/*',
      '0x',
      '1e',
      '@',
      'é',
    ];
    for (let i = 0; i < 500; i++) {
      const n = rnd(60);
      let src = rnd(2) ? 'package main\n' : '';
      for (let j = 0; j < n; j++)
        src += rnd(4) === 0 ? String.fromCharCode(rnd(300)) : words[rnd(words.length)] + ' ';
      expect(() => parse(src)).not.toThrow();
    }
  });
});

describe('round trip', () => {
  const program = `package main

import "fmt"

type Point struct {
	X, Y int
	name string \`json:"n"\`
	*Point
}

type Alias = map[string][]*Point

const (
	A = iota
	B
	C int = 5
	D
)

var m = map[string][]int{"a": {1, 2}, "b": nil}

func (p *Point) Add(q Point, xs ...int) (r Point, ok bool) {
	r = Point{X: p.X + q.X, Y: p.Y + q.Y}
	for i := 0; i < len(xs); i++ {
		r.X += xs[i] << 2 &^ 1
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	for range m {
	}
	switch x := r.X; {
	case x > 1, x < -1:
		fallthrough
	default:
	}
	if q == (Point{}) {
		return
	} else if !ok {
		ok = true
	} else {
		r.Y--
	}
	f := func(a, b int) int { return a * b }
	s := xs[1:2:3]
	_ = &Point{}
	arr := [...]string{"x", 2: "y"}
	var grid [3][4]float64
	fmt.Println(f(1, 2), s, arr[:], 'x', 1.5e3, 0x1F, 0o17, 1_000, 2i, "é", grid, -(*p).X, ^1)
	return r, ok
}

func main() {
	var p Point
	p.Add(p, []int{1}...)
}
`;
  it('parse → print → parse gives the same AST', () => {
    const first = ok(program);
    const printed = printFile(first);
    const second = ok(printed);
    expect(shape(second)).toEqual(shape(first));
  });
});
