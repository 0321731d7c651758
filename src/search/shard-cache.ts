// Unchanged search shards reused between builds (SPEC §10, incremental path).
// A shard's bundle is made in a cache folder named by the hash of everything
// that goes into it (its records, the Pagefind version and chunk size), then
// copied into place; a later build whose shard hashes the same copies it
// instead of running Pagefind. Pagefind writes the same bytes for the same
// input, so a reused shard is the shard the build would have made. Entries no
// build used are pruned, so the cache holds one archive's shards.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DONE = '.complete';

function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface ShardCache {
  /** Puts the bundle for `inputs` at `target`, made by `make(folder)` unless cached; resolves true when reused. */
  bundle(target: string, inputs: string[], make: (folder: string) => Promise<void>): Promise<boolean>;
  prune(): void;
}

export function shardCache(cacheDir: string | undefined): ShardCache {
  if (!cacheDir) {
    return {
      bundle: async (target, _inputs, make) => {
        await make(target);
        return false;
      },
      prune: () => {},
    };
  }
  const root = join(cacheDir, 'search-shards');
  mkdirSync(root, { recursive: true });
  const used = new Set<string>();
  const salt = `${pagefindVersion()}\0${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? ''}`;
  return {
    async bundle(target, inputs, make) {
      const hash = createHash('sha256').update(salt);
      for (const input of inputs) hash.update(String(input.length)).update('\0').update(input);
      const key = hash.digest('hex').slice(0, 32);
      used.add(key);
      const folder = join(root, key);
      const reused = existsSync(join(folder, DONE));
      if (!reused) {
        rmSync(folder, { recursive: true, force: true });
        await make(folder);
        writeFileSync(join(folder, DONE), '');
      }
      mkdirSync(target, { recursive: true });
      cpSync(folder, target, { recursive: true, filter: (src) => !src.endsWith(`/${DONE}`) });
      return reused;
    },
    prune() {
      for (const name of readdirSync(root)) if (!used.has(name)) rmSync(join(root, name), { recursive: true, force: true });
    },
  };
}
