// Frame layout, prologue and epilogue, in gc's amd64 shape:
//
//   high  | args spill area (params' homes)  <- caller's frame: main.v+FRAME+8+off(SP)
//         | return address                    (8 bytes)
//         | saved BP                          <- FRAME-8(SP)
//         | locals and spill slots            <- main..autotmp_N+off(SP)
//   SP -> | outgoing register-args spill area (largest callee's arg size)
//
// Invariants: FRAME is 0 for a leaf function without locals (no BP save, no stack check); otherwise it is
// outArgs + locals (each 8-aligned) + 8. Functions that call anything check the stack bound first
// (`CMPQ SP, 16(R14); JLS` to a tail that spills the argument registers and calls runtime.morestack_noctxt).

import {
  INT_ARG_REGS,
  imm,
  mem,
  reg,
  sym,
  type MFunc,
  type MInstr,
  type Operand,
  type Reg,
} from './instrs.js';

export function layoutFrame(mf: MFunc, argRegs: readonly Reg[]): void {
  let off = mf.outArgs;
  const locals = mf.slots.filter((s) => s.kind === 'local');
  for (const s of locals) {
    s.offset = off;
    off += Math.ceil(Math.max(s.size, 1) / 8) * 8;
  }
  const needsFrame = mf.hasCalls || locals.length > 0;
  mf.frameSize = needsFrame ? off + 8 : 0;
  const entry = mf.blocks[0];
  if (!entry || !needsFrame) return;
  const line = mf.line;
  const at = (op: MInstr['op'], args: Operand[]): MInstr => ({ op, args, line });
  const bpSlot = mem(reg('SP'), mf.frameSize - 8);
  const morestack = Math.max(...mf.blocks.map((b) => b.id)) + 1;
  const prologue: MInstr[] = [];
  if (mf.hasCalls) {
    prologue.push(
      at('CMPQ', [reg('SP'), mem(reg('R14'), 16)]),
      at('JLS', [{ k: 'label', block: morestack }]),
    );
  }
  prologue.push(
    at('SUBQ', [imm(mf.frameSize), reg('SP')]),
    at('MOVQ', [reg('BP'), bpSlot]),
    at('LEAQ', [bpSlot, reg('BP')]),
  );
  entry.instrs.unshift(...prologue);
  for (const b of mf.blocks) {
    const out: MInstr[] = [];
    for (const ins of b.instrs) {
      if (ins.op === 'RET')
        out.push(
          { op: 'MOVQ', args: [bpSlot, reg('BP')], line: ins.line },
          { op: 'ADDQ', args: [imm(mf.frameSize), reg('SP')], line: ins.line },
        );
      out.push(ins);
    }
    b.instrs = out;
  }
  if (!mf.hasCalls) return;
  const tail: MInstr[] = [at('NOP', [])];
  argRegs.forEach((r, i) => tail.push(at('MOVQ', [reg(r), mem(reg('SP'), 8 * (i + 1))])));
  tail.push(at('CALL', [sym('runtime.morestack_noctxt')]));
  argRegs.forEach((r, i) => tail.push(at('MOVQ', [mem(reg('SP'), 8 * (i + 1)), reg(r)])));
  tail.push(at('JMP', [{ k: 'label', block: entry.id }]));
  mf.blocks.push({ id: morestack, instrs: tail });
}

/** argRegsFor lists the integer registers holding arguments at entry (spilled around morestack). */
export function argRegsFor(words: number): Reg[] {
  return INT_ARG_REGS.slice(0, Math.min(words, INT_ARG_REGS.length));
}
