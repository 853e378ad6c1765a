// Observing a map's internals: statistics, a readable dump, and a full invariant check.
//
// Everything here only reads simulated memory (plus the per-map counters in MapRuntime) and never
// changes the map, the RNG or hashing state that a program can observe — except that checkMap and
// the dump recompute hashes, which for NaN float keys consumes RNG draws; use them in tests and
// debugging, not in between the operations of a run whose output must match a run without them.
//
// checkMap's invariants (the map README lists them with their reasons):
//  1. count == number of live slots (new array + not-yet-evacuated old buckets).
//  2. every live reflexive key sits in the chain its hash selects (hash & mask) and its tophash byte
//     equals tophash(hash); no key is stored twice.
//  3. after an emptyRest slot, every later slot of the chain is emptyRest.
//  4. old buckets below nevacuate are evacuated; an evacuated head bucket holds only marks 2..4 and an
//     unevacuated chain holds none; the new array never holds evacuation marks.
//  5. when not growing, !overLoadFactor(count, B).
//  6. below B=16, noverflow equals the number of overflow buckets chained into the new array.

import { hex } from '../memory/memory.js';
import { HFlag, MapRuntime, TopHash, overLoadFactor } from './hmap.js';
import { isEvacuatedTop } from './grow.js';
import { tophashOf } from './ops.js';
import { BucketCnt, DataOffset, Hasher, MapType } from './types.js';

/** MapStats summarises one map. */
export interface MapStats {
  count: number;
  B: number;
  buckets: number;
  oldBuckets: number;
  /** overflowBuckets counts buckets reachable through overflow pointers (new and unevacuated old). */
  overflowBuckets: number;
  noverflow: number;
  growths: number;
  sameSizeGrowths: number;
  overflowAllocated: number;
  /** maxChain is the longest chain (head bucket included) in the new array. */
  maxChain: number;
  loadFactor: number;
  growing: boolean;
  nevacuate: number;
}

function chainLength(rt: MapRuntime, t: MapType, b: number): number {
  let n = 0;
  for (; b !== 0; b = rt.mem.loadPtr(b + t.overflowOffset)) n++;
  return n;
}

/** mapStats computes statistics of map h. */
export function mapStats(rt: MapRuntime, t: MapType, h: number): MapStats {
  const B = rt.B(h);
  const nb = 2 ** B;
  const buckets = rt.buckets(h);
  let overflow = 0;
  let maxChain = 0;
  if (buckets !== 0) {
    for (let i = 0; i < nb; i++) {
      const n = chainLength(rt, t, buckets + i * t.bucketSize);
      overflow += n - 1;
      if (n > maxChain) maxChain = n;
    }
  }
  const old = rt.oldbuckets(h);
  const nold = old === 0 ? 0 : rt.noldbuckets(h);
  for (let i = 0; i < nold; i++) {
    const b = old + i * t.bucketSize;
    if (!isEvacuatedTop(rt.mem.load8(b))) overflow += chainLength(rt, t, b) - 1;
  }
  const c = rt.counters.get(h);
  const count = rt.count(h);
  return {
    count,
    B,
    buckets: buckets === 0 ? 0 : nb,
    oldBuckets: nold,
    overflowBuckets: overflow,
    noverflow: rt.noverflow(h),
    growths: c?.growths ?? 0,
    sameSizeGrowths: c?.sameSizeGrowths ?? 0,
    overflowAllocated: c?.overflowAllocated ?? 0,
    maxChain,
    loadFactor: count / nb,
    growing: old !== 0,
    nevacuate: old === 0 ? 0 : rt.nevacuate(h),
  };
}

/** formatKey renders a key for dumps: ints for 1/2/4/8-byte memory, strings quoted, floats. */
export function formatKey(rt: MapRuntime, t: MapType, k: number): string {
  const mem = rt.mem;
  switch (t.hasher) {
    case Hasher.mem32:
      return String(mem.loadI32(k));
    case Hasher.mem64:
      return mem.loadBigI64(k).toString();
    case Hasher.string: {
      const bytes = mem.bytes(mem.loadPtr(k), mem.loadU64(k + 8));
      return JSON.stringify(new TextDecoder().decode(bytes));
    }
    case Hasher.float32:
      return String(mem.loadF32(k));
    case Hasher.float64:
      return String(mem.loadF64(k));
    default:
      return '0x' + Array.from(mem.bytes(k, t.keySize), (x) => x.toString(16).padStart(2, '0')).join('');
  }
}

const MARK_NAMES = ['emptyRest', 'emptyOne', 'evacX', 'evacY', 'evacEmpty'];

function dumpChain(rt: MapRuntime, t: MapType, head: number, label: string, out: string[]): void {
  let b = head;
  let depth = 0;
  while (b !== 0) {
    const tops: string[] = [];
    const slots: string[] = [];
    for (let i = 0; i < BucketCnt; i++) {
      const top = rt.mem.load8(b + i);
      tops.push(top.toString(16).padStart(2, '0'));
      if (top >= TopHash.minTopHash) {
        let k = b + DataOffset + i * t.keySlot;
        if (t.indirectKey) k = rt.mem.loadPtr(k);
        slots.push(`${i}:${formatKey(rt, t, k)}`);
      } else if (top !== TopHash.emptyRest) {
        slots.push(`${i}:<${MARK_NAMES[top] ?? top}>`);
      }
    }
    const name = depth === 0 ? label : `${label}/ovf${depth}`;
    out.push(`  ${name} @${hex(b)} tophash[${tops.join(' ')}] ${slots.join(' ')}`.trimEnd());
    b = rt.mem.loadPtr(b + t.overflowOffset);
    depth++;
  }
}

/** dumpMap renders the inner state of map h as text (header, buckets, tophash, keys, chains, marks). */
export function dumpMap(rt: MapRuntime, t: MapType, h: number): string {
  if (h === 0) return `map ${t.name} nil`;
  const s = mapStats(rt, t, h);
  const flags = rt.flags(h);
  const flagNames = Object.entries(HFlag)
    .filter(([, bit]) => (flags & bit) !== 0)
    .map(([n]) => n);
  const out = [
    `map ${t.name} @${hex(h)}: count=${s.count} B=${s.B} noverflow=${s.noverflow} hash0=0x${rt
      .hash0(h)
      .toString(16)
      .padStart(8, '0')} flags=[${flagNames.join(',')}] bucketsize=${t.bucketSize}`,
  ];
  const buckets = rt.buckets(h);
  out.push(`buckets @${hex(buckets)} (${s.buckets})`);
  const width = String(Math.max(0, s.buckets - 1)).length;
  for (let i = 0; buckets !== 0 && i < s.buckets; i++) {
    dumpChain(rt, t, buckets + i * t.bucketSize, `b${String(i).padStart(width, '0')}`, out);
  }
  const old = rt.oldbuckets(h);
  if (old !== 0) {
    const nev = rt.nevacuate(h);
    const marks = Array.from({ length: s.oldBuckets }, (_, i) =>
      isEvacuatedTop(rt.mem.load8(old + i * t.bucketSize)) ? 'E' : '.',
    ).join('');
    out.push(`oldbuckets @${hex(old)} (${s.oldBuckets}) nevacuate=${nev} evacuated=[${marks}]`);
    for (let i = 0; i < s.oldBuckets; i++) {
      const b = old + i * t.bucketSize;
      if (!isEvacuatedTop(rt.mem.load8(b))) dumpChain(rt, t, b, `o${String(i).padStart(width, '0')}`, out);
    }
  }
  return out.join('\n');
}

/** checkMap verifies the structural invariants of map h and returns the violations found. */
export function checkMap(rt: MapRuntime, t: MapType, h: number): string[] {
  const errs: string[] = [];
  if (h === 0) return errs;
  const mem = rt.mem;
  const B = rt.B(h);
  const hash0 = rt.hash0(h);
  const seen = new Map<string, number[]>();
  let live = 0;
  const visitChain = (head: number, index: number, mask: number, where: string): void => {
    let afterRest = false;
    for (let b = head; b !== 0; b = mem.loadPtr(b + t.overflowOffset)) {
      for (let i = 0; i < BucketCnt; i++) {
        const top = mem.load8(b + i);
        if (afterRest && top !== TopHash.emptyRest) errs.push(`${where}: slot after emptyRest is ${top}`);
        if (top === TopHash.emptyRest) afterRest = true;
        if (top > TopHash.emptyOne && top < TopHash.minTopHash) errs.push(`${where}: evacuation mark ${top}`);
        if (top < TopHash.minTopHash) continue;
        live++;
        let k = b + DataOffset + i * t.keySlot;
        if (t.indirectKey) k = mem.loadPtr(k);
        if (!t.reflexiveKey && !rt.alg.equal(t, k, k)) continue; // NaN: random hash, unique anyway
        const lo = rt.alg.hash(t, k, hash0);
        const hi = rt.alg.hi;
        if ((lo & mask) !== index) errs.push(`${where}: key ${formatKey(rt, t, k)} in wrong bucket`);
        if (tophashOf(hi) !== top) errs.push(`${where}: key ${formatKey(rt, t, k)} has tophash ${top}`);
        const fp = `${lo}:${hi}`;
        const same = seen.get(fp);
        if (same === undefined) seen.set(fp, [k]);
        else {
          if (same.some((o) => rt.alg.equal(t, o, k)))
            errs.push(`${where}: duplicate key ${formatKey(rt, t, k)}`);
          same.push(k);
        }
      }
    }
  };
  const buckets = rt.buckets(h);
  if (buckets !== 0) {
    for (let i = 0; i < 2 ** B; i++) visitChain(buckets + i * t.bucketSize, i, 2 ** B - 1, `bucket ${i}`);
  }
  const old = rt.oldbuckets(h);
  if (old !== 0) {
    const nold = rt.noldbuckets(h);
    const nev = rt.nevacuate(h);
    for (let i = 0; i < nold; i++) {
      const b = old + i * t.bucketSize;
      if (isEvacuatedTop(mem.load8(b))) {
        for (let j = 0; j < BucketCnt; j++) {
          const top = mem.load8(b + j);
          if (top <= TopHash.emptyOne || top >= TopHash.minTopHash)
            errs.push(`old ${i}: evacuated with top ${top}`);
        }
      } else {
        if (i < nev) errs.push(`old ${i}: below nevacuate ${nev} but not evacuated`);
        visitChain(b, i, nold - 1, `old ${i}`);
      }
    }
  }
  const count = rt.count(h);
  if (count !== live) errs.push(`count ${count} != live slots ${live}`);
  if (B < 16 && buckets !== 0) {
    // Overflow buckets are only ever chained into the new array after a grow (evacuation or insert),
    // and hashGrow/mapclear reset noverflow, so below B=16 (exact counting) the two must agree.
    let chained = 0;
    for (let i = 0; i < 2 ** B; i++) {
      for (
        let b = mem.loadPtr(buckets + i * t.bucketSize + t.overflowOffset);
        b !== 0;
        b = mem.loadPtr(b + t.overflowOffset)
      ) {
        chained++;
      }
    }
    if (chained !== rt.noverflow(h)) errs.push(`noverflow ${rt.noverflow(h)} != overflow buckets ${chained}`);
  }
  if (old === 0 && overLoadFactor(count, B))
    errs.push(`not growing but over load factor: count ${count} B ${B}`);
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) errs.push('hashWriting left set');
  return errs;
}
