// Pagefind runs side by side: each in a worker thread with its own service
// process, at most `width` at once. Two on these 2-core machines: a run is one
// busy service process (it handles messages one at a time) plus the thread
// that feeds it. A 500-bulletin shard peaks at about 2 GB in Pagefind, so two
// at once stay inside the 6 GB build (SPEC §10).
import pLimit from 'p-limit';
import { runWorker } from '../threads/run-worker.ts';
import { cores } from '../threads/batch-pool.ts';
import type { PagefindJob } from './pagefind-run.ts';

/** Runs a job in the pool; `width`: how many run at once. */
export type PagefindPool = ((job: PagefindJob) => Promise<number>) & { width: number };

export function pagefindPool(width = cores()): PagefindPool {
  const limit = pLimit(Math.max(1, width));
  const run = (job: PagefindJob) => limit(() => runWorker<number>(new URL('./pagefind-worker.ts', import.meta.url), { workerData: job }, `search index: a Pagefind run for ${job.bundle}`));
  return Object.assign(run, { width: limit.concurrency });
}
