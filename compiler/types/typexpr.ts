// Type expressions: turn an AST type expression into a Type (types2 typexpr.go), recording it in
// info.types with mode 'typexpr'.
//
// Invariants: never returns undefined; on error it reports and returns the invalid type. Package-level type
// names are resolved on demand through resolveObj (decl.ts), so declaration order does not matter.

import type { Expr, Field, FuncDecl, FuncLit, FuncType, Ident } from '../syntax/index.js';
import type { Checker } from './checker.js';
import { evalExpr } from './expr.js';
import { resolveObj } from './decl.js';
import { operandString } from './operand.js';
import type { Signature, Type, Var } from './types.js';
import { comparable, isInteger, isInvalid, newVar, under } from './types.js';
import { typeString } from './typestring.js';
import { InvalidType, undefinedMessage } from './universe.js';
import { exprString } from './exprstring.js';

/** typeOf evaluates a type expression. */
export function typeOf(c: Checker, e: Expr): Type {
  const t = typeInternal(c, e);
  c.recordType(e, t);
  return t;
}

function typeInternal(c: Checker, e: Expr): Type {
  switch (e.kind) {
    case 'Ident':
      return typeName(c, e);
    case 'ParenExpr':
      return typeOf(c, e.x);
    case 'StarExpr':
      return c.ptrTo(typeOf(c, e.x));
    case 'SliceType':
      return c.sliceOf(typeOf(c, e.elem));
    case 'ArrayType': {
      if (e.len === 'ellipsis') {
        c.error(e, 'invalid use of [...] array (outside a composite literal)');
        typeOf(c, e.elem);
        return InvalidType;
      }
      const n = arrayLength(c, e.len);
      const elem = typeOf(c, e.elem);
      return n < 0 ? InvalidType : c.arrayOf(n, elem);
    }
    case 'MapType': {
      const key = typeOf(c, e.key);
      const elem = typeOf(c, e.value);
      // Key comparability needs the key's underlying type, which may still be resolving: check at the end.
      const checkKey = (): void => {
        if (!isInvalid(key) && !comparable(key)) c.error(e.key, `invalid map key type ${typeString(key)}`);
      };
      if (c.fn) checkKey();
      else c.laterChecks.push(checkKey);
      return c.mapOf(key, elem);
    }
    case 'StructType':
      return structType(c, e.fields);
    case 'FuncType':
      return funcType(c, e, undefined, undefined);
    case 'SelectorExpr':
    case 'IndexExpr':
    case 'CallExpr':
    case 'UnaryExpr':
    case 'BinaryExpr':
    case 'BasicLit':
    case 'CompositeLit':
    case 'KeyValueExpr':
    case 'FuncLit':
    case 'SliceExpr':
    case 'BadExpr': {
      if (e.kind === 'BadExpr') return InvalidType;
      const x = evalExpr(c, e, true);
      if (x.mode !== 'invalid') c.error(e, `${exprString(e)} is not a type`);
      return InvalidType;
    }
  }
}

function typeName(c: Checker, e: Ident): Type {
  if (e.name === '_') {
    c.error(e, 'cannot use _ as value or type');
    return InvalidType;
  }
  const obj = c.lookup(e.name);
  if (!obj) {
    c.error(e, undefinedMessage(e.name));
    return InvalidType;
  }
  c.info.uses.append(e, obj);
  if (obj.kind === 'TypeName') {
    resolveObj(c, obj);
    return obj.type;
  }
  if (obj.kind === 'PkgName') {
    c.error(e, `use of package ${obj.name} not in selector`);
    obj.used = true;
    return InvalidType;
  }
  if (obj.kind === 'Var') obj.used = true;
  c.error(e, `${e.name} is not a type`);
  return InvalidType;
}

function arrayLength(c: Checker, e: Expr): number {
  if (e.kind === 'Ident') {
    const obj = c.lookup(e.name);
    if (!obj) {
      c.error(e, `undeclared name ${e.name} for array length`);
      return -1;
    }
    if (obj.kind !== 'Const') {
      c.error(e, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = evalExpr(c, e, false);
  if (x.mode !== 'constant') {
    if (x.mode !== 'invalid') c.error(e, `array length ${operandString(x)} must be constant`);
    return -1;
  }
  const v = x.value;
  if (
    v &&
    (v.kind === 'int' || (v.kind === 'float' && v.den === 1n)) &&
    (isInteger(x.type) || x.type.kind === 'Basic')
  ) {
    const n = v.kind === 'int' ? v.value : v.num;
    if (n >= 0n && n < 1n << 62n) return Number(n);
    c.error(e, `invalid array length ${operandString(x)}`);
    return -1;
  }
  c.error(e, `array length ${operandString(x)} must be integer`);
  return -1;
}

function structType(c: Checker, fields: readonly Field[]): Type {
  const vars: Var[] = [];
  const seen = new Map<string, Var>();
  const add = (name: string, id: Ident | undefined, f: Field, t: Type, embedded: boolean): void => {
    const v = newVar(name, id ? id.pos : f.type.pos, t, { isField: true, embedded });
    if (id) c.info.defs.append(id, v);
    if (name !== '_') {
      const alt = seen.get(name);
      if (alt) {
        c.error(id ?? f.type, `${name} redeclared`, [
          `\t${alt.pos.line}:${alt.pos.col}: other declaration of ${name}`,
        ]);
      } else seen.set(name, v);
    }
    vars.push(v);
  };
  for (const f of fields) {
    const t = typeOf(c, f.type);
    if (f.embedded) {
      const base = f.type.kind === 'StarExpr' ? f.type.x : f.type;
      const name = base.kind === 'Ident' ? base.name : base.kind === 'SelectorExpr' ? base.sel.name : '_';
      if (
        f.type.kind === 'StarExpr' &&
        !isInvalid(t) &&
        t.kind === 'Pointer' &&
        under(t.elem).kind === 'Pointer'
      ) {
        c.error(f.type, 'embedded field type cannot be a pointer');
      }
      add(name, undefined, f, t, true);
    } else {
      for (const id of f.names) add(id.name, id, f, t, false);
    }
  }
  return { kind: 'Struct', fields: vars };
}

/**
 * funcType builds a Signature from a FuncType (and optional receiver field). Parameter/result Vars belong
 * to `fn`; the caller declares them in the function scope when it checks the body. The parameter and result
 * lists are allocated at their exact length (they live as long as the TypeInfo).
 */
export function funcType(
  c: Checker,
  ft: FuncType,
  recvField: Field | undefined,
  fn: FuncDecl | FuncLit | undefined,
): Signature {
  let recv: Var | undefined;
  if (recvField) {
    const t = typeOf(c, recvField.type);
    const recvIdent = recvField.names[0];
    recv = newVar(recvIdent ? recvIdent.name : '', recvIdent ? recvIdent.pos : recvField.pos, t, {
      isParam: true,
      func: fn,
    });
  }
  const params = new Array<Var>(varCount(ft.params));
  let n = 0;
  let variadic = false;
  const last = ft.params.length - 1;
  for (let i = 0; i <= last; i++) {
    const f = ft.params[i]!;
    let t = typeOf(c, f.type);
    if (f.variadic) {
      if (i === last && f.names.length <= 1) variadic = true;
      else c.error(f.type, 'can only use ... with final parameter in list');
      t = c.sliceOf(t);
    }
    if (f.names.length === 0) params[n++] = newVar('', f.type.pos, t, { isParam: true, func: fn });
    for (const id of f.names) params[n++] = newVar(id.name, id.pos, t, { isParam: true, func: fn });
  }
  const results = new Array<Var>(varCount(ft.results));
  n = 0;
  for (const f of ft.results) {
    const t = typeOf(c, f.type);
    if (f.names.length === 0) results[n++] = newVar('', f.type.pos, t, { isResult: true, func: fn });
    for (const id of f.names) results[n++] = newVar(id.name, id.pos, t, { isResult: true, func: fn });
  }
  return { kind: 'Signature', recv, params, results, variadic };
}

/** varCount is the number of Vars a field list declares (an unnamed field declares one). */
function varCount(fields: readonly Field[]): number {
  let n = 0;
  for (const f of fields) n += f.names.length === 0 ? 1 : f.names.length;
  return n;
}
