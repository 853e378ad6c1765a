// Memory: the byte-addressable store behind the simulated 64-bit address space (little-endian, amd64).
//
// Invariants:
//  - One linear ArrayBuffer (< 2 GiB) backs [low, low + byteLength); offset = addr - low. The buffer only grows
//    (ensure), copying into a larger buffer; `u8` and `dv` are replaced on growth, so callers must not
//    cache them across anything that may allocate.
//  - Fresh memory is zero. Nothing is ever unmapped (no garbage collector).
//  - Hot paths take and return plain numbers: 8/16/32-bit values are exact; 64-bit integers are exact
//    through the (lo, hi) 32-bit half API, and through the number API when |value| < 2^53 (pointers
//    always are). BigInt accessors exist for printing/constant folding only, never on the hot path.
//  - Out-of-range accesses throw InternalError('runtime'): the executor must have range-checked
//    user-visible accesses (nil dereference, bounds) before reaching memory.

import { InternalError } from '../../compiler/diag/index.js';

const TWO32 = 4294967296;

/** MaxStoreBytes caps the backing store below 2 GiB so byte offsets are int32 (fast typed-array indexing). */
export const MaxStoreBytes = 2 ** 31 - 8;

/** Memory is the simulated address space's backing store. */
export class Memory {
  /** low is the address of byte 0 of the backing buffer. */
  readonly low: number;
  u8: Uint8Array;
  /** i32 and u32 view the same bytes for aligned 4-byte access (index = offset >>> 2). */
  i32: Int32Array;
  u32: Uint32Array;
  dv: DataView;
  private maxBytes: number;

  constructor(low: number, initialBytes: number, maxBytes = MaxStoreBytes) {
    this.low = low;
    this.maxBytes = maxBytes;
    const buf = new ArrayBuffer((initialBytes + 7) & ~7);
    this.u8 = new Uint8Array(buf);
    this.i32 = new Int32Array(buf);
    this.u32 = new Uint32Array(buf);
    this.dv = new DataView(buf);
  }

  /** end is one past the highest mapped address. */
  get end(): number {
    return this.low + this.u8.length;
  }

  /** ensure maps every address below `endAddr`, growing the buffer geometrically. */
  ensure(endAddr: number): void {
    const need = endAddr - this.low;
    if (need <= this.u8.length) return;
    if (need > this.maxBytes) throw new InternalError('runtime', `out of simulated memory (${need} bytes)`);
    let size = this.u8.length * 2;
    while (size < need) size *= 2;
    if (size > this.maxBytes) size = this.maxBytes;
    const next = new Uint8Array(size);
    next.set(this.u8);
    this.u8 = next;
    this.i32 = new Int32Array(next.buffer);
    this.u32 = new Uint32Array(next.buffer);
    this.dv = new DataView(next.buffer);
  }

  private fault(addr: number, n: number): never {
    throw new InternalError('runtime', `bad memory access at 0x${addr.toString(16)} (${n} bytes)`);
  }

  // --- 8/16/32-bit ------------------------------------------------------------------------------

  load8(addr: number): number {
    const v = this.u8[addr - this.low];
    if (v === undefined) this.fault(addr, 1);
    return v;
  }
  loadI8(addr: number): number {
    return (this.load8(addr) << 24) >> 24;
  }
  store8(addr: number, v: number): void {
    const off = addr - this.low;
    if (off < 0 || off >= this.u8.length) this.fault(addr, 1);
    this.u8[off] = v;
  }
  load16(addr: number): number {
    return this.dv.getUint16(addr - this.low, true);
  }
  loadI16(addr: number): number {
    return this.dv.getInt16(addr - this.low, true);
  }
  store16(addr: number, v: number): void {
    this.dv.setUint16(addr - this.low, v, true);
  }
  /** load32 returns the unsigned 32-bit value at addr. */
  load32(addr: number): number {
    const off = addr - this.low;
    if ((off & 3) === 0) {
      const v = this.u32[off >>> 2];
      if (v !== undefined) return v;
    }
    return this.dv.getUint32(off, true);
  }
  loadI32(addr: number): number {
    const off = addr - this.low;
    if ((off & 3) === 0) {
      const v = this.i32[off >>> 2];
      if (v !== undefined) return v;
    }
    return this.dv.getInt32(off, true);
  }
  store32(addr: number, v: number): void {
    const off = addr - this.low;
    if ((off & 3) === 0 && off >= 0 && off < this.u8.length) this.i32[off >>> 2] = v;
    else this.dv.setInt32(off, v | 0, true);
  }

  // --- 64-bit -------------------------------------------------------------------------------------

  /** store64 writes the 64-bit value hi:lo (each a 32-bit pattern). */
  store64(addr: number, lo: number, hi: number): void {
    const off = addr - this.low;
    if ((off & 7) === 0 && off >= 0 && off < this.u8.length) {
      const i = off >>> 2;
      this.i32[i] = lo;
      this.i32[i + 1] = hi;
      return;
    }
    this.dv.setInt32(off, lo | 0, true);
    this.dv.setInt32(off + 4, hi | 0, true);
  }
  /** loadU64 returns the unsigned value as a number (exact below 2^53). */
  loadU64(addr: number): number {
    const off = addr - this.low;
    if ((off & 7) === 0) {
      const i = off >>> 2;
      const lo = this.u32[i];
      const hi = this.u32[i + 1];
      if (lo !== undefined && hi !== undefined) return hi * TWO32 + lo;
    }
    return this.dv.getUint32(off + 4, true) * TWO32 + this.dv.getUint32(off, true);
  }
  /** loadI64 returns the signed value as a number (exact when |v| < 2^53). */
  loadI64(addr: number): number {
    const off = addr - this.low;
    if ((off & 7) === 0) {
      const i = off >>> 2;
      const lo = this.u32[i];
      const hi = this.i32[i + 1];
      if (lo !== undefined && hi !== undefined) return hi * TWO32 + lo;
    }
    return this.dv.getInt32(off + 4, true) * TWO32 + this.dv.getUint32(off, true);
  }
  /** storeI64 writes an integral number in the safe range as a two's-complement int64. */
  storeI64(addr: number, v: number): void {
    if (v === (v | 0)) {
      this.store64(addr, v, v < 0 ? -1 : 0); // int32 range: no division
      return;
    }
    const hi = Math.floor(v / TWO32);
    const lo = v - hi * TWO32; // 0 <= lo < 2^32
    this.store64(addr, lo | 0, hi | 0);
  }
  loadPtr(addr: number): number {
    return this.loadU64(addr);
  }
  storePtr(addr: number, p: number): void {
    this.store64(addr, p >>> 0, (p / TWO32) >>> 0);
  }
  loadBigI64(addr: number): bigint {
    return this.dv.getBigInt64(addr - this.low, true);
  }
  loadBigU64(addr: number): bigint {
    return this.dv.getBigUint64(addr - this.low, true);
  }
  storeBig64(addr: number, v: bigint): void {
    this.dv.setBigUint64(addr - this.low, BigInt.asUintN(64, v), true);
  }

  // --- floats -------------------------------------------------------------------------------------

  loadF32(addr: number): number {
    return this.dv.getFloat32(addr - this.low, true);
  }
  storeF32(addr: number, v: number): void {
    this.dv.setFloat32(addr - this.low, v, true);
  }
  loadF64(addr: number): number {
    return this.dv.getFloat64(addr - this.low, true);
  }
  storeF64(addr: number, v: number): void {
    this.dv.setFloat64(addr - this.low, v, true);
  }

  // --- blocks -------------------------------------------------------------------------------------

  /** memmove copies n bytes from src to dst; the ranges may overlap. */
  memmove(dst: number, src: number, n: number): void {
    if (n <= 0) return;
    const d = dst - this.low;
    const s = src - this.low;
    if (s < 0 || d < 0 || s + n > this.u8.length || d + n > this.u8.length) this.fault(dst, n);
    if (n <= 32 && ((d | s | n) & 3) === 0 && (d >= s + n || s >= d + n)) {
      // Small aligned non-overlapping copies (map slots, fields): word loop beats copyWithin's call cost.
      const i32 = this.i32;
      for (let i = d >>> 2, j = s >>> 2, end = (d + n) >>> 2; i < end; i++, j++) i32[i] = i32[j] ?? 0;
      return;
    }
    this.u8.copyWithin(d, s, s + n);
  }
  /** memclr zeroes n bytes at addr. */
  memclr(addr: number, n: number): void {
    if (n <= 0) return;
    const off = addr - this.low;
    if (off < 0 || off + n > this.u8.length) this.fault(addr, n);
    this.u8.fill(0, off, off + n);
  }
  /** memequal reports whether the n bytes at a and b are equal. */
  memequal(a: number, b: number, n: number): boolean {
    if (a === b) return true;
    const u8 = this.u8;
    let x = a - this.low;
    let y = b - this.low;
    const end = x + n;
    while (x < end) if (u8[x++] !== u8[y++]) return false;
    return true;
  }
  /** bytes returns a copy of n bytes at addr (for dumps and tests). */
  bytes(addr: number, n: number): Uint8Array {
    const off = addr - this.low;
    return this.u8.slice(off, off + n);
  }
  /** writeBytes copies a JS byte array into memory at addr. */
  writeBytes(addr: number, src: Uint8Array): void {
    this.u8.set(src, addr - this.low);
  }
}

/** hex formats an address the way Go prints pointers (`0xc000012080`, `0x0` for nil). */
export function hex(addr: number): string {
  return '0x' + addr.toString(16);
}
