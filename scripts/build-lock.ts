// One build at a time in an output or cache folder (issue 19: two builds at
// once in one checkout mixed their Pagefind files in dist/ and offline.zip).
// A lock file (LOCK) in each folder, made with O_EXCL and holding the
// build's pid; a second build refuses at once, naming that pid (waiting
// would mean minutes: a build takes that long). A lock whose process is gone
// (a build killed) is stale and taken over. proper-lockfile was the library
// to use, but its staleness is a timer refreshing the lock's mtime, which the
// build's long synchronous steps (zip, search index) can starve into a
// "compromised" lock, and it records no pid to name.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../src/config/index.ts';
import { LOCK } from '../src/config/owned-folder.ts';

interface Holder {
  pid: number;
  host: string;
  started: string;
}

/** Whether process `pid` is running (on this machine). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    return Number.isInteger(h.pid) ? h : undefined;
  } catch {
    return undefined;
  }
}

const held: string[] = [];
let hooked = false;
function releaseAll(): void {
  for (const file of held.splice(0)) rmSync(file, { force: true });
}

/**
 * Locks folder `dir` (named by `setting`) for this process until it exits;
 * throws a ConfigError naming the other build when one holds it. Returns
 * the release, for callers that finish before they exit.
 */
export function lockFolder(dir: string, setting: string): () => void {
  const file = join(dir, LOCK);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new ConfigError(`${setting}: cannot write the lock ${file} (${(err as NodeJS.ErrnoException).code}); set ${setting} to a folder you can write to`);
    }
    const other = holder(file);
    // Its build is gone (killed): take the lock over. A lock not written yet, or unreadable, counts once it is a minute old.
    const stale = other ? other.host === me.host && !alive(other.pid) : Date.now() - (statSafe(file) ?? Date.now()) > 60_000;
    if (stale && attempt === 0) {
      rmSync(file, { force: true });
      continue;
    }
    const who = other ? `another build (pid ${other.pid}${other.host === me.host ? '' : ` on ${other.host}`}, started ${other.started})` : 'another build';
    throw new ConfigError(`${setting}: ${who} is writing ${dir}; wait until it has finished and build again (if no build is running, delete ${file})`);
  }
  held.push(file);
  if (!hooked) {
    hooked = true;
    process.on('exit', releaseAll);
    // Interrupted: release, then end as the signal would have.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        releaseAll();
        process.kill(process.pid, signal);
      });
    }
  }
  return () => {
    held.splice(held.indexOf(file), 1);
    rmSync(file, { force: true });
  };
}

function statSafe(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
