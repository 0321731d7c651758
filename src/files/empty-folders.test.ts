import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeEmptyFolders } from './empty-folders.ts';

const work = mkdtempSync(join(tmpdir(), 'empty-folders-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('removeEmptyFolders', () => {
  it('removes the emptied folders above a removed file, up to one that still holds something, never the root', () => {
    const root = join(work, 'out');
    mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'a', 'kept.txt'), '留');
    removeEmptyFolders(join(root, 'a', 'b', 'c', 'gone.html'), root);
    expect(existsSync(join(root, 'a', 'b'))).toBe(false);
    expect(existsSync(join(root, 'a', 'kept.txt'))).toBe(true);

    mkdirSync(join(root, 'd'), { recursive: true });
    rmSync(join(root, 'a'), { recursive: true });
    removeEmptyFolders(join(root, 'd', 'gone.html'), `${root}/`);
    expect(existsSync(join(root, 'd'))).toBe(false);
    expect(existsSync(root)).toBe(true); // emptied, but the root stays
  });
});
