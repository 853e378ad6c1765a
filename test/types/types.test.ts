// Type checker unit tests against Go 1.19 facts recorded in types.golden.json by scripts/golden-types.mjs:
// memory layout (sizeof/alignof/field offsets/hasPointers), exact constant arithmetic and conversions, and
// the exact `go build` output of small erroneous programs (message forms the corpus does not pin down).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/index.js';
import type { ConstDecl, File, TypeDecl } from '../../compiler/syntax/index.js';
import {
  alignof,
  hasPointers,
  offsetsof,
  sizeof,
  typeString,
  under,
  type Const,
  type TypeInfo,
  type TypeName,
} from '../../compiler/types/index.js';
import { renderDiagnostics } from '../harness/golden.js';

interface LayoutFact {
  type: string;
  size: number;
  align: number;
  offsets: number[];
  hasPointers: boolean;
}
interface ConstFact {
  expr: string;
  declaredType: string;
  value: string;
  goType: string;
}
interface Golden {
  layout: LayoutFact[];
  constants: ConstFact[];
  diagnostics: Record<string, { src: string; stderr: string[] }>;
}

const here = dirname(fileURLToPath(import.meta.url));
const golden = JSON.parse(readFileSync(join(here, 'types.golden.json'), 'utf8')) as Golden;

function checkValid(src: string): { file: File; info: TypeInfo } {
  const r = checkSource(src);
  expect(renderDiagnostics(r.diags)).toEqual([]);
  if (!r.file || !r.info) throw new Error('no type info');
  return { file: r.file, info: r.info };
}

describe('layout matches unsafe.Sizeof/Alignof/Offsetof and ptrdata of Go 1.19 (amd64)', () => {
  const src =
    'package main\n\n' +
    golden.layout.map((f, i) => `type T${i} ${f.type}\n`).join('') +
    '\nfunc main() {}\n';
  const { file, info } = checkValid(src);
  const decls = file.decls.filter((d): d is TypeDecl => d.kind === 'TypeDecl');
  golden.layout.forEach((fact, i) => {
    it(fact.type, () => {
      const tn = info.defs.get(decls[i]!.name) as TypeName;
      const t = tn.type;
      const u = under(t);
      expect({
        size: sizeof(t),
        align: alignof(t),
        offsets: u.kind === 'Struct' ? [...offsetsof(u)] : [],
        hasPointers: hasPointers(t),
      }).toEqual({
        size: fact.size,
        align: fact.align,
        offsets: fact.offsets,
        hasPointers: fact.hasPointers,
      });
    });
  });
});

describe('constant values match Go 1.19', () => {
  const src =
    'package main\n\n' +
    golden.constants
      .map((f, i) => `const c${i} ${f.declaredType ? f.declaredType + ' ' : ''}= ${f.expr}\n`)
      .join('') +
    '\nfunc main() {}\n';
  const { file, info } = checkValid(src);
  const decls = file.decls.filter((d): d is ConstDecl => d.kind === 'ConstDecl');
  /** Go's %T of a constant: its declared type, or the default type of its untyped kind. */
  const DEFAULT_TYPE: Record<string, string> = {
    'untyped int': 'int',
    'untyped rune': 'int32',
    'untyped float': 'float64',
    'untyped string': 'string',
    'untyped bool': 'bool',
    rune: 'int32',
    byte: 'uint8',
  };
  golden.constants.forEach((fact, i) => {
    it(`${fact.declaredType || 'untyped'} ${fact.expr}`, () => {
      const k = info.defs.get(decls[i]!.names[0]!) as Const;
      const ts = typeString(k.type);
      expect(DEFAULT_TYPE[ts] ?? ts).toBe(fact.goType);
      const v = k.value;
      switch (v.kind) {
        case 'int':
          expect(v.value.toString()).toBe(fact.value);
          break;
        case 'float': {
          const n = Number(v.num) / Number(v.den);
          const want = Number(fact.value);
          expect(fact.goType === 'float32' ? Math.fround(n) : n).toBe(
            fact.goType === 'float32' ? Math.fround(want) : want,
          );
          break;
        }
        case 'string':
          // string constants are byte strings (compiler/types/bytestring.ts); the golden holds Go's UTF-8 text
          expect(Buffer.from(v.value, 'latin1').toString('utf8')).toBe(fact.value);
          break;
        case 'bool':
          expect(String(v.value)).toBe(fact.value);
          break;
        case 'unknown':
          throw new Error(`unknown value for ${fact.expr}`);
      }
    });
  });
});

describe('diagnostics match go build', () => {
  for (const [name, { src, stderr }] of Object.entries(golden.diagnostics)) {
    it(name, () => {
      expect(renderDiagnostics(checkSource(src).diags)).toEqual(stderr);
    });
  }
});
