// @ts-check
// Everything the archive assumes of Pagefind 1.6.0 beyond its documented API,
// in one place, for the indexer (src/search/) and the search page alike.
// src/search/pagefind-format.test.ts runs the pinned Pagefind on a tiny site
// and checks each assumption below, so an upgrade that breaks one fails there,
// by name.
//
// 1. Files: a fragment ({bundle}/fragment/{id}.pf_fragment) and the meta file
//    (pagefind.{hash}.pf_meta) are gzip of the signature "pagefind_dcd" and
//    then JSON (fragment) or CBOR (meta). A host may serve them un-gzipped.
//    Pagefind puts a zero-width space (U+200B) between the segments of the
//    content it stores; a custom record's content comes back with them.
// 2. The meta file lists the index chunks as [first word, last word, hash]
//    rows, in word order; a search loads only the chunks whose range holds the
//    search term, and a one-word prefix search loads only the chunk its prefix
//    falls in (so it misses words in the next chunks unless they were
//    preloaded: chunksToPreload). A term below every chunk's range loads
//    none: the article shards (body tokens, `b…`) and the titles index
//    (title tokens, `x…`) never load each other's chunks.
// 3. A word's weight (data-pagefind-weight) comes back with each location in
//    data().weighted_locations, stored as round(weight × 24) in a byte: the
//    titles index gives each title's slot in its group as a weight.
// 4. A quoted search of words matches them only at consecutive positions.
// 5. With a sort ({key: 'desc'}), results come in that order and a higher
//    score is earlier in it.
// 6. data() on the same result again (a new search of another word) reuses
//    one object per page and sets its locations anew: read one word's weighted
//    locations before searching the next.

/** The bytes that open a fragment or meta file once un-gzipped. */
export const SIGNATURE = 'pagefind_dcd';

/**
 * A fragment file's text (un-gzipped) → its data; zero-width spaces (segment marks) dropped from the content.
 * @param {string} text
 * @returns {import('../../src/search/pagefind-web.ts').FragmentData}
 */
export function fragmentFromText(text) {
  const data = JSON.parse(text.slice(text.indexOf('{')));
  data.content = String(data.content ?? '').replace(/\u200B/g, '');
  return data;
}

/**
 * A fragment file's bytes as served (gzip, or already un-gzipped by the host) → its data.
 * @param {Uint8Array} bytes
 */
export async function fragmentFromBytes(bytes) {
  const plain = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;
  const text = plain ? new TextDecoder().decode(bytes) : await new Response(new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (bytes)]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return fragmentFromText(text);
}

/**
 * The index chunks' word ranges out of a decoded meta file ([version, pages,
 * index chunks, filter chunks, sorts]: the part whose rows are three strings).
 * @param {unknown} meta the CBOR after the signature, decoded
 * @returns {[string, string][]}
 */
export function indexChunks(meta) {
  const isRange = (/** @type {unknown} */ r) => Array.isArray(r) && r.length === 3 && r.every((x) => typeof x === 'string');
  const chunks = Array.isArray(meta) ? meta.find((part) => Array.isArray(part) && part.length > 0 && part.every(isRange)) : undefined;
  if (!chunks) throw new Error('Pagefind meta file: no index chunk list found');
  return /** @type {string[][]} */ (chunks).map(([from, to]) => [/** @type {string} */ (from), /** @type {string} */ (to)]);
}

/**
 * The chunks to preload before a prefix search so that it finds every word
 * with the prefix: the first word of each chunk whose range the prefix spans.
 * @param {[string, string][]} ranges
 * @param {string} prefix
 */
export function chunksToPreload(ranges, prefix) {
  const upper = `${prefix}\uffff`;
  return [...new Set(ranges.filter(([from, to]) => from < upper && to >= prefix).map(([from]) => from))];
}

/** The weight that says slot k (0-based) of a titles group: (k + 1.5) / 24, so round(w × 24) = k + 1 fits a byte (≤ 240). */
export const slotWeight = (/** @type {number} */ slot) => (slot + 1.5) / 24;
/** The slot (0-based) a weight from data() says. */
export const weightSlot = (/** @type {number} */ weight) => Math.round(weight * 24) - 1;
/** Slots a group can hold (0…239): Pagefind caps a stored weight at 240 / 24 = 10. */
export const MAX_SLOTS = 240;

/** A search for the words at consecutive positions only. */
export const phraseQuery = (/** @type {string[]} */ words) => `"${words.join(' ')}"`;

/** The Pagefind sort that gives each shard's results in the archive's order (src/search/article-record.ts writes `key`): a higher score is newer. */
export const NEWEST_FIRST = /** @type {const} */ ({ key: 'desc' });
