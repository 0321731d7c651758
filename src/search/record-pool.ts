// Search records made on every core: parsing a page into its record
// (./article-record.ts, ~2 ms a page) is the indexer's own work, and done in
// one thread it kept the second core idle until the first shard's records
// were all made (~10 s at 1,000 bulletins). Pages go to the threads in small
// batches, first asked first served, so the shard that indexes first gets its
// records first.
import type { CustomRecord } from 'pagefind';
import { batchPool, cores } from '../threads/batch-pool.ts';

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

export function recordPool(threads = cores()): RecordPool {
  const pool = batchPool<RecordTask, CustomRecord | undefined>(new URL('./record-worker.ts', import.meta.url), { threads, batch: 64, heapMb: 512 });
  return {
    async make(pages) {
      const records = await pool.run(pages);
      const out = new Map<string, CustomRecord>();
      for (const [i, { url }] of pages.entries()) {
        const record = records[i];
        if (!record) throw new Error(`search index: ${url} looked like an article page but is not one`);
        out.set(url, record);
      }
      return out;
    },
    close: () => pool.close(),
  };
}
