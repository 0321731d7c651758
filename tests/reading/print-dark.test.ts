// Print and dark styles apply, and the light/dark switch works by keyboard
// and is remembered (localStorage, so it works without a server), in real
// Chromium with emulated media.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChromium } from '../support/site-in-chromium.ts';

const ARTICLE = '/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/';
const ISSUE = '/jiaxing-qingnian-gongzuo-xinxi/2023/03/';

const site = siteInChromium();
let tab: Page;

beforeAll(async () => {
  tab = await site.browser.newPage();
});

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const colours = () => tab.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, fg: getComputedStyle(document.body).color }));
const shown = (selector: string) => tab.evaluate((s) => [...document.querySelectorAll(s)].some((e) => e.checkVisibility()), selector);

describe('print', () => {
  it('prints an article as title, facts and body: no navigation, search box, switch or copy-link controls', async () => {
    await tab.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await tab.goto(`${site.server.url}${ARTICLE}`);
    for (const s of ['.site-header', '.search-box', 'nav', '.copy-link', '.theme-toggle', '.site-footer', '.pager']) expect(await shown(s), s).toBe(false);
    for (const s of ['.article-title h1', '.body p', '.body h2']) expect(await shown(s), s).toBe(true);
    // Black on white on paper even when the screen is dark.
    const { bg, fg } = await colours();
    expect(luminance(bg)).toBeGreaterThan(0.9);
    expect(luminance(fg)).toBeLessThan(0.05);
    expect(await tab.evaluate(() => getComputedStyle(document.querySelector('.body p')!).fontFamily)).toMatch(/serif/i);
  });
  it('prints an issue with its masthead, contents and distribution footer', async () => {
    await tab.goto(`${site.server.url}${ISSUE}`);
    for (const s of ['.masthead', '.contents', '.distribution']) expect(await shown(s), s).toBe(true);
    for (const s of ['.site-header', '.breadcrumbs', '.downloads', '.pager']) expect(await shown(s), s).toBe(false);
    // The publication's name in the masthead prints red, like the printed 红头.
    const red = await tab.evaluate(() => getComputedStyle(document.querySelector('.masthead-name')!).color);
    const [r, g, b] = red.match(/\d+/g)!.map(Number);
    expect(r! > 150 && g! < 60 && b! < 60, red).toBe(true);
  });
});

describe('dark', () => {
  it('follows the system scheme without scripts', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    const { bg, fg } = await page.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, fg: getComputedStyle(document.body).color }));
    expect(luminance(bg)).toBeLessThan(0.05);
    expect(luminance(fg)).toBeGreaterThan(0.6);
    // The switch needs the script: without it, it stays hidden.
    expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
    await context.close();
  });

  it('the switch works by keyboard, is announced as pressed, and is remembered across pages', async () => {
    await tab.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await tab.goto(`${site.server.url}/`);
    expect(luminance((await colours()).bg)).toBeGreaterThan(0.8);
    let n = 0;
    while (!(await tab.evaluate(() => document.activeElement?.id === 'theme-toggle'))) {
      await tab.keyboard.press('Tab');
      if (++n > 20) throw new Error('Tab never reached the switch');
    }
    await tab.keyboard.press('Enter');
    expect(await tab.getAttribute('#theme-toggle', 'aria-pressed')).toBe('true');
    let { bg, fg } = await colours();
    expect(luminance(bg)).toBeLessThan(0.05);
    expect(luminance(fg)).toBeGreaterThan(0.6);
    // Another page keeps the choice although the system says light.
    await tab.goto(`${site.server.url}${ARTICLE}`);
    expect(luminance((await colours()).bg)).toBeLessThan(0.05);
    await tab.focus('#theme-toggle');
    await tab.keyboard.press('Space');
    expect(await tab.getAttribute('#theme-toggle', 'aria-pressed')).toBe('false');
    ({ bg, fg } = await colours());
    expect(luminance(bg)).toBeGreaterThan(0.8);
    // A light choice holds against a dark system.
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.reload();
    expect(luminance((await colours()).bg)).toBeGreaterThan(0.8);
  });
});
