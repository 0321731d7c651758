// What makes a cached result stale besides its input: the code that produced
// it. Every cache of the build keys its entries with this (the parse cache,
// the no-text-lost verdicts, the search record memo and shard cache, the
// offline page rewrites and zip pack), so no version constant is bumped by
// hand and a change to the producing code always rebuilds the entries.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../files/files-under.ts';

const isCode = (name: string): boolean => /\.(ts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name);

/**
 * Hash of the code in `paths` (files or folders, relative to `root`; folders with every non-test `.ts`/`.js`/`.mjs`
 * file under them, names included) and of the locked dependencies; undefined when a path is not found.
 */
export function codeVersion(root: string, paths: string[]): string | undefined {
  const hash = createHash('sha256');
  for (const path of paths) {
    const full = join(root, path);
    if (!existsSync(full)) return undefined;
    const files = statSync(full).isDirectory()
      ? filesUnder(full)
          .filter(isCode)
          .map((f) => [`${path}/${f}`, join(full, f)])
      : [[path, full]];
    for (const [name, file] of files)
      hash
        .update(`${name}\0`)
        .update(readFileSync(file as string))
        .update('\0');
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}
