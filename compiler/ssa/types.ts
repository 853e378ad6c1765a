// The fixed SSA types every phase uses (mem, void, bool, the integer widths, *uint8, uintptr) and tuples.
//
// Invariant: these are singletons compared by name when read back from text; `tupleOf` builds the
// `<*int64,mem>` types of calls. No dependency on the Go type checker: runtime/ may import this file.

import type { SsaType } from './ir.js';

const int = (name: string, size: number, signed: boolean): SsaType => ({ name, cls: 'int', size, signed });

/** T holds the SSA types that do not come from a Go type. */
export const T = {
  mem: { name: 'mem', cls: 'mem', size: 0 },
  void: { name: 'void', cls: 'void', size: 0 },
  bool: { name: 'bool', cls: 'bool', size: 1 },
  int: int('int', 8, true),
  int8: int('int8', 1, true),
  int16: int('int16', 2, true),
  int32: int('int32', 4, true),
  int64: int('int64', 8, true),
  uint: int('uint', 8, false),
  uint8: int('uint8', 1, false),
  uint16: int('uint16', 2, false),
  uint32: int('uint32', 4, false),
  uint64: int('uint64', 8, false),
  uintptr: { name: 'uintptr', cls: 'ptr', size: 8 },
  float64: { name: 'float64', cls: 'float', size: 8 },
  float32: { name: 'float32', cls: 'float', size: 4 },
  string: { name: 'string', cls: 'string', size: 16 },
  bytePtr: { name: '*uint8', cls: 'ptr', size: 8, elem: int('uint8', 1, false) },
  unsafePtr: { name: 'unsafe.Pointer', cls: 'ptr', size: 8 },
  iface: { name: 'interface {}', cls: 'iface', size: 16 },
} as const satisfies Record<string, SsaType>;

/** tupleOf is the type of a call or MakeResult: members printed joined by `,` (`*int64,mem`). */
export function tupleOf(elems: readonly SsaType[]): SsaType {
  return { name: elems.map((e) => e.name).join(','), cls: 'tuple', size: 0, elems };
}

/** ptrTo is `*elem`. */
export function ptrTo(elem: SsaType): SsaType {
  return { name: `*${elem.name}`, cls: 'ptr', size: 8, elem };
}
