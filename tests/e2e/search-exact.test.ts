// Exact search in real Chromium: a phrase across a rejoined page break (own
// build of a parser fixture), the district filter, date sort, the empty state,
// and a result opening at its paragraph with the whole query marked.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import { DIST } from '../support/site.ts';
import { holdsQuery, readArticles } from '../support/article-text.ts';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { panelCounts, yearCounts } from '../support/search-compare.ts';

const J22 = '/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/';
const J23 = '/jiaxing-qingnian-gongzuo-xinxi/2023/03/';
let browser: Browser;
let tab: Page;
let seeds: Awaited<ReturnType<typeof serve>>;
let fixture: Awaited<ReturnType<typeof serve>>;
let built: TempBuild | undefined;

const paths = (t: Page) => t.locator('#search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

beforeAll(async () => {
  // running-headers.txt: line 16 ends "…获得感和", a page number and running header follow, line 21 goes on "幸福感。".
  built = buildTemp('search-exact', (input) => copyFileSync('src/parse/fixtures/running-headers.txt', join(input, 'running-headers.txt')));
  if (built.status !== 0) throw new Error(built.log);
  seeds = await serve(DIST);
  fixture = await serve(built.out);
  browser = await launchChromium();
  tab = await browser.newPage();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await seeds?.close();
  await fixture?.close();
  built?.remove();
});

describe('exact search', () => {
  it('finds a phrase the parser rejoined across a page break and opens it marked in its paragraph', async () => {
    await tab.goto(`${fixture.url}/search/?q=${encodeURIComponent('感和幸福')}`);
    await tab.locator('#search-results li').first().waitFor();
    expect(await tab.locator('#search-results li').count()).toBe(1);
    expect(await tab.locator('#search-results mark').first().textContent()).toBe('感和幸福');
    const href = await tab.locator('#search-results li > a').getAttribute('href');
    expect(new URL(href!).hash).toBe('#p1');
    expect(new URL(href!).searchParams.get('q')).toBe('感和幸福');
    await tab.locator('#search-results li > a').click();
    await tab.locator('#p1 mark').first().waitFor();
    expect(await tab.locator('#p1 mark').allTextContents()).toEqual(['感和幸福']);
    // Scrolled there: the paragraph is in the viewport.
    expect(
      await tab.locator('#p1').evaluate((p) => {
        const r = p.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }),
    ).toBe(true);
  });

  it('narrows by district: 青年人才驿站 in 嘉善县 is the two 嘉善 articles', async () => {
    // 青年人才驿站 occurs in the four 2022 county articles (嘉善, 平湖, 海宁, 桐乡) and in 2023/03/2 (嘉善).
    await tab.goto(`${seeds.url}/search/?q=${encodeURIComponent('青年人才驿站')}`);
    await tab.locator('#search-results li').first().waitFor();
    expect((await paths(tab)).sort()).toEqual([`${J22}1/`, `${J22}2/`, `${J22}3/`, `${J22}4/`, `${J23}2/`].sort());
    // The counts load when the panel is opened (keyboard: its summary is a button).
    expect(await tab.locator('#search-filter-panel').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await tab.locator('#search-filters a').count()).toBe(0);
    await tab.locator('#search-filter-panel > summary').focus();
    await tab.keyboard.press('Enter');
    await tab.locator('#search-filters a', { hasText: '嘉善县（2）' }).click();
    await tab.waitForURL((u) => u.searchParams.get('地区') === '嘉善县');
    await tab.locator('#search-results li').first().waitFor();
    expect((await paths(tab)).sort()).toEqual([`${J22}1/`, `${J23}2/`].sort());
    // With a filter in use the panel is open and shows it chosen.
    await tab.locator('#search-filters a.active', { hasText: '嘉善县' }).waitFor();
  });

  it('shows five results, and five more as the reader scrolls to the end or presses 显示更多结果', async () => {
    // 青年: in more than ten seed articles (grep over the built pages); each shown result costs its fragment.
    const total = readArticles(DIST).filter((a) => holdsQuery(a, '青年')).length;
    expect(total).toBeGreaterThan(10);
    const phone = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const fragments: string[] = [];
    // Article fragments (a shard's); the titles index's group fragment (pagefind/fragment/) is one more.
    phone.on('request', (r) => void (/\/pagefind\/(shard-\d+|delta)\/fragment\/.*\.pf_fragment$/.test(r.url()) && fragments.push(r.url())));
    await phone.goto(`${seeds.url}/search/?q=${encodeURIComponent('青年')}`);
    await phone.locator('#search-results li').first().waitFor();
    await phone.waitForLoadState('networkidle');
    const items = phone.locator('#search-results li');
    expect(await items.count()).toBe(5);
    expect(fragments).toHaveLength(5);
    await phone.locator('button.more').scrollIntoViewIfNeeded();
    await items.nth(9).waitFor();
    expect(fragments).toHaveLength(10);
    // By keyboard: the button shows the rest (up to five) and moves focus to the first of them.
    await phone.locator('button.more').focus();
    await phone.keyboard.press('Enter');
    await items.nth(Math.min(15, total) - 1).waitFor();
    expect(await phone.evaluate(() => document.activeElement === document.querySelectorAll('#search-results li > a')[10])).toBe(true);
    if (total <= 15) expect(await phone.locator('button.more').count()).toBe(0);
    expect(await phone.locator('#search-results li').evaluateAll((lis) => lis.every((li) => li.querySelector('.excerpt mark')))).toBe(true);
    await phone.close();
  });

  it('sorts by date, newest first', async () => {
    await tab.goto(`${seeds.url}/search/?q=${encodeURIComponent('青年人才驿站')}&sort=date`);
    await tab.locator('#search-results li').first().waitFor();
    const got = await paths(tab);
    expect(got[0]).toBe(`${J23}2/`);
    expect(got.slice(1).every((p) => p.startsWith(J22))).toBe(true);
  });

  it('does not join words across a space: 企业娘家人 服务门对门 holds 娘家人, not 家人服务', async () => {
    // Found from a few of a word's pair tokens (wordCover), a match spanning the space would need the separator token to be missing.
    await tab.goto(`${seeds.url}/search/`);
    const articles = readArticles(DIST);
    for (const q of ['娘家人', '服务门对门', '家人服务', '娘家人服务门']) {
      const got = ((await tab.evaluate((query) => (window as unknown as { archiveSearch: (q: string) => Promise<{ url: string }[]> }).archiveSearch(query), q)) as { url: string }[]).map((r) => new URL(r.url).pathname).sort();
      const truth = articles
        .filter((a) => holdsQuery(a, q))
        .map((a) => a.url)
        .sort();
      expect(got, q).toEqual(truth);
      expect(got.length > 0, q).toBe(!q.includes('服务') || q === '服务门对门');
    }
  });

  it('counts by filter from Pagefind for broad queries, a word of a title among them', async () => {
    // The seeds have 12 articles: below the 40 results from which counts come
    // from Pagefind's filter files rather than the page table. The page's
    // entry script is replaced by one that starts the same search page
    // (search-page.js, as built) with that bound at 0, so the seeds take the
    // Pagefind branch.
    const entry = "import { searchPage } from './search-page.js'; searchPage({ tableCountsUpTo: 0 });";
    const articles = readArticles(DIST);
    // A word found only in titles (each text holding it is a title line): the title is indexed as text too.
    const titleOnly = articles
      .flatMap((a) => a.title.split(/\s+/).flatMap((run) => [...run].map((_, i, cs) => cs.slice(i, i + 3).join(''))))
      .find((w) => w.length === 3 && articles.some((b) => holdsQuery(b, w)) && articles.every((b) => b.texts.filter((t) => t.includes(w)).every((t) => b.title.replace(/\s+/g, '').includes(t.replace(/\s+/g, '')))));
    expect(titleOnly).toBeTruthy();
    const tab2 = await browser.newPage();
    await tab2.route('**/assets/search.js', (route) => route.fulfill({ contentType: 'text/javascript', body: entry }));
    const filterFiles: string[] = [];
    tab2.on('request', (r) => r.url().endsWith('.pf_filter') && filterFiles.push(r.url()));
    for (const q of ['青年', '志愿服务', titleOnly!]) {
      await tab2.goto(`${seeds.url}/search/?q=${encodeURIComponent(q)}`);
      await tab2.locator('#search-results li').first().waitFor();
      await tab2.locator('#search-filter-panel > summary').click();
      await tab2.locator('#search-filters a').first().waitFor();
      expect((await panelCounts(tab2)).年份, q).toEqual(yearCounts(articles, q));
    }
    expect(filterFiles.length, "the counts came from Pagefind's filter files").toBeGreaterThan(0);
    await tab2.close();
  });

  it('shows the article’s own text in the excerpt: full-width punctuation stays full-width', async () => {
    // A seed says "平湖作为县域经济百强县，连续多年实施“经济创新”工程，在高质量发展上走在前列": the
    // index holds its NFKC form (，→ ,), the excerpt must not.
    await tab.goto(`${seeds.url}/search/?q=${encodeURIComponent('连续多年实施')}`);
    const excerpt = tab.locator('#search-results li .excerpt', { hasText: '连续多年实施' }).first();
    await excerpt.waitFor();
    const shown = (await excerpt.innerText()).trim();
    expect(shown).toContain('县，连续多年实施“经济创新”工程，');
    expect(await excerpt.locator('mark').allInnerTexts()).toContain('连续多年实施');
    // Every character shown is the source's own, line breaks aside.
    const source = readdirSync('content/bulletins')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join('content/bulletins', f), 'utf8').replace(/\r?\n/g, ''))
      .join('\n');
    for (const part of shown.split('…').filter(Boolean)) expect(source).toContain(part);
  });

  it('says plainly when nothing matches and offers a way on', async () => {
    await tab.goto(`${seeds.url}/search/?q=${encodeURIComponent('亲青恋 火星基地')}`);
    await tab.waitForFunction(() => /没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await tab.locator('#search-results li').count()).toBe(0);
    const status = await tab.locator('#search-status').innerText();
    expect(status).toContain('没有找到包含“亲青恋 火星基地”的文章');
    expect(await tab.locator('#search-status a').count()).toBeGreaterThan(0);
  });
});
