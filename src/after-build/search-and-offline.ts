// The search index, then the offline copy, once Astro has exited (./index.ts):
// both read only the built folder, and
// running them in a fresh process frees the gigabytes Astro holds at 10,000
// bulletins while Pagefind needs its own (SPEC §10: peak memory).
import { join } from 'node:path';
import { runWorker } from '../threads/run-worker.ts';
import { indexSite } from '../search/index-site.ts';
import { buildOfflineZip, clearMade, planPages, type MadePlace } from '../offline/index.ts';
import { markPhase } from '../instrument/phases.ts';

/** The offline copy's work ahead of the zip (pages to rewrite, files whose entries to make: path and key) in a worker thread. */
function prewarmOffline(outDir: string, cacheDir: string, pages: [string, string][], files: [string, string][], part: number): Promise<{ pages: number; made: [string, MadePlace][] }> {
  // A small heap: the rewrite keeps almost nothing, and V8 otherwise lets
  // garbage grow towards its default limit before collecting (one thread over
  // the 10,000-bulletin build: ~1.1 GB after a minute uncapped, ~0.7 GB capped).
  return runWorker(new URL('../offline/prewarm-worker.ts', import.meta.url), { workerData: { outDir, cacheDir, pages, files, part }, resourceLimits: { maxOldGenerationSizeMb: 768 } }, 'offline page rewrite');
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
  const plan = planPages(outDir, ours);
  clearMade(ours);
  const half = <T>(list: T[], part: number) => list.filter((_, i) => i % 2 === part);
  const ahead = plan.missing.length + plan.unmade.length >= PREWARM_MIN;
  const done = ahead ? await Promise.all([0, 1].map((part) => prewarmOffline(outDir, ours, half(plan.missing, part), half(plan.unmade, part), part))) : [];
  for (const { made } of done) for (const [id, place] of made) plan.made.set(id, place);
  log(`offline copy: ${plan.missing.length} of ${plan.keys.size} pages rewritten${ahead ? `, ${plan.made.size} other files' entries made (two threads)` : ''}`);
  const offline = await buildOfflineZip(outDir, ours, plan);
  log(`offline copy: ${offline.files} files, offline.zip ${offline.bytes} bytes${offline.reused ? ` (${offline.reused} entries unchanged: taken compressed from the last zip)` : ''}`);
  markPhase('offline:end');
}
