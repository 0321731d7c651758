// Which folders may be the output or cache folder (./folders.ts), over real
// temp folders standing for the project, its input and the file system root;
// no build is pointed at them.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from './index.ts';
import { checkFolders, forbidden, PROJECT_ROOT } from './folders.ts';

const work = mkdtempSync(join(tmpdir(), 'folders-'));
const root = join(work, 'project');
for (const d of ['src', 'content/bulletins', 'node_modules/.astro', 'node_modules/astro', '../archive/input']) mkdirSync(join(root, d), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
// The bulletins folder outside the project (work/archive/input), so each rule is seen on its own.
const input = join(work, 'archive', 'input');
const cfg = (env: Record<string, string> = {}) => readConfig({ BULLETINS_DIR: input, ...env });
const why = (dir: string, env: Record<string, string> = {}) => forbidden(dir, cfg(env), root);

describe('folders the build may not write to', () => {
  it('knows the repository it is in', () => {
    expect(PROJECT_ROOT).toBe(dirname(dirname(import.meta.dirname)));
  });

  it('takes ./dist and ./node_modules/.astro, and folders elsewhere', () => {
    expect(why(join(root, 'dist'))).toBeUndefined();
    expect(why(join(root, 'node_modules', '.astro'))).toBeUndefined();
    expect(why(join(work, 'elsewhere', 'site'))).toBeUndefined();
  });

  it('refuses / and the home folder or anything holding it', () => {
    expect(why('/')).toMatch(/root of the file system/);
    expect(why(homedir())).toMatch(/is your home folder/);
    if (dirname(homedir()) !== '/') expect(why(dirname(homedir()))).toMatch(/contains your home folder/);
  });

  it('refuses the bulletins folder, what holds it and what lies in it', () => {
    expect(why(input)).toMatch(/^is the bulletins folder/);
    expect(why(join(input, 'out'))).toMatch(/^lies inside the bulletins folder/);
    expect(why(join(work, 'archive'))).toMatch(/^(contains the bulletins folder|is the folder of the redaction list)/);
    expect(why(work)).toMatch(/^contains the bulletins folder/);
  });

  it('refuses a folder holding the redaction list', () => {
    const list = join(work, 'lists', 'redactions.yml');
    expect(why(join(work, 'lists'), { REDACTIONS_FILE: list })).toMatch(/^is the folder of the redaction list/);
    expect(why(join(work, 'lists', 'new'), { REDACTIONS_FILE: list })).toBeUndefined(); // inside it deletes nothing of it
    expect(why(join(work, 'lists', 'new', '..'), { REDACTIONS_FILE: list })).toMatch(/^is the folder of the redaction list/);
  });

  it('refuses the project folder, and its source and package folders but for tool caches', () => {
    expect(why(root)).toMatch(/^is the project's folder/);
    expect(why(join(root, '..', 'project'))).toMatch(/^is the project's folder/);
    expect(why(join(root, 'src'))).toMatch(/^is the project's source folder/);
    expect(why(join(root, 'src', 'pages', 'out'))).toMatch(/^lies inside the project's source folder/);
    expect(why(join(root, 'tests', 'x'))).toMatch(/^lies inside the project's source folder/);
    expect(why(join(root, 'node_modules'))).toMatch(/^is the project's packages folder/);
    expect(why(join(root, 'node_modules', 'astro'))).toMatch(/^lies inside the project's packages folder/);
  });

  it('sees through symbolic links', () => {
    symlinkSync(input, join(work, 'link'));
    expect(why(join(work, 'link'))).toMatch(/^is the bulletins folder/);
    expect(why(join(work, 'link', 'new', 'out'))).toMatch(/^lies inside the bulletins folder/);
  });

  it('names the setting, and refuses output and cache in one another', () => {
    expect(() => checkFolders(cfg({ ARCHIVE_OUT_DIR: join(root, 'src') }), root)).toThrow(/^ARCHIVE_OUT_DIR: .* is the project's source folder .*; the build replaces everything in its output folder, so set ARCHIVE_OUT_DIR to /);
    expect(() => checkFolders(cfg({ ARCHIVE_OUT_DIR: join(work, 'o'), ARCHIVE_CACHE_DIR: root }), root)).toThrow(/^ARCHIVE_CACHE_DIR: /);
    expect(() => checkFolders(cfg({ ARCHIVE_OUT_DIR: join(work, 'o'), ARCHIVE_CACHE_DIR: join(work, 'o', 'cache') }), root)).toThrow(/^ARCHIVE_CACHE_DIR: .* lies inside the output folder/);
    expect(() => checkFolders(cfg({ ARCHIVE_OUT_DIR: join(work, 'o'), ARCHIVE_CACHE_DIR: join(work, 'o') }), root)).toThrow(/^ARCHIVE_CACHE_DIR: .* is the output folder/);
    expect(() => checkFolders(cfg({ ARCHIVE_OUT_DIR: join(root, 'dist'), ARCHIVE_CACHE_DIR: join(root, 'node_modules', '.astro') }), root)).not.toThrow();
  });
});
