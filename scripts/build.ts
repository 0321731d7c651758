// npm run build [-- --strict] [-- --check] [-- --verbose]: the archive from
// BULLETINS_DIR (default content/bulletins) into dist/: Astro (pages, checks),
// then the search index and offline copy. --strict fails on any warning.
// Astro's one line per generated file is summarised unless --verbose.
import './blocking-stdio.ts'; // first: nothing written may be lost at process.exit
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filterBuildLog } from './build-log.ts';
import { lockFolder } from './build-lock.ts';
import { afterAstro, finishedInto, prepareOutput } from '../src/after-build/index.ts';
import { ConfigError, readConfig, type Config } from '../src/config/index.ts';
import { checkInputs } from '../src/config/inputs.ts';
import { checkFolders, PROJECT_ROOT } from '../src/config/folders.ts';
import { claimFolder } from '../src/config/owned-folder.ts';

const args = process.argv.slice(2);
const env = { ...process.env, ...(args.includes('--strict') ? { ARCHIVE_STRICT: '1' } : {}), ASTRO_TELEMETRY_DISABLED: '1' };
if (args.includes('--check')) {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args.filter((a) => a !== '--check')], { stdio: 'inherit', env });
  process.exit(r.status ?? 1);
}
// Every setting checked before anything is written: a bad one is one line naming it, not a stack trace.
// The output and cache folders must be neither input nor source, and the build's own (src/config/).
let settings: Config;
try {
  settings = readConfig(env);
  checkInputs(settings);
  checkFolders(settings);
  const { outDir, cacheDir } = settings;
  // Earlier builds' folders, from before the mark: the project's default folders (git-ignored, documented
  // as the build's own; npm ci removes the cache and with it the finished-output mark), a cache holding our
  // caches, an output the cache's finished-output mark names.
  const defaultOut = join(PROJECT_ROOT, 'dist');
  const defaultCache = join(PROJECT_ROOT, 'node_modules', '.astro');
  claimFolder(cacheDir, 'ARCHIVE_CACHE_DIR', () => cacheDir === defaultCache || existsSync(join(cacheDir, 'bulletin-archive')));
  lockFolder(cacheDir, 'ARCHIVE_CACHE_DIR'); // one build at a time per folder, until this process exits
  claimFolder(outDir, 'ARCHIVE_OUT_DIR', () => outDir === defaultOut || finishedInto(cacheDir, outDir));
  lockFolder(outDir, 'ARCHIVE_OUT_DIR');
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`error: ${err.message}`);
  process.exit(1);
}
const { outDir, cacheDir } = settings;
const astro = 'node_modules/astro/bin/astro.mjs';
const started = Date.now();
const verbose = args.includes('--verbose');
const prepared = prepareOutput(outDir, cacheDir);
// The output folder is emptied above (but for what it keeps); Astro must not empty it (astro.config.mjs).
const astroEnv = { ...env, ARCHIVE_KEEP_OUTPUT: '1' };
const child = spawn(process.execPath, ['--import', './scripts/blocking-stdio.ts', astro, 'build'], { stdio: ['inherit', verbose ? 'inherit' : 'pipe', 'inherit'], env: astroEnv });
const filtered = child.stdout ? filterBuildLog(child.stdout, process.stdout) : Promise.resolve(0);
child.on('close', async (code) => {
  await filtered;
  if (code !== 0) process.exit(code ?? 1);
  // Search index and offline copy (src/after-build/), in this small process once Astro's memory is free.
  const stamp = () => new Date().toTimeString().slice(0, 8);
  const log = (line: string) => console.log(`${stamp()} [bulletin-archive] ${line}`);
  try {
    await afterAstro(outDir, cacheDir, prepared, log);
  } catch (err) {
    console.error(`${stamp()} [bulletin-archive] ${(err as Error).message}`);
    process.exit(1);
  }
  await prepared.gone;
  console.log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
