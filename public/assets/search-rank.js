// @ts-check
// Ranking search results (SPEC §6), pure: which results, in which order, and
// how much of the index the first screen needs. The index is read through a
// reader passed in (./search-index.js in the browser; a table of articles in
// the unit tests, src/search/search-rank.test.ts).
//
// Rank: articles whose title holds every word first, then the rest; each part
// newest first (./search-order.js). Or, sorted by date, all newest first.
//
// The index comes in parts (src/search/index-site.ts): the titles index
// (opened first) and the article shards, each one stretch of the archive's
// order, newest first. The first screen needs only its few results: title
// matches from the titles index (the newest matching groups' fragments); if
// they are too few, the shards are merged one by one, newest first, until the
// next unopened shard can hold nothing newer than what is shown
// (firstResults). Everything else merges every shard: counts and filter
// counts need no order; archiveSearch and a filtered list are ranked from the
// page table (allResults), in the same order.
import { normalise } from './search-codec.js';
import { newestFirst } from './search-order.js';

/** @typedef {import('../../src/search/index-files.ts').Member} Member */
/** @typedef {import('../../src/search/index-files.ts').ShardsFile} ShardsFile */
/** @typedef {import('../../src/search/pagefind-web.ts').FragmentData} FragmentData */
/** @typedef {import('../../src/search/pagefind-web.ts').PagefindResult} PagefindResult */

/**
 * @typedef {{key: string, data: () => Promise<FragmentData>}} Found a result in rank order; key: its place in the archive's order (or title:url for a title match)
 * @typedef {Found & {ref: string}} Titled a title match; ref: its shard and id there, "{shard}:{id}"
 * @typedef {{id: string, score: number, place: () => Promise<Found>}} Hit a shard's result: its id there, its score (higher: newer), its place on demand (reads its fragment)
 * @typedef {{group: number, slots: () => Promise<number[]>}} TitleCandidate a titles group holding every word; slots: which of its titles hold them all (reads the group's fragment)
 * @typedef {{key: string, title: string, url: string, filters: Record<string, string[]>, data: () => Promise<FragmentData>}} Match an article holding every word, with what a list needs of it
 */

/**
 * What ranking needs of the index.
 * @typedef {object} IndexReader
 * @property {() => Promise<ShardsFile>} shardsFile the shards and their stretches of the archive's order
 * @property {(words: string[]) => Promise<TitleCandidate[]>} titleCandidates the titles groups holding every word, in any order
 * @property {(g: number) => Promise<Member[]>} groupMembers a titles group's members, slot by slot
 * @property {(member: Member) => Promise<FragmentData>} memberData a title match's fragment
 * @property {(shards: number[], words: string[]) => Promise<Map<string, Hit> | undefined>} matchesIn the articles holding every word in these shards, opened in this order (undefined when other shards were opened already, so a search cannot tell theirs apart)
 * @property {(words: string[], filters: Record<string, string[]>) => Promise<Map<string, PagefindResult>>} everyMatch the articles holding every word over every shard, by key, in no order
 * @property {(found: Map<string, PagefindResult>) => Promise<Match[]>} summaries what a list needs of each of everyMatch's results
 */

/** Whether a title holds every word (the titles index's question, asked of a known title). */
export const titleHoldsAll = (/** @type {string} */ title, /** @type {string[]} */ words) => {
  const t = normalise(title);
  return words.every((w) => t.includes(w));
};

/**
 * Matches in rank order: titles holding every word first, then newest first
 * (sort 'date': all newest first).
 * @template {{key: string, title: string}} M
 * @param {M[]} matches
 * @param {string[]} words
 * @param {string} sort 'relevance' or 'date'
 * @returns {M[]}
 */
export function rankMatches(matches, words, sort) {
  const titled = new Map(matches.map((m) => [m, sort !== 'date' && titleHoldsAll(m.title, words)]));
  return [...matches].sort((a, b) => Number(titled.get(b)) - Number(titled.get(a)) || newestFirst(a.key, b.key));
}

/**
 * Every matching article in rank order (all shards opened).
 * @param {IndexReader} reader
 * @param {string[]} words
 * @param {{filters?: Record<string, string[]>, sort?: string}} [opts]
 */
export async function allResults(reader, words, opts = {}) {
  return rankMatches(await reader.summaries(await reader.everyMatch(words, opts.filters ?? {})), words, opts.sort ?? 'relevance');
}

/**
 * Where filter counts come from: up to `tableUpTo` results (or several
 * words: Pagefind counts the first word's matches only), the page table's
 * rows; beyond, Pagefind's own counts for the word's whole chain.
 * @param {number} results
 * @param {string[]} words
 * @param {number} tableUpTo
 * @returns {'table' | 'pagefind'}
 */
export const filterCountSource = (results, words, tableUpTo) => (words.length === 1 && results > tableUpTo ? 'pagefind' : 'table');

/**
 * Counts by filter value over matches.
 * @param {{filters: Record<string, string[]>}[]} matches
 */
export function countByFilter(matches) {
  /** @type {Record<string, Record<string, number>>} */
  const counts = {};
  for (const m of matches) for (const [key, values] of Object.entries(m.filters)) for (const v of values) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
  return counts;
}

/**
 * Titles that hold every word, from the titles index, newest first: the
 * groups matching every word, in order, opened (their fragments give each
 * location's slot) only until `enough` titles are found.
 * @param {IndexReader} reader
 * @param {string[]} words
 * @param {number} enough
 * @returns {Promise<{found: Titled[], all: boolean}>} all: no more titles match
 */
export async function titleResults(reader, words, enough) {
  const candidates = (await reader.titleCandidates(words)).sort((a, b) => a.group - b.group);
  /** @type {Titled[]} */
  const found = [];
  for (const c of candidates) {
    if (found.length >= enough) return { found, all: false };
    const slots = await c.slots();
    const members = slots.length ? await reader.groupMembers(c.group) : [];
    for (const slot of slots) {
      const member = /** @type {Member} */ (members[slot]);
      const [shard, id, url] = member;
      /** @type {Promise<FragmentData> | undefined} */
      let data;
      found.push({ key: `title:${url}`, ref: `${shard}:${id}`, data: () => (data ??= reader.memberData(member)) });
    }
  }
  return { found, all: true };
}

/** The shards newest first: by the newest key of each one's stretch. */
export const shardOrder = (/** @type {ShardsFile} */ file) => file.shards.map((_, i) => i).sort((a, b) => newestFirst(/** @type {[string, string]} */ (file.ranges[a])[0], /** @type {[string, string]} */ (file.ranges[b])[0]));

/**
 * The first `need` results in rank order, opening as little of the index as
 * it can: for relevance, the title matches first (titles index); then the
 * shards, newest first, one more at a time, until the results in hand are
 * newer than anything the next shard holds. `complete` when every shard was
 * searched, with `total` the number of matches.
 * @param {IndexReader} reader
 * @param {string[]} words
 * @param {string} sort 'relevance' or 'date'
 * @param {number} need
 * @returns {Promise<{results: Found[], complete: boolean, total: number}>}
 */
export async function firstResults(reader, words, sort, need) {
  /** @type {Titled[]} */
  let titled = [];
  if (sort !== 'date') {
    const t = await titleResults(reader, words, need);
    if (!t.all || t.found.length >= need) return { results: t.found.slice(0, need), complete: false, total: 0 };
    titled = t.found;
  }
  const file = await reader.shardsFile();
  const want = need - titled.length;
  // Every title match is in hand here (fewer than need): the shards' results skip them.
  const ranked = new Set(titled.map((t) => t.ref));
  const order = shardOrder(file);
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {Found[]} */
  let pool = [];
  let total = 0;
  for (const [k, shard] of order.entries()) {
    const found = await reader.matchesIn(order.slice(0, k + 1), words);
    if (!found) {
      // Everything opened already (the filter panel, archiveSearch): the same order from there.
      const results = await allResults(reader, words, { sort });
      return { results: results.slice(0, need), complete: true, total: results.length };
    }
    total = found.size;
    // This shard's matches: those not found before it was opened; its sort puts them newest first.
    const fresh = [...found]
      .filter(([key]) => !seen.has(key))
      .map(([, r]) => r)
      .sort((a, b) => b.score - a.score);
    for (const key of found.keys()) seen.add(key);
    let taken = 0;
    for (const r of fresh) {
      if (taken >= want) break;
      if (ranked.has(`${shard}:${r.id}`)) continue; // a title match, ranked above already
      pool.push(await r.place());
      taken++;
    }
    pool = pool.sort((a, b) => newestFirst(a.key, b.key)).slice(0, want);
    const next = order[k + 1];
    const newestLeft = next === undefined ? undefined : /** @type {[string, string]} */ (file.ranges[next])[0];
    const ready = newestLeft === undefined ? pool : pool.filter((p) => p.key > newestLeft);
    if (ready.length >= want || newestLeft === undefined) return { results: [...titled, ...ready], complete: newestLeft === undefined, total };
  }
  return { results: titled, complete: true, total: titled.length }; // no shards
}
