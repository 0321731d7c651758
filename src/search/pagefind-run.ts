// One Pagefind run: a fresh indexing service, the pages added, the bundle
// written, the service stopped (its memory goes with it). Runs in the thread
// that calls it; ./index-pool.ts runs it in a worker thread with its own
// service process (the `pagefind` module keeps one service per module
// instance, and a service handles its messages one at a time). The build runs
// it for the titles index and the issue pages; ./shard-writer.test.ts runs it
// on records, as the reference the shard writer is compared with.
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';

/** What one run indexes: article records (the shards) or whole HTML pages (issue pages, the titles index). */
export type PagefindJob = { bundle: string; records: CustomRecord[] } | { bundle: string; pages: { url: string; content: string }[] };

// Index chunk size in word positions (Pagefind's default: 20,000). A query
// loads one chunk per token per shard and the whole chunk list (in the meta
// file) once: smaller chunks cost a longer list. At 2,000 bulletins, 5,000
// gave first queries of 262–301 KB where 10,000 gave 261–318 KB (8 queries:
// 2–5 characters and names; 1 character and very common pairs cost more). PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE is read by the pinned 1.6.0
// binary when its process starts; an explicit value in the environment wins.
const CHUNK_SIZE = '5000';

/** Sets the chunk size for the Pagefind processes this process starts (the shard cache keys on it); returns it. */
export function useChunkSize(): number {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= CHUNK_SIZE;
  const size = Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE must be a whole number ≥ 1, not "${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE}"`);
  return size;
}

// One worker thread in the service's async runtime (tokio reads
// TOKIO_WORKER_THREADS; an explicit value wins). With one per core, two runs
// side by side spent much of their time in the kernel: two 500-bulletin shards
// at once took 24.0-32.8 s (4 pairs) with the default and 17.7-23.4 s with
// one, against 14.1-18.0 s for one run alone either way.
const RUNTIME_THREADS = '1';

// Messages in flight to the service at once: it reads them in order and
// handles one at a time, so a few queued keep it busy while this thread sends
// the next, without holding every encoded record in the pipe at once.
const IN_FLIGHT = 8;

/** Runs `job` and resolves to the number of pages added. */
export async function runPagefind(job: PagefindJob): Promise<number> {
  useChunkSize();
  process.env.TOKIO_WORKER_THREADS ??= RUNTIME_THREADS;
  // Every page says lang="zh-CN"; forcing the language also protects a page
  // that forgets. Records bring their own, one for all (./article-record.ts).
  const { index, errors } = await pagefind.createIndex({ forceLanguage: ('records' in job && job.records[0]?.language) || 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const adds: Promise<void>[] = [];
    const add = async (url: string, added: Promise<{ errors: string[] }>) => {
      const { errors: failed } = await added;
      if (failed.length) throw new Error(`Pagefind: ${url}: ${failed.join('; ')}`);
    };
    // Sent in order: the service numbers pages in the order it receives them.
    const items = 'records' in job ? job.records : job.pages;
    for (const [i, item] of items.entries()) {
      if (i >= IN_FLIGHT) await adds[i - IN_FLIGHT];
      adds.push(add(item.url, 'records' in job ? index.addCustomRecord(item as CustomRecord) : index.addHTMLFile(item as { url: string; content: string })));
    }
    await Promise.all(adds);
    const written = await index.writeFiles({ outputPath: job.bundle });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return items.length;
  } finally {
    await pagefind.close();
  }
}
