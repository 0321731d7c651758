// The no-text-lost check on every core: it parses every built page (5,981 at
// 1,000 bulletins), which Astro's process did in one thread after rendering,
// when nothing else runs. Bulletins go to two worker threads in batches; the
// verdicts come back in the archive's order, so messages are the same.
import type { Archive } from '../archive/index.ts';
import { batchPool, cores } from '../threads/batch-pool.ts';
import { type BulletinCheck, type TextLoss, type Verdict, bulletinChecks, checkTextLost, collectVerdicts } from './text-lost.ts';
import type { VerdictCache } from './verdict-cache.ts';

/** Fewer bulletins than this are checked in this thread: the threads' start-up would cost more. */
const THREADS_FROM = 200;

/** checkTextLost (./text-lost.ts) in `threads` worker threads, from `from` bulletins on. */
export async function checkTextLostInThreads(archive: Archive, outDir: string, cache?: VerdictCache, { threads = cores(), from = THREADS_FROM } = {}): Promise<TextLoss[]> {
  const bulletins = bulletinChecks(archive);
  if (bulletins.length < from || threads < 2) return checkTextLost(archive, outDir, cache);
  // A bulletin's page trees are garbage once it is checked; Astro's process
  // already holds the whole archive (gigabytes at 10,000 bulletins).
  const pool = batchPool<BulletinCheck, Verdict>(new URL('./check-worker.ts', import.meta.url), { threads, batch: 25, heapMb: 256, workerData: { outDir, before: cache ? [...cache.before] : undefined } });
  try {
    return collectVerdicts(await pool.run(bulletins), cache);
  } finally {
    await pool.close();
  }
}
