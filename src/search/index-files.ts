// The shapes of the JSON files the search page reads beside the Pagefind
// bundles, written once: the indexer (./index-site.ts, ./page-table.ts,
// ./titles-index.ts) writes them with these types and the browser code
// (public/assets/search-*.js) reads them with the same ones (JSDoc imports).
// Types only: nothing here runs.

/** A page-table row, what a result list needs without the fragment: [url (site path), title, date, filters]. */
export type PageRow = [string, string, string, Record<string, string[]>];

/** One page-table file, pagefind/pages/{bucket}.json: result id → row. */
export type PageBucket = Record<string, PageRow>;

/** A titles group's member, pagefind/members/{g}.json lists them slot by slot: [shard, result id in that shard, url]. */
export type Member = [number, string, string];

/** A bundle's index chunk ranges, {bundle}/chunks.json: [first word, last word] of each chunk, in order. */
export type ChunkList = [string, string][];

/**
 * pagefind/shards.json: the article shards' folders, each one's stretch of
 * the archive's order as [newest key, oldest key] (base shards do not
 * overlap; the delta may), the page table's layout (bucket prefix digits, ids
 * found in two shards), and the titles index's result ids → group numbers.
 */
export interface ShardsFile {
  shards: string[];
  ranges: [string, string][];
  table: { digits: number; collisions: string[] };
  titles: { groups: Record<string, number> };
}
