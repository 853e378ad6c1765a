// Env: the per-run services compiled instructions close over: the simulated runtime, the type table,
// static data (interned strings, globals, Go's staticuint64s), output buffers, live map iterators and
// allocation sites.
//
// Invariants:
//  - Static data is allocated once, before the program runs, under StaticSite (excluded from heap stats).
//  - Output buffers hold byte strings (one char per byte); they are converted to bytes only at the end.
//  - Allocation site ids are dense non-negative integers; site i describes `sites[i]`.
//  - fmt calls user String/Error methods through `methodHost` (set by runProgram once the machine exists):
//    the method runs to completion on the machine, nested inside the runtime call that formats.

import type { SsaType } from '../../compiler/ssa/ir.js';
import type { Func, Named, Type } from '../../compiler/types/index.js';
import { offsetsof, under } from '../../compiler/types/index.js';
import { GoRuntime } from '../index.js';
import { MapIter, mapiterinit, mapiternext, type MapType } from '../map/index.js';
import type { MethodPanic, ValueSource } from '../fmt/format.js';
import { GoPanic } from '../panic.js';
import { loaderFor } from './memops.js';
import { UserPanic } from './panics.js';
import type { CompiledFunc, Val } from './program.js';
import { TypeTable } from './rtypes.js';

/** MethodHost lets fmt call user methods (String, Error) on the machine. */
export interface MethodHost {
  /** The compiled function of that traceName and the SSA type of its receiver parameter. */
  find(traceName: string): { readonly fn: CompiledFunc; readonly recv: SsaType } | undefined;
  /** invoke runs fn to completion, nested in the current call, and returns its result slots. */
  invoke(fn: CompiledFunc, args: Val[]): Val[];
}

function isString(t: Type): boolean {
  return t.kind === 'Basic' && t.basic === 'string';
}

interface FoundMethod {
  readonly meth: Func;
  /** The named type declaring it. */
  readonly owner: Named;
  /** Embedded fields from the operand to the owner: offset, and whether the field is a pointer. */
  readonly path: ReadonlyArray<{ readonly off: number; readonly ptr: boolean }>;
  /** An embedded pointer is on the path (so pointer-receiver methods are in the method set). */
  readonly viaPtr: boolean;
}

/**
 * findMethod looks up a `name() string` method of t, declared or promoted through embedded fields at the
 * shallowest depth (two at that depth are ambiguous: none). Fields shadowing a method and methods reached
 * through embedded interfaces are not considered.
 */
function findMethod(t: Type, name: string): FoundMethod | undefined {
  let level: Array<{ t: Type; path: FoundMethod['path']; viaPtr: boolean }> = [
    { t, path: [], viaPtr: false },
  ];
  const seen = new Set<Type>();
  while (level.length > 0) {
    const found: FoundMethod[] = [];
    const next: typeof level = [];
    for (const e of level) {
      if (seen.has(e.t)) continue;
      seen.add(e.t);
      const u = under(e.t);
      if (u.kind === 'Interface') continue;
      if (e.t.kind === 'Named') {
        const meth = e.t.methods.find(
          (f) =>
            f.name === name &&
            f.type.params.length === 0 &&
            f.type.results.length === 1 &&
            isString(f.type.results[0]!.type),
        );
        if (meth !== undefined) {
          found.push({ meth, owner: e.t, path: e.path, viaPtr: e.viaPtr });
          continue;
        }
      }
      if (u.kind !== 'Struct') continue;
      const offs = offsetsof(u);
      u.fields.forEach((fld, i) => {
        if (!fld.embedded) return;
        const ptr = fld.type.kind === 'Pointer';
        const ft = fld.type.kind === 'Pointer' ? fld.type.elem : fld.type;
        next.push({ t: ft, path: [...e.path, { off: offs[i] ?? 0, ptr }], viaPtr: e.viaPtr || ptr });
      });
    }
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
    level = next;
  }
  return undefined;
}

/** StaticSite is the allocation site of static data (string literals, globals, tables). */
export const StaticSite = -100;

/** AllocSite describes one allocation site of the program. */
export interface AllocSite {
  readonly func: string;
  readonly line: number;
  readonly what: string;
}

export class Env {
  readonly types = new TypeTable();
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly iters = new Map<number, MapIter>();
  readonly sites: AllocSite[] = [];
  /** When set (--stats), map types are recorded per hmap address on assignment for per-map statistics. */
  trackMaps = false;
  readonly mapTypeOf = new Map<number, MapType>();
  private readonly strings = new Map<string, number>();
  private readonly globals = new Map<string, number>();
  /** staticUint64s is Go's runtime.staticuint64s: 256 words holding 0..255 (convT* avoid allocating). */
  readonly staticUint64s: number;
  /** fmt's scratch words (spill): 64-word static chunks, used as a stack (spillMark/spillRelease). */
  private readonly spillChunks: number[] = [];
  private spillTop = 0;
  /** How fmt reaches user methods (runtime/run.ts sets it); without it values print without methods. */
  methodHost: MethodHost | undefined;

  constructor(readonly rt: GoRuntime) {
    this.staticUint64s = rt.heap.alloc(256 * 8, StaticSite);
    for (let i = 0; i < 256; i++) rt.mem.storeI64(this.staticUint64s + i * 8, i);
    this.spillChunks.push(rt.heap.alloc(8 * 64, StaticSite));
  }

  get mem() {
    return this.rt.heap.mem;
  }

  /** internString returns the address of static bytes holding a byte string (0 for ""). */
  internString(bytes: string): number {
    if (bytes.length === 0) return 0;
    let p = this.strings.get(bytes);
    if (p === undefined) {
      p = this.rt.heap.alloc(bytes.length, StaticSite);
      for (let i = 0; i < bytes.length; i++) this.mem.store8(p + i, bytes.charCodeAt(i));
      this.strings.set(bytes, p);
    }
    return p;
  }

  /** global returns the address of a package-level variable, allocating it on first use. */
  global(name: string, size: number): number {
    if (name === 'runtime.staticuint64s') return this.staticUint64s;
    if (name === 'runtime.zerobase') return this.rt.heap.zerobase;
    let p = this.globals.get(name);
    if (p === undefined) {
      p = this.rt.heap.alloc(Math.max(size, 1), StaticSite);
      this.globals.set(name, p);
    }
    return p;
  }

  site(func: string, line: number, what: string): number {
    this.sites.push({ func, line, what });
    return this.sites.length - 1;
  }

  /** newString allocates a heap string holding a byte string; returns its data pointer (0 for ""). */
  newString(bytes: string, site: number): number {
    if (bytes.length === 0) return 0;
    const p = this.rt.heap.alloc(bytes.length, site);
    const m = this.mem;
    for (let i = 0; i < bytes.length; i++) m.store8(p + i, bytes.charCodeAt(i));
    return p;
  }

  readBytes(p: number, n: number): string {
    if (n === 0) return '';
    const bytes = this.mem.bytes(p, n);
    let s = '';
    for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
    return s;
  }

  /**
   * callMethod is fmt's handleMethods for one value of type t at addr: the byte string returned by its
   * `Error() string` (preferred, as for an error) or `String() string` method, declared or promoted through
   * embedded fields (*T also has T's value methods); null when the operand is a nil pointer and the method
   * would dereference it (Go's fmt prints <nil>); a MethodPanic for a nil embedded pointer on the way to a
   * value receiver; undefined when the method set has neither.
   */
  callMethod(t: Type, addr: number): string | null | MethodPanic | undefined {
    const host = this.methodHost;
    if (host === undefined) return undefined;
    const ptr = t.kind === 'Pointer';
    const base: Type = ptr ? t.elem : t;
    for (const name of ['Error', 'String']) {
      const found = findMethod(base, name);
      if (found === undefined || (found.meth.ptrRecv && !ptr && !found.viaPtr)) continue;
      const entry = host.find(
        found.meth.ptrRecv
          ? `main.(*${found.owner.obj.name}).${name}`
          : `main.${found.owner.obj.name}.${name}`,
      );
      if (entry === undefined) continue;
      const mem = this.mem;
      // recv: address of the receiver's T value (what a pointer receiver gets).
      let recv = ptr ? mem.loadPtr(addr) : addr;
      const nilDeref = (): null | MethodPanic =>
        ptr && mem.loadPtr(addr) === 0
          ? null
          : { method: name, panic: 'runtime error: invalid memory address or nil pointer dereference' };
      for (const step of found.path) {
        if (recv === 0) return nilDeref();
        recv += step.off;
        if (step.ptr) recv = mem.loadPtr(recv);
      }
      const args: Val[] = [];
      if (found.meth.ptrRecv) args.push(recv);
      else if (recv === 0) return nilDeref();
      else {
        // A struct or array the SSA passes in memory arrives as a pointer (`*main.T`) the callee copies
        // from; anything else (a one-pointer struct included) is loaded into its slots.
        if (entry.recv.name.startsWith('*')) args.push(recv);
        else loaderFor(entry.recv)(mem, recv, args, 0);
      }
      let res: Val[];
      try {
        res = host.invoke(entry.fn, args);
      } catch (err) {
        // print.go catchPanic: a nil pointer operand prints <nil>, any other panic %!v(PANIC=...).
        if (!(err instanceof UserPanic || err instanceof GoPanic)) throw err;
        if (ptr && mem.loadPtr(addr) === 0) return null;
        return { method: name, panic: err instanceof UserPanic ? err.text : err.message };
      }
      return this.readBytes(res[0] as number, res[1] as number);
    }
    return undefined;
  }

  /** valueSource is fmt's view of memory and types. */
  readonly valueSource: ValueSource = makeSource(this);
  private readonly sourceOps = {
    typeAt: (a: number) => this.types.typeAt(a),
    mapEntries: (t: Type, h: number) => {
      const mt = this.types.mapType(this.types.addrOf(t));
      const it = new MapIter(mt);
      const out: Array<[number, number]> = [];
      mapiterinit(this.rt.maps, mt, h, it);
      while (it.key !== 0) {
        out.push([it.key, it.elem]);
        mapiternext(this.rt.maps, it);
      }
      return out;
    },
    spill: (w: number) => {
      const i = this.spillTop++;
      const chunk = i >>> 6;
      if (chunk === this.spillChunks.length) this.spillChunks.push(this.rt.heap.alloc(8 * 64, StaticSite));
      const a = this.spillChunks[chunk]! + (i & 63) * 8;
      this.mem.storePtr(a, w);
      return a;
    },
    callMethod: (t: Type, addr: number) => this.callMethod(t, addr),
  };

  /** spillMark/spillRelease bracket one fmt call: its scratch words are reused by the next call. */
  spillMark(): number {
    return this.spillTop;
  }

  spillRelease(mark: number): void {
    this.spillTop = mark;
  }

  /** sourceFns exposes the fmt callbacks (used by makeSource). */
  get sourceFns(): Omit<ValueSource, 'mem'> {
    return this.sourceOps;
  }
}

function makeSource(env: Env): ValueSource {
  return {
    get mem() {
      return env.mem;
    },
    typeAt: (a) => env.sourceFns.typeAt(a),
    mapEntries: (t, h) => env.sourceFns.mapEntries(t, h),
    spill: (w) => env.sourceFns.spill(w),
    callMethod: (t, addr) => env.sourceFns.callMethod(t, addr),
  };
}
