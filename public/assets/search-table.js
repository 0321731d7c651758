// @ts-check
// The browser side of the sharded index: which shards there are, what the
// page table says of a result without loading its fragment, the titles
// index's group members, and a fragment read by its shard and id (written by
// src/search/index-site.ts, page-table.ts and titles-index.ts).

/** @typedef {import('../../src/search/index-files.ts').PageRow} PageRow */
/** @typedef {import('../../src/search/index-files.ts').PageBucket} PageBucket */
/** @typedef {import('../../src/search/index-files.ts').Member} Member */
/** @typedef {import('../../src/search/index-files.ts').ShardsFile} ShardsFile */

/**
 * What `make` promises for `key`, made once and kept in `cache`; a failure is
 * forgotten, so the next call tries again.
 * @template K, V
 * @param {Map<K, Promise<V>>} cache
 * @param {K} key
 * @param {() => Promise<V>} make
 * @returns {Promise<V>}
 */
export function remembered(cache, key, make) {
  let value = cache.get(key);
  if (!value) {
    value = make();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

/** @type {Promise<ShardsFile> | undefined} */
let shardsPromise;
/** pagefind/shards.json (every build writes one). */
export function shardsFile(/** @type {URL} */ pagefindDir) {
  shardsPromise ??= fetch(new URL('shards.json', pagefindDir))
    .then((r) => {
      if (!r.ok) throw new Error(`pagefind/shards.json: ${r.status}`);
      return r.json();
    });
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
  const bucketOf = (/** @type {string} */ id) => (table.digits ? id.slice(id.indexOf('_') + 1, id.indexOf('_') + 1 + table.digits) : 'all');
  const wanted = [...new Set(ids.map(bucketOf))];
  // A broad query at 10,000 bulletins wants thousands of table files: fetched
  // all at once, Chromium gives up ("Failed to fetch"); so a few dozen at a time.
  const missing = wanted.filter((b) => !buckets.has(b));
  for (let i = 0; i < missing.length; i += FETCHES_AT_ONCE) {
    const batch = missing.slice(i, i + FETCHES_AT_ONCE);
    await Promise.all(batch.map((b) => remembered(buckets, b, () => fetch(new URL(`pages/${b}.json`, pagefindDir)).then((r) => (r.ok ? r.json() : {})))));
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

/** @type {Map<number, Promise<Member[]>>} */
const members = new Map();
/** The members of a titles group, slot by slot. */
export function groupMembers(/** @type {URL} */ pagefindDir, /** @type {number} */ g) {
  return remembered(members, g, () =>
    fetch(new URL(`members/${g}.json`, pagefindDir)).then((r) => {
      if (!r.ok) throw new Error(`pagefind/members/${g}.json: ${r.status}`);
      return r.json();
    }),
  );
}

/**
 * A page's fragment, fetched by its shard folder and id without that shard's
 * Pagefind meta (a title match opens no shard): gzip, then Pagefind's
 * signature, then JSON (a host may have undone the gzip already, as Pagefind
 * allows). Zero-width spaces (Pagefind's segment marks) dropped.
 * @param {URL} pagefindDir
 * @param {string} dir shard folder, e.g. "shard-1/"
 * @param {string} id
 * @returns {Promise<{url: string, content: string, meta: Record<string, string>, filters: Record<string, string[]>}>}
 */
export function fragmentData(pagefindDir, dir, id) {
  const url = new URL(`${dir}fragment/${id}.pf_fragment`, pagefindDir).href;
  return remembered(fragments, url, () => readFragment(url));
}

/** @type {Map<string, Promise<any>>} */
const fragments = new Map();

async function readFragment(/** @type {string} */ url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  const bytes = new Uint8Array(await r.arrayBuffer());
  const plain = new TextDecoder().decode(bytes.subarray(0, 12)) === 'pagefind_dcd';
  const text = plain ? new TextDecoder().decode(bytes) : await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  const data = JSON.parse(text.slice(text.indexOf('{')));
  data.content = String(data.content ?? '').replace(/\u200B/g, '');
  return data;
}
