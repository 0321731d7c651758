// Two builds at once in one checkout (issue 19: they mixed their Pagefind
// files in dist/ and offline.zip). Two real builds of the seeds started
// together into the same output and cache folders: one builds, the other
// refuses at once naming the first one's pid, and the output is byte for byte
// what one build alone makes (a build is deterministic: tests/quality/determinism).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../support/site.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const work = mkdtempSync(join(tmpdir(), 'two-builds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  pid: number;
  status: number | null;
  log: string;
}

function start(out: string, cache: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, BULLETINS_DIR: join(work, 'input'), ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: cache };
  delete env.REDACTIONS_FILE;
  const child = spawn(process.execPath, ['scripts/build.ts'], { env });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d));
  child.stderr.on('data', (d: Buffer) => (log += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ pid: child.pid!, status, log })));
}

const digest = (root: string) =>
  new Map(
    siteFiles(root).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(root, f)))
        .digest('hex'),
    ]),
  );

let runs: Run[];
let alone: Run;
beforeAll(async () => {
  mkdirSync(join(work, 'input'));
  cpSync(SEEDS, join(work, 'input'), { recursive: true });
  runs = await Promise.all([start(join(work, 'dist'), join(work, 'cache')), start(join(work, 'dist'), join(work, 'cache'))]);
  alone = await start(join(work, 'alone'), join(work, 'alone-cache'));
}, 600_000);

describe('two builds at once into the same folders', () => {
  it("one builds, the other refuses in one line naming the first one's pid", () => {
    const ok = runs.filter((r) => r.status === 0);
    const no = runs.filter((r) => r.status !== 0);
    expect(ok, runs.map((r) => r.log).join('\n----\n')).toHaveLength(1);
    expect(no).toHaveLength(1);
    const lines = no[0]!.log.split('\n').filter((l) => l.trim());
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^error: ARCHIVE_(CACHE|OUT)_DIR: another build \\(pid ${ok[0]!.pid}, started [^)]+\\) is writing .*; wait until it has finished`))]);
  });

  it('leaves the output and offline.zip exactly as one build alone makes them', () => {
    expect(alone.status, alone.log).toBe(0);
    const [raced, single] = [digest(join(work, 'dist')), digest(join(work, 'alone'))];
    expect([...raced.keys()]).toEqual([...single.keys()]);
    expect([...raced].filter(([f, h]) => single.get(f) !== h).map(([f]) => f)).toEqual([]);
    const entries = Object.keys(unzipSync(readFileSync(join(work, 'dist', 'offline.zip')))).sort();
    expect(entries).toEqual(Object.keys(unzipSync(readFileSync(join(work, 'alone', 'offline.zip')))).sort());
  });

  it('releases the lock when it is done', () => {
    expect(siteFiles(join(work, 'dist')).filter((f) => f.includes('.lock'))).toEqual([]);
    expect(siteFiles(join(work, 'cache')).filter((f) => f.endsWith('.bulletin-archive.lock'))).toEqual([]);
  });
});
