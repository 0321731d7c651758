import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bySegments, filesUnder } from './files-under.ts';

const root = mkdtempSync(join(tmpdir(), 'files-under-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists files, not folders, in the order of a depth-first walk of sorted folders', () => {
    for (const f of ['a-b.html', 'a/x.html', 'a/b/y.txt', 'b.html', 'Z.txt', '文/一.html']) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      writeFileSync(join(root, f), f);
    }
    mkdirSync(join(root, 'empty'));
    // '-' sorts before '/' in plain string order, so a plain sort would put a-b.html before a/…
    expect(filesUnder(root)).toEqual(['Z.txt', 'a/b/y.txt', 'a/x.html', 'a-b.html', 'b.html', '文/一.html']);
  });
});

describe('bySegments', () => {
  it('orders a shorter path that is a prefix first', () => {
    expect(['a/b/c', 'a/b', 'a'].sort(bySegments)).toEqual(['a', 'a/b', 'a/b/c']);
  });
});
