// Usable by keyboard alone (SPEC §9): from the top of an article page, Tab
// reaches a paragraph's copy-link control and the search box; typing a query
// and Enter searches; Tab reaches the first result and Enter opens it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChromium } from '../support/site-in-chromium.ts';

const ARTICLE = '/zhejiang-qingnian-gongzuo-xinxi/2021/14/3/';
// Seed 004 lines 75 and 81 (海宁 article) and seed 000 lines 14 and 22 mention 亲青恋.
const QINQINGLIAN = ['/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/1/', '/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/2/', '/zhejiang-qingnian-gongzuo-xinxi/2021/14/3/'];

const site = siteInChromium();
let tab: Page;

beforeAll(async () => {
  tab = await site.browser.newPage();
});

/** Press Tab until the focused element matches `selector`; returns the number of presses. */
async function tabTo(selector: string, max = 60): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await tab.keyboard.press('Tab');
    if (await tab.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

describe('keyboard only', () => {
  it('reaches a copy-link control of the article', async () => {
    await tab.goto(`${site.server.url}${ARTICLE}`);
    const controls = await tab.locator('.copy-link').count();
    expect(controls, 'article pages carry .copy-link controls').toBeGreaterThan(0);
    const presses = await tabTo('.copy-link');
    console.log(`keyboard: first .copy-link reached after ${presses} Tab presses`);
    const visible = await tab.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    expect(visible, 'the focused copy-link is visible').toBe(true);
  });

  it('searches from the article page and opens the first result', async () => {
    await tab.goto(`${site.server.url}${ARTICLE}`);
    const toBox = await tabTo('#site-q');
    await tab.keyboard.type('亲青恋');
    await tab.keyboard.press('Enter');
    await tab.waitForURL('**/search/?q=*');
    await tab.locator('#search-results li').first().waitFor();
    const toResult = await tabTo('#search-results li > a');
    console.log(`keyboard: search box after ${toBox} Tab presses, first result after ${toResult} more`);
    const first = await tab.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
    expect(QINQINGLIAN).toContain(first);
    await tab.keyboard.press('Enter');
    await tab.waitForURL((u) => u.pathname === first);
    expect(await tab.locator('.body').innerText()).toContain('亲青恋');
  });
});
