// Bytes a first search fetches: a fresh browser context (empty cache) opens the
// search page with ?q=…, until the results in view have their excerpts and the
// network is idle ("shown"); then the filter panel is opened, until its counts
// are shown ("with counts"). Response bodies as sent (serve with
// ./static-host.ts to count them as a gzipping host sends them), plus the
// files' own sizes ("raw") and the Pagefind folder's share.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { panelCounts } from '../../tests/support/search-compare.ts';

/** Bytes until shown, then with counts; raw and pagefind at the end; requests until shown. */
export interface FirstSearch {
  shown: number;
  withCounts: number;
  raw: number;
  pagefind: number;
  requests: number;
  counts: Record<string, Record<string, number>>;
}

export async function firstSearch(browser: Browser, siteUrl: string, out: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const got: FirstSearch = { shown: 0, withCounts: 0, raw: 0, pagefind: 0, requests: 0, counts: {} };
  let all = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    requests++;
    pending.push(
      (async () => {
        const size = await req.sizes();
        all += size.responseBodySize;
        if (req.url().includes('/pagefind/')) got.pagefind += size.responseBodySize;
        // Uncompressed: the file's own size (Pagefind's files are stored gzipped; that is what any host sends).
        const path = new URL(req.url()).pathname;
        const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
        if (existsSync(file)) got.raw += statSync(file).size;
      })(),
    );
  });
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
  // Shown: the results in view have their excerpts (the rest load as they scroll in).
  await page.waitForFunction(() => /没有找到/.test(document.getElementById('search-status')?.textContent ?? '') || document.querySelector('#search-results li .excerpt:not(:empty)') !== null, null, { timeout: 300_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  got.shown = all;
  got.requests = requests;
  // The filter counts load when the reader opens the filter panel.
  const panel = page.locator('#search-filter-panel > summary');
  if (await panel.isVisible()) {
    await panel.click();
    await page.waitForFunction(() => document.querySelector('#search-filters a') !== null, null, { timeout: 300_000 });
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  got.withCounts = all;
  got.counts = await panelCounts(page);
  await context.close();
  return got;
}
