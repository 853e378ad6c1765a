// Map iteration (map.go mapiterinit / mapiternext): `for k, v := range m`.
//
// Invariants (Go's iteration guarantees, which the property test checks):
//  - Every key present for the whole iteration is yielded exactly once; no key is yielded twice;
//    keys inserted or deleted during the iteration may or may not be yielded.
//  - The walk starts at a random bucket and a random slot offset (from the run's RNG), visits buckets
//    start, start+1, ... wrapping at 2^it.B, and in each bucket (and its overflow chain) visits slots
//    (i + offset) & 7.
//  - If the map is growing and the iterator's snapshot is the new array, an old bucket that is not yet
//    evacuated is walked instead, yielding only entries that will move to the current new bucket
//    (checkBucket; NaN keys by the low tophash bit). An entry already marked evacuatedX/Y (the map
//    grew after the iterator started) is looked up again with mapaccessK and skipped if deleted.
//  - `key`/`elem` are addresses in simulated memory; key === 0 means the iteration is over.

import { GoFatal } from '../panic.js';
import { HFlag, MapRuntime, TopHash } from './hmap.js';
import { createOverflow, isEvacuatedTop } from './grow.js';
import { mapaccessK } from './ops.js';
import { BucketCnt, DataOffset, MapType } from './types.js';

const NoCheck = -1;

/** MapIter is Go's hiter: the state of one range loop over a map. */
export class MapIter {
  /** key is the address of the current key (0 when done). */
  key = 0;
  /** elem is the address of the current elem. */
  elem = 0;
  h = 0;
  buckets = 0;
  bptr = 0;
  startBucket = 0;
  offset = 0;
  wrapped = false;
  B = 0;
  i = 0;
  bucket = 0;
  checkBucket = NoCheck;

  constructor(readonly t: MapType) {}
}

/** mapiterinit starts an iteration and advances to the first entry. */
export function mapiterinit(rt: MapRuntime, t: MapType, h: number, it: MapIter): void {
  it.key = 0;
  it.elem = 0;
  if (h === 0 || rt.count(h) === 0) return;
  it.h = h;
  // Go snapshots the overflow slices of pointer-free maps here (createOverflow allocates them once).
  if (!t.bucketPointers) createOverflow(rt, h);
  it.B = rt.B(h);
  it.buckets = rt.buckets(h);
  const nb = 1 << it.B;
  const r = it.B > 28 ? rt.rand.next() * 4294967296 + rt.rand.next() : rt.rand.next();
  it.startBucket = r % nb;
  it.offset = Math.floor(r / nb) & (BucketCnt - 1);
  it.bucket = it.startBucket;
  it.wrapped = false;
  it.bptr = 0;
  it.i = 0;
  it.checkBucket = NoCheck;
  rt.setFlags(h, rt.flags(h) | HFlag.iterator | HFlag.oldIterator);
  mapiternext(rt, it);
}

/** mapiternext advances to the next entry, or sets it.key = 0 at the end. */
export function mapiternext(rt: MapRuntime, it: MapIter): void {
  const h = it.h;
  const t = it.t;
  const mem = rt.mem;
  if ((rt.flags(h) & HFlag.hashWriting) !== 0) throw new GoFatal('concurrent map iteration and map write');
  let bucket = it.bucket;
  let b = it.bptr;
  let i = it.i;
  let checkBucket = it.checkBucket;
  const nb = 1 << it.B;
  for (;;) {
    if (b === 0) {
      if (bucket === it.startBucket && it.wrapped) {
        it.key = 0;
        it.elem = 0;
        return;
      }
      if (rt.growing(h) && it.B === rt.B(h)) {
        const oldbucket = bucket & (rt.noldbuckets(h) - 1);
        b = rt.oldbuckets(h) + oldbucket * t.bucketSize;
        if (!isEvacuatedTop(mem.load8(b))) {
          checkBucket = bucket;
        } else {
          b = it.buckets + bucket * t.bucketSize;
          checkBucket = NoCheck;
        }
      } else {
        b = it.buckets + bucket * t.bucketSize;
        checkBucket = NoCheck;
      }
      bucket++;
      if (bucket === nb) {
        bucket = 0;
        it.wrapped = true;
      }
      i = 0;
    }
    for (; i < BucketCnt; i++) {
      const offi = (i + it.offset) & (BucketCnt - 1);
      const top = mem.load8(b + offi);
      if (top <= TopHash.emptyOne || top === TopHash.evacuatedEmpty) continue;
      let k = b + DataOffset + offi * t.keySlot;
      if (t.indirectKey) k = mem.loadPtr(k);
      const e = b + t.elemsOffset + offi * t.elemSlot;
      if (checkBucket !== NoCheck && !rt.sameSizeGrow(h)) {
        if (t.reflexiveKey || rt.alg.equal(t, k, k)) {
          const lo = rt.alg.hash(t, k, rt.hash0(h));
          if ((lo & (nb - 1)) !== checkBucket) continue;
        } else if (checkBucket >>> (it.B - 1) !== (top & 1)) {
          continue;
        }
      }
      if (
        (top !== TopHash.evacuatedX && top !== TopHash.evacuatedY) ||
        !(t.reflexiveKey || rt.alg.equal(t, k, k))
      ) {
        it.key = k;
        it.elem = t.indirectElem ? mem.loadPtr(e) : e;
      } else {
        const rk = mapaccessK(rt, t, h, k);
        if (rk === 0) continue; // deleted since the iteration started
        it.key = rk;
        it.elem = rt.elemOut;
      }
      it.bucket = bucket;
      it.bptr = b;
      it.i = i + 1;
      it.checkBucket = checkBucket;
      return;
    }
    b = mem.loadPtr(b + t.overflowOffset);
    i = 0;
  }
}
