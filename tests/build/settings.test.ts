// Settings a publisher can get wrong (issue 19): each stops the real build
// before it writes anything, with one line naming the setting and what to do,
// no stack trace and a non-zero exit. A redaction list named by
// REDACTIONS_FILE that is missing or a folder stops it too (SPEC §8: the text
// it blanks would otherwise be published); only the default may be absent.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_001 as SEED, seedBuilds, type TempBuild } from '../support/build.ts';
import { siteFiles } from '../support/site.ts';

/** Builds seed 001 with `env`. */
const build = seedBuilds('settings');

/** The error lines a refused build printed (it prints nothing else). */
function refused(b: TempBuild): string[] {
  expect(b.status, b.log).not.toBe(0);
  expect(b.log).not.toMatch(/^\s+at /m); // no stack trace
  expect(existsSync(join(b.out, 'index.html'))).toBe(false); // nothing built
  return b.log.split('\n').filter((l) => l.trim());
}

describe('settings the build refuses in one line', () => {
  it('a BULLETINS_DIR that does not exist', () => {
    const lines = refused(build({ BULLETINS_DIR: '/nonexistent/bulletins' }));
    expect(lines).toEqual([expect.stringMatching(/^error: BULLETINS_DIR: \/nonexistent\/bulletins does not exist; set BULLETINS_DIR to /)]);
  });

  it('a BULLETINS_DIR that is a file', () => {
    const lines = refused(build({ BULLETINS_DIR: SEED }));
    expect(lines).toEqual([expect.stringMatching(/^error: BULLETINS_DIR: .*001_e03f40994a3cdccb\.txt is not a folder; set BULLETINS_DIR to /)]);
  });

  it('a SITE_URL that is not an absolute http(s) address', () => {
    const lines = refused(build({ SITE_URL: 'example.org/archive' }));
    expect(lines).toEqual([expect.stringMatching(/^error: SITE_URL "example\.org\/archive" is not an absolute URL; set it to .*SITE_URL=https:/)]);
  });

  it('a REDACTIONS_FILE that does not exist', () => {
    const lines = refused(build({ REDACTIONS_FILE: '/nonexistent/redactions.yml' }));
    expect(lines).toEqual([expect.stringMatching(/^error: REDACTIONS_FILE: \/nonexistent\/redactions\.yml does not exist; set REDACTIONS_FILE to /)]);
  });

  it('a REDACTIONS_FILE that is a folder', () => {
    const lines = refused(build({ REDACTIONS_FILE: '/tmp' }));
    expect(lines).toEqual([expect.stringMatching(/^error: REDACTIONS_FILE: \/tmp is not a file; /)]);
  });

  it('a default redactions.yml that is a folder (the default may be absent, not broken)', () => {
    const lines = refused(build({}, (_, work) => mkdirSync(join(work, 'redactions.yml'))));
    expect(lines).toEqual([expect.stringMatching(/^error: the redaction list: .*redactions\.yml is not a file; /)]);
  });
});

describe('what still builds', () => {
  it('no redactions.yml beside the bulletins and no REDACTIONS_FILE', () => {
    const b = build({});
    expect(b.status, b.log).toBe(0);
    expect(siteFiles(b.out)).toContain('/jiaxing-qingnian-gongzuo-xinxi/2023/03/1/index.html');
  });
});
