// Token table of mini-Go: every chevrotain token type, in the order the chevrotain lexer tries them, plus the
// side tables the parser consults (keywords, binary-operator precedence, assignment operators).
//
// Invariants:
//  - `LEXER_TOKENS` order matters: chevrotain takes the first pattern that matches, so longer operators come
//    before their prefixes, numbers before `.`, comments before `/`. Characters no pattern matches come
//    back as chevrotain lexing errors, which the lexer reports as gc's `invalid character`.
//  - Keywords are not lexed by pattern: the lexer matches an Ident and then looks its text up in `KEYWORDS`
//    (one Map lookup instead of 25 regex attempts per identifier). Keyword token types exist for the parser.
//  - `Semi` tokens never come from a pattern either: the lexer synthesizes them from `;`, newlines, multi-line
//    block comments and EOF (Go's automatic semicolon rule); their image is gc's `lit`: "semicolon",
//    "newline" or "EOF", which is what gc's syntax errors print.

import { createToken, Lexer, type TokenType } from 'chevrotain';

const NA = Lexer.NA;

function tok(name: string, pattern: RegExp | string, lineBreaks = false): TokenType {
  return createToken({ name, pattern, line_breaks: lineBreaks });
}

// Trivia. Whitespace (newlines included) and terminated comments produce no tokens at all: the lexer
// post-pass finds the newlines it needs for Go's semicolon rule in the gaps between tokens. An unterminated
// comment is a token, so the post-pass can report it.
export const Whitespace = createToken({
  name: 'Whitespace',
  pattern: /[ \t\r\n\uFEFF]+/,
  group: Lexer.SKIPPED,
});
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*[\s\S]*?\*\//,
  group: Lexer.SKIPPED,
});
export const UnterminatedComment = tok('UnterminatedComment', /\/\*[\s\S]*/, true);

// Literals. Patterns accept gc's scanner extent (what `number()`, `stdString()` ... consume); the lexer then
// validates the text and reports gc's errors, so malformed literals are still single literal tokens.
export const HexNumber = tok('HexNumber', /0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]*)?i?/);
export const PrefixedNumber = tok('PrefixedNumber', /0[oObB][0-9_]*(?:\.[0-9_]*)?(?:[eEpP][+-]?[0-9_]*)?i?/);
export const DecimalNumber = tok(
  'DecimalNumber',
  /(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eEpP][+-]?[0-9_]*)?i?/,
);
export const RawString = tok('RawString', /`[^`]*`/, true);
export const UnterminatedRawString = tok('UnterminatedRawString', /`[^`]*/, true);
export const StringLit = tok('StringLit', /"(?:[^"\\\n]|\\[^\n])*"/);
export const UnterminatedString = tok('UnterminatedString', /"(?:[^"\\\n]|\\[^\n])*\\?/);
export const RuneLit = tok('RuneLit', /'(?:[^'\\\n]|\\[^\n])*'/);
export const UnterminatedRune = tok('UnterminatedRune', /'(?:[^'\\\n]|\\[^\n])*\\?/);

/** Ident also matches non-ASCII runs; the lexer checks them against Go's letter/digit classes. */
export const Ident = tok('Ident', /[a-zA-Z_\u0080-\uffff][a-zA-Z0-9_\u0080-\uffff]*/);

// Operators and delimiters, longest first.
export const AndNotAssign = tok('AndNotAssign', '&^=');
export const ShlAssign = tok('ShlAssign', '<<=');
export const ShrAssign = tok('ShrAssign', '>>=');
export const Ellipsis = tok('Ellipsis', '...');
export const AndAnd = tok('AndAnd', '&&');
export const OrOr = tok('OrOr', '||');
export const Arrow = tok('Arrow', '<-');
export const Inc = tok('Inc', '++');
export const Dec = tok('Dec', '--');
export const Eql = tok('Eql', '==');
export const Neq = tok('Neq', '!=');
export const Leq = tok('Leq', '<=');
export const Geq = tok('Geq', '>=');
export const Define = tok('Define', ':=');
export const AddAssign = tok('AddAssign', '+=');
export const SubAssign = tok('SubAssign', '-=');
export const MulAssign = tok('MulAssign', '*=');
export const QuoAssign = tok('QuoAssign', '/=');
export const RemAssign = tok('RemAssign', '%=');
export const AndAssign = tok('AndAssign', '&=');
export const OrAssign = tok('OrAssign', '|=');
export const XorAssign = tok('XorAssign', '^=');
export const Shl = tok('Shl', '<<');
export const Shr = tok('Shr', '>>');
export const AndNot = tok('AndNot', '&^');
export const Add = tok('Add', '+');
export const Sub = tok('Sub', '-');
export const Star = tok('Star', '*');
export const Quo = tok('Quo', '/');
export const Rem = tok('Rem', '%');
export const And = tok('And', '&');
export const Or = tok('Or', '|');
export const Xor = tok('Xor', '^');
export const Lss = tok('Lss', '<');
export const Gtr = tok('Gtr', '>');
export const Assign = tok('Assign', '=');
export const Not = tok('Not', '!');
export const Tilde = tok('Tilde', '~');
export const LParen = tok('LParen', '(');
export const RParen = tok('RParen', ')');
export const LBrack = tok('LBrack', '[');
export const RBrack = tok('RBrack', ']');
export const LBrace = tok('LBrace', '{');
export const RBrace = tok('RBrace', '}');
export const Comma = tok('Comma', ',');
export const SemiColon = tok('SemiColon', ';');
export const Colon = tok('Colon', ':');
export const Dot = tok('Dot', '.');

// Synthesized tokens (never matched by a pattern).
export const Semi = createToken({ name: 'Semi', pattern: NA });
export const Literal = createToken({ name: 'Literal', pattern: NA });
export const EOF = createToken({ name: 'EOFToken', pattern: NA });

/** KEYWORDS maps Go's 25 keywords to their token types. */
export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  [
    'break',
    'case',
    'chan',
    'const',
    'continue',
    'default',
    'defer',
    'else',
    'fallthrough',
    'for',
    'func',
    'go',
    'goto',
    'if',
    'import',
    'interface',
    'map',
    'package',
    'range',
    'return',
    'select',
    'struct',
    'switch',
    'type',
    'var',
  ].map((k) => [k, createToken({ name: `Kw_${k}`, pattern: NA })]),
);

function kw(name: string): TokenType {
  const t = KEYWORDS.get(name);
  if (!t) throw new Error(`no keyword ${name}`);
  return t;
}

export const Break = kw('break');
export const Case = kw('case');
export const Chan = kw('chan');
export const Const = kw('const');
export const Continue = kw('continue');
export const Default = kw('default');
export const Defer = kw('defer');
export const Else = kw('else');
export const Fallthrough = kw('fallthrough');
export const For = kw('for');
export const Func = kw('func');
export const Go = kw('go');
export const Goto = kw('goto');
export const If = kw('if');
export const Import = kw('import');
export const Interface = kw('interface');
export const Map_ = kw('map');
export const Package = kw('package');
export const Range = kw('range');
export const Return = kw('return');
export const Select = kw('select');
export const Struct = kw('struct');
export const Switch = kw('switch');
export const Type = kw('type');
export const Var = kw('var');

/** LEXER_TOKENS is the chevrotain lexer definition (order = priority). */
export const LEXER_TOKENS: TokenType[] = [
  Whitespace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  HexNumber,
  PrefixedNumber,
  DecimalNumber,
  RawString,
  UnterminatedRawString,
  StringLit,
  UnterminatedString,
  RuneLit,
  UnterminatedRune,
  Ident,
  AndNotAssign,
  ShlAssign,
  ShrAssign,
  Ellipsis,
  AndAnd,
  OrOr,
  Arrow,
  Inc,
  Dec,
  Eql,
  Neq,
  Leq,
  Geq,
  Define,
  AddAssign,
  SubAssign,
  MulAssign,
  QuoAssign,
  RemAssign,
  AndAssign,
  OrAssign,
  XorAssign,
  Shl,
  Shr,
  AndNot,
  Add,
  Sub,
  Star,
  Quo,
  Rem,
  And,
  Or,
  Xor,
  Lss,
  Gtr,
  Assign,
  Not,
  Tilde,
  LParen,
  RParen,
  LBrack,
  RBrack,
  LBrace,
  RBrace,
  Comma,
  SemiColon,
  Colon,
  Dot,
];

/** ALL_TOKENS is every token type the parser may see (chevrotain's parser vocabulary). */
export const ALL_TOKENS: TokenType[] = [...LEXER_TOKENS, Semi, Literal, EOF, ...KEYWORDS.values()];

/** BINARY_PREC gives gc's precedence (1 = `||` ... 5 = `*`) and the AST operator of each binary token. */
export const BINARY_OPS: ReadonlyMap<TokenType, { prec: number; op: import('./ast.js').BinaryOp }> = new Map([
  [OrOr, { prec: 1, op: '||' }],
  [AndAnd, { prec: 2, op: '&&' }],
  [Eql, { prec: 3, op: '==' }],
  [Neq, { prec: 3, op: '!=' }],
  [Lss, { prec: 3, op: '<' }],
  [Leq, { prec: 3, op: '<=' }],
  [Gtr, { prec: 3, op: '>' }],
  [Geq, { prec: 3, op: '>=' }],
  [Add, { prec: 4, op: '+' }],
  [Sub, { prec: 4, op: '-' }],
  [Or, { prec: 4, op: '|' }],
  [Xor, { prec: 4, op: '^' }],
  [Star, { prec: 5, op: '*' }],
  [Quo, { prec: 5, op: '/' }],
  [Rem, { prec: 5, op: '%' }],
  [Shl, { prec: 5, op: '<<' }],
  [Shr, { prec: 5, op: '>>' }],
  [And, { prec: 5, op: '&' }],
  [AndNot, { prec: 5, op: '&^' }],
] as const);

/**
 * byTokenIndex turns a token-keyed table into an array indexed by chevrotain's tokenTypeIdx, so hot paths
 * look it up with `table[tok.tokenTypeIdx]` instead of hashing the TokenType.
 */
export function byTokenIndex<V>(table: ReadonlyMap<TokenType, V>): readonly (V | undefined)[] {
  const out: (V | undefined)[] = [];
  for (const t of ALL_TOKENS) out[t.tokenTypeIdx ?? 0] = undefined;
  for (const [t, v] of table) out[t.tokenTypeIdx ?? 0] = v;
  return out;
}

/** ASSIGN_OPS maps `=`, `:=` and the compound assignment tokens to the AST operator. */
export const ASSIGN_OPS: ReadonlyMap<TokenType, import('./ast.js').AssignOp> = new Map([
  [Assign, '='],
  [Define, ':='],
  [AddAssign, '+='],
  [SubAssign, '-='],
  [MulAssign, '*='],
  [QuoAssign, '/='],
  [RemAssign, '%='],
  [AndAssign, '&='],
  [OrAssign, '|='],
  [XorAssign, '^='],
  [ShlAssign, '<<='],
  [ShrAssign, '>>='],
  [AndNotAssign, '&^='],
] as const);

/** NLSEMI_AFTER: a newline after one of these tokens becomes `;` (Go spec, "Semicolons"). */
export const NLSEMI_AFTER: ReadonlySet<TokenType> = new Set([
  Ident,
  Literal,
  Break,
  Continue,
  Fallthrough,
  Return,
  Inc,
  Dec,
  RParen,
  RBrack,
  RBrace,
]);
