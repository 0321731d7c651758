// The sharded search index (SPEC §6, §10): the seeds built again with one
// bulletin a shard (ARCHIVE_SEARCH_SHARD_BULLETINS=1, four Pagefind runs merged
// in the browser), and exact search checked over the merged index — random
// substrings and one-character queries against grep over the pages, the same
// answers as the one-shard build in dist/, title-first, filters with counts
// summed over shards, date order across shards — online and from disk; and
// the offline copy saying plainly when its index cannot load.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import { DIST } from '../support/site.ts';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { holdsQuery, readArticles, titleHolds, type Article } from '../support/article-text.ts';
import { paths, search, searchFaults } from '../support/search-compare.ts';

const J22 = '/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/';
const J23 = '/jiaxing-qingnian-gongzuo-xinxi/2023/03/';

let built: TempBuild | undefined;
let out: string;
let offline: string;
let browser: Browser;
let tab: Page;
let sharded: Awaited<ReturnType<typeof serve>>;
let single: Awaited<ReturnType<typeof serve>>;
let articles: Article[];

beforeAll(async () => {
  built = buildTemp('search-shards', (input) => cpSync('content/bulletins', input, { recursive: true }), { env: { ARCHIVE_SEARCH_SHARD_BULLETINS: '1' } });
  if (built.status !== 0) throw new Error(built.log);
  out = built.out;
  offline = join(built.work, 'offline');
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(out, 'offline.zip'))))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(offline, path)), { recursive: true });
    writeFileSync(join(offline, path), bytes);
  }
  articles = readArticles(out);
  sharded = await serve(out);
  single = await serve(DIST);
  browser = await launchChromium();
  tab = await browser.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await sharded?.close();
  await single?.close();
  built?.remove();
});

describe('the sharded build', () => {
  it('wrote four shards, one a bulletin, and the browser merges them', () => {
    const file = JSON.parse(readFileSync(join(out, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] };
    expect(file.shards).toEqual(['shard-1/', 'shard-2/', 'shard-3/', 'shard-4/']);
    for (const dir of ['', ...file.shards]) expect(existsSync(join(out, 'pagefind', dir, 'pagefind-entry.json'))).toBe(true);
    // One wasm for all: the titles index's (pagefind/), which merged shards use.
    expect(existsSync(join(out, 'pagefind', 'wasm.unknown.pagefind'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'shard-1', 'wasm.unknown.pagefind'))).toBe(false);
  });
});

describe('exact search over the merged index', () => {
  it('answers random substrings and single characters exactly as grep does, and as the one-shard build', async () => {
    // Seeded PRNG: substrings of 1–6 characters of the pages' own text.
    let seed = 45;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const queries: string[] = ['恋', '亲青恋', '青年人才驿站'];
    while (queries.length < 40) {
      const a = articles[Math.floor(random() * articles.length)]!;
      const text = [...a.texts[Math.floor(random() * a.texts.length)]!];
      const len = 1 + Math.floor(random() * 6);
      if (text.length < len) continue;
      const at = Math.floor(random() * (text.length - len + 1));
      const q = text.slice(at, at + len).join('');
      if (!/\s/.test(q)) queries.push(q);
    }
    const other = await browser.newPage();
    await tab.goto(`${sharded.url}/search/`);
    await other.goto(`${single.url}/search/`);
    const wrong = await searchFaults(tab, other, articles, queries, ['one shard', 'four']);
    await other.close();
    expect(wrong).toEqual([]);
  });

  it('counts filters over every shard and narrows by district', async () => {
    // 青年人才驿站: the four 2022 county articles (嘉善, 平湖, 海宁, 桐乡) and 2023/03/2 (嘉善), in two shards.
    await tab.goto(`${sharded.url}/search/?q=${encodeURIComponent('青年人才驿站')}`);
    await tab.locator('#search-filter-panel > summary').click();
    await tab.locator('#search-filters a').first().waitFor();
    const filters = await tab.locator('#search-filters a').allTextContents();
    expect(filters).toEqual(expect.arrayContaining(['嘉兴青年工作信息（5）', '2022（4）', '2023（1）', '嘉善县（2）', '平湖市（1）']));
    await tab.locator('#search-filters a', { hasText: '嘉善县（2）' }).click();
    await tab.waitForURL((u) => u.searchParams.get('地区') === '嘉善县');
    await tab.locator('#search-results li').first().waitFor();
    const got = await tab.locator('#search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(got.sort()).toEqual([`${J22}1/`, `${J23}2/`].sort());
  });

  it('sorts by date across shards, newest first', async () => {
    await tab.goto(`${sharded.url}/search/?q=${encodeURIComponent('青年人才驿站')}&sort=date`);
    await tab.locator('#search-results li').first().waitFor();
    const got = await tab.locator('#search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(got).toHaveLength(5);
    expect(got[0]).toBe(`${J23}2/`);
  });
});

describe('the first screen', () => {
  // The rank, from the pages themselves: titles holding every word first, then newest first (date, then URL, descending).
  const place = (a: Article) => `${a.date}!${a.url}`;
  const newest = (a: Article, b: Article) => (place(a) < place(b) ? 1 : place(a) > place(b) ? -1 : 0);
  const ranked = (q: string, sort: 'relevance' | 'date') =>
    articles
      .filter((a) => holdsQuery(a, q))
      .sort((a, b) => (sort === 'date' ? 0 : Number(titleHolds(b, q)) - Number(titleHolds(a, q))) || newest(a, b))
      .map((a) => a.url);
  const shown = (page: Page) => page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('shows what archiveSearch ranks first, title matches first, opening only the newest shards it needs', async () => {
    const file = JSON.parse(readFileSync(join(out, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[]; ranges: [string, string][] };
    const newestFirst = file.shards
      .map((dir, i) => ({ dir: dir.slice(0, -1), top: file.ranges[i]![0] }))
      .sort((a, b) => (a.top < b.top ? 1 : -1))
      .map((s) => s.dir);
    const opened: Record<string, number> = {};
    for (const sort of ['relevance', 'date'] as const) {
      for (const q of ['青年', '亲青恋', '青年人才驿站', '团', '工作 青年', '嘉善']) {
        const expected = ranked(q, sort);
        const page = await browser.newPage();
        const metas: string[] = [];
        page.on('request', (r) => {
          const m = /\/pagefind\/(shard-\d+)\/[^/]+\.pf_meta$/.exec(r.url());
          if (m) metas.push(m[1]!);
        });
        await page.goto(`${sharded.url}/search/?q=${encodeURIComponent(q)}${sort === 'date' ? '&sort=date' : ''}`);
        await page
          .locator('#search-results li')
          .nth(Math.min(5, expected.length) - 1)
          .waitFor();
        expect(await shown(page), `${q} (${sort})`).toEqual(expected.slice(0, 5));
        // The shards opened are the newest ones, in order.
        expect(metas.sort(), `${q} (${sort})`).toEqual(newestFirst.slice(0, metas.length).sort());
        opened[`${q} ${sort}`] = metas.length;
        if (sort === 'relevance') expect(paths(await search(page, q)), q).toEqual(expected);
        if (expected.length > 5) {
          // Pressed in the page: scrolling may already have shown every result and removed the button.
          await page.evaluate(() => document.querySelector<HTMLButtonElement>('button.more')?.click());
          await page
            .locator('#search-results li')
            .nth(Math.min(10, expected.length) - 1)
            .waitFor();
          // Scrolling may show a third page by itself: what is shown is the rank's first ten or more.
          const got = await shown(page);
          expect(got.length, `${q} (${sort})`).toBeGreaterThanOrEqual(Math.min(10, expected.length));
          expect(got, `${q} (${sort}), second page`).toEqual(expected.slice(0, got.length));
        }
        await page.close();
      }
    }
    // Some first screens need fewer than all four shards (title matches alone, or the newest shard).
    expect(
      Object.values(opened).some((n) => n < 4),
      JSON.stringify(opened),
    ).toBe(true);
  });
});

describe('result ids shared by two shards', () => {
  it('tells such results apart by their fragment and still answers exactly', async () => {
    // Pagefind's ids are unique within a run only; the build lists ids found in two
    // shards. Force the case: list every id of two shards as shared.
    const file = join(out, 'pagefind', 'shards.json');
    const shards = JSON.parse(readFileSync(file, 'utf8')) as { table: { collisions: string[] } };
    for (const dir of ['shard-1/fragment', 'shard-2/fragment']) for (const name of readdirSync(join(out, 'pagefind', dir))) shards.table.collisions.push(name.replace(/\.pf_fragment$/, ''));
    writeFileSync(file, JSON.stringify(shards));
    const page = await browser.newPage();
    await page.goto(`${sharded.url}/search/?q=${encodeURIComponent('青年人才驿站')}&sort=date`);
    await page.locator('#search-results li').first().waitFor();
    for (const q of ['亲青恋', '青年人才驿站', '恋', '团 委']) {
      const got = paths(await search(page, q)).sort();
      expect(got, q).toEqual(
        articles
          .filter((a) => holdsQuery(a, q))
          .map((a) => a.url)
          .sort(),
      );
    }
    expect((await page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))[0]).toBe(`${J23}2/`);
    await page.close();
  });
});

describe('the sharded offline copy', () => {
  it('searches every shard from disk in Chromium', async () => {
    const page = await browser.newPage();
    const root = pathToFileURL(`${offline}/`).href;
    await page.goto(`${root}search/index.html?q=${encodeURIComponent('亲青恋')}`);
    await page.locator('#search-results li').first().waitFor();
    const got = await search(page, '亲青恋');
    // 亲青恋: seed 000's 嘉善 and 平湖 articles and seed 004's 海宁 article, three shards.
    expect(got.map((h) => h.url.slice(root.length)).sort()).toEqual([`${J22.slice(1)}1/index.html`, `${J22.slice(1)}2/index.html`, 'zhejiang-qingnian-gongzuo-xinxi/2021/14/3/index.html']);
    // 青年: a first screen of title matches, read from the titles index and the shards' fragments on disk.
    await page.goto(`${root}search/index.html?q=${encodeURIComponent('青年')}`);
    await page.locator('#search-results li .excerpt mark').nth(4).waitFor();
    const links = await page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(5);
    for (const href of links) expect(href.startsWith(root) && new URL(href).pathname.endsWith('/index.html'), href).toBe(true);
    await page.close();
  });

  it('says plainly that search cannot run when its index cannot load, and offers the browse pages', async () => {
    rmSync(join(offline, 'pagefind', 'pagefind.classic.js')); // as if the browser refused the script-loaded index
    const page = await browser.newPage();
    const root = pathToFileURL(`${offline}/`).href;
    await page.goto(`${root}search/index.html?q=${encodeURIComponent('亲青恋')}`);
    await page.locator('#offline-browse').waitFor();
    expect(await page.locator('#offline-browse').innerText()).toBe('离线版检索在此浏览器中无法运行。可以按刊物、年份或地区浏览全部文章。');
    await page.waitForFunction(() => /检索无法运行/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').innerText()).toBe('检索无法运行：浏览器未能载入检索索引。可以按刊物、年份或地区浏览全部文章。');
    expect(await page.locator('#search-results li').count()).toBe(0);
    for (const scope of ['#offline-browse', '#search-status']) {
      const links = await page.locator(`${scope} a`).evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
      expect(links.map(([t]) => t)).toEqual(['刊物', '年份', '地区']);
      for (const [, href] of links) {
        const file = fileURLToPath(href!);
        expect(existsSync(file) && statSync(file).isFile(), href!).toBe(true);
      }
    }
    await page.close();
  });
});
