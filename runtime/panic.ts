// Go-level failures raised by the simulated runtime, kept apart from mgo's own bugs (InternalError).
//
// Invariants:
//  - GoPanic is a recoverable Go panic whose value is a runtime error; `message` is the text Go prints
//    after `panic: ` (e.g. `assignment to entry in nil map`). The executor turns it into a Go panic value.
//  - GoFatal is an unrecoverable `fatal error: ...` (e.g. `concurrent map writes`); Go exits with status 2.

/** GoPanic is a runtime-error panic (recoverable by the program). */
export class GoPanic extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoPanic';
  }
}

/** GoFatal is a fatal runtime error (not recoverable). */
export class GoFatal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoFatal';
  }
}
