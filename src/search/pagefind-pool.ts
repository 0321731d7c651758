// Pagefind runs side by side: each in a worker thread with its own service
// process, at most `width` at once. Two on these 2-core machines: a run is one
// busy service process (it handles messages one at a time) plus the thread
// that feeds it. A 500-bulletin shard peaks at about 2 GB in Pagefind, so two
// at once stay inside the 6 GB build (SPEC §10).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { PagefindJob } from './pagefind-run.ts';

export type PagefindPool = (job: PagefindJob) => Promise<number>;

function inWorker(job: PagefindJob): Promise<number> {
  const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('message', (pages: number) => resolve(pages));
    worker.once('error', reject);
    worker.once('exit', (code) => (code ? reject(new Error(`search index: a Pagefind run for ${job.bundle} stopped (${code})`)) : undefined));
  });
}

export function pagefindPool(width = Math.min(2, availableParallelism())): PagefindPool {
  const limit = pLimit(Math.max(1, width));
  return (job) => limit(() => inWorker(job));
}
