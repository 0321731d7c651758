// The build lock over real lock files: held, refused naming the holder's pid,
// taken over from a build that is gone, released.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFolder } from './build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'lock-'));
const file = join(dir, '.bulletin-archive.lock');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
}

describe('lockFolder', () => {
  it('holds the folder with this pid, refuses a second holder naming it, and releases', () => {
    const release = lockFolder(dir, 'ARCHIVE_OUT_DIR');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => lockFolder(dir, 'ARCHIVE_OUT_DIR')).toThrow(new RegExp(`^ARCHIVE_OUT_DIR: another build \\(pid ${process.pid}, started .*\\) is writing ${dir}; wait until it has finished and build again \\(if no build is running, delete ${file}\\)$`));
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('takes over the lock of a build that is gone', () => {
    writeFileSync(file, JSON.stringify({ pid: deadPid(), host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const release = lockFolder(dir, 'ARCHIVE_CACHE_DIR');
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('refuses while the holder runs, even if it is not this process', () => {
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    expect(() => lockFolder(dir, 'ARCHIVE_CACHE_DIR')).toThrow(`another build (pid ${process.ppid}, started 2026-01-01T00:00:00.000Z)`);
    rmSync(file);
  });
});
