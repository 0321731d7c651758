// Copy-link and citation controls in real Chromium over the seed build:
// keyboard activation, clipboard content, the aria-live announcement, the
// no-script fallback, and a Text Fragment link across <strong> markup.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { siteInChromium } from '../support/site-in-chromium.ts';

// Seed 004, article 1 (团杭州市委…): sections 一、二、… and bold run-in heads (**二是拓宽参与渠道。**, line 33).
const ZJ1 = '/zhejiang-qingnian-gongzuo-xinxi/2021/14/1/';
// Seed 001, article 3: the SPEC §5 citation example.
const JX3 = '/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/';

const site = siteInChromium();
let context: BrowserContext;
let tab: Page;
const errors: string[] = [];

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 900, height: 700 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
  tab = await context.newPage();
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});

const clipboard = () => tab.evaluate(() => navigator.clipboard.readText());

describe('copy-link controls', () => {
  it('copy the paragraph URL from the keyboard and announce it', async () => {
    await tab.goto(`${site.server.url}${ZJ1}`);
    await tab.evaluate(() => navigator.clipboard.writeText(''));
    const control = tab.getByRole('link', { name: '复制第2段链接' });
    expect(await control.getAttribute('href')).toBe('#p2');
    await control.focus();
    await tab.keyboard.press('Enter');
    const url = `${site.server.url}${ZJ1}#p2`;
    await tab.locator('#copy-status').filter({ hasText: url }).waitFor();
    expect(await clipboard()).toBe(url);
    expect(await tab.locator('#copy-status').getAttribute('aria-live')).toBe('polite');
  });

  it('copy a section URL on click', async () => {
    await tab.getByRole('link', { name: '复制第1节链接' }).click();
    await tab.locator('#copy-status').filter({ hasText: '#s1' }).waitFor();
    expect(await clipboard()).toBe(`${site.server.url}${ZJ1}#s1`);
  });

  it('are visible, one before each heading and paragraph, outside its text', async () => {
    const counts = await tab.evaluate(() => {
      const body = document.querySelector('[data-src="body"]')!;
      const blocks = [...body.querySelectorAll('[id^="p"], [id^="s"]')];
      return {
        blocks: blocks.length,
        paired: blocks.filter((b) => (b.previousElementSibling as HTMLAnchorElement | null)?.getAttribute('href') === `#${b.id}`).length,
        inside: body.querySelectorAll('p .copy-link, h2 .copy-link, h3 .copy-link, h4 .copy-link').length,
        visible: [...body.querySelectorAll('.copy-link')].filter((a) => a.getBoundingClientRect().width > 0 && getComputedStyle(a).visibility === 'visible').length,
      };
    });
    expect(counts.blocks).toBeGreaterThan(5);
    expect(counts.paired).toBe(counts.blocks);
    expect(counts.inside).toBe(0);
    expect(counts.visible).toBe(counts.blocks);
  });
});

describe('citation', () => {
  it('the copy button copies the GB/T 7714 reference with today as the cited date and the page URL', async () => {
    await tab.goto(`${site.server.url}${JX3}`);
    const button = tab.getByRole('button', { name: '复制引用' });
    await button.click();
    await tab.locator('#copy-status').filter({ hasText: '已复制引用' }).waitFor();
    const today = await tab.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    expect(await clipboard()).toBe(`团海宁市委. 全面推进青年发展 奋力筑造“青春潮城”[J/OL]. 嘉兴青年工作信息, 2023(3)[${today}]. ${site.server.url}${JX3}.`);
  });

  it('BibTeX and RIS download as files', async () => {
    for (const [name, ext] of [
      ['BibTeX', 'bib'],
      ['RIS', 'ris'],
    ] as const) {
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('link', { name, exact: true }).click()]);
      expect(download.suggestedFilename()).toBe(`jiaxing-qingnian-gongzuo-xinxi-2023-03-3.${ext}`);
      expect(download.url()).toBe(`${site.server.url}${JX3}cite.${ext}`);
    }
  });

  it('no script errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('without scripts', () => {
  it('the control is a plain link to the anchor; the copy button stays hidden', async () => {
    const plain = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${site.server.url}${ZJ1}`);
    expect(await p.getByRole('button', { name: '复制引用' }).isHidden()).toBe(true);
    await p.getByRole('link', { name: '复制第3段链接' }).click();
    expect(new URL(p.url()).hash).toBe('#p3');
    await plain.close();
  });
});

describe('Text Fragment links', () => {
  it('#:~:text= across a bold run-in head scrolls to that paragraph', async () => {
    const p = await context.newPage();
    // Seed 004 line 33: …为青年搭建参与平台。**二是拓宽参与渠道。**加强与工会…
    const fragment = `#:~:text=${encodeURIComponent('为青年搭建参与平台。二是拓宽参与渠道。加强与工会')}`;
    await p.goto(`${site.server.url}${ZJ1}${fragment}`);
    await p.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5000 });
    const seen = await p.evaluate(() => {
      const para = [...document.querySelectorAll('[data-src="body"] p')].find((x) => x.textContent.includes('为青年搭建参与平台。二是拓宽参与渠道。加强与工会'))!;
      const r = para.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, hasStrong: para.querySelector('strong') !== null };
    });
    expect(seen.hasStrong).toBe(true);
    expect(seen.bottom).toBeGreaterThan(0);
    expect(seen.top).toBeLessThan(seen.height);
    await p.close();
  });
});

describe('/feed.xml in the browser', () => {
  it('is well-formed Atom: DOMParser reads it without error', async () => {
    const r = await tab.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch('../../../../feed.xml')).text(), 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length, ns: doc.documentElement.namespaceURI, entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length };
    });
    expect(r).toEqual({ error: 0, ns: 'http://www.w3.org/2005/Atom', entries: 12 });
  });
});
