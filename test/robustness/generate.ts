// Fuzz input generation: deterministic, random-access inputs for the robustness test.
//
// Input i is a pure function of (seed, i): even i → token soup (random Go tokens, keywords, literals,
// malformed literals, newlines and comments); odd i → a mutation of a corpus program (delete, duplicate,
// swap or insert tokens, flip bytes, truncate). Random access lets the watchdog name the input that hung
// without the child having to send it.

/** Rng is a seeded PRNG (mulberry32) returning floats in [0, 1). */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  const x = xs[Math.floor(rng() * xs.length)];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** SoupTokens is the vocabulary of token soup: valid and malformed Go lexemes. */
export const SoupTokens: readonly string[] = [
  // keywords
  ...'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var'.split(
    ' ',
  ),
  // predeclared names and identifiers
  ...'main fmt Println Printf Sprintf int int8 int16 int32 int64 uint uint8 uint64 byte rune string bool float64 true false nil iota len cap append copy delete make new panic println print x y z m k v s _ T'.split(
    ' ',
  ),
  // operators and punctuation
  ...'+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; . :'.split(
    ' ',
  ),
  // literals, some malformed
  '0',
  '1',
  '42',
  '0x1F',
  '0b101',
  '0o17',
  '017',
  '1_000',
  '1e9',
  '3.14',
  '.5',
  '1.',
  '2i',
  '0x',
  '0b2',
  '1__0',
  '09',
  '0x1p-2',
  '1e',
  "'a'",
  "'\\n'",
  "'ab'",
  "''",
  "'\\x41'",
  "'\\u4e16'",
  '"str"',
  '"a\\tb"',
  '"\\q"',
  '"unterminated',
  '`raw`',
  '`unterminated raw',
  "'",
  '"',
  '`',
  '"é世"',
  "'世'",
  // layout, comments and stray characters
  '\n',
  '\n',
  '\n',
  ' ',
  '\t',
  '// comment\n',
  '/* block */',
  '/* unterminated',
  '@',
  '#',
  '$',
  '?',
  '\\',
  '\u00a0',
  '\u0000',
  '\ufeff',
  'é',
  '世',
  // common fragments
  'package main\n',
  'import "fmt"\n',
  'func main() {',
  '}\n',
  'fmt.Println(',
  'map[string]int{',
  '[]int{',
  'struct {',
];

/** tokenize splits source into rough lexemes (words, strings, runs of spaces, single characters). */
export function tokenize(src: string): string[] {
  return src.match(/\s+|[A-Za-z_0-9.]+|"[^"\n]*"?|'[^'\n]*'?|`[^`]*`?|\/\/[^\n]*|./gsu) ?? [];
}

type Mutation = (rng: Rng, toks: string[]) => string[];

function span(rng: Rng, n: number): [number, number] {
  const a = int(rng, 0, Math.max(0, n - 1));
  return [a, Math.min(n, a + int(rng, 1, 4))];
}

/** Mutations edits token lists; each returns a new list. */
const Mutations: readonly Mutation[] = [
  (rng, t) => {
    const [a, b] = span(rng, t.length);
    return [...t.slice(0, a), ...t.slice(b)];
  },
  (rng, t) => {
    const [a, b] = span(rng, t.length);
    return [...t.slice(0, b), ...t.slice(a, b), ...t.slice(b)];
  },
  (rng, t) => {
    const out = [...t];
    const i = int(rng, 0, out.length - 1);
    const j = int(rng, 0, out.length - 1);
    const ti = out[i] ?? '';
    out[i] = out[j] ?? '';
    out[j] = ti;
    return out;
  },
  (rng, t) => {
    const i = int(rng, 0, t.length);
    return [...t.slice(0, i), pick(rng, SoupTokens), ...t.slice(i)];
  },
  (rng, t) => t.slice(0, int(rng, 0, t.length)),
  (rng, t) => {
    const out = [...t];
    const i = int(rng, 0, out.length - 1);
    out[i] = pick(rng, SoupTokens);
    return out;
  },
  // replace a word by another word of the same program: usually still parses, so it reaches the checker
  (rng, t) => {
    const words = t.filter((w) => /^[A-Za-z_0-9.]+$/.test(w));
    if (words.length === 0) return t;
    const out = [...t];
    const i = int(rng, 0, out.length - 1);
    if (/^[A-Za-z_0-9.]+$/.test(out[i] ?? '')) out[i] = pick(rng, words);
    return out;
  },
];

function mutateBytes(rng: Rng, src: string): string {
  const i = int(rng, 0, src.length);
  const ch = pick(rng, ['{', '}', '(', ')', '"', "'", '`', '\n', ';', ',', '', '\u0000', 'é']);
  return rng() < 0.5 ? src.slice(0, i) + ch + src.slice(i + 1) : src.slice(0, i) + ch + src.slice(i);
}

function tokenSoup(rng: Rng): string {
  const parts: string[] = rng() < 0.5 ? ['package main\n'] : [];
  const n = int(rng, 1, 80);
  for (let i = 0; i < n; i++) {
    parts.push(pick(rng, SoupTokens));
    if (rng() < 0.6) parts.push(' ');
  }
  return parts.join('');
}

function mutateProgram(rng: Rng, src: string): string {
  let toks = tokenize(src);
  const rounds = rng() < 0.6 ? 1 : int(rng, 2, 4);
  for (let r = 0; r < rounds; r++) {
    if (rng() < 0.2) toks = tokenize(mutateBytes(rng, toks.join('')));
    else toks = pick(rng, Mutations)(rng, toks);
  }
  return toks.join('');
}

/** fuzzInput returns input number i for a seed, drawing mutation bases from the corpus. */
export function fuzzInput(seed: number, i: number, corpus: readonly string[]): string {
  const rng = mulberry32((seed * 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
  if (i % 2 === 0 || corpus.length === 0) return tokenSoup(rng);
  return mutateProgram(rng, pick(rng, corpus));
}
