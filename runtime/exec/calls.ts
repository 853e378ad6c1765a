// The table of runtime and fmt functions a StaticLECall may name, each compiled once per call site into an
// Instr with its argument and result slots resolved (Go 1.19 names and argument orders, see
// compiler/ssa/README.md).
//
// Invariants: type-descriptor arguments are constant `Addr {type.T}` values resolved at compile time, so a
// map call holds its MapType directly; a call to a name missing from RUNTIME_CALLS is an InternalError at
// compile time, never at run time.

import { InternalError } from '../../compiler/diag/index.js';
import type { Value } from '../../compiler/ssa/ir.js';
import type { Type } from '../../compiler/types/index.js';
import { sizeof, under } from '../../compiler/types/index.js';
import * as M from '../map/index.js';
import { growslice } from '../memory/growslice.js';
import { roundupsize } from '../memory/sizeclasses.js';
import { decodeRune, encodeRune } from '../fmt/utf8.js';
import { GoPanic } from '../panic.js';
import { operandOf, sprint, sprintf, type Operand } from '../fmt/format.js';
import { printFloat } from '../fmt/floats.js';
import type { Env } from './env.js';
import type { I64 } from './ints.js';
import { u64 } from './ints.js';
import { loadInt64 } from './memops.js';
import { concat } from './calls-concat.js';
import { RuntimeErrorPanic, UserPanic } from './panics.js';
import type { Instr, Val } from './program.js';

/** CallSite is what a runtime call's compiler gets: slots of its arguments and results. */
export interface CallSite {
  readonly env: Env;
  readonly v: Value;
  /** First slot of each input. */
  readonly a: readonly number[];
  /** First slot of each result. */
  readonly r: readonly number[];
  /** The Go type described by input i when it is a constant type descriptor. */
  typeArg(i: number): Type;
  /** Size in bytes of the type described by input i (works for types with no Go type, e.g. closures). */
  typeSize(i: number): number;
  /** Allocation site id of this call. */
  readonly site: number;
}

export type RuntimeCall = (c: CallSite) => Instr;

const TWO32 = 4294967296;
function lo32(k: I64): number {
  return typeof k === 'number' ? k >>> 0 : Number(BigInt.asUintN(32, k));
}
function hi32(k: I64): number {
  return typeof k === 'number' ? Math.floor(k / TWO32) | 0 : Number(BigInt.asIntN(32, k >> 32n));
}

function mapCall(
  kind: 'access1' | 'access2' | 'assign' | 'delete',
  key: 'generic' | 'fast32' | 'fast64' | 'faststr' | 'ptr',
): RuntimeCall {
  return (c) => {
    const rt = c.env.rt.maps;
    const t = c.env.types.mapType(c.env.types.addrOf(c.typeArg(0)));
    const [, hs, ks] = c.a as [number, number, number];
    const r0 = c.r[0] ?? 0;
    const r1 = c.r[1] ?? 0;
    const env = c.env;
    const put = (s: Val[], b: number, p: number): void => {
      if (kind === 'assign' && env.trackMaps) env.mapTypeOf.set(s[b + hs] as number, t);
      if (kind === 'delete') return;
      s[b + r0] = p;
      if (kind === 'access2') s[b + r1] = rt.ok ? 1 : 0;
    };
    switch (key) {
      case 'fast64': {
        const f = {
          access1: M.mapaccess1_fast64,
          access2: M.mapaccess2_fast64,
          assign: M.mapassign_fast64,
          delete: M.mapdelete_fast64,
        }[kind];
        return (s, b) => {
          const k = s[b + ks] as I64;
          put(s, b, f(rt, t, s[b + hs] as number, lo32(k), hi32(k)) ?? 0);
        };
      }
      case 'fast32': {
        const f = {
          access1: M.mapaccess1_fast32,
          access2: M.mapaccess2_fast32,
          assign: M.mapassign_fast32,
          delete: M.mapdelete_fast32,
        }[kind];
        return (s, b) => put(s, b, f(rt, t, s[b + hs] as number, s[b + ks] as number) ?? 0);
      }
      case 'faststr': {
        const f = {
          access1: M.mapaccess1_faststr,
          access2: M.mapaccess2_faststr,
          assign: M.mapassign_faststr,
          delete: M.mapdelete_faststr,
        }[kind];
        return (s, b) =>
          put(s, b, f(rt, t, s[b + hs] as number, s[b + ks] as number, s[b + ks + 1] as number) ?? 0);
      }
      case 'ptr':
        return (s, b) => put(s, b, M.mapassign_fast64ptr(rt, t, s[b + hs] as number, s[b + ks] as number));
      case 'generic': {
        const f = { access1: M.mapaccess1, access2: M.mapaccess2, assign: M.mapassign, delete: M.mapdelete }[
          kind
        ];
        return (s, b) => put(s, b, f(rt, t, s[b + hs] as number, s[b + ks] as number) ?? 0);
      }
    }
  };
}

function fatAccess(two: boolean): RuntimeCall {
  return (c) => {
    const rt = c.env.rt.maps;
    const t = c.env.types.mapType(c.env.types.addrOf(c.typeArg(0)));
    const [, hs, ks, zs] = c.a as [number, number, number, number];
    const r0 = c.r[0]!;
    const r1 = c.r[1] ?? 0;
    return (s, b) => {
      const p = M.mapaccess2(rt, t, s[b + hs] as number, s[b + ks] as number);
      s[b + r0] = rt.ok ? p : (s[b + zs] as number);
      if (two) s[b + r1] = rt.ok ? 1 : 0;
    };
  };
}

function elemSize(c: CallSite, i: number): number {
  return c.typeSize(i);
}

function convT(size: number, small: boolean): RuntimeCall {
  return (c) => {
    const env = c.env;
    const [x] = c.a as [number];
    const r = c.r[0]!;
    if (c.v.args[0]!.type.cls === 'float') {
      return (s, b) => {
        const p = env.rt.heap.alloc(size, c.site);
        if (size === 8) env.mem.storeF64(p, s[b + x] as number);
        else env.mem.storeF32(p, s[b + x] as number);
        s[b + r] = p;
      };
    }
    if (c.v.args[0]!.type.cls === 'bool') {
      return (s, b) => void (s[b + r] = env.staticUint64s + (s[b + x] ? 8 : 0));
    }
    return (s, b) => {
      const v = s[b + x] as I64;
      if (small && typeof v === 'number' && v >= 0 && v < 256) {
        s[b + r] = env.staticUint64s + v * 8 + (size === 8 ? 0 : 0);
        return;
      }
      const p = env.rt.heap.alloc(size, c.site);
      const m = env.mem;
      if (size === 8) {
        if (typeof v === 'number') m.storeI64(p, v);
        else m.storeBig64(p, v);
      } else if (size === 4) m.store32(p, v as number);
      else if (size === 2) m.store16(p, (v as number) & 0xffff);
      else m.store8(p, (v as number) & 0xff);
      s[b + r] = p;
    };
  };
}

/** operandsOf reads a []interface{} at (ptr, len) into fmt operands. */
function operandsOf(env: Env, p: number, n: number): Operand[] {
  const ops: Operand[] = [];
  const m = env.mem;
  for (let i = 0; i < n; i++)
    ops.push(operandOf(env.valueSource, m.loadPtr(p + 16 * i), m.loadPtr(p + 16 * i + 8)));
  return ops;
}

function fmtCall(kind: 'print' | 'println' | 'printf' | 'sprint' | 'sprintln' | 'sprintf'): RuntimeCall {
  return (c) => {
    const env = c.env;
    const formatted = kind === 'printf' || kind === 'sprintf';
    const fs = c.a[0]!;
    const as = formatted ? c.a[1]! : c.a[0]!;
    const r0 = c.r[0] ?? 0;
    const r1 = c.r[1] ?? 0;
    return (s, b) => {
      const mark = env.spillMark();
      const ops = operandsOf(env, s[b + as] as number, s[b + as + 1] as number);
      let out: string;
      if (formatted)
        out = sprintf(env.valueSource, env.readBytes(s[b + fs] as number, s[b + fs + 1] as number), ops);
      else out = sprint(env.valueSource, ops, kind === 'println' || kind === 'sprintln');
      env.spillRelease(mark);
      if (kind.startsWith('s')) {
        s[b + r0] = env.newString(out, c.site);
        s[b + r0 + 1] = out.length;
      } else {
        env.stdout.push(out);
        if (c.r.length > 0) {
          s[b + r0] = out.length;
          s[b + r1] = 0;
          s[b + r1 + 1] = 0;
        }
      }
    };
  };
}

function printCall(f: (env: Env, s: Val[], b: number, a: readonly number[]) => string): RuntimeCall {
  return (c) => {
    const env = c.env;
    const a = c.a;
    return (s, b) => void env.stderr.push(f(env, s, b, a));
  };
}

function panicWith(message: string): RuntimeCall {
  return () => () => {
    throw new RuntimeErrorPanic(message);
  };
}

/** panicValueText is what Go's printpanicval prints for panic(v) with v of dynamic type t. */
function panicValueText(env: Env, typeWord: number, data: number): string {
  const t = env.types.typeAt(typeWord);
  if (t === undefined) return 'nil';
  const u = under(t);
  const op = operandOf(env.valueSource, typeWord, data);
  const v = sprint(env.valueSource, [op], false);
  if (u.kind === 'Basic') {
    if (t.kind === 'Named') return `main.${t.obj.name}(${u.basic === 'string' ? '"' + v + '"' : v})`;
    if (u.basic === 'float32' || u.basic === 'float64')
      return printFloat(u.basic === 'float32' ? env.mem.loadF32(op.addr) : env.mem.loadF64(op.addr));
    return v;
  }
  const { typeName } = { typeName: (x: Type) => (x.kind === 'Named' ? `main.${x.obj.name}` : '') };
  return `(${typeName(t)}) 0x${data.toString(16)}`;
}

export const RUNTIME_CALLS: Record<string, RuntimeCall> = {
  'runtime.mapaccess1': mapCall('access1', 'generic'),
  'runtime.mapaccess1_fast32': mapCall('access1', 'fast32'),
  'runtime.mapaccess1_fast64': mapCall('access1', 'fast64'),
  'runtime.mapaccess1_faststr': mapCall('access1', 'faststr'),
  'runtime.mapaccess1_fat': fatAccess(false),
  'runtime.mapaccess2': mapCall('access2', 'generic'),
  'runtime.mapaccess2_fast32': mapCall('access2', 'fast32'),
  'runtime.mapaccess2_fast64': mapCall('access2', 'fast64'),
  'runtime.mapaccess2_faststr': mapCall('access2', 'faststr'),
  'runtime.mapaccess2_fat': fatAccess(true),
  'runtime.mapassign': mapCall('assign', 'generic'),
  'runtime.mapassign_fast32': mapCall('assign', 'fast32'),
  'runtime.mapassign_fast32ptr': mapCall('assign', 'fast32'),
  'runtime.mapassign_fast64': mapCall('assign', 'fast64'),
  'runtime.mapassign_fast64ptr': mapCall('assign', 'ptr'),
  'runtime.mapassign_faststr': mapCall('assign', 'faststr'),
  'runtime.mapdelete': mapCall('delete', 'generic'),
  'runtime.mapdelete_fast32': mapCall('delete', 'fast32'),
  'runtime.mapdelete_fast64': mapCall('delete', 'fast64'),
  'runtime.mapdelete_faststr': mapCall('delete', 'faststr'),
  'runtime.makemap_small': (c) => {
    const rt = c.env.rt.maps;
    const r = c.r[0]!;
    return (s, b) => void (s[b + r] = M.makemap_small(rt, c.site));
  },
  'runtime.makemap': (c) => {
    const rt = c.env.rt.maps;
    const t = c.env.types.mapType(c.env.types.addrOf(c.typeArg(0)));
    const [, hint, hs] = c.a as [number, number, number];
    const r = c.r[0]!;
    return (s, b) => {
      const n = s[b + hint] as I64;
      s[b + r] = M.makemap(rt, t, typeof n === 'number' ? n : -1, s[b + hs] as number, c.site);
    };
  },
  'runtime.mapiterinit': (c) => {
    const env = c.env;
    const t = env.types.mapType(env.types.addrOf(c.typeArg(0)));
    const [, hs, its] = c.a as [number, number, number];
    return (s, b) => {
      const addr = s[b + its] as number;
      const it = new M.MapIter(t);
      env.iters.set(addr, it);
      M.mapiterinit(env.rt.maps, t, s[b + hs] as number, it);
      env.mem.storePtr(addr, it.key);
      env.mem.storePtr(addr + 8, it.elem);
    };
  },
  'runtime.mapiternext': (c) => {
    const env = c.env;
    const [its] = c.a as [number];
    return (s, b) => {
      const addr = s[b + its] as number;
      const it = env.iters.get(addr);
      if (it === undefined) throw new InternalError('exec', 'mapiternext without mapiterinit');
      M.mapiternext(env.rt.maps, it);
      env.mem.storePtr(addr, it.key);
      env.mem.storePtr(addr + 8, it.elem);
      if (it.key === 0) env.iters.delete(addr);
    };
  },
  'runtime.mapclear': (c) => {
    const rt = c.env.rt.maps;
    const t = c.env.types.mapType(c.env.types.addrOf(c.typeArg(0)));
    const hs = c.a[1]!;
    return (s, b) => M.mapclear(rt, t, s[b + hs] as number);
  },
  'runtime.fastrand': (c) => {
    const r = c.r[0]!;
    return (s, b) => void (s[b + r] = c.env.rt.rand.next() | 0);
  },
  'runtime.newobject': (c) => {
    const heap = c.env.rt.heap;
    const size = elemSize(c, 0);
    const r = c.r[0]!;
    return (s, b) => void (s[b + r] = heap.alloc(size, c.site));
  },
  'runtime.makeslice': (c) => {
    const heap = c.env.rt.heap;
    const size = elemSize(c, 0);
    const [, ls, cs] = c.a as [number, number, number];
    const r = c.r[0]!;
    return (s, b) => {
      const len = s[b + ls] as I64;
      const cap = s[b + cs] as I64;
      if (typeof len !== 'number' || len < 0 || len > 2 ** 48 / Math.max(size, 1))
        throw new RuntimeErrorPanic('runtime error: makeslice: len out of range');
      if (typeof cap !== 'number' || cap < len || cap * size > 2 ** 48)
        throw new RuntimeErrorPanic('runtime error: makeslice: cap out of range');
      s[b + r] = heap.alloc(cap * size, c.site);
    };
  },
  'runtime.growslice': (c) => {
    const heap = c.env.rt.heap;
    const size = elemSize(c, 0);
    const [, os, ns] = c.a as [number, number, number];
    const r = c.r[0]!;
    return (s, b) => {
      const h = growslice(
        heap,
        size,
        s[b + os] as number,
        s[b + os + 1] as number,
        s[b + os + 2] as number,
        s[b + ns] as number,
        c.site,
      );
      s[b + r] = h.ptr;
      s[b + r + 1] = h.len;
      s[b + r + 2] = h.cap;
    };
  },
  'runtime.concatstring2': concat(2),
  'runtime.concatstring3': concat(3),
  'runtime.concatstring4': concat(4),
  'runtime.concatstring5': concat(5),
  'runtime.concatstrings': concat('slice'),
  'runtime.convT64': convT(8, true),
  'runtime.convT32': convT(4, true),
  'runtime.convT16': convT(2, true),
  'runtime.convTstring': (c) => {
    const env = c.env;
    const x = c.a[0]!;
    const r = c.r[0]!;
    return (s, b) => {
      if ((s[b + x + 1] as number) === 0) {
        s[b + r] = env.rt.heap.zeroVal;
        return;
      }
      const p = env.rt.heap.alloc(16, c.site);
      env.mem.storePtr(p, s[b + x] as number);
      env.mem.storeI64(p + 8, s[b + x + 1] as number);
      s[b + r] = p;
    };
  },
  'runtime.convTslice': (c) => {
    const env = c.env;
    const x = c.a[0]!;
    const r = c.r[0]!;
    return (s, b) => {
      if ((s[b + x] as number) === 0) {
        s[b + r] = env.rt.heap.zeroVal;
        return;
      }
      const p = env.rt.heap.alloc(24, c.site);
      env.mem.storePtr(p, s[b + x] as number);
      env.mem.storeI64(p + 8, s[b + x + 1] as number);
      env.mem.storeI64(p + 16, s[b + x + 2] as number);
      s[b + r] = p;
    };
  },
  'runtime.convT': (c) => {
    const env = c.env;
    const size = elemSize(c, 0);
    const x = c.a[1]!;
    const r = c.r[0]!;
    return (s, b) => {
      const p = env.rt.heap.alloc(size, c.site);
      env.mem.memmove(p, s[b + x] as number, size);
      s[b + r] = p;
    };
  },
  'runtime.convTnoptr': (c) => RUNTIME_CALLS['runtime.convT']!(c),
  'runtime.memmove': (c) => {
    const env = c.env;
    const [d, x, n] = c.a as [number, number, number];
    return (s, b) => env.mem.memmove(s[b + d] as number, s[b + x] as number, Number(s[b + n]));
  },
  'runtime.memequalstr': (c) => {
    const env = c.env;
    const [x, y] = c.a as [number, number];
    const r = c.r[0]!;
    return (s, b) => {
      const n = s[b + x + 1] as number;
      s[b + r] = n === s[b + y + 1] && env.mem.memequal(s[b + x] as number, s[b + y] as number, n) ? 1 : 0;
    };
  },
  'runtime.stringtoslicerune': (c) => {
    const env = c.env;
    const x = c.a[1]!;
    const r = c.r[0]!;
    return (s, b) => {
      const str = env.readBytes(s[b + x] as number, s[b + x + 1] as number);
      const runes: number[] = [];
      for (let i = 0; i < str.length;) {
        const d = decodeRune(str, i);
        runes.push(d.r);
        i += d.size;
      }
      const cap = runes.length === 0 ? 0 : roundupsize(runes.length * 4) / 4;
      const p = cap === 0 ? env.rt.heap.zerobase : env.rt.heap.alloc(cap * 4, c.site);
      runes.forEach((rn, i) => env.mem.store32(p + 4 * i, rn));
      s[b + r] = p;
      s[b + r + 1] = runes.length;
      s[b + r + 2] = cap;
    };
  },
  'runtime.panicdivide': panicWith('runtime error: integer divide by zero'),
  'runtime.panicshift': panicWith('runtime error: negative shift amount'),
  'runtime.panicmakeslicelen': panicWith('runtime error: makeslice: len out of range'),
  'runtime.panicmakeslicecap': panicWith('runtime error: makeslice: cap out of range'),
  'runtime.gopanic': (c) => {
    const env = c.env;
    const x = c.a[0]!;
    return (s, b) => {
      throw new UserPanic(panicValueText(env, s[b + x] as number, s[b + x + 1] as number));
    };
  },
  'runtime.printlock': () => () => {},
  'runtime.printunlock': () => () => {},
  'runtime.printnl': printCall(() => '\n'),
  'runtime.printsp': printCall(() => ' '),
  'runtime.printint': (c) =>
    c.v.args[0]!.type.signed === false
      ? RUNTIME_CALLS['runtime.printuint']!(c)
      : printCall((_e, s, b, a) => String(s[b + a[0]!]))(c),
  'runtime.printuint': printCall((_e, s, b, a) => u64(s[b + a[0]!] as I64).toString()),
  'runtime.printhex': printCall((_e, s, b, a) => '0x' + u64(s[b + a[0]!] as I64).toString(16)),
  'runtime.printbool': printCall((_e, s, b, a) => (s[b + a[0]!] ? 'true' : 'false')),
  'runtime.printfloat': printCall((_e, s, b, a) => printFloat(s[b + a[0]!] as number)),
  'runtime.printstring': printCall((e, s, b, a) =>
    e.readBytes(s[b + a[0]!] as number, s[b + a[0]! + 1] as number),
  ),
  'runtime.printpointer': printCall((_e, s, b, a) => '0x' + (s[b + a[0]!] as number).toString(16)),
  'runtime.printslice': printCall(
    (_e, s, b, a) => `[${s[b + a[0]! + 1]}/${s[b + a[0]! + 2]}]0x${(s[b + a[0]!] as number).toString(16)}`,
  ),
  'runtime.printeface': printCall(
    (_e, s, b, a) =>
      `(0x${(s[b + a[0]!] as number).toString(16)},0x${(s[b + a[0]! + 1] as number).toString(16)})`,
  ),
  'runtime.slicebytetostring': (c) => {
    const env = c.env;
    const x = c.a[1]!;
    const r = c.r[0]!;
    return (s, b) => {
      const n = s[b + x + 1] as number;
      const src = s[b + x] as number;
      let p = 0;
      if (n === 1) p = env.staticUint64s + 8 * env.mem.load8(src);
      else if (n > 0) {
        p = env.rt.heap.alloc(n, c.site);
        env.mem.memmove(p, src, n);
      }
      s[b + r] = p;
      s[b + r + 1] = n;
    };
  },
  'runtime.slicerunetostring': (c) => {
    const env = c.env;
    const x = c.a[1]!;
    const r = c.r[0]!;
    return (s, b) => {
      const n = s[b + x + 1] as number;
      const src = s[b + x] as number;
      let out = '';
      for (let i = 0; i < n; i++) out += encodeRune(env.mem.loadI32(src + 4 * i));
      s[b + r] = env.newString(out, c.site);
      s[b + r + 1] = out.length;
    };
  },
  'runtime.stringtoslicebyte': (c) => {
    const env = c.env;
    const x = c.a[1]!;
    const r = c.r[0]!;
    return (s, b) => {
      const n = s[b + x + 1] as number;
      const cap = n === 0 ? 0 : roundupsize(n);
      const p = cap === 0 ? env.rt.heap.zerobase : env.rt.heap.alloc(cap, c.site);
      if (n > 0) env.mem.memmove(p, s[b + x] as number, n);
      s[b + r] = p;
      s[b + r + 1] = n;
      s[b + r + 2] = cap;
    };
  },
  'runtime.intstring': (c) => {
    const env = c.env;
    const x = c.a[1]!;
    const r = c.r[0]!;
    return (s, b) => {
      const v = s[b + x] as I64;
      // A 64-bit value beyond the safe range is a bigint: never a valid rune, so U+FFFD (encodeRune's rule).
      const bytes = encodeRune(typeof v === 'number' ? v : -1);
      s[b + r] = env.newString(bytes, c.site);
      s[b + r + 1] = bytes.length;
    };
  },
  'runtime.memequal': (c) => {
    const env = c.env;
    const [x, y, n] = c.a as [number, number, number];
    const r = c.r[0]!;
    return (s, b) =>
      void (s[b + r] = env.mem.memequal(s[b + x] as number, s[b + y] as number, s[b + n] as number) ? 1 : 0);
  },
  'runtime.cmpstring': (c) => {
    const env = c.env;
    const [x, y] = c.a as [number, number];
    const r = c.r[0]!;
    return (s, b) => {
      const p = env.readBytes(s[b + x] as number, s[b + x + 1] as number);
      const q = env.readBytes(s[b + y] as number, s[b + y + 1] as number);
      s[b + r] = p < q ? -1 : p > q ? 1 : 0;
    };
  },
  'runtime.decoderune': (c) => {
    const env = c.env;
    const [x, k] = c.a as [number, number];
    const [r0, r1] = c.r as [number, number];
    return (s, b) => {
      const p = s[b + x] as number;
      const n = s[b + x + 1] as number;
      const i = s[b + k] as number;
      const chunk = env.readBytes(p + i, Math.min(4, n - i));
      const d = decodeRune(chunk, 0);
      s[b + r0] = d.r;
      s[b + r1] = i + d.size;
    };
  },
  'runtime.slicecopy': (c) => {
    const env = c.env;
    const [tp, tl, fp, fl, w] = c.a as [number, number, number, number, number];
    const r = c.r[0]!;
    return (s, b) => {
      const n = Math.min(s[b + tl] as number, s[b + fl] as number);
      if (n > 0) env.mem.memmove(s[b + tp] as number, s[b + fp] as number, n * (s[b + w] as number));
      s[b + r] = n;
    };
  },
  'fmt.Print': fmtCall('print'),
  'fmt.Println': fmtCall('println'),
  'fmt.Printf': fmtCall('printf'),
  'fmt.Sprint': fmtCall('sprint'),
  'fmt.Sprintln': fmtCall('sprintln'),
  'fmt.Sprintf': fmtCall('sprintf'),
};

export { loadInt64, GoPanic };
