// End to end in real Chromium over the built seed archive: browse from the
// home page to an article, then find articles through /search/?q=亲青恋.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChromium } from '../support/site-in-chromium.ts';

// Ground truth read off the seeds: 亲青恋 occurs in seed 000's 嘉善 and 平湖
// articles (lines 14, 22) and in seed 004's 海宁 article (lines 75, 81).
const QINQINGLIAN = ['/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/1/', '/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/2/', '/zhejiang-qingnian-gongzuo-xinxi/2021/14/3/'];

const site = siteInChromium();
let tab: Page;
const offsite: string[] = [];

beforeAll(async () => {
  tab = await site.browser.newPage();
  tab.on('request', (r) => {
    if (!r.url().startsWith(site.server.url)) offsite.push(r.url());
  });
});

describe('browsing', () => {
  it('opens an article from the home page through publication and issue', async () => {
    await tab.goto(`${site.server.url}/`);
    await tab.getByRole('link', { name: '浙江青年工作信息' }).first().click();
    await tab.waitForURL('**/zhejiang-qingnian-gongzuo-xinxi/');
    await tab.getByRole('link', { name: '2021年第14期' }).click();
    await tab.waitForURL('**/zhejiang-qingnian-gongzuo-xinxi/2021/14/');
    await tab.locator('.article-list').getByRole('link', { name: '团海宁市委“三化”推进青年交友工作' }).click();
    await tab.waitForURL('**/zhejiang-qingnian-gongzuo-xinxi/2021/14/3/');
    expect(await tab.locator('h1').textContent()).toBe('团海宁市委“三化”推进青年交友工作');
    expect(await tab.locator('#p1').count()).toBe(1);
    // Styles applied: the stylesheet loaded through its relative link.
    const border = await tab.locator('.site-header').evaluate((e) => getComputedStyle(e).borderBottomStyle);
    expect(border).toBe('solid');
  });

  it('reaches the district page from the article', async () => {
    await tab.locator('.facts').getByRole('link', { name: '海宁市', exact: true }).click();
    await tab.waitForURL('**/districts/330481/');
    expect(await tab.locator('h1').textContent()).toContain('海宁市');
  });
});

describe('search', () => {
  it('finds every 亲青恋 article through /search/?q=亲青恋 and opens one', async () => {
    await tab.goto(`${site.server.url}/search/?q=${encodeURIComponent('亲青恋')}`);
    await tab.locator('#search-results li').first().waitFor();
    const hrefs = await tab.locator('#search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect([...hrefs].sort()).toEqual([...QINQINGLIAN].sort());
    await tab.locator('#search-results li > a').first().click();
    await tab.waitForURL((u) => QINQINGLIAN.includes(u.pathname));
    expect(await tab.locator('.body').innerText()).toContain('亲青恋');
  });

  it('window.archiveSearch returns the same results, all of them, as {url, title}', async () => {
    await tab.goto(`${site.server.url}/search/`);
    const results = await tab.evaluate(async () => (window as unknown as { archiveSearch: (q: string) => Promise<{ url: string; title: string }[]> }).archiveSearch('亲青恋'));
    expect(results.map((r) => new URL(r.url).pathname).sort()).toEqual([...QINQINGLIAN].sort());
    for (const r of results) expect(r.title.length).toBeGreaterThan(4);
  });

  it('the search box on any page leads to the search page with the query', async () => {
    await tab.goto(`${site.server.url}/districts/`);
    await tab.locator('#site-q').fill('青年之家');
    await tab.locator('#site-q').press('Enter');
    await tab.waitForURL('**/search/?q=*');
    expect(new URL(tab.url()).searchParams.get('q')).toBe('青年之家');
    await tab.locator('#search-results li').first().waitFor();
  });

  it('Pagefind indexes the issue pages too, an index per publication beside the article search', async () => {
    await tab.goto(`${site.server.url}/`);
    const found = await tab.evaluate(async () => {
      const load = new Function('u', 'return import(u)') as (u: string) => Promise<{ options(o: object): Promise<void>; mergeIndex(u: string): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> }>;
      const pagefind = await load('/pagefind/pagefind.js');
      await pagefind.options({ basePath: '/pagefind/' });
      await pagefind.mergeIndex('/pagefind/issues/zhejiang-qingnian-gongzuo-xinxi/');
      const { results } = await pagefind.search('亲青恋');
      return Promise.all(results.map(async (r) => (await r.data()).url));
    });
    expect(found).toContain('/zhejiang-qingnian-gongzuo-xinxi/2021/14/');
    expect(found.every((url) => url.startsWith('/zhejiang-qingnian-gongzuo-xinxi/'))).toBe(true);
  });

  it('requested nothing outside the site', () => {
    expect(offsite).toEqual([]);
  });
});
