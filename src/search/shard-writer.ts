// An article shard written in Pagefind 1.6.0's bundle format by the indexer
// itself, for the pinned Pagefind's browser script and wasm to read
// (mergeIndex). The records are token streams (./article-record.ts), every
// word already lower-case ASCII, so Pagefind's indexing adds nothing to them
// but time: at 1,000 bulletins its runs took about 50 s of CPU, most of it
// positions packed and files compressed one page at a time in a process that
// a second run on the other core slowed further. Here one pass over each
// record's words makes the same files.
//
// The files are Pagefind's own, byte for byte once un-gzipped (names
// included: they are hashes of the bytes), with one difference: Pagefind 1.6
// also indexes each meta value's words, which no query of the archive's asks
// for (queries are pair tokens; title words have their own index), so they
// are left out. ./shard-writer.test.ts runs the pinned Pagefind on the same
// records and compares; ./pagefind-format.test.ts runs Pagefind's browser
// script on a shard written here. What was read from Pagefind's source
// (pagefind/src/index/mod.rs, output/mod.rs, fossick/mod.rs) is marked
// "Pagefind:" below.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { SIGNATURE } from '../../public/assets/pagefind-format.js';
import { wordOccurrences } from './word-occurrences.ts';

/** The format written: the pinned Pagefind's (package.json). */
const PAGEFIND_VERSION = '1.6.0';

/** One page of a shard, as Pagefind's addCustomRecord takes it. */
export interface ShardRecord {
  url: string;
  /** Words separated by single spaces, each of [0-9a-z] only. */
  content: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** What the writer knows of each page without reading its files back: result id, URL, fragment data. */
export interface WrittenPage {
  id: string;
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A shard to write: its folder, its pages in order, their language, the index chunk size in locations. */
export interface ShardJob {
  bundle: string;
  records: ShardRecord[];
  language: string;
  chunkSize: number;
}

export interface WrittenShard {
  pages: WrittenPage[];
  /** The index chunks' word ranges, in order (what ./pf-meta.ts chunkRanges reads back). */
  chunks: [string, string][];
}

// Pagefind: "Punctuation, Connector" characters count as word characters (utils.rs WORD_SYMBOLS), listed in the entry file.
const WORD_SYMBOLS = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

/** Pagefind's hash: SHA-1, each byte in hex without its leading zero (Rust's `{:x?}`). */
function fullHash(bytes: string | Uint8Array): string {
  let out = '';
  for (const b of createHash('sha1').update(bytes).digest()) out += b.toString(16);
  return out;
}

/** Rust's string order: by UTF-8 bytes (JS compares UTF-16 units, which differs above U+FFFF). */
const byBytes = (a: string, b: string) => (a === b ? 0 : Buffer.compare(Buffer.from(a), Buffer.from(b)));

/** A JSON object with its keys in byte order (serde's BTreeMap). */
function sortedObject<T>(o: Record<string, T> | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o ?? {}).sort(byBytes)) out[k] = o![k]!;
  return out;
}

/**
 * Short names for hashed files, as Pagefind gives them: the first `length`
 * characters, or more where two files would share them (`step` more at a
 * time: 1 for fragments, 2 for index and filter chunks, as Pagefind does).
 */
function shortNames(step: number) {
  const taken = new Set<string>();
  return (full: string, length: number): string => {
    let short = full.slice(0, length);
    while (taken.has(short) && short.length < full.length) short = full.slice(0, short.length + step);
    taken.add(short);
    return short;
  };
}

// Pagefind: a sort whose every value parses as an i32 or f32 (lexical_core) sorts as numbers, else as strings.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Each sort's page numbers in ascending order of its values (a stable sort, as Rust's). */
function sorts(records: ShardRecord[]): [string, number[]][] {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r.sort ?? {})))].sort(byBytes);
  return keys.map((key) => {
    const values = records.flatMap((r, page) => (r.sort?.[key] === undefined ? [] : [{ value: r.sort[key]!, page }]));
    const numeric = values.every((v) => NUMBER.test(v.value));
    values.sort((a, b) => (numeric ? Number(a.value) - Number(b.value) : byBytes(a.value, b.value)));
    return [key, values.map((v) => v.page)];
  });
}

// Fragments are most of the bytes written; the level Pagefind uses (9) made
// them 0.3 % smaller than 6 in 33 % more time (1,500 article pages).
const gzipped = (data: string | Uint8Array, level = 9) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(data)]), { level });
const FRAGMENT_LEVEL = 6;

/**
 * Writes the shard of `records` (pages numbered in this order) into `bundle`:
 * fragments, index chunks of about `chunkSize` locations, filters, the meta
 * file and pagefind-entry.json, all for `language`.
 */
export function writeShard({ bundle, records, language, chunkSize }: ShardJob): WrittenShard {
  const prefix = `${language}_`;
  const words = wordOccurrences(records);
  const pages: WrittenPage[] = [];
  const metas: [string, number, string][] = [];
  const filterPages = new Map<string, Map<string, number[]>>();
  const fragmentName = shortNames(1);
  mkdirSync(join(bundle, 'fragment'), { recursive: true });
  for (const [page, record] of records.entries()) {
    const meta = sortedObject(record.meta);
    const filters = sortedObject(record.filters);
    for (const [filter, values] of Object.entries(filters)) {
      const byValue = filterPages.get(filter) ?? filterPages.set(filter, new Map()).get(filter)!;
      for (const value of values) (byValue.get(value) ?? byValue.set(value, []).get(value)!).push(page);
    }
    const count = words.wordCount[page]!;
    const json = JSON.stringify({ url: record.url, content: record.content, word_count: count, filters, meta, anchors: [] });
    const id = fragmentName(prefix + fullHash(json), prefix.length + 7);
    writeFileSync(join(bundle, 'fragment', `${id}.pf_fragment`), gzipped(json, FRAGMENT_LEVEL));
    metas.push([id, count, '']);
    pages.push({ id, url: record.url, meta, filters });
  }

  const filterName = shortNames(2);
  const filterRows: [string, string][] = [];
  if (filterPages.size) mkdirSync(join(bundle, 'filter'), { recursive: true });
  for (const filter of [...filterPages.keys()].sort(byBytes)) {
    const byValue = filterPages.get(filter)!;
    const cbor = encode([filter, [...byValue.keys()].sort(byBytes).map((value) => [value, byValue.get(value)!])]);
    const name = filterName(prefix + fullHash(cbor), prefix.length + 7);
    writeFileSync(join(bundle, 'filter', `${name}.pf_filter`), gzipped(cbor));
    filterRows.push([filter, name]);
  }

  // Pagefind: words in byte order (all ASCII here), a chunk closed once it holds `chunkSize` locations (one more a page).
  const order = words.words.map((_, id) => id).sort((a, b) => byBytes(words.words[a]!, words.words[b]!));
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const id of order) {
    size += words.size(id);
    current.push(id);
    if (size >= chunkSize) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) chunks.push(current);
  const ranges = shortenedRanges(chunks.map((c) => c.map((id) => words.words[id]!)));
  const chunkName = shortNames(2);
  const chunkRows: [string, string, string][] = [];
  if (chunks.length) mkdirSync(join(bundle, 'index'), { recursive: true });
  for (const [i, chunk] of chunks.entries()) {
    const cbor = words.encodeChunk(chunk);
    const name = chunkName(prefix + fullHash(cbor), prefix.length + 7);
    writeFileSync(join(bundle, 'index', `${name}.pf_index`), gzipped(cbor));
    chunkRows.push([ranges[i]![0], ranges[i]![1], name]);
  }

  const metaFields = [...new Set(records.flatMap((r) => Object.keys(r.meta ?? {})))].sort(byBytes);
  const meta = encode([PAGEFIND_VERSION, metas, chunkRows, filterRows, sorts(records), metaFields]);
  const metaName = prefix + fullHash(meta).slice(0, prefix.length + 7);
  writeFileSync(join(bundle, `pagefind.${metaName}.pf_meta`), gzipped(meta));
  const entry = { version: PAGEFIND_VERSION, languages: { [language]: { hash: metaName, wasm: null, page_count: records.length } }, include_characters: WORD_SYMBOLS };
  writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
  return { pages, chunks: ranges };
}

/**
 * Pagefind's chunk ranges: each chunk from its first word to its last, then
 * the boundary between two neighbours shortened to one character past their
 * common prefix (the earlier chunk's end only where that stays at or after
 * its start).
 */
function shortenedRanges(chunks: string[][]): [string, string][] {
  const ranges = chunks.map((c): [string, string] => [c[0] ?? '', c[c.length - 1] ?? '']);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = [...ranges[i]![1]];
    const b = [...ranges[i + 1]![0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const to = a.slice(0, common + 1).join('');
    if (byBytes(to, ranges[i]![0]) >= 0) ranges[i]![1] = to;
    ranges[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return ranges;
}
