// @ts-check
import { defineConfig } from 'astro/config';
import { archiveIntegration } from './src/integration/index.ts';

// Links are written relative to each page (src/site/rel.ts), so the same
// output works under any path prefix and from disk; no `site` is needed.
export default defineConfig({
  output: 'static',
  // Tests build temporary archives into their own folders.
  outDir: process.env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [archiveIntegration()],
});
