// @ts-check
// Exact search inside Pagefind (SPEC §6; research/exact-search.md, design C).
// Shared by the indexer (Node) and the search page (browser): one source.
//
// Every character of a text becomes one token: `b`, its code point and the
// next character's code point, each as 4 base-36 digits (fixed width, so a
// token prefix never stands for anything but the pair it spells), e.g.
// 亲青恋 → b0fjm0tw2 b0tw20j0r b0j0rzzzz. "zzzz" (beyond Unicode) ends a run of
// non-space text, so no match runs across two texts or across a space.
// Title text is marked by a `t` after the two codes (b0fjm0tw2t): it sorts
// right after the body token of the same pair, in the same index chunk, so a
// title search costs no extra chunk loads. After the title, a block `ktc`
// holds one token per title character (b0fjmt), for one-character title
// searches. No code starts with `t` (the largest code point, 10ffff, is
// "nvv3"), so no token is a prefix of another kind's. A body query may also
// match title tokens by prefix: the title is article text, so that is right.
// A quoted Pagefind search of a word's token chain matches consecutive
// positions only: exactly the texts that contain the word. A block marker
// (`k` + its id, e.g. kp3) precedes each block so results can be decoded back
// to text and to the paragraph the match is in.

export const TITLE = 't';
export const BODY = 'b';
const END = 'zzzz';
const LEAD = 'b';
const TITLE_CHARS = 'tc'; // block id of the one-character title tokens
const WIDTH = 4;

/** NFKC (full-width ↔ half-width forms alike) on both sides of the index. */
export function normalise(/** @type {string} */ text) {
  return text.normalize('NFKC');
}

const code = (/** @type {string} */ ch) => /** @type {number} */ (ch.codePointAt(0)).toString(36).padStart(WIDTH, '0');

/**
 * Tokens of one text, as body or as title text.
 * @param {string} kind TITLE or BODY
 * @param {string} text
 * @returns {string[]}
 */
export function encodeText(kind, text) {
  const mark = kind === TITLE ? TITLE : '';
  /** @type {string[]} */
  const out = [];
  for (const run of normalise(text).split(/\s+/u)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) out.push(LEAD + code(/** @type {string} */ (chars[i])) + (i + 1 < chars.length ? code(/** @type {string} */ (chars[i + 1])) : END) + mark);
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
  /** @type {Set<string>} */
  const titleChars = new Set();
  for (const block of blocks) {
    out.push(`k${block.id}`);
    out.push(...encodeText(block.title ? TITLE : BODY, block.text));
    if (block.title) for (const ch of normalise(block.text).replace(/\s+/gu, '')) titleChars.add(ch);
  }
  if (titleChars.size) out.push(`k${TITLE_CHARS}`, ...[...titleChars].map((ch) => LEAD + code(ch) + TITLE));
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
    const title = token.length === 2 + 2 * WIDTH && token.endsWith(TITLE);
    if (token[0] !== LEAD || (token.length !== 1 + 2 * WIDTH && !title)) continue;
    current.title = title;
    current.text += String.fromCodePoint(parseInt(token.slice(1, 1 + WIDTH), 36));
    if (token.slice(1 + WIDTH, 1 + 2 * WIDTH) === END) current.text += ' ';
  }
  for (const b of blocks) b.text = b.text.trimEnd();
  return blocks.filter((b) => b.id !== TITLE_CHARS);
}

/** Query words: NFKC, split on whitespace, duplicates dropped. */
export function queryWords(/** @type {string} */ query) {
  return [...new Set(normalise(query).split(/\s+/u).filter(Boolean))];
}

/**
 * The Pagefind query for one word, over body or title text: a quoted chain of
 * pair tokens for two or more characters; for one character, the bare prefix
 * of its tokens (a prefix search).
 * @param {string} kind TITLE or BODY
 * @param {string} word
 */
export function wordQuery(kind, word) {
  const mark = kind === TITLE ? TITLE : '';
  const chars = [...word];
  if (chars.length === 1) return LEAD + code(/** @type {string} */ (chars[0])) + mark;
  const tokens = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(LEAD + code(/** @type {string} */ (chars[i])) + code(/** @type {string} */ (chars[i + 1])) + mark);
  return `"${tokens.join(' ')}"`;
}
