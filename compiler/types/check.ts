// Checker driver: the order in which a file is checked, mirroring types2 so errors are reported in gc's
// order (which matters for the 10-error cap): imports, package-level objects, function bodies in source
// order, then unused imports.

import { NoPos, type Diagnostic } from '../diag/index.js';
import type { File } from '../syntax/index.js';
import { Checker } from './checker.js';
import { collectObjects, packageObjects } from './decl.js';
import { unquoteString } from './literal.js';
import { newTypeInfo, type TypeInfo } from './info.js';
import { funcBody } from './stmt.js';
import type { PkgName } from './types.js';

/** SUPPORTED_IMPORTS lists import paths mini-Go supports. */
const SUPPORTED_IMPORTS = new Set(['fmt']);

export function checkFile(file: File): { info: TypeInfo; diags: Diagnostic[] } {
  const info = newTypeInfo();
  const c = new Checker(info);
  info.defs.append(file.pkgName, undefined);
  info.scopes.append(file, c.pkgScope);
  if (file.pkgName.name !== 'main')
    c.error(file.pkgName, `package ${file.pkgName.name} is not supported by mgo yet (only package main)`);
  // Imports live in the file scope, which types2 nests inside the package scope; one scope suffices here.
  const imports: { pkg: PkgName; pos: import('../diag/index.js').Pos; path: string }[] = [];
  for (const imp of file.imports) {
    const path = unquoteString(imp.path.value);
    if (!SUPPORTED_IMPORTS.has(path)) {
      c.error(imp.path, `import "${path}" not supported by mgo yet`);
      const last = path.split('/').pop() ?? path;
      const name = imp.localName ? imp.localName.name : last;
      if (!c.lookupPackage(name))
        c.bind(name, { kind: 'PkgName', name, pos: imp.path.pos, path, used: true });
      continue;
    }
    const name = imp.localName ? imp.localName.name : path;
    const pkg: PkgName = { kind: 'PkgName', name, pos: imp.path.pos, path, used: false };
    if (imp.localName) {
      if (name === '_' || name === '.') {
        c.error(imp.localName, `import ${name} "${path}" not supported by mgo yet`);
        continue;
      }
      c.declare(imp.localName, pkg);
    } else {
      if (c.lookupPackage(name)) c.error(imp.path, `${name} redeclared in this block`);
      else c.bind(name, pkg);
    }
    imports.push({ pkg, pos: imp.path.pos, path });
  }
  const funcs = collectObjects(c, file.decls);
  packageObjects(c, funcs);
  c.allResolved = true;
  for (const check of c.laterChecks) check();
  for (const fn of funcs) {
    const d = fn.decl!;
    if (d.body) funcBody(c, d, fn.type, d.body, undefined);
    else c.error(d.name, 'missing function body');
  }
  for (const { pkg, pos, path } of imports) {
    if (!pkg.used)
      c.error(
        pos,
        pkg.name === path
          ? `imported and not used: "${path}"`
          : `imported and not used: "${path}" as ${pkg.name}`,
      );
  }
  // gc compiles a package main without func main and its linker then fails; that message has no position.
  if (c.diags.length === 0 && file.pkgName.name === 'main' && !declaresMain(file))
    c.error(NoPos, MissingMainMessage);
  return { info, diags: c.diags };
}

/**
 * MissingMainMessage is Go 1.19's link-time error for a main package without func main, exactly as
 * `go build` prints it (with no file position; mgo reports it position-less, only when the program has no
 * other error, since gc never links a package that failed to compile).
 */
export const MissingMainMessage = 'runtime.main_main·f: function main is undeclared in the main package';

function declaresMain(file: File): boolean {
  for (const d of file.decls) if (d.kind === 'FuncDecl' && !d.recv && d.name.name === 'main') return true;
  return false;
}
