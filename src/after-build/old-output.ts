// The last build's output, out of Astro's way. Astro empties the output folder
// before it renders, file by file and synchronously: after a build of 1,000
// bulletins that is some 30,000 files (pages, search shards, offline.zip) and
// 8–12 s of a rebuild in which nothing else happens. Renamed into the cache
// folder instead (whole top-level folders where it can), the old output is
// deleted here, in the build script's otherwise idle process, while Astro
// parses and renders; Astro is told not to empty the folder
// (ARCHIVE_KEEP_OUTPUT). The folder itself stays, with what it keeps (KEPT: a
// deploy checkout's .git, the build's mark and lock), and only a folder the
// build owns is emptied (src/config/owned-folder.ts).
//
// What a rebuild may keep stays where it is. Astro's incremental build leaves
// a page whose cache key is unchanged alone when its file is already in the
// output, and otherwise copies it from its cache folder (~5 s for the 5,800
// unchanged pages of a 1,000-bulletin rebuild). So the pages the last build
// recorded in Astro's manifest (incremental-build.json) stay: Astro keeps
// those it would have copied, renders over those that changed, and those it
// no longer makes are removed once it is done (removeStalePages). The files
// written beside the pages stay too; ./beside-files.ts rewrites those whose
// bytes changed and removes those no longer made. Only the output of a build
// that finished is kept (./output-mark.ts), and of its pages only files
// untouched since and the size of Astro's own copy; anything else goes.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { rememberedHashes } from '../files/known-hashes.ts';
import { removeEmptyFolders } from '../files/empty-folders.ts';
import { BESIDE_SALT, besideTable } from './beside-files.ts';
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

/**
 * What the last build left that may stay: Astro's pages (by their manifest's name, checked before they stay) and
 * the files beside them (checked after Astro by ./beside-files.ts, which writes those that changed), by path
 * relative to the output.
 */
function keepable(outDir: string, cacheDir: string): Map<string, string | true> | undefined {
  const pages = astroPages(cacheDir);
  if (!pages) return undefined;
  const keep = new Map<string, string | true>();
  const root = resolve(outDir);
  for (const page of pages) {
    const file = fileIn(root, page);
    if (file) keep.set(relative(root, file).split(sep).join('/'), page);
  }
  for (const path of Object.keys(rememberedHashes(besideTable(cacheDir), BESIDE_SALT))) keep.set(path.replace(/^\/+/, ''), true);
  return keep;
}

/**
 * Empties `outDir` (but for KEPT) into the trash, but for the pages Astro may keep and the files beside them.
 * What goes is renamed into the trash (whole top-level folders where nothing in them stays, as the search index);
 * what stays is not touched, so it keeps its stat (../files/known-hashes.ts). Renaming everything away and the
 * pages back took ~7 s of a 10,000-bulletin rebuild (55,000 folders made again), and lost the 110,000 files beside
 * the pages, which were then written again.
 */
export function prepareOutput(outDir: string, cacheDir: string): PreparedOutput {
  if (!owned(outDir)) throw new Error(`${outDir} holds files the build did not write; not emptying it`); // claimFolder refused it already
  const trash = join(cacheDir, TRASH);
  const finished = takeFinishedMark(cacheDir, outDir);
  const carried: string[] = [];
  const names = existsSync(outDir) ? readdirSync(outDir).filter((n) => !KEPT.includes(n)) : [];
  if (names.length) {
    const old = join(trash, `${process.pid}-${Date.now()}`);
    mkdirSync(old, { recursive: true });
    const keep = finished !== undefined ? keepable(outDir, cacheDir) : undefined;
    const tops = new Set([...(keep?.keys() ?? [])].map((path) => path.split('/')[0]));
    const made = new Set<string>();
    /** Moves `path` (relative) into the trash; deleted now where it cannot be renamed (another file system). */
    const away = (path: string) => {
      const to = join(old, path);
      try {
        const dir = dirname(to);
        if (!made.has(dir)) mkdirSync(dir, { recursive: true });
        made.add(dir);
        renameSync(join(outDir, path), to);
      } catch {
        rmSync(join(outDir, path), { recursive: true, force: true, maxRetries: 3 });
      }
    };
    /** Whether the file at `path` stays: a page untouched since the finished build and the size of Astro's copy, or a file beside the pages. */
    const stays = (path: string): boolean => {
      const page = keep!.get(path);
      if (page === true) return true;
      if (page === undefined) return false;
      const copy = fileIn(join(cacheDir, ASTRO_COPIES), page);
      try {
        const st = statSync(join(outDir, path));
        if (!copy || st.mtimeMs > finished! || st.size !== statSync(copy).size) return false;
      } catch {
        return false; // not in Astro's copies: Astro renders or restores it
      }
      carried.push(page);
      return true;
    };
    /** Sifts the folder at `path`: what stays stays, the rest goes; returns whether anything stayed (an emptied folder goes too). */
    const sift = (path: string): boolean => {
      let any = false;
      for (const e of readdirSync(join(outDir, path), { withFileTypes: true })) {
        const child = `${path}/${e.name}`;
        if (e.isDirectory() ? sift(child) : e.isFile() && stays(child)) any = true;
        else if (!e.isDirectory()) away(child);
      }
      if (!any) rmdirSync(join(outDir, path));
      return any;
    };
    for (const name of names) {
      const isDir = statSync(join(outDir, name)).isDirectory();
      if (!keep || !tops.has(name)) away(name);
      else if (isDir) sift(name);
      else if (!stays(name)) away(name);
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
      removeEmptyFolders(file, outDir);
    } catch {
      // already gone
    }
  }
  return removed;
}
