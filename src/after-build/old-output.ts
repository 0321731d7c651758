// The last build's output, out of Astro's way. Astro empties the output folder
// before it renders, file by file and synchronously: after a build of 1,000
// bulletins that is some 30,000 files (pages, search shards, offline.zip) and
// 8–12 s of a rebuild in which nothing else happens. Renamed into the cache
// folder instead (one rename per top-level entry), the old output is deleted
// here, in the build script's otherwise idle process, while Astro parses and
// renders; Astro is told not to empty the folder (ARCHIVE_KEEP_OUTPUT). The
// folder itself stays, with what it keeps (KEPT: a deploy checkout's .git, the
// build's mark and lock), and only a folder the build owns is emptied
// (src/config/owned-folder.ts).
//
// Pages Astro may keep are carried back first. Astro's incremental build
// leaves a page whose cache key is unchanged alone when its file is already in
// the output, and otherwise copies it from its cache folder (~5 s for the
// 5,800 unchanged pages of a 1,000-bulletin rebuild). So the pages the last
// build recorded in Astro's manifest (incremental-build.json) are renamed back
// into the fresh output folder: Astro keeps those it would have copied,
// renders over those that changed, and those it no longer makes are removed
// once it is done (removeStalePages). Only the output of a build that
// finished is carried (./output-mark.ts), and of it only files untouched
// since and the size of Astro's own copy; anything else is left to Astro.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { takeFinishedMark } from './output-mark.ts';
import { KEPT, owned } from '../config/owned-folder.ts';

const TRASH = 'old-output';
const MANIFEST = 'incremental-build.json';
/** Where Astro keeps its copy of each cached page, in its cache folder. */
const ASTRO_COPIES = 'dist';

export interface PreparedOutput {
  /** The deletion of every set-aside output, to await before exiting. */
  gone: Promise<void>;
  /** Pages carried over from the last output (paths relative to it). */
  carried: string[];
  /** When the last build finished: a carried page not written since that Astro no longer lists is stale. */
  lastFinished: number;
}

/** The output files of the pages in Astro's incremental manifest, or undefined when it cannot be read. */
export function astroPages(cacheDir: string): string[] | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
    const files = Object.values(manifest.routes).flatMap((r) => Object.values(r.paths).map((p) => p.outputFile));
    return files.every((f) => typeof f === 'string') ? files : undefined;
  } catch {
    return undefined;
  }
}

/** An output file named in Astro's manifest (a URL path relative to the folder, as Astro resolves it), or undefined if it points outside. */
function fileIn(folder: string, outputFile: string): string | undefined {
  const base = pathToFileURL(`${folder}/`);
  const url = new URL(outputFile, base);
  return url.href.startsWith(base.href) ? fileURLToPath(url) : undefined;
}

/** Empties `outDir` (but for KEPT) into the trash, carrying back the pages Astro may keep. */
export function prepareOutput(outDir: string, cacheDir: string): PreparedOutput {
  if (!owned(outDir)) throw new Error(`${outDir} holds files the build did not write; not emptying it`); // claimFolder refused it already
  const trash = join(cacheDir, TRASH);
  const finished = takeFinishedMark(cacheDir, outDir);
  const carried: string[] = [];
  const names = existsSync(outDir) ? readdirSync(outDir).filter((n) => !KEPT.includes(n)) : [];
  if (names.length) {
    const old = join(trash, `${process.pid}-${Date.now()}`);
    mkdirSync(old, { recursive: true });
    let moved = 0;
    for (const name of names) {
      try {
        renameSync(join(outDir, name), join(old, name));
        moved++;
      } catch {
        rmSync(join(outDir, name), { recursive: true, force: true, maxRetries: 3 }); // another file system (EXDEV): deleted now
      }
    }
    const pages = moved && finished !== undefined ? astroPages(cacheDir) : undefined;
    if (pages) {
      const made = new Set<string>();
      for (const page of pages) {
        const from = fileIn(old, page);
        const to = fileIn(outDir, page);
        const copy = fileIn(join(cacheDir, ASTRO_COPIES), page);
        if (!from || !to || !copy) continue;
        try {
          const st = statSync(from);
          // Written by the finished build (not edited since), and the size of the copy Astro would restore.
          if (st.mtimeMs > finished! || st.size !== statSync(copy).size) continue;
          const dir = dirname(to);
          if (!made.has(dir)) mkdirSync(dir, { recursive: true });
          made.add(dir);
          renameSync(from, to);
          carried.push(page);
        } catch {
          // gone from the old output or from Astro's copies: Astro renders or restores it
        }
      }
    }
  }
  // Everything in the trash, including what an interrupted build left there.
  const all = existsSync(trash) ? readdirSync(trash).map((d) => rm(join(trash, d), { recursive: true, force: true, maxRetries: 3 })) : [];
  return { gone: Promise.all(all).then(() => undefined), carried, lastFinished: finished ?? 0 };
}

/**
 * After Astro: removes the carried pages Astro no longer makes (a bulletin
 * removed, a page that lost its cache key), that is, those missing from its
 * new manifest and not written since the last build finished. Returns how many.
 */
export function removeStalePages(outDir: string, cacheDir: string, prepared: PreparedOutput): number {
  if (!prepared.carried.length) return 0;
  const now = astroPages(cacheDir);
  if (!now) throw new Error(`cannot read Astro's ${MANIFEST} after the build, so pages carried over from the last build cannot be told from stale ones; delete ${outDir} and build again`);
  const listed = new Set(now);
  let removed = 0;
  for (const page of prepared.carried) {
    if (listed.has(page)) continue;
    const file = fileIn(outDir, page)!;
    try {
      if (statSync(file).mtimeMs > prepared.lastFinished) continue; // written by this build
      unlinkSync(file);
      removed++;
      // Folders left empty go too (a removed article's folder).
      for (let dir = dirname(file); dir.startsWith(`${outDir}/`) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
    } catch {
      // already gone
    }
  }
  return removed;
}
