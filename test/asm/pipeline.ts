// Test helper: source text -> checked, escape-analysed, SSA-built program -> assembly.
import { checkSource } from '../../compiler/index.js';
import { analyzeEscapes } from '../../compiler/escape/index.js';
import { buildSSA } from '../../compiler/ssa/index.js';
import { emitAsm, type AsmProgram } from '../../compiler/asm/index.js';

export function compileAsm(src: string, funcs?: string[]): AsmProgram {
  const fe = checkSource(src);
  if (!fe.file || !fe.info) throw new Error(fe.diags.map((d) => `${d.pos.line}: ${d.msg}`).join('\n'));
  const prog = buildSSA(fe.file, fe.info, analyzeEscapes(fe.file, fe.info), src);
  return emitAsm(prog, funcs ? { funcs } : {});
}
