// Extract (decode) + parse results cached on disk, one JSON file per bulletin, keyed by
// the bulletin's bytes, its standalone title and article corrections, and the source code of the decode
// and parse stages: a rebuild parses only the bulletins that changed, and a
// change to the parser invalidates everything. Entries not used by a load are
// pruned afterwards, so the cache holds one archive's worth.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from './code-version.ts';
import { inputsHash } from './inputs-hash.ts';
import { writeBeside } from '../files/write-beside.ts';

/** Folders (and files) whose code decides what a cached entry holds (relative to the project root): the sidecar's article starts are located (corrections.ts) before parsing. */
// index.ts: what decodeAndParse keeps (its shape and steps) is defined there; web-image.ts makes the cached photos, photo-store.ts keeps them.
const CODE = ['src/decode', 'src/extract', 'src/parse', 'src/archive/corrections.ts', 'src/archive/index.ts', 'src/archive/web-image.ts', 'src/archive/photo-store.ts'];

export class ParseCache<T> {
  private readonly used = new Set<string>();
  private readonly dir: string;
  private readonly version: string;
  hits = 0;
  misses = 0;

  private constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
  }

  /** A cache in `dir`, or undefined (no caching) when the stages' source cannot be found to key it. */
  static open<T>(dir: string, root = process.cwd()): ParseCache<T> | undefined {
    const version = codeVersion(root, CODE);
    if (!version) return undefined;
    mkdirSync(dir, { recursive: true });
    return new ParseCache<T>(dir, version);
  }

  /** The cached value for these inputs, or the computed one (then stored); `whole`: whether a cached value's outside parts (stored photos) are still there. */
  async get(inputs: (string | Uint8Array)[], compute: () => T | Promise<T>, whole: (value: T) => boolean = () => true): Promise<T> {
    const name = `${inputsHash([this.version, ...inputs]).digest('hex')}.json`;
    this.used.add(name);
    const file = join(this.dir, name);
    if (existsSync(file)) {
      try {
        const value = JSON.parse(readFileSync(file, 'utf8')) as T;
        if (whole(value)) {
          this.hits++;
          return value;
        }
      } catch {
        // unreadable: compute it again
      }
    }
    this.misses++;
    const value = await compute();
    writeBeside(file, JSON.stringify(value));
    return value;
  }

  /** Removes entries this load did not use (the photo store's folder beside them is pruned by its own). */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (name.endsWith('.json') && !this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}
