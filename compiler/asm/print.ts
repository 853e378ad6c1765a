// The printer: machine functions in the text form of `go tool compile -S`:
//
//   main.SetI STEXT size=104 args=0x18 locals=0x20 funcid=0x0 align=0x0
//   	0x0000 00000 (x.go:6)	TEXT	main.SetI(SB), ABIInternal, $32-24
//   	0x002c 00044 (x.go:6)	CALL	runtime.mapassign_fast64(SB)
//
// Invariants: pcs come from the instruction table's size estimates (so they are monotonic and branch
// targets print as the target's pc, as gc does, but they are not the real encoding); operands are Plan 9
// syntax; the instruction text after the `(file:line)` prefix is `OPCODE<TAB>operands`, which is what
// asmcheck patterns match.

import { INSTRS, type MFunc, type Operand } from './instrs.js';

/** AsmLine is one printed instruction. */
export interface AsmLine {
  readonly pc: number;
  readonly line: number;
  readonly op: string;
  /** `OPCODE\toperands` (or just `OPCODE`). */
  readonly text: string;
}

export interface AsmFunc {
  readonly name: string;
  readonly line: number;
  readonly frameSize: number;
  readonly argSize: number;
  readonly size: number;
  readonly lines: readonly AsmLine[];
}

function operand(o: Operand, mf: MFunc, labels: Map<number, number>): string {
  switch (o.k) {
    case 'reg':
      return o.r;
    case 'imm':
      return `$${o.v}`;
    case 'fimm':
      return `$(${o.v})`;
    case 'vreg':
      return `v${o.id}`;
    case 'mem': {
      const base = `(${operand(o.base, mf, labels)})`;
      const index = o.index ? `(${operand(o.index, mf, labels)}*${o.scale ?? 1})` : '';
      return `${o.off !== 0 ? o.off : ''}${base}${index}`;
    }
    case 'sym':
      return `${o.name}${o.off !== 0 ? `+${o.off}` : ''}(SB)`;
    case 'slot': {
      const base = o.slot.kind === 'param' ? mf.frameSize + 8 : 0;
      return `${o.slot.name}+${base + o.slot.offset + o.off}(SP)`;
    }
    case 'label':
      return String(labels.get(o.block) ?? 0);
  }
}

/** finish computes pcs and renders every instruction of mf. */
export function finish(mf: MFunc): AsmFunc {
  const labels = new Map<number, number>();
  let pc = 0;
  const TEXT_SIZE = 0;
  pc += TEXT_SIZE;
  for (const b of mf.blocks) {
    labels.set(b.id, pc);
    for (const ins of b.instrs) {
      ins.pc = pc;
      pc +=
        INSTRS[ins.op].size +
        (ins.args.some((a) => a.k === 'slot' || (a.k === 'mem' && a.off !== 0)) ? 2 : 0);
    }
  }
  const lines: AsmLine[] = [
    {
      pc: 0,
      line: mf.line,
      op: 'TEXT',
      text: `TEXT\t${mf.name}(SB), ABIInternal, $${mf.frameSize}-${mf.argSize}`,
    },
  ];
  for (const b of mf.blocks)
    for (const ins of b.instrs) {
      const args = ins.args.map((a) => operand(a, mf, labels)).join(', ');
      lines.push({
        pc: ins.pc ?? 0,
        line: ins.line || mf.line,
        op: ins.op,
        text: args ? `${ins.op}\t${args}` : ins.op,
      });
    }
  return { name: mf.name, line: mf.line, frameSize: mf.frameSize, argSize: mf.argSize, size: pc, lines };
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');

/** formatFunc prints one function as `go tool compile -S` does (without FUNCDATA/PCDATA and the bytes). */
export function formatFunc(f: AsmFunc, file: string): string {
  const out = [
    `${f.name} STEXT size=${f.size} args=0x${f.argSize.toString(16)} locals=0x${f.frameSize.toString(16)} funcid=0x0 align=0x0`,
  ];
  for (const l of f.lines)
    out.push(`\t0x${hex(l.pc, 4)} ${String(l.pc).padStart(5, '0')} (${file}:${l.line})\t${l.text}`);
  return out.join('\n') + '\n';
}
