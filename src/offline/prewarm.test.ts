// Work ahead of the zip (what two worker threads do in a fresh build): the zip
// it gives is the zip written without it, byte for byte, and the zip takes
// the entries made ahead instead of making them again.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aheadWork, buildOfflineZip, planPages, prewarm, takeAhead } from './index.ts';
import { sha1 } from '../files/known-hashes.ts';

const work = mkdtempSync(join(tmpdir(), 'prewarm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small built site: the home page, a page, the loader, a file beside a page, Pagefind's files. */
function site(name: string): string {
  const out = join(work, name);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><html lang="zh-CN"><head><title>首页</title></head><body><a href="a/">甲</a><span data-offline-size=""></span></body></html>',
    'a/index.html': '<!doctype html><html lang="zh-CN"><head><title>甲</title></head><body><a href="../">首页</a></body></html>',
    'a/cite.bib': '@article{a, title={甲}}\n',
    'assets/pagefind-offline.js': 'window.offlineLoaded = true;\n',
    'pagefind/pagefind.js': 'export const search = () => [];\n',
    'pagefind/pagefind-entry.json': '{"version":"1.6.0"}',
    'pagefind/fragment/x.pf_fragment': 'fragment bytes',
    'pagefind/issues/pagefind-entry.json': '{}',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  return out;
}

describe('entries made ahead of the zip', () => {
  it('give the zip written without them, byte for byte, and are taken as made', async () => {
    const plain = site('plain');
    const plainPlan = planPages(plain, join(work, 'plain-cache'));
    await buildOfflineZip(plain, join(work, 'plain-cache'), plainPlan);

    const ahead = site('ahead');
    const cache = join(work, 'ahead-cache');
    const plan = planPages(ahead, cache);
    // Every file but the pages and the loader (made by the zip), and none of the issue pages' index: none known yet, read ahead.
    expect([...plan.unknown].sort()).toEqual(['a/cite.bib', 'pagefind/fragment/x.pf_fragment', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js']);
    const done = await Promise.all(aheadWork(plan, 2).map((work, part) => prewarm(ahead, cache, work, part)));
    expect(done[0]!.pages + done[1]!.pages).toBe(2);
    takeAhead(ahead, plan, done);
    expect(plan.made.size).toBe(4);
    // Were the zip to make an entry again, it would read its file: gone, the build would fail.
    rmSync(join(ahead, 'pagefind/fragment/x.pf_fragment'));
    rmSync(join(ahead, 'a/cite.bib'));
    await buildOfflineZip(ahead, cache, plan);
    expect(readFileSync(join(ahead, 'offline.zip')).equals(readFileSync(join(plain, 'offline.zip')))).toBe(true);
  });

  it('keys pages by the hashes the search index read, without reading them again', () => {
    const out = site('hashes-given');
    const read = planPages(out, join(work, 'hashes-read-cache'));
    expect(read.hashes.read()).toBe(2); // both pages read for their keys
    const given = planPages(out, join(work, 'hashes-given-cache'), process.cwd(), new Map([...read.keys.keys()].map((path) => [path, sha1(readFileSync(join(out, path)))])));
    expect(given.hashes.read()).toBe(0);
    expect([...given.keys]).toEqual([...read.keys]);
  });
});
