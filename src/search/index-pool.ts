// Index work side by side: each job in a worker thread, at most `width` at
// once (one per core). A job is an article shard written by ./shard-writer.ts
// or a Pagefind run (./pagefind-run.ts: the titles index, the issue pages),
// which has its own service process: the `pagefind` module keeps one service
// per module instance, and a service handles its messages one at a time.
import pLimit from 'p-limit';
import { runWorker } from '../threads/run-worker.ts';
import { cores } from '../threads/batch-pool.ts';
import type { PagefindJob } from './pagefind-run.ts';
import type { ShardJob, WrittenShard } from './shard-writer.ts';

export interface IndexPool {
  width: number;
  /** Resolves to the number of pages Pagefind added. */
  pagefind(job: PagefindJob): Promise<number>;
  shard(job: ShardJob): Promise<WrittenShard>;
}

export function indexPool(width = cores()): IndexPool {
  const limit = pLimit(Math.max(1, width));
  return {
    width: limit.concurrency,
    pagefind: (job) => limit(() => runWorker<number>(new URL('./pagefind-worker.ts', import.meta.url), { workerData: job }, `search index: a Pagefind run for ${job.bundle}`)),
    shard: (job) => limit(() => runWorker<WrittenShard>(new URL('./shard-worker.ts', import.meta.url), { workerData: job }, `search index: the shard ${job.bundle}`)),
  };
}
