// @ts-check
// The browser side of the sharded index: which shards to merge and what the
// page table says of a result without loading its fragment (written by
// src/search/index-site.ts and src/search/page-table.ts).

/** @typedef {[string, string, string, Record<string, string[]>]} PageRow [url, title, date, filters] */
/** @typedef {{shards: string[], table: {digits: number, collisions: string[]}}} ShardsFile */

/** @type {Promise<ShardsFile> | undefined} */
let shardsPromise;
/** pagefind/shards.json; an index without one is a single shard with no table. */
export function shardsFile(/** @type {URL} */ pagefindDir) {
  shardsPromise ??= fetch(new URL('shards.json', pagefindDir))
    .then((r) => (r.ok ? r.json() : { shards: [''], table: { digits: -1, collisions: [] } }));
  return shardsPromise;
}

/** @type {Map<string, Promise<Record<string, PageRow>>>} */
const buckets = new Map();
const FETCHES_AT_ONCE = 32;

/**
 * Table rows for result ids (ids that collide across shards or miss from the table → undefined).
 * @param {URL} pagefindDir
 * @param {string[]} ids
 * @returns {Promise<Map<string, PageRow>>}
 */
export async function pageRows(pagefindDir, ids) {
  const { table } = await shardsFile(pagefindDir);
  const out = new Map();
  if (table.digits < 0) return out;
  const bucketOf = (/** @type {string} */ id) => (table.digits ? id.slice(id.indexOf('_') + 1, id.indexOf('_') + 1 + table.digits) : 'all');
  const wanted = [...new Set(ids.map(bucketOf))];
  // A broad query at 10,000 bulletins wants thousands of table files: fetched
  // all at once, Chromium gives up ("Failed to fetch"); so a few dozen at a time.
  const missing = wanted.filter((b) => !buckets.has(b));
  for (let i = 0; i < missing.length; i += FETCHES_AT_ONCE) {
    const batch = missing.slice(i, i + FETCHES_AT_ONCE);
    for (const b of batch) {
      const load = fetch(new URL(`pages/${b}.json`, pagefindDir)).then((r) => (r.ok ? r.json() : {}));
      load.catch(() => buckets.delete(b)); // a failed load is tried again next time
      buckets.set(b, load);
    }
    await Promise.all(batch.map((b) => buckets.get(b)));
  }
  const loaded = new Map(await Promise.all(wanted.map(async (b) => /** @type {[string, Record<string, PageRow>]} */ ([b, await buckets.get(b)]))));
  for (const id of ids) {
    const row = loaded.get(bucketOf(id))?.[id];
    if (row) out.set(id, row);
  }
  return out;
}

/** A table URL (site path, /pub/2023/03/2/) → the page's address here (…/index.html from disk). */
export function pageHref(/** @type {string} */ url, /** @type {URL} */ siteRoot) {
  const href = new URL(`.${url}`, siteRoot);
  if (href.protocol === 'file:' && href.pathname.endsWith('/')) href.pathname += 'index.html';
  return href.href;
}
