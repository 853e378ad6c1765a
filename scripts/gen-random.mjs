#!/usr/bin/env node
// Random differential-test generator: from a seed, writes one small valid Go 1.19 program (30-120 lines) in the
// mgo subset that exercises maps (every key/elem kind of the lab, op= with wrap-around, comma-ok, delete
// during range, append to map elements, nested maps, maps in structs, (*pm)[k], closures, helpers with map
// parameters and results), slices (append/copy, printed len/cap), switches and string building.
//
//   node scripts/gen-random.mjs OUTDIR FIRST COUNT   write OUTDIR/rNNNN.mgo for seeds FIRST..FIRST+COUNT-1
//   node scripts/gen-random.mjs --print SEED        print one program
//
// Invariants:
//  - Deterministic: the same seed gives the same text (own PRNG, no Math.random, no time, no environment).
//  - Output never depends on map iteration order: maps are printed with fmt (sorted keys) or folded with
//    commutative operations; range bodies only read, delete or rewrite the current key of the ranged map and
//    only apply commutative op= to other maps. Maps holding pointers are never printed (addresses differ).
//  - Valid Go: every local is used (printed at the end), constant expressions never overflow (a binary
//    operator always has a non-constant operand), divisors are non-zero literals except in the deliberate
//    final panic of some programs. The golden script (go build) is the final judge.

import { Decls, Snippets } from './gen-random-snippets.mjs';

/** Rng is mulberry32: small, fast, and the same sequence on every platform. */
export class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }
  pick(xs) {
    return xs[this.int(xs.length)];
  }
  chance(p) {
    return this.next() < p;
  }
}

/** GeneratorVersion names the generator in each program: a seed reproduces its program only in its version. */
export const GeneratorVersion = 'v1';

/** Integer types: name → [bits, signed]. */
const IntTypes = {
  int: [64, true],
  int8: [8, true],
  uint8: [8, false],
  int32: [32, true],
  int64: [64, true],
  uint64: [64, false],
};
const KeyTypes = ['int', 'int8', 'int32', 'int64', 'uint64', 'string', 'bool', 'K', '[2]int'];
const ElemTypes = ['int', 'int8', 'uint8', 'int32', 'uint64', 'string', '[]int', 'V', '*int'];
const isInt = (t) => Object.hasOwn(IntTypes, t);

/** Extreme literals per integer type, so op= wraps around. */
const Extremes = {
  int: ['9223372036854775807', '-9223372036854775808'],
  int8: ['127', '-128'],
  uint8: ['255', '200'],
  int32: ['2147483647', '-2147483648'],
  int64: ['9223372036854775807', '-9223372036854775808'],
  uint64: ['18446744073709551615', '9223372036854775808'],
};

/** paren wraps a negative literal so it can follow any operator. */
const paren = (s) => (s.startsWith('-') ? `(${s})` : s);

/** Commutative op= usable inside range bodies (the result does not depend on the visiting order). */
const CommutativeOps = ['+=', '-=', '^=', '|=', '&=', '*='];
const BinaryOps = ['+', '-', '*', '&', '|', '^', '&^'];

/** weight folds a value of type t into an int expression (for order-free sums). */
function weight(t, x) {
  if (isInt(t)) return `int(${x})`;
  return {
    string: `len(${x})`,
    bool: `len(fmt.Sprint(${x}))`,
    K: `${x}.a + len(${x}.b)`,
    '[2]int': `${x}[0] - ${x}[1]`,
    '[]int': `len(${x})`,
    V: `${x}.x + len(${x}.s)`,
    '*int': `*${x}`,
  }[t];
}

/** fromInt turns an int expression i into a value of type t (distinct i give a few distinct values). */
function fromInt(rng, t, i) {
  if (isInt(t)) return rng.pick([`${t}(${i})`, `${t}(${i} * 37)`, `${t}(${i} % 11)`]);
  return {
    string: () => rng.pick([`"k" + fmt.Sprint(${i}%13)`, `fmt.Sprint(${i})`]),
    bool: () => `${i}%3 == 0`,
    K: () => `K{${i} % 6, "b"}`,
    '[2]int': () => `[2]int{${i} % 5, ${i} % 3}`,
    '[]int': () => rng.pick([`[]int{${i}, ${i} * 2}`, `make([]int, ${i}%3)`]),
    V: () => `V{${i}, fmt.Sprint(${i})}`,
    '*int': () => `ip(${i})`,
  }[t]();
}

/** literal returns a constant-ish literal of type t (composites are literals too). */
function literal(rng, t) {
  if (isInt(t)) {
    const signed = IntTypes[t][1];
    if (rng.chance(0.15)) return rng.pick(Extremes[t]);
    return String(signed ? rng.range(-3, 9) : rng.range(0, 12));
  }
  return {
    string: () => rng.pick(['""', '"a"', '"b"', '"go"', '"k3"', '"zz"', '"héllo"', '"日本"']),
    bool: () => rng.pick(['true', 'false']),
    K: () => `K{${rng.range(0, 4)}, ${rng.pick(['"a"', '"b"', '""'])}}`,
    '[2]int': () => `[2]int{${rng.range(0, 3)}, ${rng.range(0, 2)}}`,
    '[]int': () => rng.pick(['nil', '[]int{1}', '[]int{4, 5, 6}', 'make([]int, 2)']),
    V: () => `V{${rng.range(-2, 9)}, ${rng.pick(['"p"', '"q"', '""'])}}`,
    '*int': () => `ip(${rng.range(0, 9)})`,
  }[t]();
}

/** Gen holds the state of one program being generated. */
class Gen {
  constructor(seed) {
    this.rng = new Rng(seed * 2654435761 + 12345);
    this.seed = seed;
    this.lines = [];
    this.depth = 1;
    this.uniq = 0;
    this.maps = []; // views: { expr, key, elem, root }
    this.loopVars = [];
    this.scalars = { acc: 'int', cnt: 'int', n8: 'int8', u64: 'uint64', str: 'string' };
    this.printLater = ['acc', 'cnt', 'n8', 'u64', 'str'];
    this.helpers = new Map();
    this.decls = new Set();
    this.nested = undefined; // name of a map[string]map[int]int
    this.slice = undefined;
    this.rangeRoot = undefined; // root of the map being ranged over, if any
  }
  fresh(prefix) {
    return `${prefix}${this.uniq++}`;
  }
  emit(s) {
    this.lines.push('\t'.repeat(this.depth) + s);
  }
  block(head, body) {
    this.emit(head + ' {');
    this.depth++;
    body();
    this.depth--;
    this.emit('}');
  }
  intVarOf(t) {
    return Object.keys(this.scalars).find((n) => this.scalars[n] === t);
  }
  /** key is a key expression of type t, often from the innermost loop variable. */
  key(t) {
    const i = this.loopVars.at(-1);
    if (i !== undefined && this.rng.chance(0.6)) return fromInt(this.rng, t, i);
    return literal(this.rng, t);
  }
  /** nonConst is a non-constant int expression of type t (inside a range body: literal-free of state). */
  nonConst(t, budget) {
    const r = this.rng;
    const i = this.loopVars.at(-1);
    const opts = [() => `${t}(acc)`, () => `${t}(len(str))`];
    if (i !== undefined)
      opts.push(
        () => `${t}(${i})`,
        () => `${t}(${i} * 3)`,
      );
    const v = this.intVarOf(t);
    if (v)
      opts.push(
        () => v,
        () => v,
      );
    for (const m of this.maps.filter((x) => x.elem === t)) opts.push(() => `${m.expr}[${this.key(m.key)}]`);
    if (budget > 0) {
      opts.push(() => {
        const op = r.pick([...BinaryOps, '/', '%', '<<', '>>']);
        if (op === '/' || op === '%')
          return `(${this.nonConst(t, budget - 1)} ${op} ${paren(this.nonZero(t))})`;
        if (op === '<<' || op === '>>')
          return `(${this.nonConst(t, budget - 1)} ${op} ${r.pick([0, 1, 3, 7, 9, 63, 70])})`;
        const a = this.intExpr(t, budget - 1);
        const b = a.isConst ? { text: this.nonConst(t, budget - 1) } : this.intExpr(t, budget - 1);
        return `(${paren(a.text)} ${op} ${paren(b.text)})`;
      });
      opts.push(() => `${r.pick(['-', '^'])}(${this.nonConst(t, budget - 1)})`);
    }
    return r.pick(opts)();
  }
  nonZero(t) {
    const signed = IntTypes[t][1];
    const x = signed ? this.rng.pick([-1, 1, 2, 3, 5, 7, -3, 10]) : this.rng.pick([1, 2, 3, 5, 7, 10]);
    return String(x);
  }
  intExpr(t, budget = 2) {
    // inside a range body only literals: anything reading state would depend on the visiting order
    if (this.rangeRoot !== undefined || this.rng.chance(0.35))
      return { text: literal(this.rng, t), isConst: true };
    return { text: this.nonConst(t, budget), isConst: false };
  }
  /** value is an expression of elem type t. */
  value(t) {
    if (isInt(t)) return this.intExpr(t).text;
    const i = this.loopVars.at(-1);
    if (i !== undefined && this.rng.chance(0.5)) return fromInt(this.rng, t, i);
    if (t === 'string' && this.rng.chance(0.3)) return `str + ${literal(this.rng, t)}`;
    return literal(this.rng, t);
  }
  writable() {
    return this.maps.filter((m) => this.rangeRoot === undefined || m.root !== this.rangeRoot);
  }

  // ---- statements ----
  assign() {
    const m = this.rng.pick(this.writable());
    if (!m) return;
    this.emit(`${m.expr}[${this.key(m.key)}] = ${this.value(m.elem)}`);
  }
  opAssign() {
    const ms = this.writable().filter((m) => isInt(m.elem) || m.elem === 'string');
    const m = this.rng.pick(ms);
    if (!m) return this.assign();
    const k = this.key(m.key);
    if (m.elem === 'string') {
      if (this.rangeRoot !== undefined) return;
      return this.emit(`${m.expr}[${k}] += ${this.value('string')}`);
    }
    const r = this.rng;
    const inRange = this.rangeRoot !== undefined;
    const op = inRange
      ? r.pick(CommutativeOps)
      : r.pick([...CommutativeOps, '/=', '%=', '<<=', '>>=', '&^=', '++', '--']);
    if (op === '++' || op === '--') return this.emit(`${m.expr}[${k}]${op}`);
    if (op === '/=' || op === '%=') return this.emit(`${m.expr}[${k}] ${op} ${this.nonZero(m.elem)}`);
    if (op === '<<=' || op === '>>=') return this.emit(`${m.expr}[${k}] ${op} ${r.pick([1, 2, 5, 8, 65])}`);
    this.emit(`${m.expr}[${k}] ${op} ${this.intExpr(m.elem).text}`);
  }
  commaOk() {
    const m = this.rng.pick(this.maps);
    const v = this.fresh('v');
    const ok = this.fresh('ok');
    this.block(`if ${v}, ${ok} := ${m.expr}[${this.key(m.key)}]; ${ok}`, () =>
      this.emit(`acc += ${weight(m.elem, v)}`),
    );
    this.lines[this.lines.length - 1] += ' else {';
    this.depth++;
    this.emit('cnt++');
    this.depth--;
    this.emit('}');
  }
  del() {
    const m = this.rng.pick(this.writable());
    if (m) this.emit(`delete(${m.expr}, ${this.key(m.key)})`);
  }
  appendElem() {
    const m = this.rng.pick(this.writable().filter((x) => x.elem === '[]int'));
    if (!m) return this.assign();
    const k = this.key(m.key);
    this.emit(`${m.expr}[${k}] = append(${m.expr}[${k}], ${this.intExpr('int').text})`);
  }
  loop() {
    if (this.loopVars.length >= 2 || this.rangeRoot !== undefined) return this.assign();
    const i = this.fresh('i');
    const n = this.rng.pick([3, 5, 9, 17, 40]);
    this.block(`for ${i} := 0; ${i} < ${n}; ${i}++`, () => {
      this.loopVars.push(i);
      this.stmts(this.rng.range(1, 3));
      this.loopVars.pop();
    });
  }
  rangeFold() {
    if (this.rangeRoot !== undefined) return this.assign();
    const m = this.rng.pick(this.maps);
    const k = this.fresh('k');
    const v = this.fresh('e');
    this.block(`for ${k}, ${v} := range ${m.expr}`, () => {
      this.rangeRoot = m.root;
      const r = this.rng;
      this.emit(`acc ${r.pick(['+=', '^=', '-='])} ${weight(m.key, k)} + ${weight(m.elem, v)}`);
      const cond = `${weight(m.key, k)}%${r.pick([2, 3])} == 0`;
      if (r.chance(0.4)) this.block(`if ${cond}`, () => this.emit(`delete(${m.expr}, ${k})`));
      else if (r.chance(0.4) && isInt(m.elem))
        this.emit(`${m.expr}[${k}] = ${v} ${r.pick(['+', '*', '^'])} ${paren(literal(r, m.elem))}`);
      else if (r.chance(0.5)) this.block(`if ${cond}`, () => this.emit('cnt++'));
      if (r.chance(0.4)) this.opAssign();
      this.rangeRoot = undefined;
    });
  }
  print() {
    const r = this.rng;
    const printable = this.maps.filter((m) => m.elem !== '*int');
    const m = r.pick(printable);
    if (m && r.chance(0.6))
      return this.emit(`fmt.Println(${JSON.stringify(m.expr)}, len(${m.expr}), ${m.expr})`);
    if (m && r.chance(0.5)) return this.emit(`fmt.Printf("%d %v\\n", len(${m.expr}), ${m.expr})`);
    this.emit(`fmt.Println(acc, cnt, n8, u64, len(str))`);
  }
  switchStmt() {
    const r = this.rng;
    if (r.chance(0.5)) {
      this.emit(`switch acc % 4 {`);
      this.emit(`case 0, -1:`);
      this.inCase();
      this.emit(`case 1:`);
      this.inCase();
      if (r.chance(0.3)) {
        this.depth++;
        this.emit('fallthrough');
        this.depth--;
      }
      this.emit(`default:`);
      this.inCase();
      this.emit('}');
    } else {
      const m = r.pick(this.maps);
      this.emit(`switch {`);
      this.emit(`case len(${m.expr}) > ${r.range(1, 12)}:`);
      this.inCase();
      this.emit(`case cnt < ${r.range(0, 5)}:`);
      this.inCase();
      this.emit('}');
    }
  }
  inCase() {
    this.depth++;
    this.stmts(this.rng.range(1, 2));
    this.depth--;
  }
  helperCall() {
    const m = this.rng.pick(this.writable());
    if (!m) return;
    const r = this.rng;
    const kind = r.pick(['sum', 'fill', 'get', 'bump', 'drop', 'clone']);
    const name = () => this.helper(kind, m.key, m.elem);
    if (kind === 'sum') return this.emit(`acc += ${name()}(${m.expr})`);
    if (kind === 'get') {
      const v = this.fresh('g');
      const ok = this.fresh('ok');
      this.emit(`${v}, ${ok} := ${name()}(${m.expr}, ${this.key(m.key)})`);
      return this.block(`if ${ok}`, () => this.emit(`acc += ${weight(m.elem, v)}`));
    }
    if (this.rangeRoot !== undefined) return;
    if (kind === 'fill') return this.emit(`${name()}(${m.expr}, ${r.pick([2, 7, 12, 30])})`);
    if (kind === 'drop') return this.emit(`cnt += ${name()}(${m.expr})`);
    if (kind === 'bump' && isInt(m.elem) && !m.named)
      return this.emit(`${name()}(&${m.expr}, ${this.key(m.key)}, ${this.intExpr(m.elem).text})`);
    if (kind === 'clone' && this.loopVars.length === 0 && this.depth === 1) {
      const c = this.fresh('c');
      this.emit(`${c} := ${name()}(${m.expr})`);
      this.maps.push({ expr: c, key: m.key, elem: m.elem, root: c });
      this.printLater.push(m.elem === '*int' ? `len(${c})` : c);
    }
  }
  closure() {
    if (this.depth !== 1) return this.assign();
    const m = this.rng.pick(this.maps.filter((x) => isInt(x.elem)));
    if (!m) return this.assign();
    const f = this.fresh('touch');
    const calls = this.fresh('calls');
    this.emit(`${calls} := 0`);
    this.printLater.push(calls);
    this.block(`${f} := func(k ${m.key}, d ${m.elem}) int`, () => {
      this.emit(`${calls}++`);
      this.emit(`${m.expr}[k] ${this.rng.pick(CommutativeOps)} d`);
      this.emit(`return len(${m.expr})`);
    });
    const i = this.fresh('i');
    this.block(`for ${i} := 0; ${i} < ${this.rng.pick([2, 6, 20])}; ${i}++`, () => {
      this.loopVars.push(i);
      this.emit(`acc += ${f}(${this.key(m.key)}, ${this.intExpr(m.elem).text})`);
      this.loopVars.pop();
    });
  }
  nestedStmt() {
    const nm = this.nested;
    if (!nm || this.rangeRoot === nm) return this.assign();
    const a = this.key('string');
    const b = this.key('int');
    this.block(`if ${nm}[${a}] == nil`, () => this.emit(`${nm}[${a}] = map[int]int{}`));
    this.emit(`${nm}[${a}][${b}] ${this.rng.pick(['+=', '-=', '*='])} ${this.intExpr('int').text}`);
    if (this.rng.chance(0.3)) this.emit(`acc += len(${nm}[${a}]) + ${nm}["zz"][${b}]`);
  }
  sliceStmt() {
    const s = this.slice;
    const r = this.rng;
    if (this.rangeRoot !== undefined) return this.emit(`acc += len(${s})`);
    const pick = r.int(5);
    if (pick <= 1) return this.emit(`${s} = append(${s}, ${this.intExpr('int').text})`);
    if (pick === 2 && this.loopVars.length === 0) {
      const d = this.fresh('dst');
      this.emit(`${d} := make([]int, ${r.range(0, 6)})`);
      this.emit(`fmt.Println(copy(${d}, ${s}), ${d}, len(${s}), cap(${s}))`);
      return;
    }
    if (pick === 3) return this.block(`if len(${s}) > 2`, () => this.emit(`${s} = ${s}[1 : len(${s})-1]`));
    if (this.loopVars.length === 0) return this.emit(`fmt.Println(len(${s}), cap(${s}))`);
    this.emit(`${s} = append(${s}, ${this.loopVars.at(-1)})`);
  }
  strStmt() {
    const r = this.rng;
    if (r.chance(0.5)) return this.emit(`str += fmt.Sprint(${this.intExpr('int').text})`);
    if (r.chance(0.5)) return this.emit(`str += ${literal(r, 'string')}`);
    this.emit(`n8 += int8(len(str))`);
  }
  scalarStmt() {
    const t = this.rng.pick(['int', 'int8', 'uint64']);
    const v = this.intVarOf(t);
    this.emit(`${v} ${this.rng.pick(CommutativeOps)} ${this.intExpr(t).text}`);
  }
  /** swap exchanges two map elements of one elem type in a tuple assignment (operands evaluated first). */
  swap() {
    if (this.rangeRoot !== undefined) return this.assign();
    const a = this.rng.pick(this.maps);
    const b = this.rng.pick(this.maps.filter((m) => m.elem === a.elem));
    const ka = this.key(a.key);
    const kb = this.key(b.key);
    this.emit(`${a.expr}[${ka}], ${b.expr}[${kb}] = ${b.expr}[${kb}], ${a.expr}[${ka}]`);
  }
  /** tickIndex indexes and assigns with side-effecting calls: Go evaluates them left to right. */
  tickIndex() {
    if (this.rangeRoot !== undefined || !this.tick) return this.assign();
    const m = this.rng.pick(this.maps);
    const k = fromInt(this.rng, m.key, 'tick()');
    if (isInt(m.elem) && this.rng.chance(0.5))
      return this.emit(`${m.expr}[${k}] ${this.rng.pick(CommutativeOps)} ${m.elem}(tick())`);
    this.emit(`${m.expr}[${k}] = ${fromInt(this.rng, m.elem, 'tick()')}`);
  }
  /** tallyStmt calls the methods of the named map type Tally (value and pointer receivers). */
  tallyStmt() {
    if (!this.tally || this.rangeRoot !== undefined) return this.assign();
    const r = this.rng;
    if (r.chance(0.15)) return this.emit('ty.reset()');
    this.emit(`acc += ty.add(${this.key('string')}, ${this.intExpr('int').text})`);
  }
  /** fmtStmt prints scalars and a map through several fmt verbs and widths. */
  fmtStmt() {
    const r = this.rng;
    const m = r.pick(this.maps.filter((x) => x.elem !== '*int'));
    const [format, args] = r.pick([
      ['%5d|%-4d|%x', 'acc, cnt, u64'],
      ['%q|%-6s|%3s', 'str, str, str'],
      ['%+v|%v', 'V{acc, str}, K{cnt, str}'],
      ['%o|%X|%b', 'u64, acc, n8'],
      ['%T|%v', 'n8, [2]int{acc, cnt}'],
      ['%c|%U|%08.3f', "rune('a' + cnt%26), rune(0x4e16), 1.5"],
    ]);
    if (!m) return this.emit(`fmt.Printf("${format}\\n", ${args})`);
    this.emit(`fmt.Printf("${format} %v %d\\n", ${args}, ${m.expr}, len(${m.expr}))`);
  }
  /** runeLoop ranges over the runes of str (non-ASCII literals are in the pool). */
  runeLoop() {
    if (this.rangeRoot !== undefined) return;
    const [ix, rn] = [this.fresh('ix'), this.fresh('r')];
    this.block(`for ${ix}, ${rn} := range str`, () => {
      this.emit(`acc += ${ix} * int(${rn})`);
      if (this.rng.chance(0.5)) this.emit(`cnt += len(string(${rn}))`);
    });
  }
  /** growShrink fills a map far past its bucket load, then deletes most keys (growth, evacuation). */
  growShrink() {
    if (this.rangeRoot !== undefined || this.loopVars.length > 0) return this.assign();
    const m = this.rng.pick(this.maps.filter((x) => x.root === x.expr || x.expr === '(*pm)'));
    if (!m) return;
    const [i, j] = [this.fresh('i'), this.fresh('j')];
    const n = this.rng.pick([100, 300, 700]);
    this.block(`for ${i} := 0; ${i} < ${n}; ${i}++`, () => {
      this.loopVars.push(i);
      this.emit(`${m.expr}[${fromInt(this.rng, m.key, i)}] = ${this.value(m.elem)}`);
      this.loopVars.pop();
    });
    this.block(`for ${j} := 0; ${j} < ${n}; ${j} += ${this.rng.pick([1, 2, 3])}`, () =>
      this.emit(`delete(${m.expr}, ${fromInt(this.rng, m.key, j)})`),
    );
    this.emit(`cnt += len(${m.expr})`);
  }
  /** sliceTricks: full slice expressions, overlapping copy, self-append, printed len/cap. */
  sliceTricks() {
    if (this.rangeRoot !== undefined || this.loopVars.length > 0) return this.sliceStmt();
    const s = this.slice;
    const r = this.rng;
    const t = this.fresh('t');
    const pick = r.int(4);
    if (pick === 0) this.emit(`${s} = append(${s}, ${s}...)`);
    if (pick === 1) this.block(`if len(${s}) > 1`, () => this.emit(`cnt += copy(${s}, ${s}[1:])`));
    if (pick === 2) {
      this.emit(`${t} := append(${s}[:len(${s}):len(${s})], ${r.range(0, 9)})`);
      this.emit(`fmt.Println(len(${t}), cap(${t}), ${t})`);
    }
    if (pick === 3) {
      this.emit(`${t} := make([]int, 0, ${r.range(0, 3)})`);
      this.block(`for ${t}i := 0; ${t}i < ${r.pick([5, 17, 100])}; ${t}i++`, () =>
        this.emit(`${t} = append(${t}, ${t}i)`),
      );
      this.emit(`fmt.Println(len(${t}), cap(${t}))`);
    }
  }
  /** snippet emits one self-contained corner case (scripts/gen-random-snippets.mjs), top level only. */
  snippet() {
    if (this.depth !== 1) return this.assign();
    const name = this.rng.pick(Object.keys(Snippets));
    for (const d of Snippets[name](this, this.rng) ?? []) this.decls.add(d);
  }
  stmts(n) {
    const table = [
      [this.assign, 4],
      [this.opAssign, 6],
      [this.commaOk, 2],
      [this.del, 2],
      [this.appendElem, 2],
      [this.loop, 3],
      [this.rangeFold, 2],
      [this.print, 2],
      [this.switchStmt, 1],
      [this.helperCall, 2],
      [this.closure, 1],
      [this.nestedStmt, 1],
      [this.sliceStmt, 2],
      [this.strStmt, 1],
      [this.scalarStmt, 1],
      [this.swap, 1],
      [this.tickIndex, 2],
      [this.tallyStmt, 1],
      [this.fmtStmt, 1],
      [this.runeLoop, 1],
      [this.growShrink, 1],
      [this.sliceTricks, 1],
      [this.snippet, 4],
    ];
    const total = table.reduce((a, [, w]) => a + w, 0);
    for (let s = 0; s < n; s++) {
      let x = this.rng.int(total);
      const entry = table.find(([, w]) => (x -= w) < 0);
      entry[0].call(this);
    }
  }

  // ---- helpers and declarations ----
  /** helper returns the name of helper `kind` (sum, fill, get, drop, clone, bump) for map[key]elem. */
  helper(kind, key, elem) {
    const sig = `map[${key}]${elem}`;
    if (!this.helpers.has(sig)) this.helpers.set(sig, { id: this.helpers.size, key, elem, kinds: new Set() });
    const h = this.helpers.get(sig);
    h.kinds.add(kind);
    return `${kind}${h.id}`;
  }
  /** helperText is the Go text of the used helpers of one map type, in a fixed kind order. */
  helperText({ id, key, elem, kinds }) {
    const sig = `map[${key}]${elem}`;
    const rng = new Rng(this.seed * 31 + id);
    const texts = {
      sum: `func sum${id}(m ${sig}) int {\n\tt := 0\n\tfor k, v := range m {\n\t\tt += ${weight(key, 'k')} + ${weight(elem, 'v')}\n\t}\n\treturn t\n}`,
      fill: `func fill${id}(m ${sig}, n int) {\n\tfor i := 0; i < n; i++ {\n\t\tm[${fromInt(rng, key, 'i')}] = ${fromInt(rng, elem, 'i')}\n\t}\n}`,
      get: `func get${id}(m ${sig}, k ${key}) (${elem}, bool) {\n\tv, ok := m[k]\n\treturn v, ok\n}`,
      drop: `func drop${id}(m ${sig}) int {\n\tn := 0\n\tfor k := range m {\n\t\tif ${weight(key, 'k')}%2 == 1 {\n\t\t\tdelete(m, k)\n\t\t\tn++\n\t\t}\n\t}\n\treturn n\n}`,
      clone: `func clone${id}(m ${sig}) ${sig} {\n\tc := make(${sig}, len(m))\n\tfor k, v := range m {\n\t\tc[k] = v\n\t}\n\treturn c\n}`,
      bump: `func bump${id}(pm *${sig}, k ${key}, d ${elem}) {\n\t(*pm)[k] += d\n}`,
    };
    return Object.keys(texts)
      .filter((k) => kinds.has(k))
      .map((k) => texts[k])
      .join('\n\n');
  }
  /** mapLiteral is a map composite literal with distinct literal keys (duplicates do not compile). */
  mapLiteral(key, elem) {
    const seen = new Set();
    const entries = [];
    for (let n = this.rng.range(0, 4); n > 0; n--) {
      const k = literal(this.rng, key);
      if (seen.has(k)) continue;
      seen.add(k);
      entries.push(`${k}: ${literal(this.rng, elem)}`);
    }
    return `map[${key}]${elem}{${entries.join(', ')}}`;
  }
  declareMaps() {
    const r = this.rng;
    const count = r.range(2, 4);
    for (let n = 0; n < count; n++) {
      const key = r.pick(KeyTypes);
      const elem = r.pick(ElemTypes);
      const name = `m${n}`;
      const init = r.pick([
        () => this.mapLiteral(key, elem),
        () => `make(map[${key}]${elem})`,
        () => `make(map[${key}]${elem}, ${r.pick([0, 3, 9, 100])})`,
      ])();
      this.emit(`${name} := ${init}`);
      this.maps.push({ expr: name, key, elem, root: name });
      this.printLater.push(elem === '*int' ? `len(${name})` : name);
    }
    const target = r.pick(this.maps);
    if (r.chance(0.5)) {
      this.emit(`pm := &${target.expr}`);
      this.maps.push({ ...target, expr: '(*pm)' });
      this.printLater.push('len(*pm)');
    }
    if (r.chance(0.5)) {
      this.boxType = { key: r.pick(KeyTypes), elem: r.pick(['int', 'string', 'int8']) };
      const { key, elem } = this.boxType;
      this.emit(`bx := Box{m: map[${key}]${elem}{}, n: ${r.range(0, 5)}}`);
      this.emit('pb := &bx');
      this.maps.push({ expr: 'bx.m', key, elem, root: 'bx' }, { expr: 'pb.m', key, elem, root: 'bx' });
      this.printLater.push('bx', 'len(pb.m)');
    }
    if (r.chance(0.4)) {
      this.nested = 'nm';
      this.emit('nm := map[string]map[int]int{}');
      this.printLater.push('nm');
    }
    this.slice = 'sl';
    this.emit(
      r.pick(['sl := []int{}', 'var sl []int', `sl := make([]int, ${r.range(0, 3)}, ${r.range(3, 9)})`]),
    );
    this.printLater.push('sl');
  }
  /** finalPanic ends a few programs with a deliberate run-time panic. */
  finalPanic() {
    const r = this.rng;
    const intMaps = this.maps.filter((m) => isInt(m.elem));
    const kinds = [
      () => ['var nilm map[string]int', 'nilm["x"] = acc'],
      () => ['z := cnt - cnt', 'acc /= z'],
      () => ['var np *int', 'acc += *np'],
      () => ['z := len(sl) - len(sl)', 'acc += sl[len(sl)+z]'],
      () => ['panic(fmt.Sprintf("acc=%d", acc))'],
      () => ['sh := cnt - cnt - 1', 'acc <<= sh'],
    ];
    if (intMaps.length > 0)
      kinds.push(() => {
        const m = r.pick(intMaps);
        return [`z := ${m.elem}(cnt - cnt)`, `${m.expr}[${literal(r, m.key)}] %= z`];
      });
    for (const s of r.pick(kinds)()) this.emit(s);
  }
  program() {
    this.declareMaps();
    this.emit('acc, cnt := 0, 0');
    this.emit(`var n8 int8 = ${this.rng.range(-5, 120)}`);
    this.emit(`var u64 uint64 = ${this.rng.pick(['0', '1', '18446744073709551615'])}`);
    this.emit(`str := ${literal(this.rng, 'string')}`);
    if (this.rng.chance(0.5)) {
      this.tick = true;
      this.emit('seq := 0');
      this.emit('tick := func() int {\n\t\tseq++\n\t\treturn seq\n\t}');
      this.printLater.push('seq', 'tick()');
    }
    if (this.rng.chance(0.4)) {
      this.tally = true;
      this.emit(`ty := Tally{${this.rng.pick(['', '"a": 1', '"go": -4, "b": 2'])}}`);
      this.maps.push({ expr: 'ty', key: 'string', elem: 'int', root: 'ty', named: true });
      this.printLater.push('ty');
    }
    this.stmts(this.rng.range(6, 16));
    const panics = this.rng.chance(0.12);
    if (panics) this.finalPanic();
    for (const x of this.printLater) this.emit(`fmt.Println(${JSON.stringify(x)}, ${x})`);
    const head = [
      '// run',
      `// Generated by scripts/gen-random.mjs (generator ${GeneratorVersion}) from seed ${this.seed}.`,
      '',
      'package main',
      '',
      'import "fmt"',
      '',
      'type K struct {\n\ta int\n\tb string\n}',
      '',
      'type V struct {\n\tx int\n\ts string\n}',
    ];
    for (const d of Object.keys(Decls)) if (this.decls.has(d)) head.push('', Decls[d]);
    if (this.tally)
      head.push(
        '',
        'type Tally map[string]int',
        '',
        'func (t Tally) add(k string, d int) int {\n\tt[k] += d\n\treturn len(t)\n}',
        '',
        'func (t *Tally) reset() {\n\t*t = Tally{}\n}',
      );
    if (this.boxType)
      head.push('', `type Box struct {\n\tm map[${this.boxType.key}]${this.boxType.elem}\n\tn int\n}`);
    const helperTexts = [...this.helpers.values()].map((h) => this.helperText(h));
    if ([...this.lines, ...helperTexts].some((l) => /\bip\(/.test(l)))
      head.push('', 'func ip(x int) *int {\n\treturn &x\n}');
    for (const h of helperTexts) head.push('', h);
    return [...head, '', 'func main() {', ...this.lines, '}', ''].join('\n');
  }
}

/** generateProgram returns the program text for a seed (deterministic). */
export function generateProgram(seed) {
  return new Gen(seed).program();
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--print') {
    process.stdout.write(generateProgram(Number(args[1])));
    return;
  }
  const [outDir, first, count] = args;
  if (!outDir || first === undefined || count === undefined) {
    console.error('usage: gen-random.mjs OUTDIR FIRST COUNT | --print SEED');
    process.exitCode = 2;
    return;
  }
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  mkdirSync(outDir, { recursive: true });
  for (let s = Number(first); s < Number(first) + Number(count); s++) {
    writeFileSync(join(outDir, `r${String(s).padStart(4, '0')}.mgo`), generateProgram(s));
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href)
  await main();
