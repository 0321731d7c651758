// @ts-check
// Article pages opened from a search result (…/?q=亲青恋#p3, or a
// #:~:text= fragment): mark every occurrence of the query's words in the
// paragraph the link names (else the first paragraph holding them all) and
// scroll there. The whole word is marked, never its single characters; text is
// compared under NFKC, as the index does (./query-words.js).
import { normalise, queryWords } from './query-words.js';

const params = new URLSearchParams(location.search);
let query = params.get('q') ?? '';
const textFragment = /:~:text=([^&]*)/.exec(decodeURIComponent(location.hash));
if (!query && textFragment) query = textFragment[1] ?? '';
const words = queryWords(query);

/**
 * The block's text nodes and their text under NFKC, with a map from each
 * normalised UTF-16 unit back to [text node, offset].
 * @param {Element} block
 */
function normalisedText(block) {
  /** @type {[Text, number][]} */
  const map = [];
  let text = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[data-nosrc]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = /** @type {Text} */ (node);
    let offset = 0;
    for (const ch of t.data) {
      const n = normalise(ch);
      for (let i = 0; i < n.length; i++) map.push([t, offset]);
      text += n;
      offset += ch.length;
    }
  }
  return { text, map };
}

/**
 * Wrap every occurrence of the words in <mark>, piece by piece where a match spans elements.
 * @param {Element} block
 */
function mark(block) {
  const { text, map } = normalisedText(block);
  /** @type {[number, number][]} */
  const spans = [];
  for (let at = 0; at < text.length; ) {
    let best = -1;
    let len = 0;
    for (const w of words) {
      const i = text.indexOf(w, at);
      if (i >= 0 && (best < 0 || i < best || (i === best && w.length > len))) [best, len] = [i, w.length];
    }
    if (best < 0) break;
    spans.push([best, best + len]);
    at = best + len;
  }
  // Last first, so earlier offsets stay valid while text nodes are split.
  for (const [start, end] of spans.reverse()) {
    /** @type {Map<Text, [number, number]>} */
    const pieces = new Map();
    for (let i = start; i < end; i++) {
      const [node, offset] = /** @type {[Text, number]} */ (map[i]);
      const piece = pieces.get(node);
      const stop = offset + ((node.data.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1);
      pieces.set(node, piece ? [piece[0], Math.max(piece[1], stop)] : [offset, stop]);
    }
    for (const [node, [from, to]] of [...pieces].reverse()) {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const m = document.createElement('mark');
      m.className = 'search-hit';
      range.surroundContents(m);
    }
  }
  return spans.length > 0;
}

if (words.length) {
  const body = document.querySelector('[data-src="body"]');
  const blocks = body ? [...body.children].filter((e) => e.id) : [];
  const named = location.hash.startsWith('#') && !location.hash.startsWith('#:~:') ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const holds = (/** @type {Element} */ b, /** @type {'every' | 'some'} */ how) => words[how]((w) => normalisedText(b).text.includes(w));
  const target = (named && blocks.includes(named) && holds(named, 'some') ? named : undefined) ?? blocks.find((b) => holds(b, 'every')) ?? blocks.find((b) => holds(b, 'some'));
  if (target && mark(target)) {
    target.classList.add('search-target');
    target.scrollIntoView({ block: 'center' });
  }
}
