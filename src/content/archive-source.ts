// Where the input folder is, and one shared loadArchive() per build: the
// content loader and the post-build checks read the same model.
import { join } from 'node:path';
import { loadArchive, type Archive } from '../archive/index.ts';
import { config } from '../config/index.ts';
import { readPublished } from '../archive/published.ts';
import { markPhase } from '../instrument/phases.ts';

export function bulletinsDir(): string {
  return config().bulletinsDir;
}

/** Where the decode + parse cache lives: under Astro's cacheDir (ARCHIVE_CACHE_DIR or node_modules/.astro). */
export function parseCacheDir(): string {
  return join(config().cacheDir, 'bulletin-archive', 'parse');
}

/** Where the article bodies live (src/content/body-store.ts), in the same cache folder. */
export function bodyStoreDir(): string {
  return join(config().cacheDir, 'bulletin-archive', 'bodies');
}

/** The record of what the last build published (src/archive/published.ts), in the same cache folder. */
export function publishedFile(): string {
  return join(config().cacheDir, 'bulletin-archive', 'published.json');
}

const KEY = Symbol.for('bulletin-archive.archive');
type Holder = { [KEY]?: { dir: string; archive: Promise<Archive> } };

/** Loads the archive once per process (Vite may instantiate this module more than once). */
export function sharedArchive(onFile?: (done: number, total: number) => void): Promise<Archive> {
  const holder = globalThis as Holder;
  const dir = bulletinsDir();
  const cached = holder[KEY];
  if (cached && cached.dir === dir) return cached.archive;
  markPhase('parse:start');
  const entry: NonNullable<Holder[typeof KEY]> = {
    dir,
    archive: loadArchive(dir, {
      redactionsFile: config().redactions.file,
      redactionsRequired: config().redactions.named,
      cacheDir: parseCacheDir(),
      placesFile: join(config().cacheDir, 'bulletin-archive', 'places.json'),
      published: readPublished(publishedFile()),
      ...(onFile ? { onFile } : {}),
    }).then((archive) => {
      markPhase('parse:end');
      return archive;
    }),
  };
  holder[KEY] = entry;
  return entry.archive;
}
