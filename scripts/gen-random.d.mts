// Types of scripts/gen-random.mjs (the random map-program generator used by test/random/).
export class Rng {
  constructor(seed: number);
  next(): number;
  int(n: number): number;
  range(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}
export const GeneratorVersion: string;
export function generateProgram(seed: number): string;
