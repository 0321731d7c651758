// @ts-check
// Exact search inside Pagefind (SPEC §6; research/exact-search.md, design C).
// Shared by the indexer (Node) and the search page (browser): one source.
//
// Every character of a text becomes one token: a prefix letter, its code point
// and the next character's code point, each as 4 base-36 digits (fixed width,
// so a token prefix never stands for anything but the pair it spells), e.g.
// 亲青恋 → b0fgs0ff8 b0ff80fl5 b0fl5zzzz. "zzzz" (beyond Unicode) ends a run of
// non-space text, so no match runs across two texts or across a space.
// A quoted Pagefind search of a word's token chain matches consecutive
// positions only: exactly the texts that contain the word. A block marker
// (`k` + its id, e.g. kp3) precedes each block so results can be decoded back
// to text and to the paragraph the match is in.

export const TITLE = 't';
export const BODY = 'b';
const END = 'zzzz';
const WIDTH = 4;

/** NFKC (full-width ↔ half-width forms alike) on both sides of the index. */
export function normalise(/** @type {string} */ text) {
  return text.normalize('NFKC');
}

const code = (/** @type {string} */ ch) => /** @type {number} */ (ch.codePointAt(0)).toString(36).padStart(WIDTH, '0');

/**
 * Tokens of one text under a prefix.
 * @param {string} prefix TITLE or BODY
 * @param {string} text
 * @returns {string[]}
 */
export function encodeText(prefix, text) {
  /** @type {string[]} */
  const out = [];
  for (const run of normalise(text).split(/\s+/u)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) out.push(prefix + code(/** @type {string} */ (chars[i])) + (i + 1 < chars.length ? code(/** @type {string} */ (chars[i + 1])) : END));
  }
  return out;
}

/**
 * The token stream of a page: blocks in reading order, each with the id readers
 * can link to ('' for texts that are not paragraphs: title line, organisation).
 * @param {{id: string, text: string, title?: boolean}[]} blocks
 */
export function encodePage(blocks) {
  /** @type {string[]} */
  const out = [];
  for (const block of blocks) {
    out.push(`k${block.id}`);
    out.push(...encodeText(block.title ? TITLE : BODY, block.text));
  }
  return out.join(' ');
}

/**
 * Back from a token stream to the texts (normalised; runs joined by one space).
 * @param {string} stream
 * @returns {{id: string, text: string, title: boolean}[]}
 */
export function decodePage(stream) {
  /** @type {{id: string, text: string, title: boolean}[]} */
  const blocks = [];
  let current = { id: '', text: '', title: false };
  for (const token of stream.split(/\s+/)) {
    if (!token) continue;
    if (token[0] === 'k') {
      current = { id: token.slice(1), text: '', title: false };
      blocks.push(current);
      continue;
    }
    if (token.length !== 1 + 2 * WIDTH) continue;
    current.title = token[0] === TITLE;
    current.text += String.fromCodePoint(parseInt(token.slice(1, 1 + WIDTH), 36));
    if (token.slice(1 + WIDTH) === END) current.text += ' ';
  }
  for (const b of blocks) b.text = b.text.trimEnd();
  return blocks;
}

/** Query words: NFKC, split on whitespace, duplicates dropped. */
export function queryWords(/** @type {string} */ query) {
  return [...new Set(normalise(query).split(/\s+/u).filter(Boolean))];
}

/**
 * The Pagefind query for one word under a prefix: a quoted chain of pair tokens
 * for two or more characters; a bare prefix (prefix search) for one character.
 * @param {string} prefix
 * @param {string} word
 */
export function wordQuery(prefix, word) {
  const chars = [...word];
  if (chars.length === 1) return prefix + code(/** @type {string} */ (chars[0]));
  const tokens = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(prefix + code(/** @type {string} */ (chars[i])) + code(/** @type {string} */ (chars[i + 1])));
  return `"${tokens.join(' ')}"`;
}
