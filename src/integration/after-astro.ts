// The stages that run after Astro has exited (scripts/build.ts calls this):
// the search index and the offline copy read only the built folder, and
// running them in a fresh process frees the gigabytes Astro holds at 10,000
// bulletins while Pagefind needs its own (SPEC §10: peak memory).
import { join } from 'node:path';
import { indexSite } from '../search/index-site.ts';
import { buildOfflineZip } from '../offline/index.ts';
import { markPhase } from '../instrument/phases.ts';

export async function afterAstro(outDir: string, cacheDir: string, log: (line: string) => void): Promise<void> {
  const report = await indexSite(outDir, log, join(cacheDir, 'bulletin-archive'));
  log(`search index: ${report.pages} pages indexed (${report.articles} articles in ${report.shards.length} shard(s))`);
  markPhase('index:end');
  const offline = await buildOfflineZip(outDir, join(cacheDir, 'bulletin-archive'));
  log(`offline copy: ${offline.files} files, offline.zip ${offline.bytes} bytes`);
  markPhase('offline:end');
}
