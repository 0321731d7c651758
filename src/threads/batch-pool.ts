// A pool of worker threads (piscina) that takes a list, hands it to the
// threads in batches, first asked first served, and gives the results back in
// the list's order: the search records (../search/record-pool.ts) and the
// no-text-lost check (../verify/check-threads.ts).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

export interface BatchPool<T, R> {
  /** One result per item, in the items' order. */
  run(items: T[]): Promise<R[]>;
  close(): Promise<void>;
}

/** Both cores of these machines (fewer where there are fewer). */
export const cores = (): number => Math.min(2, availableParallelism());

/**
 * `entry`: a module whose default export maps a batch to its results;
 * `heapMb`: each thread's old-generation limit (a batch's garbage is dropped
 * once it is done, so a small heap keeps the threads from growing);
 * `workerData`: what every thread reads once (piscina's `workerData`).
 */
export function batchPool<T, R>(entry: URL, options: { threads: number; batch: number; heapMb: number; workerData?: unknown }): BatchPool<T, R> {
  const pool = new Piscina<T[], R[]>({ filename: entry.href, maxThreads: options.threads, minThreads: 0, idleTimeout: 1000, workerData: options.workerData, resourceLimits: { maxOldGenerationSizeMb: options.heapMb } });
  return {
    async run(items) {
      const batches: T[][] = [];
      for (let i = 0; i < items.length; i += options.batch) batches.push(items.slice(i, i + options.batch));
      return (await Promise.all(batches.map((batch) => pool.run(batch)))).flat();
    },
    close: () => pool.close(),
  };
}
