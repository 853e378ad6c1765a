// Go's fmt for the mini-Go subset: Print/Println/Sprint(ln) operand rules and Printf verbs, reading values
// of any Go type from simulated memory.
//
// Invariants:
//  - All text is a "byte string": one JS char per byte (Go strings are bytes; invalid UTF-8 passes through).
//    Rune-aware steps (width padding, %c, %q, %U) decode/encode UTF-8 explicitly.
//  - A value is addressed as (Go type, address of its bytes); interface operands whose type is pointer-shaped
//    carry the value itself in the data word and are first spilled to a scratch slot.
//  - %#v (sharpV) follows print.go's printValue: T{...} with ", " separators and field names, T(nil) for
//    nil slices/maps/interfaces, (T)(0x..) for pointers below the top level, unsigned ints as 0x hex.
//  - Like print.go's handleMethods, a value under %v %s %q %x %X (not %#v) prints the result of the
//    Error() or String() method in its method set, promoted ones included (ValueSource.callMethod), except
//    below an unexported field.
//  - Maps print with keys sorted as Go's internal/fmtsort does (numbers by value, strings bytewise, bools
//    false first, pointers by address, structs/arrays field by field).

import type { Type } from '../../compiler/types/index.js';
import { isDirectIface, offsetsof, sizeof, under } from '../../compiler/types/index.js';
import type { Memory } from '../memory/memory.js';
import { typeName } from '../exec/rtypes.js';
import { formatFloat } from './floats.js';
import { canBackquote, decodeRune, encodeRune, quoteBytes, quoteRune, runeCount } from './utf8.js';

/** MethodPanic is a String/Error call that panicked: fmt prints %!v(PANIC=String method: ...). */
export interface MethodPanic {
  readonly method: string;
  readonly panic: string;
}

/** ValueSource is what fmt needs from the executor. */
export interface ValueSource {
  readonly mem: Memory;
  typeAt(addr: number): Type | undefined;
  /** mapEntries returns the (key address, elem address) pairs of map h of type t, in any order. */
  mapEntries(t: Type, h: number): Array<[number, number]>;
  /** spill stores a word in scratch memory and returns its address (for pointer-shaped iface data). */
  spill(word: number): number;
  /**
   * callMethod runs the value's `Error() string` or `String() string` method, declared or promoted (fmt's
   * handleMethods): its result, null for a nil pointer operand the method would dereference (printed
   * <nil>), a MethodPanic, or undefined when the method set has neither.
   */
  callMethod(t: Type, addr: number): string | null | MethodPanic | undefined;
}

/** Operand is one interface argument: its dynamic type (undefined = nil interface) and value address. */
export interface Operand {
  readonly t: Type | undefined;
  readonly addr: number;
}

/** operandOf turns an interface (type word, data word) into an Operand. */
export function operandOf(src: ValueSource, typeWord: number, data: number): Operand {
  const t = src.typeAt(typeWord);
  if (t === undefined) return { t: undefined, addr: 0 };
  return { t, addr: isDirectIface(t) ? src.spill(data) : data };
}

function readString(m: Memory, addr: number): string {
  const p = m.loadPtr(addr);
  const n = m.loadI64(addr + 8);
  if (n === 0) return '';
  const bytes = m.bytes(p, n);
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

function readInt(m: Memory, u: Type & { kind: 'Basic' }, addr: number): bigint {
  const size = sizeof(u);
  const unsigned = u.basic.startsWith('uint');
  switch (size) {
    case 1:
      return BigInt(unsigned ? m.load8(addr) : m.loadI8(addr));
    case 2:
      return BigInt(unsigned ? m.load16(addr) : m.loadI16(addr));
    case 4:
      return BigInt(unsigned ? m.load32(addr) : m.loadI32(addr));
    default:
      return unsigned ? m.loadBigU64(addr) : m.loadBigI64(addr);
  }
}

interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** %+v: print struct field names (the plus flag itself is cleared, as fmt does). */
  plusV: boolean;
  /** Reached through an unexported struct field: reflect cannot Interface() it, so no methods are called. */
  ro: boolean;
  /** %#v: Go-syntax representation (the sharp flag itself is cleared, as fmt does). */
  sharpV: boolean;
  width: number;
  prec: number;
}
const NoFlags: Flags = {
  plus: false,
  minus: false,
  sharp: false,
  space: false,
  zero: false,
  plusV: false,
  ro: false,
  sharpV: false,
  width: -1,
  prec: -1,
};

function pad(s: string, f: Flags): string {
  if (f.width < 0) return s;
  const n = runeCount(s);
  if (n >= f.width) return s;
  const fill = f.width - n;
  if (f.minus) return s + ' '.repeat(fill);
  if (f.zero) {
    const signed = s[0] === '-' || s[0] === '+' || s[0] === ' ';
    return signed ? s[0] + '0'.repeat(fill) + s.slice(1) : '0'.repeat(fill) + s;
  }
  return ' '.repeat(fill) + s;
}

function fmtInteger(v: bigint, verb: string, f: Flags, unsigned: boolean): string {
  const neg = v < 0n;
  let a = neg ? -v : v;
  let digits: string;
  switch (verb) {
    case 'b':
      digits = a.toString(2);
      break;
    case 'o':
    case 'O':
      digits = a.toString(8);
      break;
    case 'x':
      digits = a.toString(16);
      break;
    case 'X':
      digits = a.toString(16).toUpperCase();
      break;
    default:
      digits = a.toString(10);
  }
  if (f.prec >= 0) {
    if (f.prec === 0 && a === 0n) digits = '';
    digits = digits.padStart(f.prec, '0');
  }
  if (f.sharp) {
    if (verb === 'x') digits = '0x' + digits;
    else if (verb === 'X') digits = '0X' + digits;
    else if (verb === 'o' && digits[0] !== '0') digits = '0' + digits;
    else if (verb === 'b') digits = '0b' + digits;
  }
  if (verb === 'O') digits = '0o' + digits;
  const sign = neg ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  void unsigned;
  a = 0n;
  return pad(sign + digits, f.prec >= 0 ? { ...f, zero: false } : f);
}

/**
 * fmtQ is format.go's fmtQ: the string truncated to the precision, backquoted under %#q when
 * strconv.CanBackquote allows, else quoted (only ASCII kept under %+q).
 */
function fmtQ(s: string, f: Flags): string {
  const t = f.prec >= 0 ? truncRunes(s, f.prec) : s;
  if (f.sharp && canBackquote(t)) return pad('`' + t + '`', f);
  return pad(quoteBytes(t, f.plus), f);
}

const escapeVerbs = new Set(['q']);
/** Verbs under which fmt calls Error/String methods (handleMethods). */
const stringVerbs = new Set(['v', 's', 'x', 'X', 'q']);

/** isExported: does a field name start with an upper-case letter (reflect's CanInterface on fields)? */
function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Printer formats operands; depth > 0 means "inside a composite" (pointers print as addresses). */
class Printer {
  constructor(readonly src: ValueSource) {}

  /** badVerb is print.go's badVerb: the operand printed with %v under the verb's own flags and width. */
  badVerb(verb: string, op: Operand, f: Flags): string {
    if (op.t === undefined) return `%!${verb}(<nil>)`;
    return `%!${verb}(${typeName(op.t)}=${this.value(op.t, op.addr, 'v', f, 0)})`;
  }

  value(t: Type, addr: number, verb: string, f: Flags, depth: number): string {
    const m = this.src.mem;
    if (
      (t.kind === 'Named' || t.kind === 'Pointer' || t.kind === 'Struct') &&
      !f.sharpV &&
      !f.ro &&
      stringVerbs.has(verb)
    ) {
      const r = this.src.callMethod(t, addr);
      if (r === null) return pad('<nil>', f);
      if (typeof r === 'object') return `%!${verb}(PANIC=${r.method} method: ${r.panic})`;
      if (r !== undefined) return this.str(r, verb, f, t, addr);
    }
    const u = under(t);
    switch (u.kind) {
      case 'Basic': {
        if (u.basic === 'bool') {
          if (verb !== 'v' && verb !== 't') return this.badVerb(verb, { t, addr }, f);
          return pad(m.load8(addr) !== 0 ? 'true' : 'false', f);
        }
        if (u.basic === 'string') return this.str(readString(m, addr), verb, f, t, addr);
        if (u.basic === 'float32' || u.basic === 'float64') {
          const bits = u.basic === 'float32' ? 32 : 64;
          const v = bits === 32 ? m.loadF32(addr) : m.loadF64(addr);
          return this.float(v, verb, f, bits, t, addr);
        }
        if (u.basic === 'unsafe.Pointer' || u.basic === 'uintptr') {
          const p = m.loadPtr(addr);
          if (u.basic === 'uintptr' && verb === 'v' && f.sharpV)
            return fmtInteger(BigInt(p), 'x', { ...f, sharp: true }, true);
          if (u.basic === 'unsafe.Pointer' && f.sharpV) return this.pointer(p, verb, f, t, addr);
          return u.basic === 'uintptr'
            ? fmtInteger(BigInt(p), verb === 'v' ? 'd' : verb, f, true)
            : pad('0x' + p.toString(16), f);
        }
        const v = readInt(m, u, addr);
        const unsigned = u.basic.startsWith('uint');
        switch (verb) {
          case 'v':
            // %#v prints unsigned integers as 0x hex (print.go fmtInteger: fmt0x64(v, true)).
            if (f.sharpV && unsigned) return fmtInteger(v, 'x', { ...f, sharp: true }, true);
            return fmtInteger(v, 'd', f, unsigned);
          case 'd':
            return fmtInteger(v, 'd', f, unsigned);
          case 'b':
          case 'o':
          case 'O':
          case 'x':
          case 'X':
            return fmtInteger(v, verb, f, unsigned);
          case 'c':
            return pad(encodeRune(Number(v)), f);
          case 'q':
            return pad(quoteRune(Number(v), f.plus), f);
          case 'U': {
            const hex = v.toString(16).toUpperCase().padStart(4, '0');
            return pad('U+' + hex + (f.sharp ? ` '${encodeRune(Number(v))}'` : ''), f);
          }
          default:
            return this.badVerb(verb, { t, addr }, f);
        }
      }
      case 'Pointer': {
        const p = m.loadPtr(addr);
        // printValue: at depth 0 a pointer to a struct/array/slice/map prints as & and the value under
        // any verb but %p (printArg handles %p before printValue)
        if (depth === 0 && p !== 0 && verb !== 'p') {
          const e = under(u.elem);
          if (e.kind === 'Struct' || e.kind === 'Array' || e.kind === 'Slice' || e.kind === 'Map')
            return '&' + this.value(u.elem, p, verb, f, depth + 1);
        }
        return this.pointer(p, verb, f, t, addr);
      }
      case 'Map': {
        const h = m.loadPtr(addr);
        if (verb === 'p') return pad('0x' + h.toString(16), f);
        if (f.sharpV && h === 0) return typeName(t) + '(nil)';
        const entries = h === 0 ? [] : this.src.mapEntries(t, h);
        entries.sort((a, b) => compareKeys(m, u.key, a[0], b[0]));
        const parts = entries.map(
          ([k, e]) =>
            this.value(u.key, k, verb, f, depth + 1) + ':' + this.value(u.elem, e, verb, f, depth + 1),
        );
        if (f.sharpV) return typeName(t) + '{' + parts.join(', ') + '}';
        return 'map[' + parts.join(' ') + ']';
      }
      case 'Struct': {
        const offs = offsetsof(u);
        const parts = u.fields.map((fld, i) => {
          const ff = f.ro || isExported(fld.name) ? f : { ...f, ro: true };
          const s = this.value(fld.type, addr + (offs[i] ?? 0), verb, ff, depth + 1);
          return f.plusV || f.sharpV ? `${fld.name}:${s}` : s;
        });
        if (f.sharpV) return typeName(t) + '{' + parts.join(', ') + '}';
        return '{' + parts.join(' ') + '}';
      }
      case 'Array':
      case 'Slice': {
        let p = addr;
        let n: number;
        if (u.kind === 'Slice') {
          p = m.loadPtr(addr);
          n = m.loadI64(addr + 8);
        } else n = u.len;
        const elem = u.elem;
        const eu = under(elem);
        if (
          eu.kind === 'Basic' &&
          eu.basic === 'uint8' &&
          (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X')
        ) {
          let s = '';
          for (let i = 0; i < n; i++) s += String.fromCharCode(m.load8(p + i));
          if (verb === 's') return pad(s, f);
          if (verb === 'q') return fmtQ(s, f);
          return pad(hexBytes(s, verb === 'X', f), f);
        }
        if (verb === 'p' && u.kind === 'Slice') return pad('0x' + p.toString(16), f);
        // %#v: an unnamed []byte operand is spelled []byte (printArg's []byte case), anything else by
        // its reflect type string; a nil slice prints as T(nil).
        const tn =
          depth === 0 && t.kind === 'Slice' && eu.kind === 'Basic' && eu.basic === 'uint8'
            ? '[]byte'
            : typeName(t);
        if (f.sharpV && u.kind === 'Slice' && p === 0) return tn + '(nil)';
        const size = sizeof(elem);
        const parts: string[] = [];
        for (let i = 0; i < n; i++) parts.push(this.value(elem, p + i * size, verb, f, depth + 1));
        if (f.sharpV) return tn + '{' + parts.join(', ') + '}';
        return '[' + parts.join(' ') + ']';
      }
      case 'Interface': {
        const tw = m.loadPtr(addr);
        if (tw === 0) return f.sharpV ? typeName(t) + '(nil)' : pad('<nil>', f);
        const op = operandOf(this.src, tw, m.loadPtr(addr + 8));
        return this.operand(op, verb, f, depth + 1);
      }
      case 'Signature': {
        const p = m.loadPtr(addr);
        return this.pointer(p === 0 ? 0 : m.loadPtr(p), verb, f, t, addr);
      }
      default:
        return '?';
    }
  }

  /** str is print.go's fmtString: a string operand (or a String/Error result) under verb. */
  str(s: string, verb: string, f: Flags, t: Type, addr: number): string {
    switch (verb) {
      case 'v':
        if (f.sharpV) return pad(quoteBytes(f.prec >= 0 ? truncRunes(s, f.prec) : s), f);
        return pad(f.prec >= 0 ? truncRunes(s, f.prec) : s, f);
      case 's':
        return pad(f.prec >= 0 ? truncRunes(s, f.prec) : s, f);
      case 'q':
        return fmtQ(s, f);
      case 'x':
      case 'X':
        return pad(hexBytes(s, verb === 'X', f), f);
      default:
        return this.badVerb(verb, { t, addr }, f);
    }
  }

  pointer(p: number, verb: string, f: Flags, t: Type, addr: number): string {
    if (verb === 'v' && f.sharpV) return `(${typeName(t)})(${p === 0 ? 'nil' : '0x' + p.toString(16)})`;
    switch (verb) {
      case 'v':
      case 'p':
        return pad(p === 0 && verb === 'v' ? '<nil>' : '0x' + p.toString(16), f);
      case 'x':
      case 'X':
      case 'd':
      case 'o':
      case 'b':
        return fmtInteger(BigInt(p), verb, f, true);
      default:
        return this.badVerb(verb, { t, addr }, f);
    }
  }

  float(v: number, verb: string, f: Flags, bits: 32 | 64, t: Type, addr: number): string {
    let s: string;
    switch (verb) {
      case 'v':
        s = formatFloat(v, 'g', f.prec, bits);
        break;
      case 'g':
      case 'G':
        s = formatFloat(v, verb, f.prec, bits);
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
        s = formatFloat(v, verb, f.prec < 0 ? 6 : f.prec, bits);
        break;
      default:
        return this.badVerb(verb, { t, addr }, f);
    }
    if (f.plus && s[0] !== '-' && s[0] !== '+') s = '+' + s;
    else if (f.space && s[0] !== '-' && s[0] !== '+') s = ' ' + s;
    if (s === '+Inf' && !f.plus) s = f.space ? ' Inf' : '+Inf';
    if (!Number.isFinite(v)) return pad(s, { ...f, zero: false });
    return pad(s, f);
  }

  operand(op: Operand, verb: string, f: Flags, depth = 0): string {
    if (op.t === undefined) return verb === 'v' ? pad('<nil>', f) : this.badVerb(verb, op, f);
    if (verb === 'T') return pad(typeName(op.t), f);
    if (verb === 'v' && f.plus && depth === 0) f = { ...f, plus: false, plusV: true };
    if (verb === 'v' && f.sharp && depth === 0) f = { ...f, sharp: false, sharpV: true };
    return this.value(op.t, op.addr, verb, f, depth);
  }
}

function truncRunes(s: string, n: number): string {
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    i += decodeRune(s, i).size;
    count++;
  }
  return s.slice(0, i);
}

function hexBytes(s: string, upper: boolean, f: Flags): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (f.space && i > 0) out += ' ';
    if (f.sharp && (f.space || i === 0)) out += upper ? '0X' : '0x';
    out += s.charCodeAt(i).toString(16).padStart(2, '0');
  }
  return upper ? out.toUpperCase().replace(/0X/g, '0X') : out;
}

/** compareKeys orders map keys as internal/fmtsort.compare. */
function compareKeys(m: Memory, t: Type, a: number, b: number): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic': {
      if (u.basic === 'string') {
        const x = readString(m, a);
        const y = readString(m, b);
        return x < y ? -1 : x > y ? 1 : 0;
      }
      if (u.basic === 'bool') return m.load8(a) - m.load8(b);
      if (u.basic === 'float32' || u.basic === 'float64') {
        const x = u.basic === 'float32' ? m.loadF32(a) : m.loadF64(a);
        const y = u.basic === 'float32' ? m.loadF32(b) : m.loadF64(b);
        if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
        if (Number.isNaN(y)) return 1;
        return x < y ? -1 : x > y ? 1 : 0;
      }
      const x = readInt(m, u, a);
      const y = readInt(m, u, b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'Pointer':
    case 'Map': {
      const x = m.loadPtr(a);
      const y = m.loadPtr(b);
      return x - y;
    }
    case 'Struct': {
      const offs = offsetsof(u);
      for (let i = 0; i < u.fields.length; i++) {
        const c = compareKeys(m, u.fields[i]!.type, a + offs[i]!, b + offs[i]!);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'Array': {
      const size = sizeof(u.elem);
      for (let i = 0; i < u.len; i++) {
        const c = compareKeys(m, u.elem, a + i * size, b + i * size);
        if (c !== 0) return c;
      }
      return 0;
    }
    default:
      return 0;
  }
}

function isStringOperand(op: Operand): boolean {
  if (op.t === undefined) return false;
  const u = under(op.t);
  return u.kind === 'Basic' && u.basic === 'string';
}

/** sprint is Sprint (ln = false) / Sprintln (ln = true). */
export function sprint(src: ValueSource, ops: readonly Operand[], ln: boolean): string {
  const p = new Printer(src);
  let out = '';
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (i > 0 && (ln || (!isStringOperand(op) && !isStringOperand(ops[i - 1]!)))) out += ' ';
    out += p.operand(op, 'v', NoFlags);
  }
  return ln ? out + '\n' : out;
}

/** sprintf is Sprintf(format, ops...). */
export function sprintf(src: ValueSource, format: string, ops: readonly Operand[]): string {
  const p = new Printer(src);
  let out = '';
  let argi = 0;
  const n = format.length;
  for (let i = 0; i < n;) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const f: Flags = { ...NoFlags };
    for (; i < n; i++) {
      const ch = format[i];
      if (ch === '+') f.plus = true;
      else if (ch === '-') f.minus = true;
      else if (ch === '#') f.sharp = true;
      else if (ch === ' ') f.space = true;
      else if (ch === '0') f.zero = !f.minus;
      else break;
    }
    const num = (): number => {
      let v = -1;
      while (i < n && format[i]! >= '0' && format[i]! <= '9') {
        v = (v < 0 ? 0 : v * 10) + Number(format[i]);
        i++;
      }
      return v;
    };
    if (format[i] === '*') {
      i++;
      const op = ops[argi++];
      f.width = op?.t !== undefined ? Number(src.mem.loadI64(op.addr)) : -1;
      if (f.width < 0 && op !== undefined) {
        f.minus = true;
        f.width = -f.width;
      }
    } else f.width = num();
    if (format[i] === '.') {
      i++;
      if (format[i] === '*') {
        i++;
        const op = ops[argi++];
        f.prec = op?.t !== undefined ? Number(src.mem.loadI64(op.addr)) : -1;
      } else {
        f.prec = num();
        if (f.prec < 0) f.prec = 0;
      }
    }
    if (f.minus) f.zero = false;
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const r = decodeRune(format, i);
    const verb = format.slice(i, i + r.size);
    i += r.size;
    if (verb === '%') {
      out += '%';
      continue;
    }
    const op = ops[argi++];
    if (op === undefined) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += escapeVerbs.has(verb) || true ? p.operand(op, verb, f) : '';
  }
  if (argi < ops.length) {
    const extra = ops
      .slice(argi)
      .map((op) => (op.t === undefined ? '<nil>' : `${typeName(op.t)}=${p.operand(op, 'v', NoFlags)}`));
    out += '%!(EXTRA ' + extra.join(', ') + ')';
  }
  return out;
}
