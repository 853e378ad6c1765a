// Map operations lowered exactly as Go 1.19's order/walk do (go-internals section 2): the choice of runtime
// entry point (mapfast), the key argument (by value for fast variants, &key for generic ones), make(map)
// with stack hmap/bucket for non-escaping maps, map literals (unrolled up to 25 static entries, a loop
// above), range via mapiterinit/mapiternext, the clear idiom, and len as a nil-safe load of hmap.count.
//
// Invariants:
//  - In `m[k] = rhs`, `m[k] op= rhs` and `m[k] = append(m[k], ...)` whose RHS calls a function (order.go
//    copies the calls into temps first), the map and key operands order.go leaves in place (names,
//    fields, derefs, slice/array elements, arithmetic: see beginMapIndex) are read AFTER the RHS, so f
//    changing k or m in `m[k] = f()` changes the slot assigned, as in gc. In tuple and parallel
//    assignments they are read right after the calls on the right (parallel.ts resolveTarget), unless
//    a right-hand side nests a call (then every target is evaluated first). Keys that mapKeyTemp copies
//    (a generic key other than a global or an addressable non-name; a fast composite key) and operands
//    with calls are evaluated before the RHS. Otherwise the map and key are evaluated before the RHS.
//  - The RHS is evaluated before the mapassign call (order.go safeMapRHS), so a panicking RHS never
//    inserts the key.
//  - Every runtime call names its function exactly as gc's `CALL runtime.X` (checked by test/ssa goldens).

import { InternalError } from '../../diag/index.js';
import type { CallExpr, CompositeLit, Expr, IndexExpr, Node, RangeStmt } from '../../syntax/index.js';
import { identical, isNumeric, isString, sizeof, under, type MapT, type Type } from '../../types/index.js';
import type { SsaType, Value } from '../ir.js';
import { T, ptrTo } from '../types.js';
import {
  allocEscapes,
  allocNote,
  isComposite,
  load,
  ssaType,
  stackTemp,
  store,
  typeAddr,
  zeroMem,
  type Ctx,
} from './ctx.js';
import { convertTo, expr, typeOf } from './expr.js';
import { mapFast, mapFnSuffix, ZeroValSize, type MapFast } from './gotypes.js';

/** MapRef is an evaluated `m[k]`: the map, the key argument and the map type facts. */
export interface MapRef {
  readonly t: Type;
  readonly mt: MapT;
  readonly fast: MapFast;
  readonly m: Value;
  /** The key value (fast variants) or the key expression's value to be spilled for &key (generic). */
  readonly key: Value;
}

export function mapTypeOf(t: Type): MapT {
  const u = under(t);
  if (u.kind !== 'Map') throw new InternalError('ssa', 'not a map');
  return u;
}

/** evalMapIndex evaluates the map and key operands of `m[k]` (order: map, then key). */
export function evalMapIndex(c: Ctx, e: IndexExpr): MapRef {
  const t = typeOf(c, e.x);
  const mt = mapTypeOf(t);
  const m = expr(c, e.x);
  const fast = mapFast(t);
  const key = fastKeyValue(c, fast, mt.key, convertTo(c, e.index, mt.key));
  return { t, mt, fast, m, key: fast === 'slow' ? keySnapshot(c, e.index, mt.key, key) : key };
}

/**
 * beginMapIndex evaluates the part of the assignment target `m[k]` that gc's order.go evaluates before a
 * right-hand side with calls (rhsOrdered) and returns the rest: when the map and key operands are plain
 * (orderPlain: order.go leaves them in place), the map is read by the returned function, after the RHS,
 * and so is the key unless mapKeyTemp copies it (keyCopied). Otherwise all is evaluated now.
 */
export function beginMapIndex(c: Ctx, e: IndexExpr, rhsOrdered: boolean): () => MapRef {
  if (!rhsOrdered || !orderPlain(c, e.x, false) || !orderPlain(c, e.index, true)) {
    const r = evalMapIndex(c, e);
    return () => r;
  }
  const t = typeOf(c, e.x);
  const mt = mapTypeOf(t);
  const fast = mapFast(t);
  if (!keyCopied(c, e.index, fast, mt.key)) return () => evalMapIndex(c, e);
  const v = fastKeyValue(c, fast, mt.key, convertTo(c, e.index, mt.key));
  const key = fast === 'slow' ? keySnapshot(c, e.index, mt.key, v) : v;
  return () => ({ t, mt, fast, m: expr(c, e.x), key });
}

/**
 * keyCopied is true when order.go's mapKeyTemp copies the key into a temporary when `m[k]` is ordered:
 * a fast variant's composite key (read through memory as the runtime's parameter type), or a generic
 * key that isaddrokay rejects (anything but a global variable or an addressable non-name expression of
 * the map's key type).
 */
function keyCopied(c: Ctx, index: Expr, fast: MapFast, keyType: Type): boolean {
  if (fast !== 'slow') return isComposite(ssaType(keyType));
  let x = index;
  while (x.kind === 'ParenExpr') x = x.x;
  const tv = c.p.info.types.get(x);
  if (tv?.mode !== 'variable' || !identical(tv.type, keyType)) return true;
  if (x.kind !== 'Ident') return false;
  const obj = c.p.info.uses.get(x);
  return obj?.kind !== 'Var' || !obj.isGlobal;
}

/** Builtins whose calls order.go does not copy into temporaries (no side effects). */
const PureBuiltins = new Set(['len', 'cap']);

/**
 * rhsOrdered: does order.go copy part of e into a temporary before the assignment statement (a call that
 * is not a conversion or len/cap)? Function literal bodies are not evaluated here.
 */
export function rhsOrdered(c: Ctx, e: Expr): boolean {
  let hit = false;
  const visit = (x: unknown): void => {
    if (hit || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (!('kind' in x)) return;
    const n = x as Node;
    if (n.kind === 'FuncLit') return;
    if (n.kind === 'CallExpr') {
      const ck = c.p.info.calls.get(n);
      if (ck?.kind === 'call' || (ck?.kind === 'builtin' && !PureBuiltins.has(ck.id))) hit = true;
    }
    for (const [k, val] of Object.entries(n)) if (k !== 'pos' && typeof val === 'object') visit(val);
  };
  visit(e);
  return hit;
}

/**
 * orderPlain: order.go leaves e in place (no temporary) and evaluating it makes no runtime call: names,
 * constants, fields, derefs, array/slice elements, numeric conversions and (for a key) arithmetic other
 * than string concatenation.
 */
function orderPlain(c: Ctx, e: Expr, key: boolean): boolean {
  const tv = c.p.info.types.get(e);
  if (tv?.mode === 'constant') return true;
  switch (e.kind) {
    case 'Ident':
      return c.p.info.uses.get(e)?.kind === 'Var';
    case 'ParenExpr':
      return orderPlain(c, e.x, key);
    case 'SelectorExpr':
      return c.p.info.selections.get(e)?.kind === 'field' && orderPlain(c, e.x, false);
    case 'StarExpr':
      return orderPlain(c, e.x, false);
    case 'IndexExpr': {
      const k = under(typeOf(c, e.x)).kind;
      return (k === 'Slice' || k === 'Array') && orderPlain(c, e.x, false) && orderPlain(c, e.index, true);
    }
    case 'UnaryExpr':
      return key && ['+', '-', '^', '!'].includes(e.op) && orderPlain(c, e.x, true);
    case 'BinaryExpr':
      return (
        key &&
        !(e.op === '+' && isString(typeOf(c, e))) &&
        orderPlain(c, e.x, true) &&
        orderPlain(c, e.y, true)
      );
    case 'CallExpr': {
      const ck = c.p.info.calls.get(e);
      const a = e.args[0];
      return (
        key &&
        ck?.kind === 'conversion' &&
        e.args.length === 1 &&
        a !== undefined &&
        isNumeric(ck.to) &&
        isNumeric(typeOf(c, a)) &&
        orderPlain(c, a, true)
      );
    }
    default:
      return false;
  }
}

/**
 * keySnapshot is order.go's addrTemp for a composite generic key: a local variable is copied to a temporary
 * when `m[k]` is evaluated (isaddrokay rejects local names), so in `m[k] = f()` f changing k does not change
 * the key; globals, fields and elements are passed by address and read by the call; literals and call
 * results already live in a temporary.
 */
function keySnapshot(c: Ctx, index: Expr, keyType: Type, key: Value): Value {
  const kt = ssaType(keyType);
  const obj = index.kind === 'Ident' ? c.p.info.uses.get(index) : undefined;
  if (!isComposite(kt) || obj?.kind !== 'Var' || obj.isGlobal) return key;
  const tmp = stackTemp(c, kt, false);
  store(c, tmp, key, kt);
  return tmp;
}

/** The runtime's by-value key parameter type per fast family (order.go mapKeyTemp's kt). */
const FastKeyParamType: Record<Exclude<MapFast, 'slow'>, SsaType> = {
  fast32: T.uint32,
  fast32ptr: T.unsafePtr,
  fast64: T.uint64,
  fast64ptr: T.unsafePtr,
  faststr: T.string,
};

/**
 * fastKeyValue is order.go's mapKeyTemp for fast variants: a composite key (a struct or array of 4 or 8
 * plain bytes, or wrapping one string) is read from its memory as the runtime's parameter type right away,
 * before the RHS is evaluated, so the call sees the key as it was when the index expression was evaluated.
 */
function fastKeyValue(c: Ctx, fast: MapFast, keyType: Type, key: Value): Value {
  if (fast === 'slow' || !isComposite(ssaType(keyType))) return key;
  return load(c, key, FastKeyParamType[fast]);
}

/** keyArg converts the key to the runtime's parameter: uint32/uint64/unsafe.Pointer/string, or &tmp. */
function keyArg(c: Ctx, r: MapRef, op: 'access' | 'assign'): Value {
  const fb = c.fb;
  switch (r.fast) {
    case 'fast32':
      return fb.v('Copy', T.uint32, [r.key]);
    case 'fast64':
      return fb.v('Copy', T.uint64, [r.key]);
    case 'fast64ptr':
    case 'fast32ptr':
      return fb.v('Copy', op === 'assign' ? T.unsafePtr : T.uint64, [r.key]);
    case 'faststr':
      return r.key.type.name === 'string' ? r.key : fb.v('Copy', T.string, [r.key]);
    case 'slow': {
      // a composite key is already in memory (a variable, a literal's temp or a keySnapshot): pass its address
      const kt = ssaType(r.mt.key);
      if (isComposite(kt)) return fb.v('Copy', T.unsafePtr, [r.key]);
      const tmp = stackTemp(c, kt, false);
      store(c, tmp, r.key, kt);
      return fb.v('Copy', T.unsafePtr, [tmp]);
    }
  }
}

function elemPtrType(mt: MapT): SsaType {
  return ptrTo(ssaType(mt.elem));
}

/** mapAccess1Ptr calls mapaccess1* and returns the element pointer (never nil). */
export function mapAccess1Ptr(c: Ctx, r: MapRef): Value {
  const fb = c.fb;
  const typ = typeAddr(c, r.t);
  const k = keyArg(c, r, 'access');
  if (sizeof(r.mt.elem) > ZeroValSize) {
    const zero = fb.v('Addr', T.bytePtr, [fb.sb], {
      kind: 'sym',
      name: 'runtime.zeroVal',
      symKind: 'global',
    });
    return fb.call('runtime.mapaccess1_fat', [typ, r.m, k, zero], [elemPtrType(r.mt)])[0]!;
  }
  return fb.call(
    `runtime.mapaccess1${mapFnSuffix(r.fast, 'access')}`,
    [typ, r.m, k],
    [elemPtrType(r.mt)],
  )[0]!;
}

/** mapAccess1 is `v := m[k]`. */
export function mapAccess1(c: Ctx, e: IndexExpr): Value {
  const r = evalMapIndex(c, e);
  const p = mapAccess1Ptr(c, r);
  return load(c, p, ssaType(r.mt.elem));
}

/** mapAccess2 is `v, ok := m[k]`: returns the element pointer and ok. */
export function mapAccess2(c: Ctx, e: IndexExpr): { ptr: Value; ok: Value; elem: SsaType } {
  const fb = c.fb;
  const r = evalMapIndex(c, e);
  const typ = typeAddr(c, r.t);
  const k = keyArg(c, r, 'access');
  const results = [elemPtrType(r.mt), T.bool];
  let out: Value[];
  if (sizeof(r.mt.elem) > ZeroValSize) {
    const zero = fb.v('Addr', T.bytePtr, [fb.sb], {
      kind: 'sym',
      name: 'runtime.zeroVal',
      symKind: 'global',
    });
    out = fb.call('runtime.mapaccess2_fat', [typ, r.m, k, zero], results);
  } else {
    out = fb.call(`runtime.mapaccess2${mapFnSuffix(r.fast, 'access')}`, [typ, r.m, k], results);
  }
  return { ptr: out[0]!, ok: out[1]!, elem: ssaType(r.mt.elem) };
}

/** mapAssignPtr calls mapassign* and returns the (nil-checked) slot to store into. */
export function mapAssignPtr(c: Ctx, r: MapRef): Value {
  const fb = c.fb;
  const typ = typeAddr(c, r.t);
  const k = keyArg(c, r, 'assign');
  const p = fb.call(
    `runtime.mapassign${mapFnSuffix(r.fast, 'assign')}`,
    [typ, r.m, k],
    [elemPtrType(r.mt)],
  )[0]!;
  fb.v('NilCheck', T.void, [p, fb.mem()]);
  return p;
}

/** mapDelete is `delete(m, k)`. */
export function mapDelete(c: Ctx, call: CallExpr): void {
  const t = typeOf(c, call.args[0]!);
  const mt = mapTypeOf(t);
  const m = expr(c, call.args[0]!);
  const fast = mapFast(t);
  const key = fastKeyValue(c, fast, mt.key, convertTo(c, call.args[1]!, mt.key));
  const r: MapRef = { t, mt, fast, m, key };
  const typ = typeAddr(c, t);
  const k = keyArg(c, r, 'access');
  c.fb.call(`runtime.mapdelete${mapFnSuffix(r.fast, 'access')}`, [typ, m, k], []);
}

/** mapLen is ssagen's referenceTypeBuiltin: `if m == nil { 0 } else { m.count }`. */
export function mapLen(c: Ctx, m: Value): Value {
  const fb = c.fb;
  const key = `.len${m.id}`;
  const isNil = fb.v('EqPtr', T.bool, [m, fb.constant('ConstNil', m.type)]);
  const yes = fb.newBlock();
  const no = fb.newBlock();
  const join = fb.newBlock();
  fb.branch(isNil, yes, no, 'unlikely');
  fb.seal(yes);
  fb.seal(no);
  fb.start(yes);
  fb.write(key, fb.intConst(T.int, 0), T.int);
  fb.goto(join);
  fb.start(no);
  fb.write(key, fb.v('Load', T.int, [m, fb.mem()]), T.int);
  fb.goto(join);
  fb.seal(join);
  fb.start(join);
  return fb.read(key);
}

const BucketCnt = 8;
const HmapSize = 48;

/** bucketType is the bmap of a map type: tophash, keys, elems (indirect above 128 bytes), overflow. */
function bucketType(mt: MapT): SsaType {
  const ks = sizeof(mt.key) > 128 ? 8 : sizeof(mt.key);
  const vs = sizeof(mt.elem) > 128 ? 8 : sizeof(mt.elem);
  const size = BucketCnt + BucketCnt * ks + BucketCnt * vs + 8;
  return {
    name: `noalg.map.bucket[${ssaType(mt.key).name}]${ssaType(mt.elem).name}`,
    cls: 'composite',
    size,
  };
}

const hmapType: SsaType = { name: 'runtime.hmap', cls: 'composite', size: HmapSize };

/** hintConst is the constant value of a make hint, if it is one. */
function hintConst(c: Ctx, e: Expr | undefined): bigint | undefined {
  if (!e) return 0n;
  const tv = c.p.info.types.get(e);
  return tv?.value?.kind === 'int' ? tv.value.value : undefined;
}

/** makeMap lowers make(map[K]V[, hint]) (walk/builtin.go walkMakeMap). `site` is the node escape keyed. */
export function makeMap(
  c: Ctx,
  t: Type,
  hintExpr: Expr | undefined,
  site: CallExpr | CompositeLit,
  hintN?: number,
): Value {
  const fb = c.fb;
  const mt = mapTypeOf(t);
  const st = ssaType(t);
  const hc = hintN !== undefined ? BigInt(hintN) : hintConst(c, hintExpr);
  const hint =
    hintN !== undefined ? fb.intConst(T.int, hintN) : hintExpr ? toIntValue(c, expr(c, hintExpr)) : undefined;
  const note = allocNote(c, site);
  if (!allocEscapes(c, site)) {
    const h = stackTemp(c, hmapType);
    h.note = note;
    if (hc === undefined || hc <= BigInt(BucketCnt)) {
      const withBucket = (): void => {
        const b = stackTemp(c, bucketType(mt));
        store(
          c,
          fb.v('OffPtr', ptrTo(T.bytePtr), [h], undefined, 16),
          fb.v('Copy', T.bytePtr, [b]),
          T.bytePtr,
        );
      };
      if (hc === undefined) {
        const yes = fb.newBlock();
        const join = fb.newBlock();
        fb.branch(fb.v('Leq64', T.bool, [hint!, fb.intConst(T.int, BucketCnt)]), yes, join);
        fb.seal(yes);
        fb.start(yes);
        withBucket();
        fb.goto(join);
        fb.seal(join);
        fb.start(join);
      } else withBucket();
    }
    if (hc !== undefined && hc <= BigInt(BucketCnt)) {
      const [r] = fb.call('runtime.fastrand', [], [T.uint32]);
      store(c, fb.v('OffPtr', ptrTo(T.uint32), [h], undefined, 12), r!, T.uint32);
      return fb.v('Copy', st, [h]);
    }
    return fb.call('runtime.makemap', [typeAddr(c, t), hint!, fb.v('Copy', T.bytePtr, [h])], [st])[0]!;
  }
  let m: Value;
  if (hc !== undefined && hc <= BigInt(BucketCnt)) m = fb.call('runtime.makemap_small', [], [st])[0]!;
  else m = fb.call('runtime.makemap', [typeAddr(c, t), hint!, fb.constant('ConstNil', T.bytePtr)], [st])[0]!;
  if (note) m.note = note;
  return m;
}

function toIntValue(c: Ctx, v: Value): Value {
  if (v.type.size === 8) return v.type.name === 'int' ? v : c.fb.v('Copy', T.int, [v]);
  const op = v.type.signed === false ? `ZeroExt${v.type.size * 8}to64` : `SignExt${v.type.size * 8}to64`;
  return c.fb.v(op as 'SignExt32to64', T.int, [v]);
}

/** isStatic is gc's isStaticCompositeLiteral for map literal entries: constants, nil, static literals. */
function isStatic(c: Ctx, e: Expr): boolean {
  const tv = c.p.info.types.get(e);
  if (tv?.mode === 'constant' || tv?.mode === 'nilvalue') return true;
  if (e.kind === 'Ident' && tv && c.p.info.uses.get(e)?.kind === 'Nil') return true;
  if (e.kind === 'CompositeLit') {
    const u = tv ? under(tv.type) : undefined;
    if (!u || (u.kind !== 'Struct' && u.kind !== 'Array')) return false;
    return e.elts.every((el) => (el.kind === 'KeyValueExpr' ? isStatic(c, el.value) : isStatic(c, el)));
  }
  return false;
}

/** MaxUnrolled: map literals with more static entries than this are filled by a loop (complit.go). */
const MaxUnrolled = 25;

/** mapLiteral lowers map[K]V{...} (order.go + complit.go maplit). */
export function mapLiteral(c: Ctx, e: CompositeLit, t: Type): Value {
  const fb = c.fb;
  const mt = mapTypeOf(t);
  const entries = e.elts.map((el) => {
    if (el.kind !== 'KeyValueExpr') throw new InternalError('ssa', 'map literal element without key');
    return el;
  });
  const m = makeMap(c, t, undefined, e, entries.length);
  const statics = entries.filter((kv) => isStatic(c, kv.key) && isStatic(c, kv.value));
  const dynamics = entries.filter((kv) => !statics.includes(kv));
  const fast = mapFast(t);
  const kt = ssaType(mt.key);
  const vt = ssaType(mt.elem);
  const assign = (key: Value, val: Value): void => {
    const p = mapAssignPtr(c, { t, mt, fast, m, key: fastKeyValue(c, fast, mt.key, key) });
    store(c, p, val, vt);
  };
  if (statics.length > MaxUnrolled) {
    const n = statics.length;
    const ksT: SsaType = { name: `[${n}]${kt.name}`, cls: 'composite', size: n * kt.size };
    const vsT: SsaType = { name: `[${n}]${vt.name}`, cls: 'composite', size: n * vt.size };
    const ks = stackTemp(c, ksT);
    const vs = stackTemp(c, vsT);
    statics.forEach((kv, i) => {
      store(c, fb.v('PtrIndex', ptrTo(kt), [ks, fb.intConst(T.int, i)]), convertTo(c, kv.key, mt.key), kt);
      store(c, fb.v('PtrIndex', ptrTo(vt), [vs, fb.intConst(T.int, i)]), convertTo(c, kv.value, mt.elem), vt);
    });
    const iKey = `.maplit${e.pos.offset}`;
    fb.write(iKey, fb.intConst(T.int, 0), T.int);
    const header = fb.newBlock();
    const body = fb.newBlock();
    const exit = fb.newBlock();
    fb.goto(header);
    fb.start(header);
    fb.branch(fb.v('Less64', T.bool, [fb.read(iKey), fb.intConst(T.int, n)]), body, exit, 'likely');
    fb.seal(body);
    fb.start(body);
    const i = fb.read(iKey);
    const k = load(c, fb.v('PtrIndex', ptrTo(kt), [ks, i]), kt);
    const v = load(c, fb.v('PtrIndex', ptrTo(vt), [vs, i]), vt);
    assign(k, v);
    fb.write(iKey, fb.v('Add64', T.int, [i, fb.intConst(T.int, 1)]), T.int);
    fb.goto(header);
    fb.seal(header);
    fb.seal(exit);
    fb.start(exit);
  } else {
    for (const kv of statics) assign(convertTo(c, kv.key, mt.key), literalElem(c, kv.value, mt.elem));
  }
  for (const kv of dynamics) {
    const key = convertTo(c, kv.key, mt.key);
    const val = literalElem(c, kv.value, mt.elem);
    assign(key, val);
  }
  return m;
}

function literalElem(c: Ctx, e: Expr, t: Type): Value {
  return convertTo(c, e, t);
}

/** isMapClear is walk/range.go isMapClear: `for k := range m { delete(m, k) }` with a reflexive key. */
function isMapClear(c: Ctx, s: RangeStmt): boolean {
  if (!s.define || !s.key || s.value || s.body.stmts.length !== 1) return false;
  const st = s.body.stmts[0]!;
  if (st.kind !== 'ExprStmt' || st.x.kind !== 'CallExpr') return false;
  const call = st.x;
  const ck = c.p.info.calls.get(call);
  if (ck?.kind !== 'builtin' || ck.id !== 'delete') return false;
  const [m, k] = call.args;
  if (!m || !k || m.kind !== 'Ident' || s.x.kind !== 'Ident' || k.kind !== 'Ident' || s.key.kind !== 'Ident')
    return false;
  const rv = c.p.info.rangeVars.get(s);
  if (c.p.info.uses.get(m) !== c.p.info.uses.get(s.x) || !rv?.key || c.p.info.uses.get(k) !== rv.key)
    return false;
  return reflexive(mapTypeOf(typeOf(c, s.x)).key);
}

function reflexive(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic !== 'float32' && u.basic !== 'float64';
    case 'Interface':
      return false;
    case 'Array':
      return reflexive(u.elem);
    case 'Struct':
      return u.fields.every((f) => reflexive(f.type));
    default:
      return true;
  }
}

/** HiterSize: reflectdata's hiter is 12 words. */
const hiterType: SsaType = { name: 'runtime.hiter', cls: 'composite', size: 96 };

/**
 * mapRange lowers `for k, v := range m { body }`: mapiterinit(t, m, &it); for ; it.key != nil;
 * mapiternext(&it) { k = *it.key; v = *it.elem; body } (walk/range.go), or the clear idiom to mapclear.
 * `bind(kPtr, vPtr)` assigns the iteration variables; `body()` builds the body.
 */
export function mapRange(
  c: Ctx,
  s: RangeStmt,
  bind: (key: Value, val: Value | undefined) => void,
  body: (brk: import('../ir.js').Block, cont: import('../ir.js').Block) => void,
): void {
  const fb = c.fb;
  const t = typeOf(c, s.x);
  const mt = mapTypeOf(t);
  if (isMapClear(c, s)) {
    const m = expr(c, s.x);
    fb.call('runtime.mapclear', [typeAddr(c, t), m], []);
    return;
  }
  const m = expr(c, s.x);
  const it = stackTemp(c, hiterType, false);
  zeroMem(c, it, hiterType);
  fb.call('runtime.mapiterinit', [typeAddr(c, t), m, fb.v('Copy', T.bytePtr, [it])], []);
  const header = fb.newBlock();
  const bodyB = fb.newBlock();
  const incr = fb.newBlock();
  const exit = fb.newBlock();
  fb.goto(header);
  fb.start(header);
  const kp = fb.v('Load', ptrTo(ssaType(mt.key)), [it, fb.mem()]);
  fb.branch(fb.v('IsNonNil', T.bool, [kp]), bodyB, exit, 'likely');
  fb.seal(bodyB);
  fb.start(bodyB);
  const keyP = fb.v('Load', ptrTo(ssaType(mt.key)), [it, fb.mem()]);
  const kt = ssaType(mt.key);
  const key = load(c, keyP, kt);
  let val: Value | undefined;
  if (s.value) {
    const vp = fb.v('Load', ptrTo(ssaType(mt.elem)), [
      fb.v('OffPtr', ptrTo(T.bytePtr), [it], undefined, 8),
      fb.mem(),
    ]);
    val = load(c, vp, ssaType(mt.elem));
    if (isComposite(ssaType(mt.elem))) {
      const tmp = stackTemp(c, ssaType(mt.elem), false);
      store(c, tmp, val, ssaType(mt.elem));
      val = tmp;
    }
  }
  bind(key, val);
  body(exit, incr);
  fb.goto(incr);
  fb.seal(incr);
  fb.start(incr);
  if (fb.cur) {
    fb.call('runtime.mapiternext', [fb.v('Copy', T.bytePtr, [it])], []);
    fb.goto(header);
  }
  fb.seal(header);
  fb.seal(exit);
  fb.start(exit);
}
