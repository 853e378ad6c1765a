// Model-based test of the simulated map against a JS Map, over random operation sequences.
//
// Each run drives one key kind under one seed with >= 4000 random operations (assign, lookup, delete,
// clear, full iterations, iterations that insert/delete while iterating). After every operation it
// checks len and the touched key's lookup; it runs the full structural check (runtime checkMap) after
// every operation while the map is small and every few operations once it is large, and always right
// after a growth starts. Iterations check Go's guarantees: every key present for the whole iteration
// is yielded exactly once, no key is yielded twice, yielded values are current.

import { describe, expect, it } from 'vitest';
import {
  GoRuntime,
  MapIter,
  checkMap,
  makemap,
  mapclear,
  maplen,
  mapiterinit,
  mapiternext,
} from '../../runtime/index.js';
import { KeyKind, KeyValue, Rng, keyKinds } from './keys.js';

interface Entry {
  key: KeyValue;
  value: number;
}

class Model {
  entries = new Map<string, Entry>();
  nans = 0; // NaN-keyed entries: unreachable by lookup, but counted and iterated
  get size(): number {
    return this.entries.size + this.nans;
  }
}

interface Coverage {
  iterations: number;
  iterationsStartedWhileGrowing: number;
  growthsDuringIteration: number;
  growths: number;
  sameSizeGrowths: number;
}

/**
 * runSequence drives one map. keySpace > 0: keys drawn from a bounded random set. keySpace < 0:
 * churn — insert a new key and delete the one inserted |keySpace| steps earlier (a sliding window),
 * which piles up overflow buckets and triggers same-size growth.
 */
function runSequence(kindIndex: number, seed: number, ops: number, keySpace: number): Coverage {
  const g = new GoRuntime(seed);
  const kind: KeyKind = keyKinds()[kindIndex]!;
  const rt = g.maps;
  const t = kind.type;
  const rng = new Rng(seed * 7919 + kindIndex);
  const h = makemap(rt, t, keySpace > 0 && rng.int(3) === 0 ? rng.int(200) : 0);
  const model = new Model();
  let grew = false;
  let inIteration = false;
  const cov: Coverage = {
    iterations: 0,
    iterationsStartedWhileGrowing: 0,
    growthsDuringIteration: 0,
    growths: 0,
    sameSizeGrowths: 0,
  };
  rt.listener = {
    onGrowStart: (_h, ev) => {
      grew = true;
      cov.growths++;
      if (ev.sameSize) cov.sameSizeGrowths++;
      if (inIteration) cov.growthsDuringIteration++;
    },
  };
  let nextValue = 1;
  const fail: (msg: string) => never = (msg) => {
    throw new Error(`${kind.name} seed ${seed}: ${msg}`);
  };
  const check = (force: boolean, step: number): void => {
    if (maplen(rt, h) !== model.size) fail(`step ${step}: len ${maplen(rt, h)} != model ${model.size}`);
    if (force || model.size < 256 || step % 4 === 0) {
      const errs = checkMap(rt, t, h);
      if (errs.length > 0) fail(`step ${step}: ${errs.slice(0, 5).join('; ')}`);
    }
  };
  const assign = (k: KeyValue): void => {
    const v = nextValue++;
    g.mem.storeI64(kind.assign(g, h, k), v);
    const c = kind.canon(k);
    if (c === null) model.nans++;
    else model.entries.set(c, { key: k, value: v });
  };
  const del = (k: KeyValue): void => {
    kind.del(g, h, k);
    const c = kind.canon(k);
    if (c !== null) model.entries.delete(c);
  };
  const lookup = (k: KeyValue, step: number): void => {
    const e = kind.access2(g, h, k);
    const c = kind.canon(k);
    const want = c === null ? undefined : model.entries.get(c);
    if (rt.ok !== (want !== undefined)) fail(`step ${step}: ok ${rt.ok} for ${String(c)}`);
    const got = g.mem.loadI64(e);
    if (got !== (want?.value ?? 0)) fail(`step ${step}: value ${got} != ${want?.value ?? 0}`);
  };

  const iterate = (mutate: boolean, step: number): void => {
    cov.iterations++;
    if (rt.growing(h)) cov.iterationsStartedWhileGrowing++;
    inIteration = true;
    const present = new Set(model.entries.keys());
    const touched = new Set<string>();
    const yielded = new Set<string>();
    let nanYields = 0;
    const it = new MapIter(t);
    for (mapiterinit(rt, t, h, it); it.key !== 0; mapiternext(rt, it)) {
      const k = kind.read(g, it.key);
      const c = kind.canon(k);
      if (c === null) {
        nanYields++;
      } else {
        const cur = model.entries.get(c);
        if (cur === undefined) fail(`step ${step}: iteration yielded absent key ${c}`);
        if (g.mem.loadI64(it.elem) !== cur.value) fail(`step ${step}: stale value for ${c}`);
        if (yielded.has(c) && !touched.has(c)) fail(`step ${step}: key ${c} yielded twice`);
        yielded.add(c);
      }
      if (mutate && rng.int(4) === 0) {
        // Churn mutates around the live window so the map keeps its size; random mode anywhere.
        const id2 = keySpace > 0 ? rng.int(keySpace) : Math.max(0, step - rng.int(-keySpace + 20));
        const k2 = kind.gen(id2, rng);
        const c2 = kind.canon(k2);
        if (c2 !== null) touched.add(c2);
        if (keySpace < 0 || rng.int(2) === 0)
          del(k2); // churn only deletes, keeping the window size
        else assign(k2);
      }
    }
    inIteration = false;
    for (const c of present) {
      if (!touched.has(c) && !yielded.has(c)) fail(`step ${step}: iteration missed ${c}`);
    }
    if (!mutate && nanYields !== model.nans)
      fail(`step ${step}: ${nanYields} NaN yields, want ${model.nans}`);
    check(true, step);
  };

  for (let step = 0; step < ops; step++) {
    const r = rng.int(100);
    grew = false;
    if (keySpace < 0) {
      const k = kind.gen(step, rng);
      assign(k);
      lookup(k, step);
      if (step >= -keySpace) {
        const old = kind.gen(step + keySpace, rng);
        del(old);
        lookup(old, step);
      }
      if (r === 0) iterate(rng.int(2) === 0, step);
      check(grew, step);
      continue;
    }
    const k = kind.gen(rng.int(keySpace), rng);
    if (r < 45) {
      assign(k);
      lookup(k, step);
    } else if (r < 70) {
      lookup(k, step);
    } else if (r < 97) {
      del(k);
      lookup(k, step);
    } else if (r < 99) {
      iterate(rng.int(2) === 0, step);
    } else if (rng.int(8) === 0) {
      mapclear(rt, t, h);
      model.entries.clear();
      model.nans = 0;
    }
    check(grew, step);
  }
  iterate(false, ops);
  return cov;
}

describe('map vs JS Map model', () => {
  const kinds = keyKinds().map((k) => k.name);
  const total: Coverage = {
    iterations: 0,
    iterationsStartedWhileGrowing: 0,
    growthsDuringIteration: 0,
    growths: 0,
    sameSizeGrowths: 0,
  };
  // 6 key kinds x 4 seeds x 5000 ops = 120k operations, plus churn runs and the operations done inside
  // iterations.
  for (const [ki, name] of kinds.entries()) {
    for (const seed of [1, 2, 3, 4]) {
      const keySpace = [40, 300, 1200, 3000][seed - 1]!;
      it(`${name} seed ${seed} (key space ${keySpace})`, () => {
        const cov = runSequence(ki, seed, 5000, keySpace);
        expect(cov.iterations).toBeGreaterThan(10);
        for (const key of Object.keys(total) as (keyof Coverage)[]) total[key] += cov[key];
      });
    }
  }
  // Churn (sliding window of live keys) for every kind: same-size growth, iteration across it.
  for (const [ki, name] of kinds.entries()) {
    it(`${name} churn`, () => {
      const cov = runSequence(ki, 5, 6000, -100);
      for (const key of Object.keys(total) as (keyof Coverage)[]) total[key] += cov[key];
    });
  }
  // The sequences must actually exercise the hard cases, or the checks above prove little.
  it('covered growth during iteration, iteration during growth, same-size growth', () => {
    expect(total.sameSizeGrowths).toBeGreaterThan(5);
    expect(total.growths).toBeGreaterThan(50);
    expect(total.iterationsStartedWhileGrowing).toBeGreaterThan(5);
    expect(total.growthsDuringIteration).toBeGreaterThan(5);
  });
});
