// Builds a temporary archive with the real build (scripts/build.ts) into its
// own folder: input, output and Astro's cache all under one temp dir.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export interface TempBuild {
  /** The temp dir holding input/, dist/ and cache/. */
  work: string;
  /** The bulletins folder (BULLETINS_DIR). */
  input: string;
  /** The built site (ARCHIVE_OUT_DIR). */
  out: string;
  status: number | null;
  /** stdout and stderr of the build. */
  log: string;
  remove: () => void;
}

/** `prepare` fills the input folder (and may write beside it, e.g. redactions.yml in `work`); `env` may depend on `work`. */
export function buildTemp(prefix: string, prepare: (input: string, work: string) => void, options: { args?: string[]; env?: Record<string, string> | ((work: string) => Record<string, string>) } = {}): TempBuild {
  const work = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const input = join(work, 'input');
  const out = join(work, 'dist');
  mkdirSync(input);
  prepare(input, work);
  const env = typeof options.env === 'function' ? options.env(work) : options.env;
  return run(work, input, out, { ...(options.args ? { args: options.args } : {}), ...(env ? { env } : {}) });
}

/** Seed 001, the one bulletin the builds of `seedBuilds` hold. */
export const SEED_001 = join(process.cwd(), 'content', 'bulletins', '001_e03f40994a3cdccb.txt');

/**
 * Builds of seed 001 (as input/001.txt) with settings `env` and the build's arguments `args`; `prepare` may add to
 * the input folder or beside it. Each build is removed after the calling file's tests (call this at the top of a
 * test file).
 */
export function seedBuilds(prefix: string): (env: Record<string, string> | ((work: string) => Record<string, string>), prepare?: (input: string, work: string) => void, args?: string[]) => TempBuild {
  const builds: TempBuild[] = [];
  afterAll(() => {
    for (const b of builds) b.remove();
  });
  return (env, prepare = () => {}, args = []) => {
    const b = buildTemp(
      prefix,
      (input, work) => {
        copyFileSync(SEED_001, join(input, '001.txt'));
        prepare(input, work);
      },
      { env, args },
    );
    builds.push(b);
    return b;
  };
}

/** Builds `t`'s input folder again (as changed since) into the same output and cache folders: a rebuild. */
export function rebuildTemp(t: TempBuild, options: { args?: string[]; env?: Record<string, string> } = {}): TempBuild {
  return run(t.work, t.input, t.out, options);
}

function run(work: string, input: string, out: string, options: { args?: string[]; env?: Record<string, string> }): TempBuild {
  // NO_COLOR: Astro colours its log where CI is set; the logs are read as text, and an escape in them must be one the input smuggled in.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', BULLETINS_DIR: input, ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: join(work, 'cache'), ...options.env };
  delete env.FORCE_COLOR;
  delete env.REDACTIONS_FILE; // the list beside the input folder, unless options.env names one
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, ['scripts/build.ts', ...(options.args ?? [])], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }); // a long log is read whole (spawnSync kills the build past maxBuffer)
  return { work, input, out, status: r.status, log: `${r.stdout}\n${r.stderr}`, remove: () => rmSync(work, { recursive: true, force: true }) };
}
