// The page table: for every article in the index, what a result list needs
// without loading the result's fragment (one request per result): URL, title,
// date and filter values, keyed by Pagefind's result id (the fragment hash),
// in files bucketed by the hash's first hex digits (pages/{prefix}.json), so a
// query loads only the buckets its results fall in. Read by
// public/assets/search-index.js. Built from the fragments Pagefind wrote, so
// it says exactly what the index holds.
//
// Hashes are unique within one Pagefind run, not across shards: an id found in
// two shards is listed as a collision and left out of the table; the browser
// asks such results for their fragment instead.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PageBucket, PageRow } from './index-files.ts';
import { bucketOf } from '../../public/assets/search-index.js';
import { fragmentFromText } from '../../public/assets/pagefind-format.js';

/** Every page of a written Pagefind bundle: result id → row. */
export function readBundlePages(bundleDir: string): Map<string, PageRow> {
  const dir = join(bundleDir, 'fragment');
  const out = new Map<string, PageRow>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const f = fragmentFromText(gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
    out.set(name.slice(0, -'.pf_fragment'.length), [f.url, f.meta?.title ?? '', f.meta?.date ?? '', f.filters ?? {}]);
  }
  return out;
}

/** Hex digits of the bucket prefix for a table of n pages: about 64 pages a bucket or fewer. */
export function prefixLength(n: number): number {
  let d = 0;
  while (n / 16 ** d > 64) d++;
  return d;
}

/** Bucket file name of a result id: the rule the browser reads the table by. */
export { bucketOf } from '../../public/assets/search-index.js';

export interface PageTable {
  digits: number;
  collisions: string[];
  buckets: number;
  pages: number;
}

/** Writes {tableDir}/{bucket}.json from the shards' rows; ids in several shards go to `collisions`. */
export function writePageTable(tableDir: string, shards: Map<string, PageRow>[]): PageTable {
  const seen = new Map<string, number>();
  for (const rows of shards) for (const id of rows.keys()) seen.set(id, (seen.get(id) ?? 0) + 1);
  const collisions = [...seen]
    .filter(([, n]) => n > 1)
    .map(([id]) => id)
    .sort();
  const unique = [...seen.keys()].filter((id) => seen.get(id) === 1).sort();
  const digits = prefixLength(unique.length);
  const buckets = new Map<string, PageBucket>();
  const rowOf = (id: string) => shards.find((s) => s.has(id))!.get(id)!;
  for (const id of unique) {
    const b = bucketOf(id, digits);
    (buckets.get(b) ?? buckets.set(b, {}).get(b)!)[id] = rowOf(id);
  }
  mkdirSync(tableDir, { recursive: true });
  for (const [b, rows] of buckets) writeFileSync(join(tableDir, `${b}.json`), JSON.stringify(rows));
  return { digits, collisions, buckets: buckets.size, pages: unique.length };
}
