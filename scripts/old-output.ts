// The last build's output, out of Astro's way. Astro empties the output folder
// before it renders, file by file and synchronously: after a build of 1,000
// bulletins that is some 30,000 files (pages, search shards, offline.zip) and
// 8–12 s of a rebuild in which nothing else happens. Renamed into the cache
// folder instead (one rename), the old output is deleted here, in the build
// script's otherwise idle process, while Astro parses and renders.
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

const TRASH = 'old-output';

/** Moves `outDir` aside (when it can be renamed) and returns the deletion of every set-aside output, to await before exiting. */
export function moveOldOutputAside(outDir: string, cacheDir: string): Promise<void> {
  const trash = join(cacheDir, TRASH);
  // A folder Astro would keep (.git: a deploy checkout) is left to Astro, which skips it.
  if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
    try {
      mkdirSync(trash, { recursive: true });
      renameSync(outDir, join(trash, `${process.pid}-${Date.now()}`));
    } catch {
      // Another file system (EXDEV) or no permission: Astro empties it as before.
    }
  }
  // Everything in the trash, including what an interrupted build left there.
  const all = existsSync(trash) ? readdirSync(trash).map((d) => rm(join(trash, d), { recursive: true, force: true, maxRetries: 3 })) : [];
  return Promise.all(all).then(() => undefined);
}
