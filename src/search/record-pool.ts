// Search records made on every core: parsing a page into its record
// (./article-record.ts, ~2 ms a page) is the indexer's own work, and done in
// one thread it kept the second core idle until the first shard's records
// were all made (~10 s at 1,000 bulletins). Pages go to the threads in small
// batches, first asked first served, so the shard that indexes first gets its
// records first.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CustomRecord } from 'pagefind';

/** One article page: its built file, URL and place in the archive's order (./sort-key.ts). */
export interface RecordTask {
  file: string;
  url: string;
  key: string;
}

export interface RecordPool {
  /** The records of `pages`, by URL; rejects when a page is not an article page. */
  make(pages: RecordTask[]): Promise<Map<string, CustomRecord>>;
  close(): Promise<void>;
}

const BATCH = 64;

export function recordPool(threads = Math.min(2, availableParallelism())): RecordPool {
  // A small heap: a batch's trees are garbage once its records are made.
  const pool = new Piscina<RecordTask[], (CustomRecord | undefined)[]>({ filename: new URL('./record-worker.ts', import.meta.url).href, maxThreads: threads, minThreads: 0, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: 512 } });
  return {
    async make(pages) {
      const batches: RecordTask[][] = [];
      for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
      const made = await Promise.all(batches.map((batch) => pool.run(batch)));
      const out = new Map<string, CustomRecord>();
      for (const [b, records] of made.entries())
        for (const [i, record] of records.entries()) {
          const { url } = batches[b]![i]!;
          if (!record) throw new Error(`search index: ${url} looked like an article page but is not one`);
          out.set(url, record);
        }
      return out;
    },
    close: () => pool.close(),
  };
}
