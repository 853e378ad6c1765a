// Selectors (fields, methods, fmt members), index and slice expressions, composite literals and function
// literals (types2 call.go selector, index.go, expr.go CompositeLit/FuncLit).
//
// Invariants: selections are recorded in info.selections with the embedded-field path; function literal
// bodies are checked immediately (their captures are recorded in info.captures).

import type { CompositeLit, Expr, FuncLit, IndexExpr, SelectorExpr, SliceExpr } from '../syntax/index.js';
import type { Checker, Operand } from './checker.js';
import { failed, operand } from './checker.js';
import * as K from './constant.js';
import { assignment, singleValue } from './assign.js';
import { evalExpr, evalValue } from './expr.js';
import { exprString } from './exprstring.js';
import type { Selection } from './info.js';
import { operandString } from './operand.js';
import { funcBody } from './stmt.js';
import type { Func, Type, Var } from './types.js';
import { isInteger, isInvalid, isString, isUntyped, under } from './types.js';
import { typeString } from './typestring.js';
import { funcType, typeOf } from './typexpr.js';
import { ByteType, FMT_FUNCS, InvalidType, Typ } from './universe.js';
import { convertUntyped } from './assign.js';

/** FMT_EXPORTS lists fmt's exported names (to tell "not supported" from "undefined"). */
const FMT_EXPORTS = new Set(
  'Append Appendf Appendln Errorf Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln GoStringer Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf Sprintln Sscan Sscanf Sscanln State Stringer'.split(
    ' ',
  ),
);

function invalid(e: Expr): Operand {
  return operand('invalid', InvalidType, undefined, e);
}

export function selectorExpr(c: Checker, e: SelectorExpr): Operand {
  const sel = e.sel.name;
  if (e.x.kind === 'Ident') {
    const obj = c.lookup(e.x.name);
    if (obj && obj.kind === 'PkgName') {
      obj.used = true;
      c.info.uses.append(e.x, obj);
      if (obj.path !== 'fmt') return invalid(e); // the import itself was reported as unsupported
      const fn = FMT_FUNCS.get(sel);
      if (fn) {
        c.info.uses.append(e.sel, fn);
        return operand('value', fn.type, undefined, e);
      }
      if (!/^[A-Z]/.test(sel)) c.error(e.sel, `name ${sel} not exported by package ${obj.name}`);
      else if (FMT_EXPORTS.has(sel)) c.error(e.sel, `${obj.name}.${sel} not supported by mgo yet`);
      else c.error(e.sel, `undefined: ${obj.name}.${sel}`);
      return invalid(e);
    }
  }
  const x = evalExpr(c, e.x, true);
  if (x.mode === 'invalid') return invalid(e);
  if (x.mode === 'builtin') {
    c.error(e.pos, `cannot select on ${operandString(x)}`);
    return invalid(e);
  }
  singleValue(c, x);
  if (failed(x)) return invalid(e);
  if (x.mode === 'typexpr') {
    c.error(e, `method expressions not supported by mgo yet`);
    return invalid(e);
  }
  const found = lookupFieldOrMethod(x.type, x.mode === 'variable', sel);
  if (found.kind === 'none' || found.kind === 'ambiguous' || found.kind === 'ptrmethod') {
    if (isInvalid(under(x.type))) return invalid(e);
    if (found.kind === 'ambiguous') c.error(e.sel, `ambiguous selector ${exprString(e.x)}.${sel}`);
    else if (found.kind === 'ptrmethod')
      c.error(e.sel, `cannot call pointer method ${sel} on ${typeString(x.type)}`);
    else {
      let why = `type ${typeString(x.type)} has no field or method ${sel}`;
      const other = /^[A-Z]/.test(sel)
        ? sel[0]!.toLowerCase() + sel.slice(1)
        : sel[0]!.toUpperCase() + sel.slice(1);
      if (lookupFieldOrMethod(x.type, x.mode === 'variable', other).kind === 'found')
        why += `, but does have ${other}`;
      c.error(e.sel, `${exprString(e.x)}.${sel} undefined (${why})`);
    }
    return invalid(e);
  }
  const { obj, path, indirect } = found;
  c.info.uses.append(e.sel, obj);
  if (obj.kind === 'Var') {
    const selection: Selection = {
      kind: 'field',
      recv: x.type,
      obj,
      path,
      indirect,
      type: obj.type,
      recvAdjust: 'none',
    };
    c.info.selections.set(e, selection);
    const mode = x.mode === 'variable' || indirect ? 'variable' : 'value';
    return operand(mode, obj.type, undefined, e);
  }
  const sig = obj.type;
  const methodType: Type = {
    kind: 'Signature',
    recv: undefined,
    params: sig.params,
    results: sig.results,
    variadic: sig.variadic,
  };
  const recvIsPtr = under(x.type).kind === 'Pointer' || indirect;
  const recvAdjust = obj.ptrRecv && !recvIsPtr ? 'addr' : !obj.ptrRecv && recvIsPtr ? 'deref' : 'none';
  c.info.selections.set(e, {
    kind: 'method',
    recv: x.type,
    obj,
    path,
    indirect,
    type: methodType,
    recvAdjust,
  });
  return operand('value', methodType, undefined, e);
}

type Lookup =
  | { kind: 'found'; obj: Var | Func; path: number[]; indirect: boolean }
  | { kind: 'none' }
  | { kind: 'ambiguous' }
  | { kind: 'ptrmethod' };

const NotFound: Lookup = { kind: 'none' };
const Ambiguous: Lookup = { kind: 'ambiguous' };
const PtrMethod: Lookup = { kind: 'ptrmethod' };

/**
 * lookupFieldOrMethod searches fields and methods breadth-first through embedded fields (Go's rules). The
 * first depth (the type's own methods and fields) is searched directly; the breadth-first walk runs only
 * when nothing matched there and the struct has embedded fields.
 */
export function lookupFieldOrMethod(T: Type, addressable: boolean, name: string): Lookup {
  let isPtr = false;
  let start = T;
  if (T.kind === 'Pointer') {
    start = T.elem;
    isPtr = true;
  } else if (T.kind !== 'Named' && under(T).kind === 'Pointer') {
    start = (under(T) as { elem: Type }).elem;
    isPtr = true;
  }
  if (start.kind === 'Named') {
    const methods = start.methods;
    for (let i = 0; i < methods.length; i++) {
      const m = methods[i]!;
      if (m.name !== name) continue;
      if (m.ptrRecv && !isPtr && !addressable) return PtrMethod;
      return { kind: 'found', obj: m, path: [i], indirect: isPtr };
    }
  }
  const u = under(start);
  if (u.kind !== 'Struct') return NotFound;
  let match = -1;
  let hasEmbedded = false;
  for (let i = 0; i < u.fields.length; i++) {
    const f = u.fields[i]!;
    if (f.name === name) {
      if (match >= 0) return Ambiguous;
      match = i;
    }
    if (f.embedded) hasEmbedded = true;
  }
  if (match >= 0) return { kind: 'found', obj: u.fields[match]!, path: [match], indirect: isPtr };
  return hasEmbedded ? lookupBreadthFirst(start, isPtr, addressable, name) : NotFound;
}

/** lookupBreadthFirst is the full breadth-first search of lookupFieldOrMethod from start. */
function lookupBreadthFirst(start: Type, isPtr: boolean, addressable: boolean, name: string): Lookup {
  type Entry = { t: Type; path: number[]; indirect: boolean };
  let current: Entry[] = [{ t: start, path: [], indirect: isPtr }];
  const seen = new Set<Type>();
  while (current.length > 0) {
    const matches: { obj: Var | Func; path: number[]; indirect: boolean }[] = [];
    const next: Entry[] = [];
    for (const { t, path, indirect } of current) {
      if (t.kind === 'Named') {
        if (seen.has(t)) continue;
        seen.add(t);
        const mi = t.methods.findIndex((m) => m.name === name);
        if (mi >= 0) {
          matches.push({ obj: t.methods[mi]!, path: [...path, mi], indirect });
          continue;
        }
      }
      const u = under(t);
      if (u.kind === 'Struct') {
        u.fields.forEach((f, i) => {
          if (f.name === name) matches.push({ obj: f, path: [...path, i], indirect });
          if (f.embedded) {
            const ft = f.type;
            if (ft.kind === 'Pointer') next.push({ t: ft.elem, path: [...path, i], indirect: true });
            else next.push({ t: ft, path: [...path, i], indirect });
          }
        });
      }
    }
    if (matches.length > 1) return Ambiguous;
    const m = matches[0];
    if (m) {
      if (m.obj.kind === 'Func' && m.obj.ptrRecv && !m.indirect && !addressable) return PtrMethod;
      return { kind: 'found', ...m };
    }
    current = next;
  }
  return NotFound;
}

// ---------------------------------------------------------------------------------------------------------
// Index and slice

function constIndexValue(x: Operand): bigint | undefined {
  if (x.mode !== 'constant' || !x.value) return undefined;
  const v = K.toInt(x.value);
  return v.kind === 'int' ? v.value : undefined;
}

/** checkIndex validates an index operand; returns its constant value if any (-1n when invalid). */
function checkIndex(c: Checker, e: Expr, max: number, what = 'index'): bigint | undefined {
  const x = evalValue(c, e);
  if (x.mode === 'invalid') return -1n;
  convertUntyped(c, x, Typ.int);
  if (failed(x)) return -1n;
  if (!isInteger(x.type)) {
    c.error(e, `invalid argument: ${what} ${operandString(x)} must be integer`);
    return -1n;
  }
  const v = constIndexValue(x);
  if (v !== undefined) {
    if (v < 0n) {
      c.error(e, `invalid argument: ${what} ${operandString(x)} must not be negative`);
      return -1n;
    }
    if (max >= 0 && v >= BigInt(max)) {
      c.error(e, `invalid argument: ${what} ${K.constString(x.value!)} out of bounds [0:${max}]`);
      return -1n;
    }
  }
  return v;
}

export function indexExpr(c: Checker, e: IndexExpr): Operand {
  const x = evalExpr(c, e.x, true);
  if (x.mode === 'invalid') {
    evalExpr(c, e.index, false);
    return invalid(e);
  }
  if (x.mode === 'typexpr') {
    c.error(e, `generic types not supported by mgo yet`);
    return invalid(e);
  }
  singleValue(c, x);
  if (failed(x)) return invalid(e);
  const u = under(x.type);
  let length = -1;
  let mode: Operand['mode'] = 'variable';
  let elem: Type | undefined;
  if (u.kind === 'Basic' && isString(u)) {
    if (x.mode === 'constant' && x.value && x.value.kind === 'string') length = x.value.value.length;
    mode = 'value';
    elem = ByteType;
  } else if (u.kind === 'Array') {
    length = u.len;
    mode = x.mode === 'variable' ? 'variable' : 'value';
    elem = u.elem;
  } else if (u.kind === 'Pointer' && under(u.elem).kind === 'Array') {
    const a = under(u.elem) as { len: number; elem: Type };
    length = a.len;
    elem = a.elem;
  } else if (u.kind === 'Slice') {
    elem = u.elem;
  } else if (u.kind === 'Map') {
    const key = evalValue(c, e.index);
    assignment(c, key, u.key, 'map index');
    return operand('mapindex', u.elem, undefined, e);
  }
  if (!elem) {
    c.error(e.pos, `invalid operation: cannot index ${operandString(x)}`);
    evalExpr(c, e.index, false);
    return invalid(e);
  }
  checkIndex(c, e.index, length);
  return operand(mode, elem, undefined, e);
}

export function sliceExpr(c: Checker, e: SliceExpr): Operand {
  const x = evalValue(c, e.x);
  if (x.mode === 'invalid') {
    for (const i of [e.lo, e.hi, e.max]) if (i) evalExpr(c, i, false);
    return invalid(e);
  }
  const u = under(x.type);
  let length = -1;
  let result: Type | undefined;
  if (u.kind === 'Basic' && isString(u)) {
    if (e.full) {
      c.error(e.max ?? e, 'invalid operation: 3-index slice of string');
      return invalid(e);
    }
    if (x.mode === 'constant' && x.value && x.value.kind === 'string') length = x.value.value.length;
    result = isUntyped(x.type) ? Typ.string : x.type;
  } else if (u.kind === 'Array') {
    length = u.len;
    if (x.mode !== 'variable') {
      c.error(e, `invalid operation: ${exprString(e)} (slice of unaddressable value)`);
      return invalid(e);
    }
    result = c.sliceOf(u.elem);
  } else if (u.kind === 'Pointer' && under(u.elem).kind === 'Array') {
    const a = under(u.elem) as { len: number; elem: Type };
    length = a.len;
    result = c.sliceOf(a.elem);
  } else if (u.kind === 'Slice') {
    result = x.type;
  }
  if (!result) {
    c.error(x.expr, `cannot slice ${operandString(x)}`);
    return invalid(e);
  }
  const vals: bigint[] = [];
  const idx = [e.lo, e.hi, e.max];
  idx.forEach((i) => {
    if (!i) return;
    const v = checkIndex(c, i, length >= 0 ? length + 1 : -1);
    if (v !== undefined && v >= 0n) {
      for (const prev of vals) {
        if (prev > v) {
          c.error(i, `invalid slice indices: ${v} < ${prev}`);
          return;
        }
      }
      vals.push(v);
    }
  });
  return operand('value', result, undefined, e);
}

// ---------------------------------------------------------------------------------------------------------
// Composite and function literals

export function compositeLit(c: Checker, e: CompositeLit, hint: Type | undefined): Operand {
  let typ: Type;
  if (e.type) {
    if (e.type.kind === 'ArrayType' && e.type.len === 'ellipsis') {
      const elem = typeOf(c, e.type.elem);
      const n = indexedElts(c, e.elts, elem, -1);
      typ = c.arrayOf(n, elem);
      c.recordType(e.type, typ);
      return operand('value', typ, undefined, e);
    }
    typ = typeOf(c, e.type);
  } else if (hint) {
    typ = hint;
    if (under(typ).kind === 'Pointer') {
      const base = (under(typ) as { elem: Type }).elem;
      const x = compositeLit(c, e, base);
      return failed(x) ? x : operand('value', hint, undefined, e);
    }
  } else {
    c.error(e, 'invalid composite literal type: missing type');
    return invalid(e);
  }
  const u = under(typ);
  switch (u.kind) {
    case 'Struct': {
      if (e.elts.length === 0) break;
      const fields = u.fields;
      if (e.elts[0]!.kind === 'KeyValueExpr') {
        const seen = new Set<number>();
        for (const elt of e.elts) {
          if (elt.kind !== 'KeyValueExpr') {
            c.error(elt, 'mixture of field:value and value elements in struct literal');
            evalValue(c, elt);
            continue;
          }
          const key = elt.key;
          if (key.kind !== 'Ident') {
            c.error(key, `invalid field name ${exprString(key)} in struct literal`);
            evalValue(c, elt.value);
            continue;
          }
          const i = fields.findIndex((f) => f.name === key.name);
          if (i < 0) {
            c.error(key, `unknown field '${key.name}' in struct literal of type ${typeString(typ)}`);
            evalValue(c, elt.value);
            continue;
          }
          const fld = fields[i]!;
          c.info.uses.append(key, fld);
          const x = evalValue(c, elt.value, fld.type);
          assignment(c, x, fld.type, 'struct literal');
          if (seen.has(i)) {
            c.error(elt.pos, `duplicate field name ${key.name} in struct literal`);
            continue;
          }
          seen.add(i);
        }
      } else {
        let i = 0;
        for (const elt of e.elts) {
          if (elt.kind === 'KeyValueExpr') {
            c.error(elt, 'mixture of field:value and value elements in struct literal');
            evalValue(c, elt.value);
            continue;
          }
          const x = evalValue(c, elt, fields[i]?.type);
          if (i >= fields.length) {
            c.error(x.expr, `too many values in ${exprString(e)}`);
            break;
          }
          assignment(c, x, fields[i]!.type, 'struct literal');
          i++;
        }
        if (i < fields.length && i > 0) c.error(e.rbrace, `too few values in ${exprString(e)}`);
      }
      break;
    }
    case 'Array': {
      const n = indexedElts(c, e.elts, u.elem, u.len);
      void n;
      break;
    }
    case 'Slice':
      indexedElts(c, e.elts, u.elem, -1);
      break;
    case 'Map': {
      const keys = new Map<string, true>();
      for (const elt of e.elts) {
        if (elt.kind !== 'KeyValueExpr') {
          c.error(elt, 'missing key in map literal');
          evalValue(c, elt);
          continue;
        }
        const k = evalValue(c, elt.key, u.key);
        assignment(c, k, u.key, 'map literal');
        if (k.mode === 'constant' && k.value) {
          const id = dupKey(k);
          if (keys.has(id)) c.error(k.expr, `duplicate key ${exprString(elt.key)} in map literal`);
          else keys.set(id, true);
        }
        const v = evalValue(c, elt.value, u.elem);
        assignment(c, v, u.elem, 'map literal');
      }
      break;
    }
    default:
      if (!isInvalid(u)) c.error(e, `invalid composite literal type ${typeString(typ)}`);
      for (const elt of e.elts) evalExpr(c, elt.kind === 'KeyValueExpr' ? elt.value : elt, false);
      return invalid(e);
  }
  return operand('value', typ, undefined, e);
}

function dupKey(k: Operand): string {
  const v = k.value!;
  switch (v.kind) {
    case 'int':
      return 'n' + v.value.toString();
    case 'float':
      return v.den === 1n ? 'n' + v.num.toString() : `f${v.num}/${v.den}`;
    case 'string':
      return 's' + v.value;
    case 'bool':
      return 'b' + String(v.value);
    default:
      return '?' + Math.random();
  }
}

/** indexedElts checks array/slice literal elements; returns the literal's length (max index + 1). */
function indexedElts(c: Checker, elts: readonly Expr[], elem: Type, length: number): number {
  const seen = new Set<bigint>();
  let index = 0n;
  let max = 0n;
  for (const elt of elts) {
    let valueExpr = elt;
    if (elt.kind === 'KeyValueExpr') {
      const k = evalValue(c, elt.key);
      const kv = k.mode === 'constant' && k.value ? K.toInt(k.value) : undefined;
      if (kv && kv.kind === 'int' && (isInteger(k.type) || isUntyped(k.type))) {
        if (kv.value < 0n)
          c.error(elt.key, `index ${exprString(elt.key)} must be non-negative integer constant`);
        else index = kv.value;
      } else if (k.mode !== 'invalid') {
        c.error(elt.key, `index ${exprString(elt.key)} must be integer constant`);
      }
      valueExpr = elt.value;
    }
    if (length >= 0 && index >= BigInt(length)) {
      c.error(valueExpr, `index ${index} is out of bounds (>= ${length})`);
    } else if (seen.has(index)) {
      c.error(
        elt.kind === 'KeyValueExpr' ? elt.pos : elt,
        `duplicate index ${index} in array or slice literal`,
      );
    }
    seen.add(index);
    const x = evalValue(c, valueExpr, elem);
    assignment(c, x, elem, 'array or slice literal');
    index++;
    if (index > max) max = index;
  }
  return Number(max);
}

export function funcLit(c: Checker, e: FuncLit): Operand {
  const sig = funcType(c, e.type, undefined, e);
  c.info.signatures.set(e, sig);
  c.recordType(e.type, sig);
  funcBody(c, e, sig, e.body, undefined);
  return operand('value', sig, undefined, e);
}
