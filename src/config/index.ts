// Every environment variable the build reads, read and checked here and
// nowhere else. Their names and meanings are public contracts (README):
//   BULLETINS_DIR                  the bulletins folder (default content/bulletins)
//   REDACTIONS_FILE                the archive-wide redaction list (default redactions.yml beside the bulletins folder)
//   ARCHIVE_OUT_DIR                the output folder (default ./dist)
//   ARCHIVE_CACHE_DIR              Astro's cache folder and ours (default ./node_modules/.astro)
//   SITE_URL                       the address the site is served at (absolute URLs, sitemap)
//   ARCHIVE_STRICT=1               fail on any warning (npm run build -- --strict sets it)
//   ARCHIVE_PHASES_FILE            where phase marks go, for npm run bench
//   ARCHIVE_SEARCH_SHARD_BULLETINS bulletins per search shard (default 500)
//   ARCHIVE_KEEP_OUTPUT=1          internal, scripts/build.ts → astro.config.mjs: Astro must not empty the output folder
// An empty value counts as unset. A bad value is a ConfigError: one line
// naming the setting and what to do. Checks that need the disk (does the
// folder exist, may the build write there) are in ./inputs.ts and ./folders.ts.
import { dirname, join, resolve } from 'node:path';

/** A setting the build cannot use; the message is one line naming it and what to do. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config {
  /** BULLETINS_DIR, absolute. */
  bulletinsDir: string;
  /** The archive-wide redaction list, absolute; `named` when REDACTIONS_FILE names it (then it must exist). */
  redactions: { file: string; named: boolean };
  /** ARCHIVE_OUT_DIR, absolute. */
  outDir: string;
  /** ARCHIVE_CACHE_DIR, absolute. */
  cacheDir: string;
  /** SITE_URL as an http(s) URL ending in "/", or undefined. */
  siteUrl: URL | undefined;
  strict: boolean;
  phasesFile: string | undefined;
  shardBulletins: number;
  keepOutput: boolean;
}

const set = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

function siteUrl(raw: string | undefined): URL | undefined {
  if (raw === undefined) return undefined;
  const what = 'set it to the address the site will be served at, e.g. SITE_URL=https://example.org/archive/, or leave it unset';
  let url: URL;
  try {
    url = new URL(raw.endsWith('/') ? raw : `${raw}/`);
  } catch {
    throw new ConfigError(`SITE_URL "${raw}" is not an absolute URL; ${what}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`SITE_URL "${raw}" is not an http(s) address; ${what}`);
  if (url.search || url.hash) throw new ConfigError(`SITE_URL "${raw}" has a query or fragment; ${what}`);
  return url;
}

// 500: chosen when Pagefind indexed the shards, whose runs cost more than
// their pages (one run over the 4,514 article pages of 1,000 bulletins: 77.5 s
// CPU, 3.7 GB peak; each half: 32.6 s, 2.0 GB). The indexer now writes them
// (src/search/shard-writer.ts, two side by side, src/search/index-pool.ts);
// the size still bounds what a first search opens (the newest shards only).
const SHARD_BULLETINS = 500;

function shardBulletins(raw: string | undefined): number {
  const n = raw === undefined ? SHARD_BULLETINS : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`ARCHIVE_SEARCH_SHARD_BULLETINS must be a whole number ≥ 1, not "${raw}"; set it so or leave it unset (${SHARD_BULLETINS})`);
  return n;
}

/** The settings in `env`, checked; throws ConfigError on the first bad one. Relative paths resolve against the working folder. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const bulletinsDir = resolve(set(env.BULLETINS_DIR) ?? 'content/bulletins');
  const named = set(env.REDACTIONS_FILE);
  return {
    bulletinsDir,
    redactions: named ? { file: resolve(named), named: true } : { file: join(dirname(bulletinsDir), 'redactions.yml'), named: false },
    outDir: resolve(set(env.ARCHIVE_OUT_DIR) ?? 'dist'),
    cacheDir: resolve(set(env.ARCHIVE_CACHE_DIR) ?? 'node_modules/.astro'),
    siteUrl: siteUrl(set(env.SITE_URL)),
    strict: env.ARCHIVE_STRICT === '1',
    phasesFile: set(env.ARCHIVE_PHASES_FILE),
    shardBulletins: shardBulletins(set(env.ARCHIVE_SEARCH_SHARD_BULLETINS)),
    keepOutput: env.ARCHIVE_KEEP_OUTPUT === '1',
  };
}

const NAMES = ['BULLETINS_DIR', 'REDACTIONS_FILE', 'ARCHIVE_OUT_DIR', 'ARCHIVE_CACHE_DIR', 'SITE_URL', 'ARCHIVE_STRICT', 'ARCHIVE_PHASES_FILE', 'ARCHIVE_SEARCH_SHARD_BULLETINS', 'ARCHIVE_KEEP_OUTPUT'] as const;
let memo: { key: string; config: Config } | undefined;

/** The settings of this process (read again only when the environment or the working folder changed). */
export function config(): Config {
  const key = JSON.stringify([process.cwd(), ...NAMES.map((n) => process.env[n] ?? null)]);
  if (memo?.key !== key) memo = { key, config: readConfig(process.env) };
  return memo.config;
}
