// runtime.concatstring2..5 and runtime.concatstrings as RUNTIME_CALLS entries (calls.ts): Go's
// concatstrings rules, byte for byte.
//
// Invariants: the result is a fresh heap string of the operands' bytes, except when at most one operand is
// non-empty and its data is not on the stack: then that operand itself is the result (Go returns it without
// copying). The fixed-arity forms read their operands from slots without building a parts array.

import type { RuntimeCall } from './calls.js';

/** concat compiles concatstring<n> (n operands after the buffer pointer) or concatstrings (a slice). */
export function concat(n: number | 'slice'): RuntimeCall {
  return (c) => {
    const env = c.env;
    const a = c.a;
    const r = c.r[0]!;
    if (n !== 'slice') {
      // concatstring2..5: the same rules without building a parts array (hot: `s = x + s` in loops).
      const strs = Array.from({ length: n }, (_, i) => a[i + 1]!);
      return (s, b) => {
        let total = 0;
        let nonEmpty = 0;
        let onlyPtr = 0;
        let onlyLen = 0;
        for (const x of strs) {
          const len = s[b + x + 1] as number;
          if (len > 0) {
            total += len;
            nonEmpty++;
            onlyPtr = s[b + x] as number;
            onlyLen = len;
          }
        }
        if (nonEmpty <= 1 && !env.rt.heap.isStack(onlyPtr)) {
          s[b + r] = onlyPtr;
          s[b + r + 1] = onlyLen;
          return;
        }
        const p = env.rt.heap.alloc(total, c.site);
        let off = 0;
        for (const x of strs) {
          const len = s[b + x + 1] as number;
          env.mem.memmove(p + off, s[b + x] as number, len);
          off += len;
        }
        s[b + r] = p;
        s[b + r + 1] = total;
      };
    }
    return (s, b) => {
      const parts: Array<[number, number]> = [];
      if (n === 'slice') {
        const p = s[b + a[1]!] as number;
        const len = s[b + a[1]! + 1] as number;
        for (let i = 0; i < len; i++)
          parts.push([env.mem.loadPtr(p + 16 * i), env.mem.loadI64(p + 16 * i + 8)]);
      } else for (let i = 1; i <= n; i++) parts.push([s[b + a[i]!] as number, s[b + a[i]! + 1] as number]);
      let total = 0;
      let nonEmpty = 0;
      let only: [number, number] = [0, 0];
      for (const pt of parts) {
        total += pt[1];
        if (pt[1] > 0) {
          nonEmpty++;
          only = pt;
        }
      }
      if (nonEmpty <= 1 && !env.rt.heap.isStack(only[0])) {
        s[b + r] = only[0];
        s[b + r + 1] = only[1];
        return;
      }
      const p = env.rt.heap.alloc(total, c.site);
      let off = 0;
      for (const [q, len] of parts) {
        env.mem.memmove(p + off, q, len);
        off += len;
      }
      s[b + r] = p;
      s[b + r + 1] = total;
    };
  };
}
