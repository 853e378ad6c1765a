// Phase entry: type-check a parsed File. Results go to side tables (TypeInfo); the AST is never mutated.
//
// Other folders import only from here: `check`, the TypeInfo tables, the type representation, layout
// (sizeof/alignof/offsetsof/hasPointers), typeString and constant values are re-exported.

import type { Diagnostic } from '../diag/index.js';
import type { File } from '../syntax/index.js';
import { checkFile } from './check.js';
import type { TypeInfo } from './info.js';

export type * from './info.js';
export type * from './types.js';
export type { ConstValue } from './constant.js';
export {
  identical,
  under,
  comparable,
  hasNil,
  isInteger,
  isUnsigned,
  isFloat,
  isString,
  isBoolean,
  isNumeric,
  isUntyped,
} from './types.js';
export { sizeof, alignof, offsetsof, hasPointers, isDirectIface, PtrSize } from './layout.js';
export { typeString } from './typestring.js';
export { constString } from './constant.js';
export { quoteByteString, decodeRune, encodeRune, isPrint } from './bytestring.js';
export { unquoteString } from './literal.js';
export { Typ, ByteType, RuneType, anyType, errorType } from './universe.js';

export interface CheckResult {
  readonly info: TypeInfo;
  readonly diags: Diagnostic[];
}

/** check type-checks one file with Go 1.19's rules for the mini-Go subset. */
export function check(file: File): CheckResult {
  return checkFile(file);
}
