// Go-level failures raised while executing: runtime-error panics with Go's exact messages, user panics
// carrying an interface value, and the fatal stack overflow.
//
// Invariant: every class here ends the run with exit status 2 and Go's first stderr line; GoPanic from
// runtime/panic.ts (map runtime) is treated like RuntimeErrorPanic with its message.

import { GoPanic } from '../panic.js';

/** RuntimeErrorPanic prints `panic: runtime error: <msg>` (plus an optional signal line). */
export class RuntimeErrorPanic extends GoPanic {
  constructor(
    message: string,
    readonly signal?: string,
  ) {
    super(message);
  }
}

/** NilPanic is a nil dereference: Go's SIGSEGV panic. */
export class NilPanic extends RuntimeErrorPanic {
  constructor(addr: number) {
    super(
      'runtime error: invalid memory address or nil pointer dereference',
      `[signal SIGSEGV: segmentation violation code=0x1 addr=0x${addr.toString(16)} pc=0x0]`,
    );
  }
}

/** UserPanic is panic(v): `text` is what Go's printpanicval prints for v. */
export class UserPanic extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/** StackOverflow is Go's fatal `stack overflow` after exceeding the 1 GB goroutine stack. */
export class StackOverflow extends Error {}

/** boundsMessage is Go's boundsError text for PanicBounds kind k (runtime/error.go). */
export function boundsMessage(kind: number, x: number | bigint, y: number | bigint): string {
  const signed = kind % 2 === 0;
  const xs = signed ? x.toString() : BigInt.asUintN(64, BigInt(x)).toString();
  if (signed && x < 0) {
    const forms = [
      'index out of range [%x]',
      '',
      'slice bounds out of range [:%x]',
      '',
      'slice bounds out of range [:%x]',
      '',
      'slice bounds out of range [%x:]',
    ];
    return 'runtime error: ' + (forms[kind] ?? 'index out of range [%x]').replace('%x', xs);
  }
  const forms = [
    'index out of range [%x] with length %y',
    'index out of range [%x] with length %y',
    'slice bounds out of range [:%x] with length %y',
    'slice bounds out of range [:%x] with length %y',
    'slice bounds out of range [:%x] with capacity %y',
    'slice bounds out of range [:%x] with capacity %y',
    'slice bounds out of range [%x:%y]',
    'slice bounds out of range [%x:%y]',
  ];
  return 'runtime error: ' + (forms[kind] ?? forms[0]!).replace('%x', xs).replace('%y', y.toString());
}
