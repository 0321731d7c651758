// @ts-check
// The archive's order for search: newest first. A page's key is its date and
// its URL (`2023-03-05!/pub/2023/05/2/`), compared as strings, descending; the
// URL makes it total, so the search page, Pagefind's own sort (each shard's
// `key`) and the shard plan (src/search/shards.ts) put pages in one order. "!"
// sorts below digits and "-", so a page without a date comes last, and one
// dated only to the month after that month's dated pages. Shared by the
// indexer, the search page and the archive model, whose order of issues is
// this one read the other way, oldest first (src/archive/order.ts).

/**
 * @param {string} date ISO date as the page declares it, or ''
 * @param {string} url site path
 */
export const sortKey = (date, url) => `${date}!${url}`;

/** Descending key order (newest first), for Array.prototype.sort. */
export const newestFirst = (/** @type {string} */ a, /** @type {string} */ b) => (a < b ? 1 : a > b ? -1 : 0);
