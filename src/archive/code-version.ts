// What makes a cached result stale besides its input: the code that produced
// it. Shared by the parse cache (./parse-cache.ts) and the no-text-lost
// verdict cache (src/verify/verdict-cache.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Hash of the non-test `.ts` sources in `dirs` (folders or single `.ts` files, relative to `root`) and the locked dependencies; undefined when one is not found. */
export function codeVersion(root: string, dirs: string[]): string | undefined {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const full = join(root, dir);
    if (!existsSync(full)) return undefined;
    if (dir.endsWith('.ts')) {
      hash.update(dir).update(readFileSync(full));
      continue;
    }
    for (const name of readdirSync(full).sort()) if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(name).update(readFileSync(join(full, name)));
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}
