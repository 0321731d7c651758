// Where each word of a shard's records occurs, and those occurrences as
// Pagefind's index chunks (CBOR) for ./shard-writer.ts. A shard at 10,000
// bulletins holds about 3.4 million words, so they are kept in typed arrays,
// not as a string and an array each: a pair token (`b` + 8 base-36 digits +
// `a`, public/assets/search-codec.js) is looked up by its digits' value, with
// no substring made; other words (block marks, `sep`) by their text.

/** One page's words: its URL (for messages) and its token stream, words separated by single spaces. */
export interface TokenPage {
  url: string;
  content: string;
}

export interface WordOccurrences {
  /** Word id → the word. */
  words: string[];
  /** Page number → how many words its content holds (Pagefind's word_count). */
  wordCount: number[];
  /** Pagefind's measure of a word in a chunk: its locations, one weight mark and one more per page. */
  size(id: number): number;
  /** The CBOR of an index chunk holding these words, in this order. */
  encodeChunk(ids: number[]): Uint8Array;
}

const B = 98;
const A = 97;
const PAIR_LENGTH = 10;
// Pagefind: a word of weight 1 is stored as 24 (1 × 24); a page's locations
// open with a change from the assumed weight 25, written as -(24) - 1.
const WEIGHT_MARK = -25;
const WORD = /^[0-9a-z]+$/;

/** A base-36 digit's value, or -1. */
function digit36(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  return -1;
}

/** An Int32Array list that grows. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const more = new Int32Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Writes CBOR heads and text into a buffer that grows: the few kinds an index
 * chunk holds, straight from the typed arrays (cborg, which writes the meta
 * and filter files, took 1.8 s to encode 1,500 pages' chunks built as nested
 * arrays; this takes about 0.2 s).
 */
class CborOut {
  buf = Buffer.allocUnsafe(1 << 16);
  at = 0;
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const more = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(more, 0, 0, this.at);
    this.buf = more;
  }
  /** A head: major type and its argument, in the fewest bytes (as minicbor writes it). */
  head(major: number, n: number): void {
    this.room(5);
    const m = major << 5;
    if (n < 24) this.buf[this.at++] = m | n;
    else if (n < 0x100) {
      this.buf[this.at++] = m | 24;
      this.buf[this.at++] = n;
    } else if (n < 0x10000) {
      this.buf[this.at++] = m | 25;
      this.buf.writeUInt16BE(n, this.at);
      this.at += 2;
    } else {
      this.buf[this.at++] = m | 26;
      this.buf.writeUInt32BE(n, this.at);
      this.at += 4;
    }
  }
  int(v: number): void {
    if (v >= 0) this.head(0, v);
    else this.head(1, -1 - v);
  }
  array(n: number): void {
    this.head(4, n);
  }
  text(s: string): void {
    const n = Buffer.byteLength(s);
    this.head(3, n);
    this.room(n);
    this.at += this.buf.write(s, this.at);
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

/** The words of `pages`, numbered in their order; throws on a word Pagefind would not keep as it is. */
export function wordOccurrences(pages: TokenPage[]): WordOccurrences {
  const pairs = new Map<number, number>();
  const named = new Map<string, number>();
  const words: string[] = [];
  const ofWord = new IntList();
  const ofPage = new IntList();
  const ofPosition = new IntList();
  const wordCount: number[] = [];
  for (const [page, { url, content: s }] of pages.entries()) {
    let position = 0;
    for (let i = 0; i < s.length; ) {
      let j = s.indexOf(' ', i);
      if (j < 0) j = s.length;
      if (j === i || j === s.length - 1) throw new Error(`search index: ${url}: words must be separated by single spaces (at ${i})`);
      let key = -1;
      if (j - i === PAIR_LENGTH && s.charCodeAt(i) === B && s.charCodeAt(j - 1) === A) {
        key = 0;
        for (let k = i + 1; k < j - 1; k++) {
          const d = digit36(s.charCodeAt(k));
          if (d < 0) {
            key = -1;
            break;
          }
          key = key * 36 + d;
        }
      }
      let id = key >= 0 ? pairs.get(key) : undefined;
      if (id === undefined) {
        const word = s.slice(i, j);
        id = key >= 0 ? undefined : named.get(word);
        if (id === undefined) {
          if (!WORD.test(word)) throw new Error(`search index: ${url}: "${word}" is not a word Pagefind would keep as it is`);
          id = words.length;
          words.push(word);
          if (key >= 0) pairs.set(key, id);
          else named.set(word, id);
        }
      }
      ofWord.push(id);
      ofPage.push(page);
      ofPosition.push(position++);
      i = j + 1;
    }
    wordCount.push(position);
  }

  // Each word's occurrences together, still in page and position order (a counting sort).
  const count = new Int32Array(words.length);
  const pageCount = new Int32Array(words.length);
  const lastPage = new Int32Array(words.length).fill(-1);
  for (let o = 0; o < ofWord.length; o++) {
    const id = ofWord.data[o]!;
    count[id]!++;
    if (lastPage[id] !== ofPage.data[o]) {
      lastPage[id] = ofPage.data[o]!;
      pageCount[id]!++;
    }
  }
  const start = new Int32Array(words.length + 1);
  for (let id = 0; id < words.length; id++) start[id + 1] = start[id]! + count[id]!;
  const fill = start.slice(0, words.length);
  const page = new Int32Array(ofWord.length);
  const position = new Int32Array(ofWord.length);
  for (let o = 0; o < ofWord.length; o++) {
    const at = fill[ofWord.data[o]!]!++;
    page[at] = ofPage.data[o]!;
    position[at] = ofPosition.data[o]!;
  }

  return {
    words,
    wordCount,
    size: (id) => count[id]! + 2 * pageCount[id]!,
    encodeChunk(ids) {
      const out = new CborOut();
      out.array(1);
      out.array(ids.length);
      for (const id of ids) {
        out.array(3);
        out.text(words[id]!);
        out.array(pageCount[id]!);
        // Pagefind: page numbers as the distance from the word's previous page;
        // a page's locations the weight mark, the first position, then each
        // one's distance from the last; no meta locations.
        let previous = 0;
        for (let o = start[id]!; o < start[id + 1]!; ) {
          let end = o + 1;
          while (end < start[id + 1]! && page[end] === page[o]) end++;
          out.array(3);
          out.int(page[o]! - previous);
          previous = page[o]!;
          out.array(1 + (end - o));
          out.int(WEIGHT_MARK);
          out.int(position[o]!);
          for (let k = o + 1; k < end; k++) out.int(position[k]! - position[k - 1]!);
          out.array(0);
          o = end;
        }
        out.array(0); // no variants (diacritics): the words are ASCII
      }
      return out.bytes();
    },
  };
}
