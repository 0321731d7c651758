// The folders the build owns. It replaces everything in its output folder
// and deletes and rewrites in its cache folder, so it only does so in a folder
// it made or found empty, and marks such a folder with MARK when it takes it.
// A non-empty folder without the mark is someone else's: the build refuses it
// with one line saying what to do, and deletes nothing (issue 19).
// Folders of earlier builds, made before the mark existed, are taken when
// they show our own signs (`ours`, scripts/build.ts): the project's default
// ./dist and ./node_modules/.astro, an output folder the cache's
// finished-output mark names (src/after-build/output-mark.ts), a cache folder holding
// our `bulletin-archive/` caches.
import { accessSync, constants, mkdirSync, readdirSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './index.ts';

/** The mark, a file in each folder the build owns. */
export const MARK = '.bulletin-archive';
/** The build's lock file in each folder it owns (scripts/build-lock.ts). */
export const LOCK = '.bulletin-archive.lock';
/** What the build keeps in its output folder when it replaces the rest: a deploy checkout's .git, the mark, the lock. Never published. */
export const KEPT = ['.git', MARK, LOCK];

const TEXT = 'This folder is written by the bulletin-archive build (npm run build), which replaces or deletes what is in it (all but .git).\nDelete this file and the build will no longer write here.\n';

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/** The folder's entries, or undefined when it does not exist. */
function entries(dir: string, setting: string): string[] | undefined {
  let st: Stats;
  try {
    st = statSync(dir);
  } catch (err) {
    if (code(err) === 'ENOENT') return undefined;
    throw new ConfigError(`${setting}: cannot use ${dir} (${code(err)}); set ${setting} to a folder you can write to`);
  }
  if (!st.isDirectory()) throw new ConfigError(`${setting}: ${dir} is a file, not a folder; set ${setting} to a folder (the build makes it when missing)`);
  return readdirSync(dir);
}

/** Whether the build may empty `dir`: it is missing, empty (but for .git) or marked. */
export function owned(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return !statExists(dir);
  }
  return names.includes(MARK) || names.every((n) => n === '.git');
}

function statExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes `dir` (the folder `setting` names) for the build: makes it when
 * missing and marks it; throws a ConfigError when it holds files and no mark
 * (unless `ours` recognises an earlier build's folder) or cannot be written.
 */
export function claimFolder(dir: string, setting: string, ours: () => boolean = () => false): void {
  const names = entries(dir, setting);
  if (names && !names.includes(MARK) && !names.every((n) => n === '.git') && !ours()) {
    throw new ConfigError(`${setting}: ${dir} holds files the build did not write (it has no ${MARK} mark), and the build would replace them; set ${setting} to a new or empty folder, or, if it is an earlier build's, empty it or create ${join(dir, MARK)}`);
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, MARK), TEXT);
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new ConfigError(`${setting}: cannot write to ${dir} (${code(err)}); set ${setting} to a folder you can write to`);
  }
}
