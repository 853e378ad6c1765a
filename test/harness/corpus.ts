// Corpus discovery: every .mgo file under test/ and examples/, as repo-relative paths in sorted order.
//
// Invariant: the order is deterministic (sorted by path) so test names and fuzz seeds are stable.

import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** RepoRoot is the absolute path of the repository checkout. */
export const RepoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** CorpusRoots are the folders whose .mgo files the runner picks up. */
export const CorpusRoots = ['test', 'examples'] as const;

/** findFiles returns repo-relative paths of files under `roots` whose name ends with `suffix`, sorted. */
export function findFiles(suffix: string, roots: readonly string[] = CorpusRoots): string[] {
  const out: string[] = [];
  for (const root of roots) {
    const abs = join(RepoRoot, root);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith(suffix) && !entry.split(/[\\/]/).includes('node_modules')) {
        out.push(relative(RepoRoot, join(abs, entry)));
      }
    }
  }
  return out.sort();
}

/** corpusFiles lists every .mgo test file. */
export function corpusFiles(): string[] {
  return findFiles('.mgo');
}
