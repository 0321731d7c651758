// The search index, then the offline copy, once Astro has exited (./index.ts):
// both read only the built folder, and
// running them in a fresh process frees the gigabytes Astro holds at 10,000
// bulletins while Pagefind needs its own (SPEC §10: peak memory).
import { join } from 'node:path';
import { runWorker } from '../threads/run-worker.ts';
import { indexSite } from '../search/index-site.ts';
import { aheadWork, buildOfflineZip, clearMade, planPages, takeAhead, type Ahead, type AheadWork } from '../offline/index.ts';
import { markPhase } from '../instrument/phases.ts';

/** The offline copy's work ahead of the zip (`work`: ./offline/index.ts aheadWork) in a worker thread. */
function prewarmOffline(outDir: string, cacheDir: string, work: AheadWork, part: number): Promise<Ahead> {
  // A small heap: the rewrite keeps almost nothing, and V8 otherwise lets
  // garbage grow towards its default limit before collecting (one thread over
  // the 10,000-bulletin build: ~1.1 GB after a minute uncapped, ~0.7 GB capped).
  return runWorker(new URL('../offline/prewarm-worker.ts', import.meta.url), { workerData: { outDir, cacheDir, work, part }, resourceLimits: { maxOldGenerationSizeMb: 768 } }, 'offline page rewrite');
}

/** Fewer changed pages and files than this are rewritten and made in the main thread, as the zip reaches them. */
const PREWARM_MIN = 500;

/** The search index of the built site in `outDir`, then its offline copy. */
export async function searchAndOffline(outDir: string, cacheDir: string, log: (line: string) => void): Promise<void> {
  const ours = join(cacheDir, 'bulletin-archive');
  const report = await indexSite(outDir, log, ours);
  log(`search index: ${report.pages} pages indexed (${report.articles} articles in ${report.shards.length} shard(s))`);
  markPhase('index:end');
  // After Pagefind, not beside it (together they took the 10,000-bulletin
  // build to 7.7 GB peak); alone it has both cores, one thread each.
  // Worth the two threads' start-up only when many pages changed (a fresh build); a
  // rebuild's few (30 of 6,000 after adding one bulletin to 1,000) are rewritten here, as the zip's entries are listed.
  // The pages' hashes as the search index read them: a fresh build's pages are not read again for their keys.
  const plan = planPages(outDir, ours, process.cwd(), report.pageHashes);
  clearMade(ours);
  const ahead = plan.missing.length + plan.unmade.length + plan.unknown.length >= PREWARM_MIN;
  // Else the zip rewrites and reads what is to do as it reaches it.
  if (ahead) takeAhead(outDir, plan, await Promise.all(aheadWork(plan, 2).map((work, part) => prewarmOffline(outDir, ours, work, part))));
  log(`offline copy: ${plan.missing.length} of ${plan.keys.size} pages rewritten${ahead ? `, ${plan.made.size} other files' entries made (two threads)` : ''}`);
  const offline = await buildOfflineZip(outDir, ours, plan);
  log(`offline copy: ${offline.files} files, offline.zip ${offline.bytes} bytes${offline.reused ? ` (${offline.reused} entries unchanged: taken compressed from the last zip)` : ''}`);
  markPhase('offline:end');
}
