// The runtime type table: type descriptor addresses <-> Go types, and map descriptors built from them.
//
// Invariants:
//  - A type descriptor (`Addr {type.T} SB` in the IR) gets one address per distinct type spelling, in a
//    read-only region below the stack that memory never maps (descriptors are never dereferenced).
//  - fmt and print read an interface's type word and look the Go type up here; map runtime calls get their
//    MapType from here once, at compile time of the call.
//  - Code addresses of functions are assigned the same way in a text region (like Go's 0x4xxxxx).

import { InternalError } from '../../compiler/diag/index.js';
import type { Type } from '../../compiler/types/index.js';
import { alignof, hasPointers, offsetsof, sizeof, under } from '../../compiler/types/index.js';
import { makeMapType, type ElemShape, type KeyShape, type MapType } from '../map/index.js';

const TYPE_BASE = 0x4a0000;
const TYPE_STRIDE = 0x40;

/** typeName spells a Go type the way Go's %T and runtime do (`main.T`, `map[string]int`, `[]uint8`). */
export function typeName(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.basic === 'untyped nil'
        ? 'nil'
        : t.name === 'byte'
          ? 'uint8'
          : t.name === 'rune'
            ? 'int32'
            : t.name;
    case 'Pointer':
      return '*' + typeName(t.elem);
    case 'Slice':
      return '[]' + typeName(t.elem);
    case 'Array':
      return `[${t.len}]${typeName(t.elem)}`;
    case 'Map':
      return `map[${typeName(t.key)}]${typeName(t.elem)}`;
    case 'Struct':
      return t.fields.length === 0
        ? 'struct {}'
        : `struct { ${t.fields.map((f) => `${f.embedded ? '' : f.name + ' '}${typeName(f.type)}`).join('; ')} }`;
    case 'Signature': {
      const ps = t.params.map((p) => typeName(p.type)).join(', ');
      const rs = t.results.map((r) => typeName(r.type));
      return `func(${ps})${rs.length === 0 ? '' : rs.length === 1 ? ' ' + rs[0] : ` (${rs.join(', ')})`}`;
    }
    case 'Named':
      return t.obj.name === 'error' ? 'error' : `main.${t.obj.name}`;
    case 'Interface':
      return t.methods.length === 0 ? 'interface {}' : 'error';
    case 'Tuple':
      return t.vars.map((v) => typeName(v.type)).join(',');
  }
}

/** keyShape describes how the map runtime hashes and compares keys of type t. */
export function keyShape(t: Type): KeyShape {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === 'string') return { kind: 'string' };
      if (u.basic === 'float32') return { kind: 'float32' };
      if (u.basic === 'float64') return { kind: 'float64' };
      return { kind: 'mem', size: sizeof(u), align: alignof(u) };
    case 'Pointer':
    case 'Map':
      return { kind: 'mem', size: 8, align: 8, pointers: true };
    case 'Array':
      return { kind: 'array', len: u.len, elem: keyShape(u.elem) };
    case 'Struct': {
      const offs = offsetsof(u);
      return {
        kind: 'struct',
        size: sizeof(u),
        align: alignof(u),
        fields: u.fields.map((f, i) => ({ offset: offs[i] ?? 0, shape: keyShape(f.type) })),
      };
    }
    default:
      throw new InternalError('runtime', `unsupported map key type ${typeName(t)}`);
  }
}

function elemShape(t: Type): ElemShape {
  return { size: sizeof(t), align: alignof(t), pointers: hasPointers(t) };
}

/** TypeTable assigns descriptor addresses and caches per-type runtime data. */
export class TypeTable {
  private readonly byName = new Map<string, number>();
  private readonly types: Array<Type | undefined> = [];
  private readonly mapTypes = new Map<number, MapType>();

  /** addrOf returns the descriptor address of t (registering it). */
  addrOf(t: Type): number {
    const name = typeName(t);
    let i = this.byName.get(name);
    if (i === undefined) {
      i = this.types.length;
      this.types.push(t);
      this.byName.set(name, i);
    }
    return TYPE_BASE + i * TYPE_STRIDE;
  }

  /** addrOfName registers a type known only by its spelling (closure objects): it has no Go type. */
  addrOfName(name: string): number {
    let i = this.byName.get(name);
    if (i === undefined) {
      i = this.types.length;
      this.types.push(undefined);
      this.byName.set(name, i);
    }
    return TYPE_BASE + i * TYPE_STRIDE;
  }

  /** typeAt returns the Go type of a descriptor address (undefined for nil or unknown). */
  typeAt(addr: number): Type | undefined {
    if (addr < TYPE_BASE) return undefined;
    return this.types[(addr - TYPE_BASE) / TYPE_STRIDE];
  }

  /** mapType returns the MapType of a map type's descriptor address. */
  mapType(addr: number): MapType {
    let mt = this.mapTypes.get(addr);
    if (mt === undefined) {
      const t = this.typeAt(addr);
      const u = t === undefined ? undefined : under(t);
      if (t === undefined || u === undefined || u.kind !== 'Map')
        throw new InternalError('runtime', `no map type at 0x${addr.toString(16)}`);
      mt = makeMapType(typeName(t), keyShape(u.key), elemShape(u.elem));
      this.mapTypes.set(addr, mt);
    }
    return mt;
  }
}
