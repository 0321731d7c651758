// The web photos of Word bulletins, kept as files in the parse cache's folder
// (photos/, named by the SHA-256 of their bytes) rather than in memory or as
// base64 in the cache's JSON: the archive model and the cache entries hold
// only their names, so memory does not grow with an archive's photos. The
// build copies them beside the pages. Files no load used are pruned, as the
// parse cache prunes its entries.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeBeside } from '../files/write-beside.ts';

export class PhotoStore {
  readonly dir: string;
  private readonly used = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Stores the bytes (once per content) and returns their name in the store. */
  put(data: Buffer, ext: string): string {
    const name = `${createHash('sha256').update(data).digest('hex')}.${ext}`;
    const file = join(this.dir, name);
    if (!existsSync(file)) {
      mkdirSync(this.dir, { recursive: true });
      writeBeside(file, data);
    }
    this.used.add(name);
    return name;
  }

  /** Whether a stored photo is still there (a cache entry naming a removed one is computed again); marks it used. */
  has(name: string): boolean {
    const there = existsSync(join(this.dir, name));
    if (there) this.used.add(name);
    return there;
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  /** Removes the photos this load did not use. */
  prune(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}
