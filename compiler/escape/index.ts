// Phase entry: escape analysis, Go 1.19's algorithm (cmd/compile/internal/escape) on the typed AST, with
// gc's `-m` / `-m=2` reports. Inlining is not modelled: results match `go build -gcflags='-m -l'`.
//
// Pipeline: lower (AST → escape IR, making gc's implicit nodes explicit) → batches (call-graph SCCs,
// callees first) → per batch: locations for every variable, graph building (build.ts), closure capture
// decisions, forced heap allocations (size limits), solving (solve.ts), tags + verdicts (finish.ts).
//
// Invariants:
//  - The AST and TypeInfo are never mutated; results are side tables keyed by Var / AST node.
//  - `messages` are in gc's emission order (not sorted); rendering only adds `FILE:LINE:COL: `.
//  - Worked example: `func f() *int { x := 1; return &x }` gives `moved to heap: x`, because the result
//    ~r0 (which outlives f) receives &x (derefs -1): flow `~r0 = &x` from `return &x (return)`.

import type { Pos } from '../diag/index.js';
import type { Node, File } from '../syntax/index.js';
import { sizeof, type TypeInfo, type Var } from '../types/index.js';
import { Batch, type EscapeLine, type LinePart } from './batch.js';
import { Walker, type AnalysisState } from './build.js';
import { locationVerdicts, paramTags } from './finish.js';
import type { Location } from './graph.js';
import { AutogenPos, type IRExpr } from './ir.js';
import { fmtExpr } from './irfmt.js';
import { lowerFile } from './lower.js';
import { walkNotes } from './walknotes.js';
import { bottomUpBatches } from './scc.js';
import { walkAll } from './solve.js';
import { computeStatics } from './static.js';

export type { LinePart } from './batch.js';

/** MaxStackVarSize (10 MiB) and MaxImplicitStackVarSize (64 KiB) are gc's ir/cfg.go limits. */
const MaxStackVarSize = 10 * 1024 * 1024;
const MaxImplicitStackVarSize = 64 * 1024;

/** VarDecision says whether a variable (param, result or local) is moved to the heap. */
export interface VarDecision {
  readonly v: Var;
  readonly func: string;
  readonly movedToHeap: boolean;
}

/** AllocDecision says whether an allocation site (make, new, &T{}, literal, closure, boxing...) escapes. */
export interface AllocDecision {
  readonly pos: Pos;
  /** The site as gc prints it, e.g. `make(map[string]int)`. */
  readonly what: string;
  readonly escapes: boolean;
}

/** ParamDecision is a parameter's leak tag: derefs of its flow to the heap / to each result (-1 = none). */
export interface ParamDecision {
  readonly func: string;
  readonly name: string;
  readonly pos: Pos;
  readonly heap: number;
  readonly results: readonly number[];
}

/** EscapeMessage is one line of gc's output; `group` links explanation lines to their verdict. */
export interface EscapeMessage {
  readonly pos: Pos;
  readonly parts: readonly LinePart[];
  readonly level: 1 | 2;
  readonly role: 'verdict' | 'explain' | 'info';
  readonly group: number | undefined;
}

export interface EscapeResult {
  readonly vars: Map<Var, VarDecision>;
  /** Allocation sites keyed by their AST node (implicit sites such as `... argument` are keyed by the call). */
  readonly allocs: Map<Node, AllocDecision[]>;
  readonly params: readonly ParamDecision[];
  readonly messages: readonly EscapeMessage[];
  /**
   * Closure capture decisions (gc's capturevars, made in flowClosure): true when closures copy the variable
   * (never reassigned after capture, address never taken, at most 128 bytes), false when they hold its address.
   */
  readonly captureByValue: Map<Var, boolean>;
  /** Constructs the analysis does not model, as (position, what). */
  readonly unsupported: readonly { readonly pos: Pos; readonly what: string }[];
}

/** analyzeEscapes runs escape analysis over a type-checked file. */
export function analyzeEscapes(file: File, info: TypeInfo): EscapeResult {
  const prog = lowerFile(file, info);
  const statics = computeStatics(prog);
  const st: AnalysisState = { tags: new Map(), tagged: new Set(), statics };
  const varLocs = new Map<Var, Location>();
  const out: EscapeLine[] = [];
  const vars = new Map<Var, VarDecision>();
  const allocs = new Map<Node, AllocDecision[]>();
  const params: ParamDecision[] = [];
  const captureByValue = new Map<Var, boolean>();
  const batches = [...bottomUpBatches(prog), ...prog.wrappers.map((fn) => ({ fns: [fn], recursive: false }))];
  for (const batch of batches) {
    const b = new Batch(varLocs, out);
    for (const fn of batch.fns) Walker.initFunc(b, fn);
    for (const fn of batch.fns) if (!fn.outer) new Walker(b, st, fn).walkFunc();
    for (const c of b.closures) Walker.flowClosure(b, c.k, c.fn, statics, captureByValue);
    b.closures.length = 0;
    for (const loc of [...b.allLocs]) {
      const why = heapAllocReason(loc);
      if (why) {
        const where =
          loc.n!.kind === 'var'
            ? { op: 'NOTEVAR' as const, pos: loc.n!.v.pos, name: loc.n!.v.name }
            : loc.n!.e;
        b.flow(b.heapHole().addr(where, why), loc);
      }
    }
    walkAll(b);
    for (const fn of batch.fns) {
      const tags = paramTags(b, fn);
      st.tags.set(fn, tags);
      st.tagged.add(fn);
      fn.params.forEach((p, i) => {
        const t = tags[i]!;
        if (p)
          params.push({
            func: fn.name,
            name: p.name,
            pos: p.pos,
            heap: t.heap(),
            results: [0, 1, 2, 3, 4, 5, 6].map((r) => t.result(r)),
          });
      });
    }
    locationVerdicts(b);
    for (const loc of b.allLocs) {
      const n = loc.n;
      if (!n) continue;
      if (n.kind === 'var') {
        vars.set(n.v, { v: n.v, func: n.fn.name, movedToHeap: loc.escapes });
      } else {
        const ast = prog.astOf.get(n.e) ?? findAst(prog.astOf, n.e);
        if (!ast) continue;
        const list = allocs.get(ast) ?? [];
        list.push({ pos: n.e.pos, what: fmtExpr(n.e), escapes: loc.escapes });
        allocs.set(ast, list);
      }
    }
  }
  // walk runs after escape analysis: its -m notes come last (info lines: no JSON record, no group)
  for (const n of walkNotes(prog))
    out.push({ pos: n.pos, parts: [n.text], level: 1, subject: undefined, role: 'info' });
  const groups = new Map<Location, number>();
  const messages: EscapeMessage[] = out.map((l) => {
    let group: number | undefined;
    if (l.subject) {
      group = groups.get(l.subject);
      if (group === undefined) {
        group = groups.size;
        groups.set(l.subject, group);
      }
    }
    return { pos: l.pos, parts: l.parts, level: l.level, role: l.role, group };
  });
  return { vars, allocs, params, messages, captureByValue, unsupported: prog.unsupported };
}

/** findAst falls back to the AST node of an implicit site's nearest recorded ancestor (none: undefined). */
function findAst(astOf: Map<IRExpr, Node>, e: IRExpr): Node | undefined {
  if ('x' in e) return astOf.get(e.x);
  return undefined;
}

/** heapAllocReason is gc's HeapAllocReason: why a location must be heap allocated regardless of flows. */
function heapAllocReason(loc: Location): string {
  const n = loc.n;
  if (!n) return '';
  if (n.kind === 'var') {
    if (n.v.isParam || n.v.isResult) return '';
    return sizeof(n.v.type) > MaxStackVarSize ? 'too large for stack' : '';
  }
  const e = n.e;
  if (sizeof(e.type) > MaxStackVarSize) return 'too large for stack';
  if (e.op === 'NEW' && sizeof(e.elem) > MaxImplicitStackVarSize) return 'too large for stack';
  if (e.op === 'PTRLIT' && sizeof(e.x.type) > MaxImplicitStackVarSize) return 'too large for stack';
  if (e.op === 'MAKESLICE') {
    const r = e.cap ?? e.len;
    if (
      !r ||
      r.op !== 'LITERAL' ||
      r.intValue === undefined ||
      r.intValue > 2147483647n ||
      r.intValue < -2147483648n
    ) {
      return 'non-constant size';
    }
    const elem =
      e.type.kind === 'Slice'
        ? e.type.elem
        : e.type.kind === 'Named' && e.type.underlying.kind === 'Slice'
          ? e.type.underlying.elem
          : undefined;
    const es = elem ? sizeof(elem) : 0;
    if (es !== 0 && r.intValue > BigInt(Math.floor(MaxImplicitStackVarSize / es)))
      return 'too large for stack';
  }
  return '';
}

/** formatEscapeLines renders the messages of `level` (1: -m, 2: -m=2) as gc prints them. */
export function formatEscapeLines(result: EscapeResult, fileName: string, level: 1 | 2): string[] {
  const at = (p: Pos): string =>
    p.offset === AutogenPos.offset ? '<autogenerated>:1' : `${fileName}:${p.line}:${p.col}`;
  return result.messages
    .filter((m) => m.level <= level)
    .map((m) => {
      const text = m.parts.map((x) => (typeof x === 'string' ? x : at(x.at))).join('');
      // Explanation lines are printed by gc as "%s:%s" with the text already indented.
      return `${at(m.pos)}:${text.startsWith(' ') ? '' : ' '}${text}`;
    });
}

export { escapeJSON } from './json.js';
