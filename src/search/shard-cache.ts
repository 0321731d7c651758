// Unchanged search shards reused between builds (SPEC §10, incremental path).
// A shard's bundle is made in a cache folder named by the hash of everything
// that goes into it (its records, the Pagefind version and chunk size), then
// linked into place (hard links; copied where links cannot be made); a later
// build whose shard hashes the same links it instead of running Pagefind
// (a copy cost 0.4–4 s for a 1,000-bulletin shard, by the disk's load; links
// ~0.1 s). Nothing writes into a bundle once made (the output's other search
// files are new files beside them), and an entry with a file written after
// its marker (say, through a link in the output) is made again. Pagefind
// writes the same bytes for the same input, so a reused shard is the shard
// the build would have made. Beside the
// folder, `{key}.json` marks it complete and keeps what the maker derived from
// the bundle (the page table's rows), so a reused shard's fragments need not
// be read back. Entries no build used are pruned, so the cache holds one
// archive's shards.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { link } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { filesUnder } from '../files/files-under.ts';
import { codeVersion } from '../archive/code-version.ts';
import { inputsHash } from '../archive/inputs-hash.ts';
import { RECORD_CODE } from './record-memo.ts';
import { writeBeside } from '../files/write-beside.ts';

function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface CachedBundle<T> {
  reused: boolean;
  /** What `make` returned, now or when the bundle was made. */
  kept: T;
  /** The bundle's files put in place at the target: linked off the main thread, so work that needs only `kept` goes on meanwhile. */
  placed: Promise<void>;
}

export interface ShardCache {
  /** Puts the bundle for `inputs` at `target`, made by `make(folder)` unless cached; `make` resolves to JSON-able data kept beside it. */
  bundle<T>(target: string, inputs: string[], make: (folder: string) => Promise<T>): Promise<CachedBundle<T>>;
  /** Drops the entries no bundle of this build used; after every bundle is placed. */
  prune(): void;
}

/** Whether any file under `dir` was written after `time` (ms). */
function writtenAfter(dir: string, time: number): boolean {
  return filesUnder(dir).some((f) => statSync(join(dir, f)).mtimeMs > time);
}

/** The kept data of a complete, untouched entry, or undefined when the entry is missing, was interrupted or changed since. */
function completed<T>(marker: string, folder: string): { kept: T } | undefined {
  if (!existsSync(marker) || !existsSync(folder)) return undefined;
  try {
    if (writtenAfter(folder, statSync(marker).mtimeMs)) return undefined;
    return JSON.parse(readFileSync(marker, 'utf8')) as { kept: T };
  } catch {
    return undefined;
  }
}

/**
 * Hard links of every file under `from` at the same places under `to`; `links` collects them. The links are made
 * in libuv's threads, not this one: a rebuild links 20 kept shards of ~2,500 files each (~4 s), while the titles
 * index, which needs only their page rows, is already being made.
 */
async function linkTree(from: string, to: string, links: string[]): Promise<void> {
  const files = filesUnder(from);
  for (const dir of new Set([to, ...files.map((f) => dirname(join(to, f)))])) mkdirSync(dir, { recursive: true });
  // Every link settled before a failure is reported: the copy that follows must not race one still being made.
  const results = await Promise.allSettled(
    files.map(async (f) => {
      await link(join(from, f), join(to, f));
      links.push(join(to, f));
    }),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export function shardCache(cacheDir: string | undefined, projectRoot = process.cwd()): ShardCache {
  // The code that makes a bundle from records (the Pagefind runs and their options) is keyed with them.
  const code = codeVersion(projectRoot, RECORD_CODE);
  if (!cacheDir || !code) {
    return {
      bundle: async (target, _inputs, make) => ({ reused: false, kept: await make(target), placed: Promise.resolve() }),
      prune: () => {},
    };
  }
  const root = join(cacheDir, 'search-shards');
  mkdirSync(root, { recursive: true });
  const used = new Set<string>();
  const salt = `${code}\0${pagefindVersion()}\0${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? ''}`;
  return {
    async bundle<T>(target: string, inputs: string[], make: (folder: string) => Promise<T>) {
      const key = inputsHash([salt, ...inputs])
        .digest('hex')
        .slice(0, 32);
      used.add(key);
      const folder = join(root, key);
      const marker = `${folder}.json`;
      let entry = completed<T>(marker, folder);
      const reused = entry !== undefined;
      if (!entry) {
        rmSync(marker, { force: true });
        rmSync(folder, { recursive: true, force: true });
        entry = { kept: await make(folder) };
        writeBeside(marker, JSON.stringify({ kept: entry.kept ?? null }));
      }
      const links: string[] = [];
      const placed = linkTree(folder, target, links).catch(() => {
        // Another file system, links not allowed, or a file in the way: copied (no filter: with one, cpSync
        // copies file by file in JavaScript). The links made are removed first: a copy onto one would truncate the cached file.
        for (const made of links) rmSync(made);
        cpSync(folder, target, { recursive: true, force: true });
      });
      return { reused, kept: entry.kept, placed };
    },
    prune() {
      for (const name of readdirSync(root)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(root, name), { recursive: true, force: true });
    },
  };
}
