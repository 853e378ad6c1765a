// Typed loads and stores between register slots and simulated memory, specialised per SSA type.
//
// Invariants: a loader/storer is chosen once per Load/Store value from the SSA type (class, size); it moves
// exactly `slotWidth(type)` slots. 64-bit integers are read as (lo, hi) halves and become a JS number when
// safe, else a bigint (ints.ts). Accesses below address 0x1000 are Go nil dereferences (SIGSEGV panic);
// any other bad access is an mgo bug (InternalError from Memory).

import { InternalError } from '../../compiler/diag/index.js';
import type { SsaType } from '../../compiler/ssa/ir.js';
import type { Memory } from '../memory/memory.js';
import type { I64 } from './ints.js';
import { NilPanic } from './panics.js';
import type { Val } from './program.js';

const TWO32 = 4294967296;

function checkNil(a: number): void {
  if (a < 0x1000) throw new NilPanic(a);
}

export function loadInt64(m: Memory, a: number): I64 {
  if (a < 0x1000) checkNil(a);
  const off = a - m.low;
  let lo: number;
  let hi: number;
  if ((off & 7) === 0 && off >= 0 && off + 8 <= m.u8.length) {
    const i = off >>> 2;
    lo = m.u32[i]!;
    hi = m.i32[i + 1]!;
  } else {
    lo = m.load32(a);
    hi = m.loadI32(a + 4);
  }
  if (hi >= -0x200000 && hi < 0x200000 && !(hi === -0x200000 && lo === 0)) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

export function storeInt64(m: Memory, a: number, v: I64): void {
  if (a < 0x1000) checkNil(a);
  if (typeof v === 'number') {
    const hi = Math.floor(v / TWO32);
    m.store64(a, (v - hi * TWO32) | 0, hi | 0);
  } else m.storeBig64(a, v);
}

export type Loader = (m: Memory, a: number, s: Val[], d: number) => void;
export type Storer = (m: Memory, a: number, s: Val[], x: number) => void;

/** loaderFor returns the function reading a value of type t at an address into slots [d, d+width). */
export function loaderFor(t: SsaType): Loader {
  switch (t.cls) {
    case 'int':
      switch (t.size) {
        case 1:
          return (m, a, s, d) => void (s[d] = (checkAddr(a), m.loadI8(a)));
        case 2:
          return (m, a, s, d) => void (s[d] = (checkAddr(a), m.loadI16(a)));
        case 4:
          return (m, a, s, d) => void (s[d] = (checkAddr(a), m.loadI32(a)));
        default:
          return (m, a, s, d) => void (s[d] = loadInt64(m, a));
      }
    case 'bool':
      return (m, a, s, d) => void (s[d] = (checkAddr(a), m.load8(a) !== 0 ? 1 : 0));
    case 'float':
      return t.size === 4
        ? (m, a, s, d) => void (s[d] = (checkAddr(a), m.loadF32(a)))
        : (m, a, s, d) => void (s[d] = (checkAddr(a), m.loadF64(a)));
    case 'ptr':
      return (m, a, s, d) => void (s[d] = (checkAddr(a), m.loadPtr(a)));
    case 'string':
    case 'iface':
      return (m, a, s, d) => {
        checkAddr(a);
        s[d] = m.loadPtr(a);
        s[d + 1] = t.cls === 'string' ? m.loadI64(a + 8) : m.loadPtr(a + 8);
      };
    case 'slice':
      return (m, a, s, d) => {
        checkAddr(a);
        s[d] = m.loadPtr(a);
        s[d + 1] = m.loadI64(a + 8);
        s[d + 2] = m.loadI64(a + 16);
      };
    default:
      throw new InternalError('exec', `cannot load a value of type ${t.name} (${t.cls})`);
  }
}

/** storerFor returns the function writing slots [x, x+width) as a value of type t at an address. */
export function storerFor(t: SsaType): Storer {
  switch (t.cls) {
    case 'int':
      switch (t.size) {
        case 1:
          return (m, a, s, x) => (checkAddr(a), m.store8(a, (s[x] as number) & 0xff));
        case 2:
          return (m, a, s, x) => (checkAddr(a), m.store16(a, (s[x] as number) & 0xffff));
        case 4:
          return (m, a, s, x) => (checkAddr(a), m.store32(a, s[x] as number));
        default:
          return (m, a, s, x) => storeInt64(m, a, s[x] as I64);
      }
    case 'bool':
      return (m, a, s, x) => (checkAddr(a), m.store8(a, s[x] ? 1 : 0));
    case 'float':
      return t.size === 4
        ? (m, a, s, x) => (checkAddr(a), m.storeF32(a, s[x] as number))
        : (m, a, s, x) => (checkAddr(a), m.storeF64(a, s[x] as number));
    case 'ptr':
      return (m, a, s, x) => (checkAddr(a), m.storePtr(a, s[x] as number));
    case 'string':
    case 'iface':
      return (m, a, s, x) => {
        checkAddr(a);
        m.storePtr(a, s[x] as number);
        m.storeI64(a + 8, s[x + 1] as number);
      };
    case 'slice':
      return (m, a, s, x) => {
        checkAddr(a);
        m.storePtr(a, s[x] as number);
        m.storeI64(a + 8, s[x + 1] as number);
        m.storeI64(a + 16, s[x + 2] as number);
      };
    default:
      throw new InternalError('exec', `cannot store a value of type ${t.name} (${t.cls})`);
  }
}

function checkAddr(a: number): void {
  if (a < 0x1000) throw new NilPanic(a);
}
