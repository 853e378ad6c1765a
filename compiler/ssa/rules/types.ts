// The shape of rewrite rules (Go's *.rules, as TypeScript data): a rule names the root ops it applies to
// and returns a replacement or undefined. The opt pass tries a value's rules in table order; the first
// match wins, and rewriting repeats until nothing matches.
//
// Invariant (checked when the table loads): every root op is pure, so a rewrite never drops a side
// effect; replacements only reuse existing values or make new constants.

import type { Value } from '../ir.js';
import type { Op } from '../ops.js';

export type Replacement =
  /** v becomes Copy of an existing value. */
  | { readonly kind: 'copy'; readonly of: Value }
  /** v becomes a constant of its own type (ints: op is Const8..64 chosen by width). */
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** v becomes op(args) with v's type. */
  | {
      readonly kind: 'op';
      readonly op: Op;
      readonly args: readonly Value[];
      readonly auxInt?: number | bigint;
    };

export interface ValueRule {
  readonly name: string;
  readonly ops: readonly Op[];
  readonly rewrite: (v: Value) => Replacement | undefined;
}

/** BlockRule rewrites an If block: `first` makes it First towards succs[0] (after an optional swap). */
export interface BlockRule {
  readonly name: string;
  readonly rewrite: (
    control: Value,
  ) => { readonly swap: boolean; readonly control?: Value; readonly first?: boolean } | undefined;
}
