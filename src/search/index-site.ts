// Search index stage: Pagefind over the built article and issue pages.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
}

export async function indexSite(outDir: string): Promise<IndexReport> {
  // Every page says lang="zh-CN"; forcing the language also protects a page that forgets.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
