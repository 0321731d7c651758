// The incremental search index (SPEC §10): the seeds less one bulletin are
// built, then that bulletin is added and the archive rebuilt over the same
// output and cache folders. The rebuild keeps the base shard (reused from the
// cache, not indexed again) and indexes only the added bulletin's pages, into
// the delta shard; search over base + delta must answer exactly as the fresh
// build of all seeds in dist/ and as grep over the pages, title matches first,
// for text of the added bulletin too.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import { DIST } from '../support/site.ts';
import { buildTemp, rebuildTemp, type TempBuild } from '../support/build.ts';
import { holdsQuery, readArticles, type Article } from '../support/article-text.ts';
import { searchFaults } from '../support/search-compare.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
// Seed 004: 浙江青年工作信息 2021年第14期, the only issue of its publication.
const ADDED = '004_513619527335753d.txt';
const ADDED_PATH = '/zhejiang-qingnian-gongzuo-xinxi/2021/14/';

let built: TempBuild | undefined;
let out: string;
let firstLog: string;
let secondLog: string;
let browser: Browser;
let delta: Awaited<ReturnType<typeof serve>>;
let fresh: Awaited<ReturnType<typeof serve>>;
let articles: Article[];

/** The build's log, or the build's failure. */
function logOf(b: TempBuild): string {
  if (b.status !== 0) throw new Error(b.log);
  return b.log;
}

beforeAll(async () => {
  built = buildTemp('search-delta', (input) => cpSync(SEEDS, input, { recursive: true, filter: (src) => !src.endsWith(ADDED) }));
  firstLog = logOf(built);
  out = built.out;
  cpSync(join(SEEDS, ADDED), join(built.input, ADDED));
  secondLog = logOf(rebuildTemp(built));
  articles = readArticles(out);
  delta = await serve(out);
  fresh = await serve(DIST);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await delta?.close();
  await fresh?.close();
  built?.remove();
});

describe('rebuilding after one added bulletin', () => {
  it('reuses the base shard and indexes only the added pages, into the delta shard', () => {
    expect(firstLog).toMatch(/shards planned afresh \(no earlier plan\)/);
    const added = articles.filter((a) => a.url.startsWith(ADDED_PATH)).length;
    expect(added).toBeGreaterThan(0);
    expect(secondLog).toContain(`the last build's 1 base shard(s) kept, ${added} article(s) added since in the delta shard`);
    expect(secondLog).toMatch(/shard 1\/2 \(pagefind\/shard-1\/\): \d+ articles in [\d.]+ s \(unchanged: reused from the cache\)/);
    expect(secondLog).toMatch(new RegExp(`shard 2/2 \\(pagefind/delta/\\): ${added} articles in [\\d.]+ s\\n`));
    const file = JSON.parse(readFileSync(join(out, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] };
    expect(file.shards).toEqual(['shard-1/', 'delta/']);
    expect(existsSync(join(out, 'pagefind', 'delta', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'delta', 'chunks.json'))).toBe(true);
    // The offline copy carries the delta shard too.
    const names = Object.keys(unzipSync(readFileSync(join(out, 'offline.zip')), { filter: (f) => f.name.startsWith('pagefind/delta/') }));
    expect(names).toContain('pagefind/delta/pagefind-entry.json.js');
  });

  it('answers as the fresh build and as grep, title matches first, added text included', async () => {
    // Queries: fixed ones (亲青恋 is in the added bulletin and in a base one), text only
    // the added bulletin has, and seeded random substrings of every article's text.
    const own = articles.filter((a) => a.url.startsWith(ADDED_PATH));
    const queries: string[] = ['恋', '青', '亲青恋', '青年人才驿站', '团 委'];
    let seed = 8;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = (from: Article[]) => {
      const a = from[Math.floor(random() * from.length)]!;
      const text = [...a.texts[Math.floor(random() * a.texts.length)]!];
      const len = 2 + Math.floor(random() * 5);
      const at = Math.floor(random() * Math.max(1, text.length - len + 1));
      return text.slice(at, at + len).join('');
    };
    let onlyAdded = 0;
    for (let tries = 0; onlyAdded < 6 && tries < 500; tries++) {
      const q = pick(own);
      if (/\s/.test(q) || queries.includes(q)) continue;
      if (articles.filter((a) => holdsQuery(a, q)).every((a) => a.url.startsWith(ADDED_PATH))) {
        queries.push(q);
        onlyAdded++;
      }
    }
    expect(onlyAdded).toBe(6);
    while (queries.length < 30) {
      const q = pick(articles);
      if (!/\s/.test(q) && !queries.includes(q)) queries.push(q);
    }
    const tab = await browser.newPage();
    const other = await browser.newPage();
    await tab.goto(`${delta.url}/search/`);
    await other.goto(`${fresh.url}/search/`);
    const wrong = await searchFaults(tab, other, articles, queries, ['fresh build', 'rebuild']);
    await tab.close();
    await other.close();
    expect(wrong).toEqual([]);
  });

  it('counts filters over the base and delta shards', async () => {
    // 亲青恋: seed 000's 嘉善 and 平湖 articles (base) and seed 004's 海宁 article (delta).
    const tab = await browser.newPage();
    await tab.goto(`${delta.url}/search/?q=${encodeURIComponent('亲青恋')}`);
    await tab.locator('#search-filter-panel > summary').click();
    await tab.locator('#search-filters a').first().waitFor();
    const filters = await tab.locator('#search-filters a').allTextContents();
    expect(filters).toEqual(expect.arrayContaining(['嘉兴青年工作信息（2）', '浙江青年工作信息（1）', '2022（2）', '2021（1）']));
    await tab.close();
  });
});
