// Search index stage: Pagefind over the built site. Article pages go in as
// custom records of pair tokens (exact search, ./article-record.ts); the other
// pages that mark a data-pagefind-body (issue pages) go in as HTML. Then the
// index chunk ranges are written beside the bundle for one-character queries.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { articleRecord } from './article-record.ts';
import { chunkRanges } from './pf-meta.ts';

export interface IndexReport {
  pages: number;
  articles: number;
}

/** Chunk ranges file, beside pagefind.js (read by public/assets/search.js). */
export const CHUNKS_FILE = 'chunks.json';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind') htmlFiles(full, out);
    } else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

export async function indexSite(outDir: string): Promise<IndexReport> {
  // Every page says lang="zh-CN"; forcing the language also protects a page that forgets.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let articles = 0;
  try {
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const path = `/${relative(outDir, file).split(sep).join('/')}`;
      const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
      const record = articleRecord(html, url);
      if (record) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
        articles++;
      } else if (html.includes('data-pagefind-body')) {
        const added = await index.addHTMLFile({ url, content: html });
        if (added.errors.length) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
      } else continue;
      pages++;
    }
    const bundle = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    writeFileSync(join(bundle, CHUNKS_FILE), JSON.stringify(chunkRanges(bundle).map((c) => [c.from, c.to])));
    return { pages, articles };
  } finally {
    await pagefind.close();
  }
}
