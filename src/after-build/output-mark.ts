// Whether the output folder holds a finished build: a mark in the cache
// folder, written when a build has written everything and taken when the next
// one starts. Only such an output's pages are carried into a rebuild
// (./old-output.ts); an interrupted build leaves no mark, so its output is
// set aside whole. The mark's time is its own modification time, from the
// same file-system clock as the pages' (Date.now() is finer than that clock:
// a page written in the mark's millisecond looked newer than the mark).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MARK = join('bulletin-archive', 'finished-output.json');

interface Mark {
  outDir: string;
}

/** Marks `outDir` as the complete output of a build that finished now. */
export function markFinished(cacheDir: string, outDir: string): void {
  mkdirSync(join(cacheDir, 'bulletin-archive'), { recursive: true });
  writeFileSync(join(cacheDir, MARK), JSON.stringify({ outDir: resolve(outDir) } satisfies Mark));
}

/** Whether the last build into `outDir` finished (the mark is kept): an output folder of an earlier build (src/config/owned-folder.ts). */
export function finishedInto(cacheDir: string, outDir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(cacheDir, MARK), 'utf8')) as Mark).outDir === resolve(outDir);
  } catch {
    return false;
  }
}

/** When the last build into `outDir` finished (undefined if it did not, or wrote elsewhere); the mark is removed. */
export function takeFinishedMark(cacheDir: string, outDir: string): number | undefined {
  const file = join(cacheDir, MARK);
  try {
    const mark = JSON.parse(readFileSync(file, 'utf8')) as Mark;
    return mark.outDir === resolve(outDir) ? statSync(file).mtimeMs : undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(file, { force: true });
  }
}
