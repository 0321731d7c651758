// @ts-check
// Exact search inside Pagefind (SPEC §6; research/exact-search.md, design C).
// Shared by the indexer (Node) and the search page (browser): one source.
//
// Every character of a text becomes one token: a lead letter, its code point
// and the next character's code point, each as 4 base-36 digits (fixed width,
// so a token prefix never stands for anything but the pair it spells), and a
// mark. Body text (the article shards) leads with `b` and marks `a`; title
// text (the titles index, src/search/titles-index.ts) leads with `x` and marks
// `t`, e.g. 亲青恋 in a paragraph → b0fjm0tw2a b0tw20j0ra b0j0rzzzza sep.
// "zzzz" (beyond Unicode) ends a run of non-space text, so no match runs
// across two texts or across a space. The two leads keep each index's words
// out of the other's chunk ranges, so a search of one index loads no chunk of
// the other. A title also gets one token per character (x0fjmt), for
// one-character title searches. No code starts with `t` (the largest code
// point, 10ffff, is "nvv3"), so no token is a prefix of another kind's. A
// separator word `sep` follows each run's end token, so the position after an
// end token never holds a pair token (see wordCover). A block marker (`k` +
// its id, e.g. kp3) precedes each block so results can be decoded back to text
// and to the paragraph the match is in.

import { phraseQuery } from './pagefind-format.js';
import { normalise, queryWords } from './query-words.js';

export { normalise, queryWords };

export const TITLE = 't';
export const BODY = 'b';
const BODY_MARK = 'a';
const markOf = (/** @type {string} */ kind) => (kind === TITLE ? TITLE : BODY_MARK);
const END = 'zzzz';
const SEP = 'sep';
const LEAD = 'b';
const TITLE_LEAD = 'x';
const leadOf = (/** @type {string} */ kind) => (kind === TITLE ? TITLE_LEAD : LEAD);
const WIDTH = 4;

/** @type {Map<number, string>} */
const codes = new Map();
/** A character's code: its code point in WIDTH base-36 digits (remembered: a page codes each character twice). */
const code = (/** @type {string} */ ch) => {
  const point = /** @type {number} */ (ch.codePointAt(0));
  let c = codes.get(point);
  if (c === undefined) codes.set(point, (c = point.toString(36).padStart(WIDTH, '0')));
  return c;
};

/**
 * The pair tokens of a run of text: one per two adjacent characters.
 * @param {string} kind TITLE or BODY
 * @param {string} run text without whitespace
 */
export function pairTokens(kind, run) {
  const mark = markOf(kind);
  const lead = leadOf(kind);
  const chars = [...run];
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(lead + code(/** @type {string} */ (chars[i])) + code(/** @type {string} */ (chars[i + 1])) + mark);
  return out;
}

/**
 * Tokens of one text, as body or as title text.
 * @param {string} kind TITLE or BODY
 * @param {string} text
 * @returns {string[]}
 */
export function encodeText(kind, text) {
  const mark = markOf(kind);
  /** @type {string[]} */
  const out = [];
  for (const run of normalise(text).split(/\s+/u)) {
    const chars = [...run];
    if (!chars.length) continue;
    out.push(...pairTokens(kind, run), leadOf(kind) + code(/** @type {string} */ (chars[chars.length - 1])) + END + mark, SEP);
  }
  return out;
}

/**
 * The token stream of a page: blocks in reading order, each with the id readers
 * can link to ('' for texts that are not paragraphs: title line, organisation).
 * @param {{id: string, text: string, title?: boolean}[]} blocks
 */
export function encodePage(blocks) {
  return blocks.flatMap((block) => [`k${block.id}`, ...encodeText(block.title ? TITLE : BODY, block.text)]).join(' ');
}

/**
 * The tokens of one title in the titles index: its pair tokens, and one token
 * per distinct character (for one-character searches).
 * @param {string} title
 * @returns {string[]}
 */
export function encodeTitle(title) {
  const chars = new Set(normalise(title).replace(/\s+/gu, ''));
  return [...encodeText(TITLE, title), ...[...chars].map((ch) => TITLE_LEAD + code(ch) + TITLE)];
}

/**
 * Back from an article's token stream to its texts (normalised; runs joined by
 * one space). Body tokens only: title tokens live in the titles index.
 * @param {string} stream
 * @returns {{id: string, text: string}[]}
 */
export function decodePage(stream) {
  /** @type {{id: string, text: string}[]} */
  const blocks = [];
  let current = { id: '', text: '' };
  for (const token of stream.split(/\s+/)) {
    if (!token) continue;
    if (token[0] === 'k') {
      current = { id: token.slice(1), text: '' };
      blocks.push(current);
      continue;
    }
    if (token[0] !== LEAD || token.length !== 2 + 2 * WIDTH) continue;
    current.text += String.fromCodePoint(parseInt(token.slice(1, 1 + WIDTH), 36));
    if (token.slice(1 + WIDTH, 1 + 2 * WIDTH) === END) current.text += ' ';
  }
  for (const b of blocks) b.text = b.text.trimEnd();
  return blocks;
}

/**
 * What NFKC changed in a block's text, so a result can show the article's own
 * text (，not ,): each changed character with the number of decoded UTF-16
 * units since the previous one's end (decodePage's text: NFKC, whitespace
 * runs as one space), e.g. "12，5：" ("" when nothing changed). Changed
 * characters are never ASCII or whitespace, so digits and characters never mix
 * up. A block where NFKC does not work character by character (a composition
 * across characters, a character that becomes whitespace) gets "": it shows
 * the normalised text.
 * @param {string} text
 */
export function ownMarks(text) {
  let out = '';
  let decoded = '';
  let gap = 0;
  let space = false;
  for (const ch of text) {
    const point = /** @type {number} */ (ch.codePointAt(0));
    // Printable ASCII and CJK Unified Ideographs (most of a bulletin) are neither whitespace nor changed by NFKC.
    const plain = (point > 32 && point < 127) || (point >= 0x4e00 && point <= 0x9fff);
    if (!plain && /\s/u.test(ch)) {
      space = decoded !== '';
      continue;
    }
    if (space) {
      decoded += ' ';
      gap++;
      space = false;
    }
    const n = plain ? ch : normalise(ch);
    if (n !== ch) {
      out += `${gap || ''}${ch}`;
      gap = 0;
    } else gap += n.length;
    decoded += n;
  }
  return decoded === normalise(text).split(/\s+/u).filter(Boolean).join(' ') ? out : '';
}

/**
 * A block's own text back from its decoded text and ownMarks, with a map from
 * decoded offsets to own ones (`end`: an offset inside a changed character
 * maps to its end, else to its start).
 * @param {string} decoded
 * @param {string} marks
 * @returns {{text: string, at: (i: number, end?: boolean) => number}}
 */
export function ownText(decoded, marks) {
  /** @type {{from: number, to: number, own: string}[]} */
  const changes = [];
  let at = 0;
  for (const [, gap, ch] of marks.matchAll(/(\d*)(\D)/gu)) {
    const from = at + Number(gap || 0);
    const to = from + normalise(/** @type {string} */ (ch)).length;
    changes.push({ from, to, own: /** @type {string} */ (ch) });
    at = to;
  }
  let text = '';
  let last = 0;
  for (const c of changes) {
    text += decoded.slice(last, c.from) + c.own;
    last = c.to;
  }
  text += decoded.slice(last);
  const map = (/** @type {number} */ i, end = false) => {
    let shift = 0;
    for (const c of changes) {
      if (i <= c.from) break;
      if (i < c.to) return c.from + shift + (end ? c.own.length : 0);
      shift += c.own.length - (c.to - c.from);
    }
    return i + shift;
  };
  return { text, at: map };
}

/** The meta field of an article's record that holds its blocks' ownMarks (pageOwnMarks). */
export const OWN_META = 'own';

/** Every block's ownMarks, in stream order, joined by "|" (no changed character is "|": those are never ASCII); "" when NFKC changed nothing. */
export const pageOwnMarks = (/** @type {string[]} */ texts) => {
  const marks = texts.map(ownMarks);
  return marks.some(Boolean) ? marks.join('|') : '';
};

/** Block n's ownMarks from the meta field. */
export const blockOwnMarks = (/** @type {string | undefined} */ field, /** @type {number} */ n) => (field ?? '').split('|')[n] ?? '';

/**
 * The Pagefind query for a one-character word: the bare prefix of its tokens
 * (a prefix search): over body text, or its one-character title token.
 * @param {string} kind TITLE or BODY
 * @param {string} char
 */
export function charQuery(kind, char) {
  return leadOf(kind) + code(char) + (kind === TITLE ? TITLE : '');
}

/**
 * A quoted Pagefind search of a word's whole pair chain over body text (which
 * holds the title as well), matching consecutive positions only: the pages
 * that contain the word. Used where Pagefind's own filter counts must be exact.
 * @param {string} word
 */
export function chainQuery(word) {
  const chars = [...word];
  return chars.length === 1 ? charQuery(BODY, /** @type {string} */ (chars[0])) : phraseQuery(pairTokens(BODY, word));
}

/**
 * The pair tokens that pin down a word of two or more characters, each with
 * its offset in the word: every other pair (0, 2, 4, …) and the last one.
 * A text holds the word exactly where these tokens sit at position p + offset
 * for one p: pair i at p + i says character i + 1 follows in the same run, so
 * the token at p + i + 1 starts with it; that token is not a run's end (then
 * p + i + 2 would hold `sep`), so it is the pair (i + 1, i + 2), and pair i + 2
 * at p + i + 2 continues the chain. A six-character word thus needs three
 * tokens' index chunks rather than five.
 * @param {string} kind TITLE or BODY
 * @param {string} word
 * @returns {{token: string, offset: number}[]}
 */
export function wordCover(kind, word) {
  const pairs = pairTokens(kind, word);
  const cover = pairs.map((token, offset) => ({ token, offset })).filter(({ offset }) => offset % 2 === 0);
  if ((pairs.length - 1) % 2) cover.push({ token: /** @type {string} */ (pairs[pairs.length - 1]), offset: pairs.length - 1 });
  return cover;
}

/**
 * Where a word occurs in one page, given the locations of each cover token
 * (same order as wordCover): the start positions p at which every token sits
 * at p + its offset.
 * @param {{offset: number}[]} cover
 * @param {number[][]} locations
 */
export function coverMatches(cover, locations) {
  const sets = locations.map((l) => new Set(l));
  return (locations[0] ?? []).filter((p) => cover.every(({ offset }, i) => /** @type {Set<number>} */ (sets[i]).has(p + offset)));
}
