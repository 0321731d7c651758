// The build log keeps every warning and the summary at 20 MB of inputs
// (issue 19: the log was cut when Astro exited). Real builds of seed 001 plus
// 20,000 sidecars with no bulletin, 1 KB each (20 MB): one warning each, some
// 3.6 MB of log through pipes (the build's stdout and stderr are pipes here,
// as under `| tee build.log`), where Node writes asynchronously and
// process.exit() drops what is queued.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedBuilds, type TempBuild } from '../support/build.ts';

const ORPHANS = 20_000;
const seedBuild = seedBuilds('long-log');

function build(args: string[]): TempBuild {
  return seedBuild(
    {},
    (input) => {
      const padding = `# ${'填充'.repeat(500)}\n`; // 1 KB a file
      for (let i = 0; i < ORPHANS; i++) writeFileSync(join(input, `orphan-${String(i).padStart(5, '0')}.meta.yml`), `${padding}publisher: 共青团嘉兴市委\n`);
    },
    args,
  );
}

/** The distinct orphans the log warns about. */
const warned = (log: string) => new Set([...log.matchAll(/(orphan-\d{5})\.meta\.yml:1: 警告 warning: no bulletin /g)].map((m) => m[1])).size;

describe('a build log at 20 MB of inputs', () => {
  it('keeps every warning and the final line of a build that succeeds', () => {
    const b = build([]);
    expect(b.status, b.log.slice(-2000)).toBe(0);
    expect(warned(b.log)).toBe(ORPHANS);
    expect(b.log).toMatch(/offline copy: \d+ files, offline\.zip \d+ bytes/);
    expect(b.log).toMatch(/build finished in [\d.]+ s\n/);
  });

  it('keeps every warning and the reason of a build that fails (--strict)', () => {
    const b = build(['--strict']);
    expect(b.status).not.toBe(0);
    expect(warned(b.log)).toBe(ORPHANS);
    expect(b.log).toContain(`--strict: ${ORPHANS} warning(s) or error(s) in the input; see above`);
  });
});
