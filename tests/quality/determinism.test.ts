// Two builds of the same input are byte-identical, every file (the offline
// zip included once it exists): fixed timestamps and ordering (SPEC §9).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string, tz: string): string {
  const out = join(work, name, 'dist');
  // Each build gets its own empty cache, so nothing carries over from the first.
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--strict'], {
    env: { ...process.env, BULLETINS_DIR: join(process.cwd(), 'content', 'bulletins'), ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: join(work, name, 'cache'), TZ: tz },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  return out;
}

describe('determinism', () => {
  it('two builds of the seed archive are byte-identical, file by file', () => {
    // Time zones 14 hours apart: a build that stamps "today" or formats dates
    // in local time would differ.
    const a = build('a', 'UTC');
    const b = build('b', 'Pacific/Kiritimati');
    const filesA = siteFiles(a);
    const filesB = siteFiles(b);
    expect(filesB).toEqual(filesA);
    const differing = filesA.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    console.log(`determinism: ${filesA.length} files compared${filesA.includes('/offline.zip') ? ' (offline.zip included)' : ''}, ${differing.length} differ`);
    expect(differing).toEqual([]);
  });
});
