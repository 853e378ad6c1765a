// The amd64-like machine layer: registers, operands, the instruction table and machine functions.
//
// Instructions use Plan 9 operand order (sources first, destination last), as `go tool compile -S` prints.
// Invariants:
//  - `INSTRS` is the only list of mnemonics; `Mnemonic = keyof typeof INSTRS`. Each row gives the role of
//    every explicit operand ('r' read, 'w' written, 'rw' both, 'a' an address whose base is read), whether
//    that operand may be a memory reference, the registers it clobbers implicitly, and an encoded size in
//    bytes used only to compute the printed pc offsets (an estimate of the real amd64 encoding).
//  - Before register allocation operands may be virtual registers (`vreg`); after it, only `reg`, `mem`
//    (with a physical base), `slot`, `sym`, `imm`, `label` remain.
//  - A `PMOV` is a parallel move (all sources read before any destination is written); register
//    allocation resolves it into ordinary MOVQ/LEAQ/MOVL instructions.

/** Integer registers in Go's ABIInternal argument order first, then the rest the allocator may use. */
export const INT_ARG_REGS = ['AX', 'BX', 'CX', 'DI', 'SI', 'R8', 'R9', 'R10', 'R11'] as const;
/** Allocatable integer registers: the argument registers, then DX, R12, R13 (R14 = g, R15 = GOT). */
export const INT_ALLOC_REGS = [...INT_ARG_REGS, 'DX', 'R12', 'R13'] as const;
/** Float argument registers X0..X14 (X15 is the fixed zero register of ABIInternal). */
export const FLOAT_ARG_REGS = [
  'X0',
  'X1',
  'X2',
  'X3',
  'X4',
  'X5',
  'X6',
  'X7',
  'X8',
  'X9',
  'X10',
  'X11',
  'X12',
  'X13',
  'X14',
] as const;

export type IntReg = (typeof INT_ALLOC_REGS)[number] | 'SP' | 'BP' | 'R14' | 'R15';
export type FloatReg = (typeof FLOAT_ARG_REGS)[number] | 'X15';
export type Reg = IntReg | FloatReg;
export type RegClass = 'int' | 'float';

export function regClass(r: Reg): RegClass {
  return r.startsWith('X') ? 'float' : 'int';
}

/** A frame slot: a spill slot, a local variable, or a parameter's home in the caller's frame. */
export interface Slot {
  /** Printed name: `main.v`, `main..autotmp_3`. */
  readonly name: string;
  /** 'local' slots are placed by the frame layout; 'param' slots live above the return address. */
  readonly kind: 'local' | 'param';
  readonly size: number;
  /** Byte offset inside the slot (a word of a multi-word parameter). */
  readonly word: number;
  /** Offset from SP, set by the frame layout (params: relative to the args area). */
  offset: number;
}

export type Operand =
  | { readonly k: 'vreg'; readonly id: number }
  | { readonly k: 'reg'; readonly r: Reg }
  | { readonly k: 'imm'; readonly v: bigint }
  | { readonly k: 'fimm'; readonly v: number }
  | {
      readonly k: 'mem';
      readonly base: Operand;
      readonly off: number;
      readonly index?: Operand;
      readonly scale?: number;
    }
  | { readonly k: 'sym'; readonly name: string; readonly off: number }
  | { readonly k: 'slot'; readonly slot: Slot; readonly off: number }
  | { readonly k: 'label'; readonly block: number };

export const reg = (r: Reg): Operand => ({ k: 'reg', r });
export const imm = (v: bigint | number): Operand => ({ k: 'imm', v: BigInt(v) });
export const vreg = (id: number): Operand => ({ k: 'vreg', id });
export const mem = (base: Operand, off = 0): Operand => ({ k: 'mem', base, off });
export const sym = (name: string, off = 0): Operand => ({ k: 'sym', name, off });

type Role = 'r' | 'w' | 'rw' | 'a';

/** InstrInfo is one row of the instruction table. */
export interface InstrInfo {
  /** Roles of the explicit operands, in Plan 9 order; undefined = variadic/special (PMOV, CALL). */
  readonly roles: readonly Role[];
  /** Which operand positions may be a memory reference (at most one memory operand per instruction). */
  readonly memOk: readonly boolean[];
  /** Registers written implicitly. 'all' = a call: every allocatable register. */
  readonly clobbers: readonly Reg[] | 'all';
  /** Registers read implicitly (CQO reads AX, IDIVQ reads AX and DX, shifts by CL read CX). */
  readonly reads?: readonly Reg[];
  /** Estimated encoded size in bytes (for the printed pc). */
  readonly size: number;
  /** A branch: its last operand is a label. */
  readonly branch?: boolean;
  readonly doc: string;
}

const mov = (size: number, doc: string): InstrInfo => ({
  roles: ['r', 'w'],
  memOk: [true, true],
  clobbers: [],
  size,
  doc,
});
const alu = (doc: string): InstrInfo => ({
  roles: ['r', 'rw'],
  memOk: [true, true],
  clobbers: [],
  size: 3,
  doc,
});
const cmp = (doc: string): InstrInfo => ({
  roles: ['r', 'r'],
  memOk: [true, true],
  clobbers: [],
  size: 3,
  doc,
});
const jcc = (doc: string): InstrInfo => ({
  roles: ['r'],
  memOk: [false],
  clobbers: [],
  size: 2,
  branch: true,
  doc,
});
const unary = (doc: string): InstrInfo => ({ roles: ['rw'], memOk: [true], clobbers: [], size: 3, doc });
const setcc = (doc: string): InstrInfo => ({ roles: ['w'], memOk: [true], clobbers: [], size: 4, doc });
const shift = (doc: string): InstrInfo => ({
  roles: ['r', 'rw'],
  memOk: [false, true],
  clobbers: [],
  reads: [],
  size: 3,
  doc,
});
const sse = (doc: string): InstrInfo => ({
  roles: ['r', 'rw'],
  memOk: [true, false],
  clobbers: [],
  size: 4,
  doc,
});

export const INSTRS = {
  MOVQ: mov(3, 'dst = src (64 bits)'),
  MOVL: mov(3, 'dst = src (32 bits, zero-extends into a register)'),
  MOVW: mov(3, 'dst = src (16 bits)'),
  MOVB: mov(3, 'dst = src (8 bits)'),
  MOVBLZX: { ...mov(4, 'dst = zero-extended byte'), memOk: [true, false] },
  MOVBLSX: { ...mov(4, 'dst = sign-extended byte'), memOk: [true, false] },
  MOVWLZX: { ...mov(4, 'dst = zero-extended word'), memOk: [true, false] },
  MOVWLSX: { ...mov(4, 'dst = sign-extended word'), memOk: [true, false] },
  MOVLQSX: { ...mov(3, 'dst = sign-extended long'), memOk: [true, false] },
  MOVBQSX: { ...mov(4, 'dst = sign-extended byte to 64'), memOk: [true, false] },
  MOVWQSX: { ...mov(4, 'dst = sign-extended word to 64'), memOk: [true, false] },
  MOVUPS: { ...mov(4, '16-byte move (X15 = zero)'), memOk: [true, true] },
  MOVSD: mov(4, 'float64 move'),
  MOVSS: mov(4, 'float32 move'),
  LEAQ: { roles: ['a', 'w'], memOk: [true, false], clobbers: [], size: 7, doc: 'dst = address of src' },
  ADDQ: alu('dst += src'),
  SUBQ: alu('dst -= src'),
  ANDQ: alu('dst &= src'),
  ORQ: alu('dst |= src'),
  XORQ: alu('dst ^= src'),
  ADDL: alu('dst += src (32 bits)'),
  SUBL: alu('dst -= src (32 bits)'),
  ANDL: alu('dst &= src (32 bits)'),
  ORL: alu('dst |= src (32 bits)'),
  XORL: alu('dst ^= src (32 bits; XORL r, r zeroes r)'),
  IMULQ: { ...alu('dst *= src'), memOk: [true, false], size: 4 },
  IMULL: { ...alu('dst *= src (32 bits)'), memOk: [true, false], size: 4 },
  SBBQ: alu('dst = dst - src - carry (SBBQ r, r = carry ? -1 : 0)'),
  NEGQ: unary('dst = -dst'),
  NEGL: unary('dst = -dst (32 bits)'),
  NOTQ: unary('dst = ^dst'),
  NOTL: unary('dst = ^dst (32 bits)'),
  SHLQ: shift('dst <<= src (src: $imm or CX)'),
  SHRQ: shift('dst >>= src, unsigned'),
  SARQ: shift('dst >>= src, signed'),
  SHLL: shift('dst <<= src (32 bits)'),
  SHRL: shift('dst >>= src, unsigned (32 bits)'),
  SARL: shift('dst >>= src, signed (32 bits)'),
  CQO: {
    roles: [],
    memOk: [],
    clobbers: ['DX'],
    reads: ['AX'],
    size: 2,
    doc: 'DX:AX = sign-extended AX',
  },
  CDQ: { roles: [], memOk: [], clobbers: ['DX'], reads: ['AX'], size: 1, doc: 'DX:AX = sign-extended EAX' },
  IDIVQ: {
    roles: ['r'],
    memOk: [true],
    clobbers: ['AX', 'DX'],
    reads: ['AX', 'DX'],
    size: 3,
    doc: 'AX = DX:AX / src, DX = remainder (signed)',
  },
  DIVQ: {
    roles: ['r'],
    memOk: [true],
    clobbers: ['AX', 'DX'],
    reads: ['AX', 'DX'],
    size: 3,
    doc: 'AX = DX:AX / src, DX = remainder (unsigned)',
  },
  IDIVL: {
    roles: ['r'],
    memOk: [true],
    clobbers: ['AX', 'DX'],
    reads: ['AX', 'DX'],
    size: 2,
    doc: 'EAX = EDX:EAX / src (signed, 32 bits)',
  },
  DIVL: {
    roles: ['r'],
    memOk: [true],
    clobbers: ['AX', 'DX'],
    reads: ['AX', 'DX'],
    size: 2,
    doc: 'EAX = EDX:EAX / src (unsigned, 32 bits)',
  },
  CMPQ: cmp('flags = src0 - src1'),
  CMPL: cmp('flags = src0 - src1 (32 bits)'),
  CMPW: cmp('flags = src0 - src1 (16 bits)'),
  CMPB: cmp('flags = src0 - src1 (8 bits)'),
  TESTQ: cmp('flags = src0 & src1'),
  TESTL: cmp('flags = src0 & src1 (32 bits)'),
  TESTB: cmp('flags = src0 & src1 (8 bits)'),
  UCOMISD: { ...cmp('flags = float compare'), size: 4 },
  UCOMISS: { ...cmp('flags = float32 compare'), size: 3 },
  SETEQ: setcc('dst = ZF'),
  SETNE: setcc('dst = !ZF'),
  SETLT: setcc('dst = signed <'),
  SETLE: setcc('dst = signed <='),
  SETGT: setcc('dst = signed >'),
  SETGE: setcc('dst = signed >='),
  SETCS: setcc('dst = unsigned <'),
  SETLS: setcc('dst = unsigned <='),
  SETHI: setcc('dst = unsigned >'),
  SETCC: setcc('dst = unsigned >='),
  ADDSD: sse('dst += src (float64)'),
  SUBSD: sse('dst -= src (float64)'),
  MULSD: sse('dst *= src (float64)'),
  DIVSD: sse('dst /= src (float64)'),
  ADDSS: sse('dst += src (float32)'),
  SUBSS: sse('dst -= src (float32)'),
  MULSS: sse('dst *= src (float32)'),
  DIVSS: sse('dst /= src (float32)'),
  CVTSQ2SD: { ...mov(5, 'dst = float64(int64 src)'), memOk: [true, false] },
  CVTTSD2SQ: { ...mov(5, 'dst = int64(float64 src)'), memOk: [true, false] },
  CVTSD2SS: { ...mov(4, 'dst = float32(float64 src)'), memOk: [true, false] },
  CVTSS2SD: { ...mov(4, 'dst = float64(float32 src)'), memOk: [true, false] },
  CVTSQ2SS: { ...mov(5, 'dst = float32(int64 src)'), memOk: [true, false] },
  CVTTSS2SQ: { ...mov(5, 'dst = int64(float32 src)'), memOk: [true, false] },
  JMP: { ...jcc('goto label'), size: 2 },
  JEQ: jcc('goto label if equal'),
  JNE: jcc('goto label if not equal'),
  JLT: jcc('goto label if signed <'),
  JLE: jcc('goto label if signed <='),
  JGT: jcc('goto label if signed >'),
  JGE: jcc('goto label if signed >='),
  JCS: jcc('goto label if unsigned <'),
  JLS: jcc('goto label if unsigned <='),
  JHI: jcc('goto label if unsigned >'),
  JCC: jcc('goto label if unsigned >='),
  JPS: jcc('goto label if parity (unordered float compare)'),
  JPC: jcc('goto label if no parity'),
  CALL: { roles: ['r'], memOk: [true], clobbers: 'all', size: 5, doc: 'call the function src' },
  RET: { roles: [], memOk: [], clobbers: [], size: 1, doc: 'return' },
  NOP: { roles: [], memOk: [], clobbers: [], size: 0, doc: 'no operation (a jump target)' },
  DUFFZERO: {
    roles: ['r'],
    memOk: [false],
    clobbers: ['DI'],
    reads: ['DI'],
    size: 5,
    doc: "zero memory at DI through Duff's device ($entry offset)",
  },
  DUFFCOPY: {
    roles: ['r'],
    memOk: [false],
    clobbers: ['DI', 'SI', 'X0'],
    reads: ['DI', 'SI'],
    size: 5,
    doc: "copy memory from SI to DI through Duff's device ($entry offset)",
  },
  PMOV: {
    roles: [],
    memOk: [],
    clobbers: [],
    size: 0,
    doc: 'parallel move (resolved by register allocation)',
  },
} as const satisfies Record<string, InstrInfo>;

export type Mnemonic = keyof typeof INSTRS;

export function instrInfo(m: Mnemonic): InstrInfo {
  return INSTRS[m];
}

/** One move of a parallel move: `dst = src`, `size` bytes (8 for words, float moves use MOVSD). */
export interface Move {
  readonly dst: Operand;
  readonly src: Operand;
  readonly cls: RegClass;
  /** The source is an address to compute (`LEAQ src, dst`), not a location to read. */
  readonly lea?: boolean;
}

/** MInstr is one machine instruction (or a PMOV) attributed to a source line. */
export interface MInstr {
  op: Mnemonic;
  args: Operand[];
  /** Source line (0 = unknown: printed as the function's line). */
  line: number;
  /** For PMOV: the moves. Destinations may be vregs, registers or slots. */
  moves?: Move[];
  /** Extra registers clobbered by this particular instruction (fixed-register destinations of a PMOV). */
  clobbers?: Reg[];
  /** pc offset, set by the printer's layout. */
  pc?: number;
}

/** MBlock is a machine basic block; its label is referenced by branches. */
export interface MBlock {
  readonly id: number;
  instrs: MInstr[];
  /** Ends in a call that does not return (a panic): no fallthrough. */
  exit?: boolean;
}

/** MFunc is one function's machine code with its frame. */
export interface MFunc {
  /** Linker name: `main.F`, `main.T.m`, `main.(*T).m`, `main.main.func1`. */
  readonly name: string;
  readonly line: number;
  blocks: MBlock[];
  /** Bytes of arguments and results (the `-ARGS` of the TEXT line). */
  argSize: number;
  /** Frame size (the `$FRAME` of the TEXT line), set by the frame layout. */
  frameSize: number;
  /** Local slots (spills and locals) placed by the frame layout. */
  slots: Slot[];
  /** Largest outgoing register-argument spill area of any call (Go reserves it in the caller's frame). */
  outArgs: number;
  /** Whether the function calls anything (leaf functions get no frame and no stack check). */
  hasCalls: boolean;
  /** Virtual register classes (index = vreg id). */
  vregClass: RegClass[];
}
