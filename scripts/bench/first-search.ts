// Bytes a first search fetches: a fresh browser context (empty cache) opens the
// search page with ?q=… and waits until the results are shown and the network
// is idle. Counts every response (headers + body as transferred).
import type { Browser } from 'playwright-core';

export async function firstSearchBytes(browser: Browser, siteUrl: string, query: string): Promise<{ bytes: number; requests: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  const sizes: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    requests++;
    sizes.push(req.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
  });
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(sizes);
  await context.close();
  return { bytes, requests };
}
