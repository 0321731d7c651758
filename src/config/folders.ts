// Where the build may write (issue 19: an output folder pointed at the input
// deleted it). The build replaces its output folder's contents and keeps its
// caches in ARCHIVE_CACHE_DIR, so neither may be, contain or lie inside:
//   - the bulletins folder (BULLETINS_DIR);
//   - the project's source: the repository root itself (nor may they contain
//     it) and its source folders (SOURCE_FOLDERS); node_modules only under
//     its tool caches (./node_modules/.astro, the default cache);
//   - `/` or the user's home folder (nor anything containing it).
// Nor may they contain the redaction list's folder (it would be deleted
// with them), nor each other. Paths are compared after resolving symbolic
// links (of the part that exists).
// Folders that pass may still hold someone's files: ./owned-folder.ts only
// lets the build empty a folder it marked as its own.
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, type Config } from './index.ts';

/** The repository root (this file is src/config/folders.ts). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Folders of the repository that hold its source (or its packages). */
export const SOURCE_FOLDERS = ['src', 'public', 'content', 'scripts', 'tests', '.git', '.ci', 'node_modules'];
/** Inside node_modules, tool caches the build may use (Astro's default cacheDir is node_modules/.astro). */
const TOOL_CACHES = ['.astro', '.cache', '.vite'];

/** `path` with symbolic links resolved as far as it exists. */
function real(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return resolve(path);
  }
}

/** Whether `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Why `dir` may not be the build's folder, or undefined when it may. */
export function forbidden(dir: string, config: Config, root = PROJECT_ROOT): string | undefined {
  const d = real(dir);
  const input = real(config.bulletinsDir);
  const home = real(homedir());
  if (d === real('/')) return 'is the root of the file system';
  if (within(home, d)) return d === home ? 'is your home folder' : `contains your home folder ${home}`;
  if (within(d, input) || within(input, d)) return `${d === input ? 'is' : within(d, input) ? 'lies inside' : 'contains'} the bulletins folder ${input} (BULLETINS_DIR)`;
  const list = dirname(real(config.redactions.file));
  if (within(list, d)) return `${d === list ? 'is' : 'contains'} the folder of the redaction list ${real(config.redactions.file)}`;
  const r = real(root);
  if (within(r, d)) return `${d === r ? 'is' : 'contains'} the project's folder ${r}`;
  for (const name of SOURCE_FOLDERS) {
    const source = join(r, name);
    if (!within(d, source)) continue;
    const [first] = relative(source, d).split(sep);
    if (name === 'node_modules' && first && TOOL_CACHES.includes(first)) continue;
    return `${d === source ? 'is' : 'lies inside'} the project's ${name === 'node_modules' ? 'packages' : 'source'} folder ${source}`;
  }
  return undefined;
}

/** Throws a ConfigError when the output or cache folder is one the build must not write to or empty. */
export function checkFolders(config: Config, root = PROJECT_ROOT): void {
  const what = 'a folder of its own, e.g. the default';
  const out = forbidden(config.outDir, config, root);
  if (out) throw new ConfigError(`ARCHIVE_OUT_DIR: ${config.outDir} ${out}; the build replaces everything in its output folder, so set ARCHIVE_OUT_DIR to ${what} ./dist`);
  const cache = forbidden(config.cacheDir, config, root);
  if (cache) throw new ConfigError(`ARCHIVE_CACHE_DIR: ${config.cacheDir} ${cache}; the build deletes and rewrites files in its cache folder, so set ARCHIVE_CACHE_DIR to ${what} ./node_modules/.astro`);
  const o = real(config.outDir);
  const c = real(config.cacheDir);
  if (within(o, c) || within(c, o)) throw new ConfigError(`ARCHIVE_CACHE_DIR: ${config.cacheDir} ${o === c ? 'is' : within(c, o) ? 'lies inside' : 'contains'} the output folder ${config.outDir}; give the output (ARCHIVE_OUT_DIR) and the cache (ARCHIVE_CACHE_DIR) separate folders`);
}
