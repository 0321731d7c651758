// Build warnings name file and line (SPEC §9), --strict fails on them, and
// the build reports progress per stage in a few lines, not one per file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let work: string;
let log: string;
let status: number | null;
let strictLog: string;
let strictStatus: number | null;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'diagnostics-'));
  mkdirSync(join(work, 'input'));
  // The hostile fixture's masthead names a publisher (共青团测试市委, line 7) and
  // two organisations (团测试市委, line 14; 团测试县委, line 27) that no gazetteer
  // division matches: three warnings.
  copyFileSync(join(process.cwd(), 'tests', 'fixtures', 'hostile', 'hostile.txt'), join(work, 'input', 'hostile.txt'));
  const build = (args: string[]) =>
    spawnSync(process.execPath, ['scripts/build.ts', ...args], {
      env: { ...process.env, BULLETINS_DIR: join(work, 'input'), ARCHIVE_OUT_DIR: join(work, 'dist'), ARCHIVE_CACHE_DIR: join(work, 'cache') },
      encoding: 'utf8',
    });
  const r = build([]);
  status = r.status;
  log = r.stdout + r.stderr;
  // --strict stops at the end of Astro's stage, before the search index.
  const s = build(['--strict']);
  strictStatus = s.status;
  strictLog = s.stdout + s.stderr;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build diagnostics', () => {
  it('names file and line of every warning', () => {
    const warnings = log.split('\n').filter((l) => /warning/.test(l) && /\[[a-z-]+\]$/.test(l.trim()));
    expect(warnings.map((l) => /(hostile\.txt:\d+):/.exec(l)?.[1]).sort()).toEqual(['hostile.txt:14', 'hostile.txt:27', 'hostile.txt:7']);
  });

  it('builds despite them, and --strict fails on them', () => {
    expect(status).toBe(0);
    expect(strictStatus).not.toBe(0);
    expect(strictLog).toMatch(/--strict: 3 warning/);
  });

  it('reports progress for parsing, rendering, the no-text-lost check, indexing and the offline copy, once each', () => {
    for (const re of [/parsed 1\/1 bulletins/, /rendered \d+ files$/, /no text lost: 1 bulletins checked/, /search index: \d+ pages indexed/, /offline copy: \d+ files/]) {
      expect(
        log.split('\n').filter((l) => re.test(l)),
        String(re),
      ).toHaveLength(1);
    }
  });
});
