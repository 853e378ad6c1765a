// Tests of the fuzz machinery itself: inputs are deterministic and varied, and the minimizer shrinks.

import { describe, expect, it } from 'vitest';
import { fuzzInput, tokenize } from './generate.js';
import { minimize } from './probe.js';

const corpus = ['package main\n\nfunc main() {\n\tx := 1\n\tprintln(x)\n}\n'];

describe('fuzz inputs', () => {
  it('are a pure function of seed and index', () => {
    expect(fuzzInput(7, 123, corpus)).toBe(fuzzInput(7, 123, corpus));
    expect(fuzzInput(7, 124, corpus)).toBe(fuzzInput(7, 124, corpus));
  });
  it('vary with the index and the seed', () => {
    const inputs = new Set(Array.from({ length: 100 }, (_, i) => fuzzInput(7, i, corpus)));
    expect(inputs.size).toBeGreaterThan(80);
    expect(fuzzInput(8, 3, corpus)).not.toBe(fuzzInput(7, 3, corpus));
  });
  it('tokenize keeps every character', () => {
    expect(tokenize(corpus[0]!).join('')).toBe(corpus[0]);
  });
});

describe('minimize', () => {
  it('shrinks an input to what the predicate needs', () => {
    const out = minimize('aaaa XYZ bbbb cccc', (s) => s.includes('XYZ'));
    expect(out).toBe('XYZ');
  });
  it('returns the input when nothing can be removed', () => {
    expect(minimize('ab', (s) => s === 'ab')).toBe('ab');
  });
});
