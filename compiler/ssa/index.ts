// Phase entry: SSA construction, the pass pipeline, and the text form of the IR.
//
// Other folders import only from here (runtime/ may also import ir.ts, ops.ts and types.ts, which pull in
// nothing else).

import type { EscapeResult } from '../escape/index.js';
import type { File } from '../syntax/index.js';
import type { TypeInfo } from '../types/index.js';
import { buildProgram } from './build/index.js';
import type { Program } from './ir.js';

export * from './ir.js';
export { OPS, opInfo, isOp, BOUNDS_KINDS, type Op, type OpInfo } from './ops.js';
export { T, tupleOf, ptrTo } from './types.js';
export { printFunc, printProgram, runtimeCalls, valueString, RuntimeCallPattern } from './print.js';
export { layoutOrder } from './layout.js';
export { optimize, passNames, PASSES, PASS_ORDER, type OptimizeOptions } from './passes.js';
export { checkFunc } from './check.js';
export { parseFunc, parseFuncs, typeFromName } from './parse.js';
export { dumpSSA, dumpPhases, matchesFunc, selectsFunc, type DumpOptions } from './dump.js';
export { renderSsaHtml, findHtmlFunc, htmlFuncNames, phaseColumns, type SsaHtmlOptions } from './html.js';

/** buildSSA converts a type-checked file (with its escape results) to SSA, before any pass. */
export function buildSSA(file: File, info: TypeInfo, esc: EscapeResult | undefined, src: string): Program {
  return buildProgram(file, info, esc, src);
}
