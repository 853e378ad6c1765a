// Checker driver (stub while the checker is written): returns empty tables.

import type { Diagnostic } from '../diag/index.js';
import type { File } from '../syntax/index.js';
import { newTypeInfo, type TypeInfo } from './info.js';

export function checkFile(file: File): { info: TypeInfo; diags: Diagnostic[] } {
  void file;
  return { info: newTypeInfo(), diags: [] };
}
