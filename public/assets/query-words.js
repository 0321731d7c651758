// @ts-check
// How the archive reads a query, shared by the search (./search-codec.js, the
// index's side too) and the article page's highlighting (./highlight.js).

/** NFKC (full-width ↔ half-width forms alike) on both sides of the index. */
export function normalise(/** @type {string} */ text) {
  return text.normalize('NFKC');
}

/** Query words: NFKC, split on whitespace, duplicates dropped. */
export function queryWords(/** @type {string} */ query) {
  return [...new Set(normalise(query).split(/\s+/u).filter(Boolean))];
}
