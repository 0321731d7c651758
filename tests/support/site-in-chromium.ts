// The built site served on 127.0.0.1 and Chromium launched, for the length of
// one test file: call it at the top level of the file. It registers its own
// beforeAll and afterAll; the file's own hooks, registered after it, run
// after it starts the two and before it closes them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serve } from './server.ts';
import { DIST } from './site.ts';

export interface SiteInChromium {
  server: Awaited<ReturnType<typeof serve>>;
  browser: Browser;
}

export function siteInChromium(root = DIST): SiteInChromium {
  const site = {} as SiteInChromium;
  beforeAll(async () => {
    site.server = await serve(root);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
