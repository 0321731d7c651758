// The build never deletes what it did not write (issue 19: ARCHIVE_OUT_DIR
// pointed at the bulletins folder deleted the input). Real builds of seed 001
// in temp folders: output or cache folders that are, contain or lie inside
// the input are refused in one line with the input left whole; so is a folder
// holding someone's files (no mark); the build's own folders, an earlier
// build's output (finished-output mark) and a deploy checkout's .git work.
// `/`, the home folder and the project's own folders are refused by the same
// check (src/config/folders.test.ts tests it without pointing a build there).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebuildTemp, SEED_001 as SEED, seedBuilds, type TempBuild } from '../support/build.ts';

const build = seedBuilds('folders');

/** A refused build: non-zero, one line naming the setting, the input folder untouched. */
function refused(b: TempBuild, setting: string): string {
  expect(b.status, b.log).not.toBe(0);
  const lines = b.log.split('\n').filter((l) => l.trim());
  expect(lines, b.log).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^error: ${setting}: `));
  expect(readdirSync(b.input).sort()).toEqual(['001.txt']);
  expect(readFileSync(join(b.input, '001.txt'))).toEqual(readFileSync(SEED));
  return lines[0]!;
}

describe('output and cache folders the build refuses', () => {
  it('ARCHIVE_OUT_DIR = the bulletins folder', () => {
    expect(
      refused(
        build((w) => ({ ARCHIVE_OUT_DIR: join(w, 'input') })),
        'ARCHIVE_OUT_DIR',
      ),
    ).toMatch(/is the bulletins folder .* \(BULLETINS_DIR\); .* set ARCHIVE_OUT_DIR to /);
  });

  it('ARCHIVE_OUT_DIR above the bulletins folder', () => {
    expect(
      refused(
        build((w) => ({ ARCHIVE_OUT_DIR: w })),
        'ARCHIVE_OUT_DIR',
      ),
    ).toMatch(/contains the bulletins folder/);
  });

  it('ARCHIVE_OUT_DIR inside the bulletins folder', () => {
    expect(
      refused(
        build((w) => ({ ARCHIVE_OUT_DIR: join(w, 'input', 'site') })),
        'ARCHIVE_OUT_DIR',
      ),
    ).toMatch(/lies inside the bulletins folder/);
  });

  it('ARCHIVE_CACHE_DIR = the bulletins folder', () => {
    expect(
      refused(
        build((w) => ({ ARCHIVE_CACHE_DIR: join(w, 'input') })),
        'ARCHIVE_CACHE_DIR',
      ),
    ).toMatch(/is the bulletins folder/);
  });

  it('ARCHIVE_OUT_DIR holding files the build did not write', () => {
    const b = build(
      (w) => ({ ARCHIVE_OUT_DIR: join(w, 'mine') }),
      (_, w) => {
        mkdirSync(join(w, 'mine'));
        writeFileSync(join(w, 'mine', 'thesis.txt'), 'my only copy');
      },
    );
    expect(refused(b, 'ARCHIVE_OUT_DIR')).toMatch(/holds files the build did not write .*; set ARCHIVE_OUT_DIR to a new or empty folder/);
    expect(readFileSync(join(b.work, 'mine', 'thesis.txt'), 'utf8')).toBe('my only copy');
  });

  it('ARCHIVE_OUT_DIR where nothing can be written', () => {
    const b = build(
      (w) => ({ ARCHIVE_OUT_DIR: join(w, 'file', 'dist') }),
      (_, w) => writeFileSync(join(w, 'file'), 'a file, not a folder'),
    );
    expect(refused(b, 'ARCHIVE_OUT_DIR')).toMatch(/cannot (use|write to) .*file\/dist \(ENOTDIR\); set ARCHIVE_OUT_DIR to a folder you can write to/);
  });
});

describe('folders the build owns', () => {
  let b: TempBuild;
  let finished: string;
  beforeAll(() => {
    b = build(() => ({}));
    finished = join(b.work, 'cache', 'bulletin-archive', 'finished-output.json');
  });

  it('marks the output and cache folders it makes, and leaves the mark out of offline.zip', () => {
    expect(b.status, b.log).toBe(0);
    expect(existsSync(join(b.out, '.bulletin-archive'))).toBe(true);
    expect(existsSync(join(b.work, 'cache', '.bulletin-archive'))).toBe(true);
    const zip = Object.keys(unzipSync(readFileSync(join(b.out, 'offline.zip'))));
    expect(zip.filter((f) => f.includes('.bulletin-archive'))).toEqual([]);
  });

  it("takes an earlier build's output without the mark when the cache says that build finished", () => {
    rmSync(join(b.out, '.bulletin-archive'));
    expect(existsSync(finished)).toBe(true);
    const again = rebuildTemp(b);
    expect(again.status, again.log).toBe(0);
    expect(existsSync(join(b.out, '.bulletin-archive'))).toBe(true);
  });

  it('refuses an unmarked output folder the cache does not know', () => {
    rmSync(join(b.out, '.bulletin-archive'));
    rmSync(finished);
    const again = rebuildTemp(b);
    expect(refused(again, 'ARCHIVE_OUT_DIR')).toMatch(/or, if it is an earlier build's, empty it or create .*\.bulletin-archive$/);
    expect(existsSync(join(b.out, 'index.html'))).toBe(true); // not emptied
  });
});

describe('a deploy checkout as the output folder', () => {
  it('keeps its .git and leaves it out of offline.zip', () => {
    const b = build(
      (w) => ({ ARCHIVE_OUT_DIR: join(w, 'site') }),
      (_, w) => {
        mkdirSync(join(w, 'site', '.git'), { recursive: true });
        writeFileSync(join(w, 'site', '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
      },
    );
    expect(b.status, b.log).toBe(0);
    expect(readFileSync(join(b.work, 'site', '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
    expect(existsSync(join(b.work, 'site', 'index.html'))).toBe(true);
    const zip = Object.keys(unzipSync(readFileSync(join(b.work, 'site', 'offline.zip'))));
    expect(zip.filter((f) => f.startsWith('.git'))).toEqual([]);
  });
});
