// The no-text-lost check on every core: it parses every built page (5,981 at
// 1,000 bulletins), which Astro's process did in one thread after rendering,
// when nothing else runs. Bulletins go to two worker threads in batches; the
// verdicts come back in the archive's order, so messages are the same.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Archive } from '../archive/index.ts';
import { type BulletinCheck, type TextLoss, type Verdict, bulletinChecks, checkTextLost, collectVerdicts } from './text-lost.ts';
import type { VerdictCache } from './verdict-cache.ts';

const BATCH = 25;
/** Fewer bulletins than this are checked in this thread: the threads' start-up would cost more. */
const THREADS_FROM = 200;

/** checkTextLost (./text-lost.ts) in `threads` worker threads, from `from` bulletins on. */
export async function checkTextLostInThreads(archive: Archive, outDir: string, cache?: VerdictCache, { threads = Math.min(2, availableParallelism()), from = THREADS_FROM } = {}): Promise<TextLoss[]> {
  const bulletins = bulletinChecks(archive);
  if (bulletins.length < from || threads < 2) return checkTextLost(archive, outDir, cache);
  const pool = new Piscina<BulletinCheck[], Verdict[]>({
    filename: new URL('./check-worker.ts', import.meta.url).href,
    maxThreads: threads,
    minThreads: threads,
    workerData: { outDir, before: cache ? [...cache.before] : undefined },
    // A bulletin's page trees are garbage once it is checked; Astro's process
    // already holds the whole archive (gigabytes at 10,000 bulletins).
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  try {
    const batches: BulletinCheck[][] = [];
    for (let i = 0; i < bulletins.length; i += BATCH) batches.push(bulletins.slice(i, i + BATCH));
    const verdicts = await Promise.all(batches.map((batch) => pool.run(batch)));
    return collectVerdicts(verdicts.flat(), cache);
  } finally {
    await pool.close();
  }
}
