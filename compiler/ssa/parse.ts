// The reader of print.ts's text form, so passes can be tested IR in -> IR out:
//
//   main.f:
//     b1:
//       v1 (?) = InitMem <mem>
//       v5 (+4) = Less64 <bool> v3 v4
//       If v5 -> b2 b3 (likely)
//     b2: <- b1
//
// Invariants: ids are kept as written (so a printed dump re-prints identically); a block's preds come
// from its `<- ...` list (phi args follow that order) and succs from its end line; `# N: text` lines
// fill the source map. Types are rebuilt from their spelling (sizes for named Go types are unknown: -1).
// Malformed text throws an Error naming the line.

import {
  newBlock,
  newFunc,
  newValue,
  type Aux,
  type Block,
  type BlockKind,
  type Func,
  type SsaType,
  type Value,
} from './ir.js';
import { unquoteString } from '../types/index.js';
import { isOp, opInfo, type Op } from './ops.js';
import { T, ptrTo, tupleOf } from './types.js';

const NAMED: Record<string, SsaType> = Object.fromEntries(Object.values(T).map((t) => [t.name, t]));

/** typeFromName rebuilds an SsaType from gc's spelling. */
export function typeFromName(name: string): SsaType {
  const known = NAMED[name];
  if (known) return known;
  const parts = splitTop(name, ',');
  if (parts.length > 1) return tupleOf(parts.map(typeFromName));
  if (name.startsWith('*')) return ptrTo(typeFromName(name.slice(1)));
  if (name.startsWith('[]')) return { name, cls: 'slice', size: 24 };
  if (name.startsWith('map[') || name.startsWith('func(')) return { name, cls: 'ptr', size: 8 };
  if (name.startsWith('interface')) return { name, cls: 'iface', size: 16 };
  if (name === 'int' || name === 'uint') return NAMED[name]!;
  return { name, cls: 'composite', size: -1 };
}

/** splitTop splits s at `sep` outside brackets. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** braced reads `{...}` at s[i] (JSON strings inside respected) and returns [inner, next index]. */
function braced(s: string, i: number): [string, number] {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const ch = s[j]!;
    if (ch === '"') {
      for (j++; j < s.length && s[j] !== '"'; j++) if (s[j] === '\\') j++;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return [s.slice(i + 1, j), j + 1];
  }
  throw new Error(`unbalanced braces in: ${s}`);
}

function auxFor(op: Op, inner: string, type: SsaType): Aux {
  const call = /^AuxCall\{(.*)\}$/.exec(inner);
  if (call) {
    const results = type.elems ? type.elems.slice(0, -1) : [];
    return { kind: 'call', fn: call[1]!, args: [], results };
  }
  if (op === 'ConstString') return { kind: 'string', value: unquoteString(inner) };
  const kind = opInfo(op).aux;
  if (kind === 'type') return { kind: 'type', type: typeFromName(inner) };
  const symKind =
    op === 'Arg'
      ? 'param'
      : inner.startsWith('type.')
        ? 'type'
        : inner.startsWith('main.') || inner.startsWith('runtime.')
          ? 'global'
          : 'local';
  return { kind: 'sym', name: inner, symKind };
}

interface PendingValue {
  readonly v: Value;
  readonly args: number[];
}

interface PendingBlock {
  readonly b: Block;
  preds: number[];
  succs: number[];
  controls: number[];
}

const VALUE_LINE = /^v(\d+) \((\?|\+?\d+)\) = (\w+) <([^>]*)>(.*)$/;
const BLOCK_LINE = /^b(\d+):(?: <- ((?:b\d+ ?)+))?$/;
const END_LINE = /^(Plain|If|Ret|Exit|First)((?: v\d+)*)(?: -> ((?:b\d+ ?)+))?(?: \((likely|unlikely)\))?$/;

/** parseFuncs reads every function of a dump. */
export function parseFuncs(text: string): Func[] {
  const funcs: Func[] = [];
  let f: Func | undefined;
  let values = new Map<number, PendingValue>();
  let blocks = new Map<number, PendingBlock>();
  let cur: PendingBlock | undefined;
  const finish = (): void => {
    if (!f) return;
    const vOf = (id: number): Value => {
      const p = values.get(id);
      if (!p) throw new Error(`${f!.name}: v${id} is not defined`);
      return p.v;
    };
    const bOf = (id: number): Block => {
      const p = blocks.get(id);
      if (!p) throw new Error(`${f!.name}: b${id} is not defined`);
      return p.b;
    };
    for (const p of values.values()) p.v.args = p.args.map(vOf);
    for (const p of blocks.values()) {
      p.b.preds = p.preds.map(bOf);
      p.b.succs = p.succs.map(bOf);
      p.b.controls = p.controls.map(vOf);
    }
    funcs.push(f);
  };
  text.split('\n').forEach((raw, lineNo) => {
    const line = raw.trim();
    const fail = (why: string): never => {
      throw new Error(`line ${lineNo + 1}: ${why}: ${raw}`);
    };
    if (line === '') return;
    if (!raw.startsWith(' ') && line.endsWith(':') && !line.startsWith('name ')) {
      finish();
      f = newFunc(line.slice(0, -1), [], []);
      values = new Map();
      blocks = new Map();
      cur = undefined;
      return;
    }
    if (!f) return fail('outside a function');
    const fn = f;
    const src = /^# (\d+): (.*)$/.exec(line);
    if (src) return void fn.source.set(Number(src[1]), src[2]!);
    if (line.startsWith('#')) return;
    const named = /^name (.+)\[(.*)\]: ?((?:v\d+ ?)*)$/.exec(line);
    if (named) {
      const ids = named[3]!.trim() === '' ? [] : named[3]!.trim().split(' ');
      fn.names.push({
        name: named[1]!,
        type: typeFromName(named[2]!),
        values: ids.map((id) => values.get(Number(id.slice(1)))!.v),
      });
      return;
    }
    const bm = BLOCK_LINE.exec(line);
    if (bm) {
      const b = newBlock(fn, 'Plain', Number(bm[1]));
      cur = { b, preds: ids(bm[2]), succs: [], controls: [] };
      blocks.set(b.id, cur);
      return;
    }
    if (!cur) return fail('value outside a block');
    const vm = VALUE_LINE.exec(line);
    if (vm) {
      const [, id, pos, opName, typeName, rest0] = vm;
      if (!isOp(opName!)) return fail(`unknown op ${opName}`);
      const op = opName;
      // calls and MakeResult always have tuple types, even of one member (`<mem>`)
      const type =
        opInfo(op).result === 'tuple'
          ? tupleOf(splitTop(typeName!, ',').map(typeFromName))
          : typeFromName(typeName!);
      let rest = rest0!;
      let note: string | undefined;
      let aux: Aux | undefined;
      let auxInt: bigint | number | undefined;
      rest = rest.trimStart();
      if (rest.startsWith('{')) {
        const [inner, next] = braced(rest, 0);
        aux = auxFor(op, inner, type);
        rest = rest.slice(next).trimStart();
      }
      const ai = /^\[([^\]]*)\]/.exec(rest);
      if (ai) {
        const info = opInfo(op);
        auxInt =
          info.aux === 'float' || info.result === 'bool' || !/^Const(8|16|32|64)$/.test(op)
            ? Number(ai[1])
            : BigInt(ai[1]!);
        rest = rest.slice(ai[0].length).trimStart();
      }
      const semi = rest.indexOf(';');
      if (semi >= 0) {
        note = rest.slice(semi + 1).trim();
        rest = rest.slice(0, semi).trim();
      }
      const args =
        rest === ''
          ? []
          : rest.split(/\s+/).map((a) => (/^v\d+$/.test(a) ? Number(a.slice(1)) : fail(`bad arg ${a}`)));
      const p =
        pos === '?'
          ? { line: 0, stmt: false }
          : { line: Number(pos!.replace('+', '')), stmt: pos!.startsWith('+') };
      const v = newValue(cur.b, op, type, [], aux, auxInt, p, Number(id));
      if (note) v.note = note;
      values.set(v.id, { v, args });
      return;
    }
    const em = END_LINE.exec(line);
    if (em) {
      cur.b.kind = em[1] as BlockKind;
      cur.controls =
        em[2]!.trim() === ''
          ? []
          : em[2]!
              .trim()
              .split(' ')
              .map((x) => Number(x.slice(1)));
      cur.succs = ids(em[3]);
      cur.b.likely = em[4] as 'likely' | 'unlikely' | undefined;
      return;
    }
    fail('unrecognised line');
  });
  finish();
  return funcs;
}

function ids(list: string | undefined): number[] {
  return (list ?? '').trim() === ''
    ? []
    : list!
        .trim()
        .split(/\s+/)
        .map((x) => Number(x.slice(1)));
}

/** parseFunc reads a dump holding exactly one function. */
export function parseFunc(text: string): Func {
  const fs = parseFuncs(text);
  if (fs.length !== 1) throw new Error(`expected one function, found ${fs.length}`);
  return fs[0]!;
}
