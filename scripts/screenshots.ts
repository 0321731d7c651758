// npm run screenshots [-- --build]: every page type at phone (360 px) and
// desktop (1280 px) widths, light and dark, in real Chromium, into
// screenshots/ for review. Reuses dist/ when it is there (--build rebuilds).
// Chinese shows only with a CJK font installed (Debian: fonts-noto-cjk); the
// site itself names system fonts and fetches none.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config } from '../src/config/index.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';

const DIST = config().outDir;
const OUT = resolve('screenshots');
const JX = '/jiaxing-qingnian-gongzuo-xinxi';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['publication', `${JX}/`],
  ['publication-year', `${JX}/2023/`],
  ['year', '/years/2023/'],
  ['issue', `${JX}/2023/03/`],
  ['article', `${JX}/2023/03/3/`],
  ['districts', '/districts/'],
  ['district', '/districts/330481/'],
  ['search', `/search/?q=${encodeURIComponent('亲青恋')}`],
  ['404', '/404.html'],
];
const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'] as const;

if (process.argv.includes('--build') || !existsSync(join(DIST, 'index.html'))) {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);
const browser = await launchChromium();
const started = Date.now();
let n = 0;
try {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, colorScheme, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      for (const [name, path] of PAGES) {
        await tab.goto(`${server.url}${path}`);
        if (name === 'search') await tab.locator('#search-results li').first().waitFor();
        await tab.screenshot({ path: join(OUT, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        n++;
      }
      await context.close();
    }
  }
  // Print, as Chromium lays it out for paper (A4 width), for the article and the issue.
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
  const tab = await context.newPage();
  await tab.emulateMedia({ media: 'print' });
  for (const [name, path] of PAGES.filter(([k]) => k === 'article' || k === 'issue')) {
    await tab.goto(`${server.url}${path}`);
    await tab.screenshot({ path: join(OUT, `${name}-print.png`), fullPage: true });
    n++;
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`${n} screenshots in ${OUT} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
