// THE evaluator table of the executor: one entry per SSA op (`Record<Op, ...>`, so a new op in
// compiler/ssa/ops.ts fails tsc until it is handled here). Arithmetic lives in eval-arith.ts; this file
// adds constants, addresses, memory, multi-word plumbing and checks.
//
// Invariants: an evaluator returns the Instr computing its value, or null for values that need no code
// (memory states, Phi — copied on edges —, SelectN/Arg/GetClosurePtr — aliased slots —, calls and
// MakeResult — segment endings built by compile.ts).

import { InternalError } from '../../compiler/diag/index.js';
import type { AuxSym, Value } from '../../compiler/ssa/ir.js';
import type { Op } from '../../compiler/ssa/ops.js';
import type { Env } from './env.js';
import { ARITH_EVALUATORS, type SlotMap } from './eval-arith.js';
import type { I64 } from './ints.js';
import { norm } from './ints.js';
import { loaderFor, storerFor } from './memops.js';
import { boundsMessage, NilPanic, RuntimeErrorPanic } from './panics.js';
import type { Instr, Val } from './program.js';
import { slotWidth } from './program.js';

/** Compiling is the per-function compile context evaluators see. */
export interface Compiling extends SlotMap {
  readonly env: Env;
  /** Slot holding the frame's simulated stack address. */
  readonly frameSlot: number;
  localOffset(sym: AuxSym): number;
  funcAddr(name: string): number;
}

export type OpEvaluator = (v: Value, c: Compiling) => Instr | null;

const none: OpEvaluator = () => null;
const structural: OpEvaluator = (v) => {
  throw new InternalError('exec', `${v.op} v${v.id} is compiled as a segment ending`);
};

function copyN(v: Value, c: Compiling, from: Value): Instr | null {
  const d = c.dst(v);
  const x = c.slot(from);
  const n = slotWidth(v.type);
  if (n === 1) return (s, b) => void (s[b + d] = s[b + x]!);
  return (s, b) => {
    for (let i = 0; i < n; i++) s[b + d + i] = s[b + x + i]!;
  };
}

function constant(vals: (v: Value, c: Compiling) => Array<I64 | boolean>): OpEvaluator {
  return (v, c) => {
    const d = c.dst(v);
    const xs = vals(v, c);
    if (xs.length === 1) {
      const x = xs[0]!;
      return (s, b) => void (s[b + d] = x);
    }
    return (s, b) => {
      for (let i = 0; i < xs.length; i++) s[b + d + i] = xs[i]!;
    };
  };
}

function intAux(v: Value): number {
  return Number(v.auxInt ?? 0);
}

function pick(n: number, f: (...xs: number[]) => I64 | boolean): OpEvaluator {
  return (v, c) => {
    const d = c.dst(v);
    const a = v.args.slice(0, n).map((x) => c.slot(x));
    if (n === 1) {
      const x = a[0]!;
      return (s, b) => void (s[b + d] = f(s[b + x] as number));
    }
    const [x, y] = a as [number, number];
    return (s, b) => void (s[b + d] = f(s[b + x] as number, s[b + y] as number));
  };
}

/** part copies word `k` of a multi-word value (StringPtr, SliceLen, ITab...). */
function part(k: number): OpEvaluator {
  return (v, c) => {
    const d = c.dst(v);
    const x = c.slot(v.args[0]!) + k;
    return (s, b) => void (s[b + d] = s[b + x]!);
  };
}

/** make assembles a multi-word value from its word arguments. */
const make: OpEvaluator = (v, c) => {
  const d = c.dst(v);
  const xs = v.args.map((a) => c.slot(a));
  if (xs.length === 2) {
    const [x, y] = xs as [number, number];
    return (s, b) => {
      s[b + d] = s[b + x]!;
      s[b + d + 1] = s[b + y]!;
    };
  }
  const [x, y, z] = xs as [number, number, number];
  return (s, b) => {
    s[b + d] = s[b + x]!;
    s[b + d + 1] = s[b + y]!;
    s[b + d + 2] = s[b + z]!;
  };
};

function symOf(v: Value): AuxSym {
  if (v.aux?.kind !== 'sym') throw new InternalError('exec', `${v.op} v${v.id} without a symbol`);
  return v.aux;
}

/** B is the executor's bool form: 0/1 numbers (keeps register arrays unboxed). */
const B = (x: boolean): number => (x ? 1 : 0);

const castView = new DataView(new ArrayBuffer(8));

/** bitCast reinterprets a one-word value when Copy changes its representation class (float bits <-> ints). */
export function bitCast(from: string, size: number, to: string): ((x: Val) => Val) | undefined {
  if (from === to) return undefined;
  if (from === 'float' && to === 'int') {
    if (size === 4)
      return (x) => {
        castView.setFloat32(0, x as number, true);
        return castView.getInt32(0, true);
      };
    return (x) => {
      castView.setFloat64(0, x as number, true);
      return norm(castView.getBigInt64(0, true));
    };
  }
  if (from === 'int' && to === 'float') {
    if (size === 4)
      return (x) => {
        castView.setInt32(0, x as number, true);
        return castView.getFloat32(0, true);
      };
    return (x) => {
      castView.setBigInt64(0, BigInt.asIntN(64, BigInt(x as I64)), true);
      return castView.getFloat64(0, true);
    };
  }
  if (from === 'bool') return (x) => (x ? 1 : 0);
  if (to === 'bool') return (x) => (x !== 0 && x !== 0n && x !== false ? 1 : 0);
  return undefined;
}

export const EVALUATORS: Record<Op, OpEvaluator> = {
  ...ARITH_EVALUATORS,
  InitMem: none,
  SP: none,
  SB: none,
  Arg: none,
  GetClosurePtr: none,
  Phi: none,
  SelectN: none,
  VarDef: none,
  StaticLECall: structural,
  ClosureLECall: structural,
  MakeResult: none,

  Const8: constant((v) => [Number(BigInt.asIntN(8, BigInt(v.auxInt ?? 0)))]),
  Const16: constant((v) => [Number(BigInt.asIntN(16, BigInt(v.auxInt ?? 0)))]),
  Const32: constant((v) => [Number(BigInt.asIntN(32, BigInt(v.auxInt ?? 0)))]),
  Const64: constant((v) => [norm(BigInt.asIntN(64, BigInt(v.auxInt ?? 0)))]),
  Const32F: constant((v) => [Math.fround(Number(v.auxInt ?? 0))]),
  Const64F: constant((v) => [Number(v.auxInt ?? 0)]),
  ConstBool: constant((v) => [Number(v.auxInt ?? 0) !== 0 ? 1 : 0]),
  ConstString: constant((v, c) => {
    if (v.aux?.kind !== 'string') throw new InternalError('exec', `ConstString v${v.id} without a string`);
    const bytes = v.aux.value; // a byte string (compiler/types/bytestring.ts)
    return [c.env.internString(bytes), bytes.length];
  }),
  ConstNil: constant(() => [0]),
  ConstSlice: constant(() => [0, 0, 0]),
  ConstInterface: constant(() => [0, 0]),

  EqPtr: pick(2, (a, b) => B(a === b)),
  NeqPtr: pick(2, (a, b) => B(a !== b)),
  EqB: pick(2, (a, b) => B(a === b)),
  NeqB: pick(2, (a, b) => B(a !== b)),
  Not: pick(1, (a) => 1 - a),
  AndB: pick(2, (a, b) => a & b),
  OrB: pick(2, (a, b) => a | b),
  IsNonNil: pick(1, (a) => B(a !== 0)),
  IsInBounds: pick(2, (i, n) => B(i >= 0 && i < n)),
  IsSliceInBounds: pick(2, (i, n) => B(i >= 0 && i <= n)),

  Convert: (v, c) => copyN(v, c, v.args[0]!),
  Copy: (v, c) => {
    if (slotWidth(v.type) === 0) return null;
    const from = v.args[0]!.type;
    const cast = bitCast(from.cls, from.size, v.type.cls);
    if (cast === undefined) return copyN(v, c, v.args[0]!);
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    return (s, b) => void (s[b + d] = cast(s[b + x]!));
  },

  Addr: (v, c) => {
    const sym = symOf(v);
    let addr: number;
    switch (sym.symKind) {
      case 'type': {
        const go = sym.type?.go;
        addr = go === undefined ? c.env.types.addrOfName(sym.name) : c.env.types.addrOf(go);
        break;
      }
      case 'global':
      case 'static':
        addr = c.env.global(sym.name, sym.type?.size ?? 8);
        break;
      case 'func':
        addr = c.funcAddr(sym.name);
        break;
      default:
        throw new InternalError('exec', `Addr of ${sym.symKind} symbol ${sym.name}`);
    }
    const d = c.dst(v);
    return (s, b) => void (s[b + d] = addr);
  },
  LocalAddr: (v, c) => {
    const off = c.localOffset(symOf(v));
    const d = c.dst(v);
    const f = c.frameSlot;
    return (s, b) => void (s[b + d] = (s[b + f] as number) + off);
  },
  OffPtr: (v, c) => {
    const off = intAux(v);
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    return (s, b) => void (s[b + d] = (s[b + x] as number) + off);
  },
  AddPtr: pick(2, (p, o) => p + Number(o)),
  PtrIndex: (v, c) => {
    const size = v.type.elem?.size;
    if (size === undefined || size < 0)
      throw new InternalError('exec', `PtrIndex v${v.id} without element size`);
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    const y = c.slot(v.args[1]!);
    return (s, b) => void (s[b + d] = (s[b + x] as number) + Number(s[b + y]) * size);
  },

  Load: (v, c) => {
    const ld = loaderFor(v.type);
    const env = c.env;
    const d = c.dst(v);
    const x = c.slot(v.args[0]!);
    return (s, b) => ld(env.mem, s[b + x] as number, s, b + d);
  },
  Store: (v, c) => {
    if (v.aux?.kind !== 'type') throw new InternalError('exec', `Store v${v.id} without a type`);
    const st = storerFor(v.aux.type);
    const env = c.env;
    const p = c.slot(v.args[0]!);
    const x = c.slot(v.args[1]!);
    return (s, b) => st(env.mem, s[b + p] as number, s, b + x);
  },
  Zero: (v, c) => {
    const n = intAux(v);
    const env = c.env;
    const p = c.slot(v.args[0]!);
    return (s, b) => {
      const a = s[b + p] as number;
      if (a < 0x1000) throw new NilPanic(a);
      env.mem.memclr(a, n);
    };
  },
  Move: (v, c) => {
    const n = intAux(v);
    const env = c.env;
    const p = c.slot(v.args[0]!);
    const q = c.slot(v.args[1]!);
    return (s, b) => {
      const dst = s[b + p] as number;
      const src = s[b + q] as number;
      if (dst < 0x1000 || src < 0x1000) throw new NilPanic(dst < 0x1000 ? dst : src);
      env.mem.memmove(dst, src, n);
    };
  },
  NilCheck: (v, c) => {
    const p = c.slot(v.args[0]!);
    return (s, b) => {
      if (s[b + p] === 0) throw new NilPanic(0);
    };
  },
  PanicBounds: (v, c) => {
    const kind = intAux(v);
    const x = c.slot(v.args[0]!);
    const y = c.slot(v.args[1]!);
    return (s, b) => {
      throw new RuntimeErrorPanic(boundsMessage(kind, s[b + x] as I64, s[b + y] as I64));
    };
  },

  StringMake: make,
  StringPtr: part(0),
  StringLen: part(1),
  SliceMake: make,
  SlicePtr: part(0),
  SliceLen: part(1),
  SliceCap: part(2),
  IMake: make,
  ITab: part(0),
  IData: part(1),
};
