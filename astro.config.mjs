// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { archiveIntegration, indexablePages } from './src/after-build/integration.ts';
import { config } from './src/config/index.ts';
import { join } from 'node:path';
import { dataStoreLiterals } from './src/content/data-store-literals.ts';

// Settings from the environment (src/config/index.ts). SITE_URL (e.g.
// https://example.org/archive/) makes absolute URLs possible: canonical and
// og:url tags, and the sitemap, which is written only then. Its path becomes
// `base` so the sitemap keeps the prefix (pages stay relative).
const settings = config();
const SITE_URL = settings.siteUrl;

// Links are written relative to each page (src/site/rel.ts), so the same
// output works under any path prefix and from disk; pages need no `site`.
export default defineConfig({
  output: 'static',
  ...(SITE_URL ? { site: SITE_URL.href, base: SITE_URL.pathname } : {}),
  // Tests build temporary archives into their own folders.
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  // Four pages in flight: while one page's files are written, others render
  // (at 1,000 bulletins one at a time left Astro's thread idle ~30 % of the
  // render, waiting on writes; four took the render from 14.5/19.5 s to
  // 13.4/17.6 s, two pairs of builds, the same bytes).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/site/cache-keys.ts) and code are unchanged are
  // copied from the last build's copy in cacheDir instead of rendered again.
  experimental: { incrementalBuild: true },
  // scripts/build.ts empties the output folder itself, only when it is the
  // build's own, and carries the last build's pages back into it
  // (src/after-build/old-output.ts), for Astro to keep the unchanged ones in place.
  // The data store's module in literals V8 parses in linear time (src/content/data-store-literals.ts).
  vite: { plugins: [dataStoreLiterals(join(settings.cacheDir, 'data-store.json'))], ...(settings.keepOutput ? { build: { emptyOutDir: false } } : {}) },
  integrations: [archiveIntegration(), ...(SITE_URL ? [sitemap({ filter: indexablePages(settings.outDir, SITE_URL.pathname) })] : [])],
});
