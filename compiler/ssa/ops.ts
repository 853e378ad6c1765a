// THE op table: every SSA operation mgo's IR may contain, with Go 1.19's generic op names and argument
// conventions (cmd/compile/internal/ssa/gen/genericOps.go), written as data.
//
// Invariants:
//  - `OPS` is the only list of ops. `type Op = keyof typeof OPS`; every consumer (printer, verifier,
//    executor, asm lowering) is an exhaustive switch or a `Record<Op, ...>`, so adding an op fails `tsc`
//    until every backend handles it.
//  - `args` is the exact argument count, or -1 for variadic ops (calls, Phi, MakeResult, StructMake).
//  - An op with `mem: true` takes the current memory state as its LAST argument. Ops whose `result` is
//    'mem' produce a new memory state; calls produce a tuple whose last member is memory (taken by SelectN).
//    Memory is never duplicated: at any point exactly one memory value is live (see check.ts).
//  - `pure` ops have no side effects and no memory argument: CSE may merge them and deadcode may drop them.
//    Ops that can panic (Div by zero is checked before the op, so Div is pure as in Go) are not pure only
//    if they observe or change memory.
//  - Integer ops carry their width in the name (Add64) and signedness where it matters (Div64u, Less64U);
//    `width` repeats it as data for the executor. Shifts are Go's `Lsh<W>x<S>` family: W = width of the
//    shifted value, S = width of the (unsigned) shift count; a count >= W yields 0 (or the sign for Rsh).
//
// Worked example (go-internals 4.5): `m[k] = v` with m map[int64]int64 becomes
//   v10 = Addr <*uint8> {type.map[int64]int64} v3
//   v12 = StaticLECall <*int64,mem> {AuxCall{runtime.mapassign_fast64}} [24] v10 v7 v11 v1
//   v13 = SelectN <mem> [1] v12 ; v14 = SelectN <*int64> [0] v12 ; v16 = Store <mem> {int64} v14 v9 v13

/** ResultKind says what an op produces; 'arg0' means "the type of arg0", 'typed' means "see the value's type". */
export type ResultKind =
  'mem' | 'void' | 'bool' | 'int' | 'float' | 'ptr' | 'uintptr' | 'string' | 'tuple' | 'typed';

/** AuxKind says what a value's aux / auxInt hold for this op. */
export type AuxKind = 'none' | 'int' | 'bool' | 'float' | 'string' | 'sym' | 'type' | 'call' | 'symOff';

/** OpInfo is one row of the op table. */
export interface OpInfo {
  /** Exact argument count, -1 = variadic. */
  readonly args: number;
  /** Consumes memory as its last argument. */
  readonly mem?: boolean;
  /** A call: the result is a tuple (results..., mem). */
  readonly call?: boolean;
  readonly commutative?: boolean;
  /** No side effects and no memory argument: may be CSE'd, hoisted or deleted when unused. */
  readonly pure?: boolean;
  readonly result: ResultKind;
  readonly aux: AuxKind;
  /** Operand width in bits for integer/float arithmetic, comparisons and conversions (the source width). */
  readonly width?: 8 | 16 | 32 | 64;
  /** Unsigned interpretation (Div64u, Less64U, Rsh64Ux64, ZeroExt...). */
  readonly unsigned?: boolean;
  /** Meaning in arg0/arg1/auxint/mem terms. */
  readonly doc: string;
}

type W = 8 | 16 | 32 | 64;

/** Builds a family of width-suffixed integer ops (Add8..Add64) with one doc string. */
function intFamily<P extends string>(prefix: P, info: Omit<OpInfo, 'width'>): Record<`${P}${W}`, OpInfo> {
  const out: Record<string, OpInfo> = {};
  for (const w of [8, 16, 32, 64] as const) out[`${prefix}${w}`] = { ...info, width: w };
  return out as Record<`${P}${W}`, OpInfo>;
}

/** Unsigned variants (Div8u..Div64u, Less8U..Less64U); Go spells the suffix `u` for Div/Mod/Hmul, `U` for compares. */
function unsignedFamily<P extends string, S extends 'u' | 'U'>(
  prefix: P,
  suffix: S,
  info: Omit<OpInfo, 'width' | 'unsigned'>,
): Record<`${P}${W}${S}`, OpInfo> {
  const out: Record<string, OpInfo> = {};
  for (const w of [8, 16, 32, 64] as const)
    out[`${prefix}${w}${suffix}`] = { ...info, width: w, unsigned: true };
  return out as Record<`${P}${W}${S}`, OpInfo>;
}

/** Shift family `${P}${W}x${S}`: all 16 width combinations. */
function shiftFamily<P extends 'Lsh' | 'Rsh', U extends 'U' | ''>(
  prefix: P,
  u: U,
  doc: string,
): Record<`${P}${W}${U}x${W}`, OpInfo> {
  const unsigned = u === 'U';
  const out: Record<string, OpInfo> = {};
  for (const w of [8, 16, 32, 64] as const) {
    for (const s of [8, 16, 32, 64] as const) {
      out[`${prefix}${w}${u}x${s}`] = {
        args: 2,
        pure: true,
        result: 'int',
        aux: 'none',
        width: w,
        unsigned,
        doc,
      };
    }
  }
  return out as Record<`${P}${W}${U}x${W}`, OpInfo>;
}

const arith = (doc: string, commutative = false): Omit<OpInfo, 'width'> => ({
  args: 2,
  pure: true,
  commutative,
  result: 'int',
  aux: 'none',
  doc,
});
const compare = (doc: string, commutative = false): Omit<OpInfo, 'width'> => ({
  args: 2,
  pure: true,
  commutative,
  result: 'bool',
  aux: 'none',
  doc,
});
const conv = (from: W, unsigned: boolean, doc: string): OpInfo => ({
  args: 1,
  pure: true,
  result: 'int',
  aux: 'none',
  width: from,
  unsigned,
  doc,
});
const fconv = (from: W, result: ResultKind, doc: string, unsigned = false): OpInfo => ({
  args: 1,
  pure: true,
  result,
  aux: 'none',
  width: from,
  unsigned,
  doc,
});
const farith = (w: 32 | 64, doc: string, commutative = false): OpInfo => ({
  args: 2,
  pure: true,
  commutative,
  result: 'float',
  aux: 'none',
  width: w,
  doc,
});
const fcompare = (w: 32 | 64, doc: string, commutative = false): OpInfo => ({
  args: 2,
  pure: true,
  commutative,
  result: 'bool',
  aux: 'none',
  width: w,
  doc,
});

export const OPS = {
  // --- function entry and memory roots -------------------------------------------------------------
  InitMem: { args: 0, result: 'mem', aux: 'none', doc: 'the memory state at function entry' },
  SP: { args: 0, pure: true, result: 'uintptr', aux: 'none', doc: 'the stack pointer (base of LocalAddr)' },
  SB: { args: 0, pure: true, result: 'uintptr', aux: 'none', doc: 'the static base (base of Addr)' },
  Arg: {
    args: 0,
    result: 'typed',
    aux: 'symOff',
    doc: 'function parameter aux.name (auxint = offset inside it, always 0 here); the value at entry',
  },
  GetClosurePtr: {
    args: 0,
    result: 'ptr',
    aux: 'none',
    doc: 'inside a function literal: pointer to its closure object {fn, captured vars...}',
  },

  // --- constants (aux/auxint hold the value) -------------------------------------------------------
  Const8: { args: 0, pure: true, result: 'int', aux: 'int', width: 8, doc: 'auxint (sign-extended 8-bit)' },
  Const16: {
    args: 0,
    pure: true,
    result: 'int',
    aux: 'int',
    width: 16,
    doc: 'auxint (sign-extended 16-bit)',
  },
  Const32: {
    args: 0,
    pure: true,
    result: 'int',
    aux: 'int',
    width: 32,
    doc: 'auxint (sign-extended 32-bit)',
  },
  Const64: { args: 0, pure: true, result: 'int', aux: 'int', width: 64, doc: 'auxint' },
  Const32F: { args: 0, pure: true, result: 'float', aux: 'float', width: 32, doc: 'auxint as a float' },
  Const64F: { args: 0, pure: true, result: 'float', aux: 'float', width: 64, doc: 'auxint as a float64' },
  ConstBool: { args: 0, pure: true, result: 'bool', aux: 'bool', doc: 'auxint != 0' },
  ConstString: {
    args: 0,
    pure: true,
    result: 'string',
    aux: 'string',
    doc: 'the string aux (a static string)',
  },
  ConstNil: {
    args: 0,
    pure: true,
    result: 'ptr',
    aux: 'none',
    doc: 'nil pointer/map/func of the value type',
  },
  ConstSlice: { args: 0, pure: true, result: 'typed', aux: 'none', doc: 'nil slice {nil, 0, 0}' },
  ConstInterface: { args: 0, pure: true, result: 'typed', aux: 'none', doc: 'nil interface {nil, nil}' },

  // --- integer arithmetic (wrapping at the width) ---------------------------------------------------
  ...intFamily('Add', arith('arg0 + arg1', true)),
  ...intFamily('Sub', arith('arg0 - arg1')),
  ...intFamily('Mul', arith('arg0 * arg1', true)),
  ...intFamily('Div', {
    ...arith('arg0 / arg1, signed, truncated; arg1 != 0 is checked before (panicdivide)'),
  }),
  ...unsignedFamily('Div', 'u', arith('arg0 / arg1, unsigned; arg1 != 0 is checked before')),
  ...intFamily('Mod', arith('arg0 % arg1, signed (sign of arg0); arg1 != 0 is checked before')),
  ...unsignedFamily('Mod', 'u', arith('arg0 % arg1, unsigned; arg1 != 0 is checked before')),
  ...intFamily('And', arith('arg0 & arg1', true)),
  ...intFamily('Or', arith('arg0 | arg1', true)),
  ...intFamily('Xor', arith('arg0 ^ arg1', true)),
  ...intFamily('Neg', { ...arith('-arg0'), args: 1 }),
  ...intFamily('Com', { ...arith('^arg0 (bitwise complement)'), args: 1 }),
  ...shiftFamily('Lsh', '', 'arg0 << arg1 (arg1 unsigned); 0 when arg1 >= width'),
  ...shiftFamily('Rsh', '', 'arg0 >> arg1, signed; all sign bits when arg1 >= width'),
  ...shiftFamily('Rsh', 'U', 'arg0 >> arg1, unsigned; 0 when arg1 >= width'),

  // --- float arithmetic -------------------------------------------------------------------------------
  Add64F: farith(64, 'arg0 + arg1', true),
  Sub64F: farith(64, 'arg0 - arg1'),
  Mul64F: farith(64, 'arg0 * arg1', true),
  Div64F: farith(64, 'arg0 / arg1 (IEEE: no panic)'),
  Neg64F: { ...farith(64, '-arg0'), args: 1 },
  Add32F: farith(32, 'arg0 + arg1, rounded to float32', true),
  Sub32F: farith(32, 'arg0 - arg1, rounded to float32'),
  Mul32F: farith(32, 'arg0 * arg1, rounded to float32', true),
  Div32F: farith(32, 'arg0 / arg1, rounded to float32'),
  Neg32F: { ...farith(32, '-arg0'), args: 1 },

  // --- comparisons -----------------------------------------------------------------------------------
  ...intFamily('Eq', compare('arg0 == arg1', true)),
  ...intFamily('Neq', compare('arg0 != arg1', true)),
  ...intFamily('Less', compare('arg0 < arg1, signed')),
  ...unsignedFamily('Less', 'U', compare('arg0 < arg1, unsigned')),
  ...intFamily('Leq', compare('arg0 <= arg1, signed')),
  ...unsignedFamily('Leq', 'U', compare('arg0 <= arg1, unsigned')),
  Eq64F: fcompare(64, 'arg0 == arg1 (NaN != NaN)', true),
  Neq64F: fcompare(64, 'arg0 != arg1', true),
  Less64F: fcompare(64, 'arg0 < arg1'),
  Leq64F: fcompare(64, 'arg0 <= arg1'),
  Eq32F: fcompare(32, 'arg0 == arg1', true),
  Neq32F: fcompare(32, 'arg0 != arg1', true),
  Less32F: fcompare(32, 'arg0 < arg1'),
  Leq32F: fcompare(32, 'arg0 <= arg1'),
  EqPtr: { ...compare('arg0 == arg1 (pointers, maps, funcs)', true) },
  NeqPtr: { ...compare('arg0 != arg1 (pointers, maps, funcs)', true) },
  EqB: { ...compare('arg0 == arg1 (bools)', true) },
  NeqB: { ...compare('arg0 != arg1 (bools)', true) },
  Not: { args: 1, pure: true, result: 'bool', aux: 'none', doc: '!arg0' },
  AndB: { ...compare('arg0 && arg1 (both already evaluated)', true) },
  OrB: { ...compare('arg0 || arg1 (both already evaluated)', true) },
  IsNonNil: { args: 1, pure: true, result: 'bool', aux: 'none', doc: 'arg0 != nil' },
  IsInBounds: { args: 2, pure: true, result: 'bool', aux: 'none', doc: '0 <= arg0 < arg1 (arg1 >= 0)' },
  IsSliceInBounds: { args: 2, pure: true, result: 'bool', aux: 'none', doc: '0 <= arg0 <= arg1 (arg1 >= 0)' },

  // --- width and kind conversions ---------------------------------------------------------------------
  SignExt8to16: conv(8, false, 'sign-extend 8 -> 16 bits'),
  SignExt8to32: conv(8, false, 'sign-extend 8 -> 32 bits'),
  SignExt8to64: conv(8, false, 'sign-extend 8 -> 64 bits'),
  SignExt16to32: conv(16, false, 'sign-extend 16 -> 32 bits'),
  SignExt16to64: conv(16, false, 'sign-extend 16 -> 64 bits'),
  SignExt32to64: conv(32, false, 'sign-extend 32 -> 64 bits'),
  ZeroExt8to16: conv(8, true, 'zero-extend 8 -> 16 bits'),
  ZeroExt8to32: conv(8, true, 'zero-extend 8 -> 32 bits'),
  ZeroExt8to64: conv(8, true, 'zero-extend 8 -> 64 bits'),
  ZeroExt16to32: conv(16, true, 'zero-extend 16 -> 32 bits'),
  ZeroExt16to64: conv(16, true, 'zero-extend 16 -> 64 bits'),
  ZeroExt32to64: conv(32, true, 'zero-extend 32 -> 64 bits'),
  Trunc16to8: conv(16, false, 'keep the low 8 bits'),
  Trunc32to8: conv(32, false, 'keep the low 8 bits'),
  Trunc32to16: conv(32, false, 'keep the low 16 bits'),
  Trunc64to8: conv(64, false, 'keep the low 8 bits'),
  Trunc64to16: conv(64, false, 'keep the low 16 bits'),
  Trunc64to32: conv(64, false, 'keep the low 32 bits'),
  Cvt64to64F: fconv(64, 'float', 'int64 -> float64 (round to nearest)'),
  Cvt64Uto64F: fconv(64, 'float', 'uint64 -> float64', true),
  Cvt32to64F: fconv(32, 'float', 'int32 -> float64'),
  Cvt64Fto64: fconv(64, 'int', 'float64 -> int64, truncated toward zero'),
  Cvt64Fto64U: fconv(64, 'int', 'float64 -> uint64, truncated toward zero', true),
  Cvt64Fto32: fconv(64, 'int', 'float64 -> int32, truncated toward zero'),
  Cvt64Fto32F: fconv(64, 'float', 'float64 -> float32 (round to nearest even)'),
  Cvt32Fto64F: fconv(32, 'float', 'float32 -> float64 (exact)'),
  Cvt64to32F: fconv(64, 'float', 'int64 -> float32'),
  Cvt32Fto64: fconv(32, 'int', 'float32 -> int64'),
  Convert: {
    args: 2,
    mem: true,
    result: 'typed',
    aux: 'none',
    doc: 'arg0 reinterpreted as the value type (pointer <-> uintptr); arg1 = mem keeps it ordered',
  },

  // --- addresses --------------------------------------------------------------------------------------
  Addr: {
    args: 1,
    pure: true,
    result: 'ptr',
    aux: 'sym',
    doc: 'address of global or static symbol aux; arg0 = SB',
  },
  LocalAddr: {
    args: 2,
    mem: true,
    result: 'ptr',
    aux: 'sym',
    doc: 'address of the stack slot of local aux; arg0 = SP, arg1 = mem (orders it after the slot VarDef)',
  },
  OffPtr: { args: 1, pure: true, result: 'ptr', aux: 'int', doc: 'arg0 + auxint bytes (field address)' },
  AddPtr: { args: 2, pure: true, result: 'ptr', aux: 'none', doc: 'arg0 + arg1 bytes (arg1 an int)' },
  PtrIndex: {
    args: 2,
    pure: true,
    result: 'ptr',
    aux: 'none',
    doc: 'arg0 + arg1 * sizeof(*value type): address of element arg1 of the array arg0 points to',
  },

  // --- memory ------------------------------------------------------------------------------------------
  Load: {
    args: 2,
    mem: true,
    result: 'typed',
    aux: 'none',
    doc: 'the value of the value type at arg0; arg1 = mem',
  },
  Store: {
    args: 3,
    mem: true,
    result: 'mem',
    aux: 'type',
    doc: 'store arg1 (of type aux) at arg0; arg2 = mem; returns the new mem',
  },
  Zero: {
    args: 2,
    mem: true,
    result: 'mem',
    aux: 'type',
    doc: 'zero auxint bytes (a value of type aux) at arg0; arg1 = mem; returns the new mem',
  },
  Move: {
    args: 3,
    mem: true,
    result: 'mem',
    aux: 'type',
    doc: 'copy auxint bytes (a value of type aux) from arg1 to arg0; arg2 = mem; returns the new mem',
  },
  VarDef: {
    args: 1,
    mem: true,
    result: 'mem',
    aux: 'sym',
    doc: 'local aux is about to be fully initialized (liveness marker); arg0 = mem; returns mem',
  },
  NilCheck: {
    args: 2,
    mem: true,
    result: 'void',
    aux: 'none',
    doc: 'panic (nil dereference) if arg0 == nil; arg1 = mem',
  },

  // --- SSA plumbing ------------------------------------------------------------------------------------
  Phi: {
    args: -1,
    result: 'typed',
    aux: 'none',
    doc: 'argI is the value when control came from predecessor I',
  },
  Copy: { args: 1, pure: true, result: 'typed', aux: 'none', doc: 'arg0 (removed by copyelim)' },

  // --- strings, slices, interfaces (multi-word values as single SSA values) -------------------------
  StringMake: { args: 2, pure: true, result: 'string', aux: 'none', doc: 'string{ptr: arg0, len: arg1}' },
  StringPtr: { args: 1, pure: true, result: 'ptr', aux: 'none', doc: 'data pointer of string arg0' },
  StringLen: { args: 1, pure: true, result: 'int', aux: 'none', doc: 'length of string arg0' },
  SliceMake: {
    args: 3,
    pure: true,
    result: 'typed',
    aux: 'none',
    doc: 'slice{ptr: arg0, len: arg1, cap: arg2}',
  },
  SlicePtr: { args: 1, pure: true, result: 'ptr', aux: 'none', doc: 'data pointer of slice arg0' },
  SliceLen: { args: 1, pure: true, result: 'int', aux: 'none', doc: 'len of slice arg0' },
  SliceCap: { args: 1, pure: true, result: 'int', aux: 'none', doc: 'cap of slice arg0' },
  IMake: { args: 2, pure: true, result: 'typed', aux: 'none', doc: 'interface{type: arg0, data: arg1}' },
  ITab: { args: 1, pure: true, result: 'ptr', aux: 'none', doc: 'type word of interface arg0' },
  IData: { args: 1, pure: true, result: 'ptr', aux: 'none', doc: 'data word of interface arg0' },

  // --- calls and results -------------------------------------------------------------------------------
  StaticLECall: {
    args: -1,
    mem: true,
    call: true,
    result: 'tuple',
    aux: 'call',
    doc: 'call aux.fn; arg0..argN-1 = inputs, argN = mem; auxint = arg area size; result = (results..., mem)',
  },
  ClosureLECall: {
    args: -1,
    mem: true,
    call: true,
    result: 'tuple',
    aux: 'call',
    doc: 'call closure: arg0 = code pointer, arg1 = closure (context) pointer, arg2..argN-1 = inputs, argN = mem',
  },
  SelectN: {
    args: 1,
    pure: true,
    result: 'typed',
    aux: 'int',
    doc: 'member auxint of tuple arg0 (the last is mem)',
  },
  MakeResult: {
    args: -1,
    result: 'tuple',
    aux: 'none',
    doc: 'function results: arg0..argN-1 = results, argN = mem; the control of the Ret block',
  },
  PanicBounds: {
    args: 3,
    mem: true,
    call: true,
    result: 'mem',
    aux: 'int',
    doc: 'panic: index arg0 out of range [0:arg1] (auxint = kind: 0 panicIndex, 1 panicIndexU, 2.. slice kinds); arg2 = mem',
  },
} as const satisfies Record<string, OpInfo>;

/** Op is the name of an SSA operation. */
export type Op = keyof typeof OPS;

/** opInfo returns the table row of an op. */
export function opInfo(op: Op): OpInfo {
  return OPS[op];
}

/** isOp tells whether a string names an op (used by the text parser). */
export function isOp(name: string): name is Op {
  return Object.hasOwn(OPS, name);
}

/** BoundsKind names PanicBounds' auxint as Go's ssa.BoundsKind, with the runtime function it calls. */
export const BOUNDS_KINDS = [
  { kind: 'BoundsIndex', fn: 'runtime.panicIndex' },
  { kind: 'BoundsIndexU', fn: 'runtime.panicIndexU' },
  { kind: 'BoundsSliceAlen', fn: 'runtime.panicSliceAlen' },
  { kind: 'BoundsSliceAlenU', fn: 'runtime.panicSliceAlenU' },
  { kind: 'BoundsSliceAcap', fn: 'runtime.panicSliceAcap' },
  { kind: 'BoundsSliceAcapU', fn: 'runtime.panicSliceAcapU' },
  { kind: 'BoundsSliceB', fn: 'runtime.panicSliceB' },
  { kind: 'BoundsSliceBU', fn: 'runtime.panicSliceBU' },
] as const;
