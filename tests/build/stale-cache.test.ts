// Caches that cannot go stale (issue 20): every cache of the build keys its
// entries with the code that produced them, so editing a producing module in
// a copy of the project makes the entry again, and nothing else does. Each
// cache runs against a temporary copy of this project's code (its `root`).
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseCache } from '../../src/archive/parse-cache.ts';
import { VerdictCache } from '../../src/verify/verdict-cache.ts';
import { recordMemo } from '../../src/search/record-memo.ts';
import { pageFactsMemo } from '../../src/search/page-facts.ts';
import { shardCache } from '../../src/search/shard-cache.ts';
import { openZipPack } from '../../src/offline/zip-pack.ts';
import { writeDeterministicZip } from '../../src/offline/zip.ts';
import { planPages, prewarm } from '../../src/offline/index.ts';
import { schemaSalt } from '../../src/content/loader.ts';
import { placesMemo } from '../../src/archive/places-memo.ts';

const work = mkdtempSync(join(tmpdir(), 'stale-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the project's code and lock file, as a cache sees it. */
function projectCopy(name: string): string {
  const root = join(work, name);
  for (const path of ['src', 'public/assets', 'package-lock.json']) cpSync(path, join(root, path), { recursive: true });
  return root;
}
/** Edits a module of `root` the way a developer would: its behaviour may change, so its entries must be made again. */
const edit = (root: string, module: string) => appendFileSync(join(root, module), '\n// edited\n');

describe('every cache makes its entries again after its producing code changes', () => {
  it('parse cache: an edit to the parser', async () => {
    const root = projectCopy('parse');
    let computed = 0;
    const compute = () => ({ parsed: ++computed });
    const get = () => ParseCache.open<{ parsed: number }>(join(root, 'cache'), root)!.get(['bulletin bytes'], compute);
    await get();
    await get();
    expect(computed).toBe(1);
    edit(root, 'src/parse/titles.ts');
    await get();
    expect(computed).toBe(2);
    edit(root, 'src/extract/index.ts');
    await get();
    expect(computed).toBe(3);
  });

  it('places memo: an edit to the gazetteer', () => {
    const root = projectCopy('places');
    const file = join(root, 'cache', 'places.json');
    const body = '海宁市团委开展活动。';
    const real = placesMemo(file, root).of(body, {});
    const first = placesMemo(file, root);
    first.of(body, {});
    first.save();
    // What the memo holds is what it gives: planted here, it comes back while the gazetteer is unchanged…
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { code: string; places: Record<string, string[]> };
    for (const key of Object.keys(saved.places)) saved.places[key] = ['planted'];
    writeFileSync(file, JSON.stringify(saved));
    expect(placesMemo(file, root).of(body, {})).toEqual(['planted']);
    // …and not once it changed.
    edit(root, 'src/gazetteer/places.ts');
    expect(placesMemo(file, root).of(body, {})).toEqual(real);
    expect(real.length).toBeGreaterThan(0);
  });

  it('content store entries: an edit to the schemas that validate them', () => {
    const root = projectCopy('store');
    const salt = schemaSalt(root);
    expect(schemaSalt(root)).toBe(salt);
    edit(root, 'src/archive/schema.ts');
    expect(schemaSalt(root)).not.toBe(salt);
  });

  it('no-text-lost verdicts: an edit to the check', () => {
    const root = projectCopy('verdicts');
    const file = join(root, 'cache', 'text-lost.json');
    const first = VerdictCache.open(file, root)!;
    first.passed('k');
    first.save();
    expect(VerdictCache.open(file, root)!.passedBefore('k')).toBe(true);
    edit(root, 'src/verify/text-lost.ts');
    expect(VerdictCache.open(file, root)!.passedBefore('k')).toBe(false);
  });

  it('search record memo: an edit to the token codec the browser shares', () => {
    const root = projectCopy('records');
    const cacheDir = join(root, 'cache');
    mkdirSync(cacheDir);
    const once = () => {
      const memo = recordMemo(cacheDir, root);
      const key = memo.keyOf('/a/', '<html>页</html>');
      if (memo.known(key) === undefined) memo.remember(key, 'record');
      memo.save();
      return memo.parsed();
    };
    expect(once()).toBe(1);
    expect(once()).toBe(0);
    edit(root, 'public/assets/search-codec.js');
    expect(once()).toBe(1);
  });

  it('search page facts: an edit to the code that tells an article page and its date', () => {
    const root = projectCopy('facts');
    const cacheDir = join(root, 'cache');
    const page = join(root, 'page.html');
    writeFileSync(page, '<html><body>页</body></html>');
    const once = () => {
      const memo = pageFactsMemo(cacheDir, root);
      memo.of('/a/', page);
      memo.save();
      return memo.read();
    };
    expect(once()).toBe(1);
    expect(once()).toBe(0);
    edit(root, 'src/search/sort-key.ts');
    expect(once()).toBe(1);
  });

  it('search shard cache: an edit to the indexer that runs Pagefind', async () => {
    const root = projectCopy('shards');
    let made = 0;
    const make = async (folder: string) => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'pagefind-entry.json'), String(++made));
      return made;
    };
    const bundle = (n: number) => shardCache(join(root, 'cache'), root).bundle(join(root, `out-${n}`), ['records'], make);
    expect((await bundle(1)).reused).toBe(false);
    expect((await bundle(2)).reused).toBe(true);
    edit(root, 'src/search/index-site.ts');
    expect((await bundle(3)).reused).toBe(false);
    expect(made).toBe(2);
  });

  it('offline zip pack: an edit to the zip writer', async () => {
    const root = projectCopy('zip');
    const cacheDir = join(root, 'cache');
    const entries = [{ path: 'a/index.html', bytes: () => new TextEncoder().encode('<p>共青团'.repeat(200)) }];
    const write = async (n: number) => {
      const pack = openZipPack(cacheDir, root);
      const file = join(root, `offline-${n}.zip`);
      await writeDeterministicZip(file, entries, pack.stored);
      pack.save(file);
      return pack.hits();
    };
    expect(await write(1)).toBe(0);
    expect(await write(2)).toBe(1);
    edit(root, 'src/offline/zip.ts');
    expect(await write(3)).toBe(0);
  });

  it('offline page rewrites: an edit to the page rewriter', async () => {
    const root = projectCopy('pages');
    const outDir = join(root, 'site');
    const cacheDir = join(root, 'cache');
    mkdirSync(join(outDir, 'a'), { recursive: true });
    writeFileSync(join(outDir, 'a', 'index.html'), '<!doctype html><html lang="zh-CN"><head><title>页</title></head><body><a href="../">上</a></body></html>');
    const missing = () => planPages(outDir, cacheDir, root).missing;
    await prewarm(outDir, cacheDir, { pages: missing(), files: [], unknown: [], code: '' });
    expect(missing()).toEqual([]);
    edit(root, 'src/offline/rewrite-html.ts');
    expect(missing().map(([path]) => path)).toEqual(['a/index.html']);
    expect(readFileSync(join(root, 'src/offline/rewrite-html.ts'), 'utf8')).toMatch(/\/\/ edited\n$/);
  });
});
