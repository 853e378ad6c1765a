// Phase entry: SSA construction, the pass pipeline, and the text form of the IR.
//
// Other folders import only from here (runtime/ may also import ir.ts, ops.ts and types.ts, which pull in
// nothing else).

export * from './ir.js';
export { OPS, opInfo, isOp, type Op, type OpInfo } from './ops.js';
export { T, tupleOf, ptrTo } from './types.js';
