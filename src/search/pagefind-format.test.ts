// The contract with Pagefind 1.6.0 (public/assets/pagefind-format.js): the
// pinned Pagefind indexes a tiny site's titles here (its Node API, its
// binary), the indexer writes its article shard (./shard-writer.ts), and
// Pagefind's own browser script (pagefind.js, run in Node with a fetch over
// the written files) searches both; each assumption the archive makes of Pagefind's
// internals is checked by number. An upgrade that breaks one fails here.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY, TITLE, charQuery, encodePage, pairTokens } from '../../public/assets/search-codec.js';
import { MAX_SLOTS, NEWEST_FIRST, SIGNATURE, chunksToPreload, fragmentFromBytes, fragmentFromText, indexChunks, phraseQuery, weightSlot } from '../../public/assets/pagefind-format.js';
import { decodeCbor } from './pf-meta.ts';
import { groupHtml } from './titles-index.ts';
import { RECORD_LANGUAGE } from './article-record.ts';
import { writeShard } from './shard-writer.ts';
import type { Pagefind, PagefindResult } from './pagefind-web.ts';

const BASE = 'http://archive.test/pagefind/';
let dir: string;
let pf: Pagefind;
const fetched: string[] = [];
const realFetch = globalThis.fetch;

// Articles: one with many pairs of 青 (a prefix that spans index chunks at this chunk size), one with 青年人 split by a space.
const many = [...'一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北'];
const articles = [
  {
    url: '/a/3/',
    key: '2024-01-01!/a/3/',
    blocks: [
      { id: 'p1', text: '青年人才驿站' },
      { id: 'p2', text: many.map((c) => `青${c}`).join(' ') },
    ],
  },
  { url: '/a/2/', key: '2023-01-01!/a/2/', blocks: [{ id: 'p1', text: '青年 年人' }] },
  { url: '/a/1/', key: '2022-01-01!/a/1/', blocks: [{ id: 'p1', text: '说青年人' }] },
];
// A full titles group: the last slot must come back as itself too.
const titles = Array.from({ length: MAX_SLOTS }, (_, i) => ({ url: `/t/${i}/`, title: i % 2 ? `青年${i}` : `团${i}`, key: '', shard: 0, id: '' }));

async function run(out: string, language: string, add: (index: pagefind.PagefindIndex) => Promise<void>) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join('; '));
  try {
    await add(index);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-contract-'));
  const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '16'; // small chunks: a prefix spans several
  try {
    // Article shards are written by the indexer (./shard-writer.ts), read here by Pagefind's own script.
    writeShard({ bundle: join(dir, 'shard'), records: articles.map((a) => ({ url: a.url, content: encodePage(a.blocks), meta: { title: a.url }, sort: { key: a.key } })), language: RECORD_LANGUAGE, chunkSize: 16 });
    await run(dir, 'zh-cn', async (index) => {
      await index.addHTMLFile({ url: '/titles/0/', content: groupHtml(titles) });
    });
  } finally {
    if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
  }
  globalThis.fetch = async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(BASE)) return realFetch(input);
    fetched.push(url.slice(BASE.length));
    try {
      return new Response(readFileSync(join(dir, url.slice(BASE.length).split('?')[0]!)));
    } catch {
      return new Response('', { status: 404 });
    }
  };
  pf = (await import(pathToFileURL(join(dir, 'pagefind.js')).href)) as Pagefind;
  await pf.options({ basePath: BASE, baseUrl: '/', noWorker: true });
  await pf.init();
  await pf.mergeIndex(`${BASE}shard/`, { baseUrl: '/' });
}, 120_000);

afterAll(() => {
  globalThis.fetch = realFetch;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const metaOf = (bundle: string) => {
  const name = readdirSync(bundle).find((n) => n.endsWith('.pf_meta'))!;
  return gunzipSync(readFileSync(join(bundle, name)));
};
const chunkFetches = (bundle: 'shard/' | '') => fetched.filter((f) => f.endsWith('.pf_index') && (bundle ? f.startsWith(bundle) : !f.startsWith('shard/')));
const positions = (content: string, token: string) => content.split(/\s+/).flatMap((w, i) => (w === token ? [i] : []));

describe('the Pagefind 1.6.0 contract (public/assets/pagefind-format.js)', () => {
  it('1. a fragment is gzip of the signature and JSON, its content the record’s (zero-width marks only where Pagefind segments); read either way', async () => {
    const fragDir = join(dir, 'shard', 'fragment');
    const files = readdirSync(fragDir);
    expect(files.length).toBe(articles.length);
    const contents = [];
    for (const name of files) {
      const gz = readFileSync(join(fragDir, name));
      const plain = gunzipSync(gz);
      expect(plain.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
      const fromGzip = await fragmentFromBytes(new Uint8Array(gz));
      expect(await fragmentFromBytes(new Uint8Array(plain))).toEqual(fromGzip);
      expect(fragmentFromText(plain.toString('utf8'))).toEqual(fromGzip);
      contents.push(fromGzip.content);
      // The records' language is not segmented (RECORD_LANGUAGE), so no marks in shards.
      expect(plain.toString('utf8')).not.toContain('\u200b');
    }
    expect(contents.sort()).toEqual(articles.map((a) => encodePage(a.blocks)).sort());
    // A zh-cn bundle (the titles index) has a mark after every segment, which reading drops.
    const [title] = readdirSync(join(dir, 'fragment'));
    const gz = readFileSync(join(dir, 'fragment', title!));
    expect(gunzipSync(gz).toString('utf8')).toContain('\u200b');
    expect((await fragmentFromBytes(new Uint8Array(gz))).content).not.toContain('\u200b');
  });

  it('2. the meta file lists index chunks as word ranges in order; a term outside a bundle’s ranges loads none of its chunks', async () => {
    const meta = metaOf(join(dir, 'shard'));
    expect(meta.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
    const ranges = indexChunks(decodeCbor(meta.subarray(SIGNATURE.length)));
    expect(ranges.length).toBeGreaterThan(2);
    for (const [i, [from, to]] of ranges.entries()) {
      expect(from <= to).toBe(true);
      if (i) expect(ranges[i - 1]![1] < from).toBe(true);
    }
    // Title tokens (x…) load no chunk of an article shard, body tokens (b…) none of the titles index.
    fetched.length = 0;
    await pf.search(pairTokens(TITLE, '青年')[0]!);
    expect(chunkFetches('shard/')).toEqual([]);
    expect(chunkFetches('').length).toBeGreaterThan(0);
    fetched.length = 0;
    await pf.search(pairTokens(BODY, '青年')[0]!);
    expect(chunkFetches('')).toEqual([]);
    expect(chunkFetches('shard/').length).toBeGreaterThan(0);
  });

  it('2. a prefix search loads only its prefix’s chunk and misses words in the next; preloading the chunks it spans finds them all', async () => {
    const prefix = charQuery(BODY, '青');
    const ranges = indexChunks(decodeCbor(metaOf(join(dir, 'shard')).subarray(SIGNATURE.length)));
    const spans = chunksToPreload(ranges, prefix);
    expect(spans.length).toBeGreaterThan(1);
    const content = encodePage(articles[0]!.blocks);
    const truth = content.split(/\s+/).flatMap((w, i) => (w.startsWith(prefix) ? [i] : []));
    const before = (await pf.search(prefix)).results.find((r) => truth.every((p) => p >= 0) && r.words.length > 0 && r.words.every((p) => truth.includes(p)));
    expect(before && before.words.length < truth.length).toBe(true);
    for (const from of spans) await pf.preload(from);
    const after = (await pf.search(prefix)).results;
    const urls = await Promise.all(after.map(async (r) => (await r.data()).url));
    const first = after[urls.indexOf('/a/3/')]!;
    expect([...first.words].sort((a, b) => a - b)).toEqual(truth);
  });

  it('3. a word’s weight comes back with each location, stored in 24ths: the slot a titles group gives it', async () => {
    const { results } = await pf.search(charQuery(TITLE, '青'));
    expect(results.length).toBe(1);
    const d = await results[0]!.data();
    const slots = [...new Set(d.weighted_locations.map((l) => weightSlot(l.weight)))].sort((a, b) => a - b);
    expect(slots).toEqual(titles.flatMap((t, slot) => (t.title.startsWith('青') ? [slot] : [])));
    expect(slots.at(-1)).toBe(MAX_SLOTS - 1);
  });

  it('4. a quoted search matches its words at consecutive positions only', async () => {
    const chain = pairTokens(BODY, '青年人');
    const pages = async (q: string) => (await Promise.all((await pf.search(q)).results.map(async (r) => (await r.data()).url))).sort();
    expect(await pages(chain[1]!)).toEqual(['/a/1/', '/a/2/', '/a/3/']); // 年人 alone: in all three
    expect(await pages(phraseQuery(chain))).toEqual(['/a/1/', '/a/3/']); // 青年人 as a chain: not in 青年 年人
  });

  it('5. with the sort, results come in its order, a higher score earlier', async () => {
    const { results } = await pf.search(pairTokens(BODY, '青年')[0]!, { sort: NEWEST_FIRST });
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    expect(urls).toEqual(['/a/3/', '/a/2/', '/a/1/']);
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('6. a result’s words are its positions, one per word of the record’s content; data() of a later search changes an earlier result’s locations', async () => {
    const content = encodePage(articles[2]!.blocks);
    const [a, b] = pairTokens(BODY, '说青年');
    const { results } = await pf.search(a!); // 说青: only in /a/1/
    expect(results.length).toBe(1);
    const ra = results[0]!;
    expect(ra.words).toEqual(positions(content, a!));
    const da = await ra.data();
    const seen = da.weighted_locations.map((l) => l.location);
    expect(seen).toEqual(positions(content, a!));
    const rb = (await pf.search(b!)).results.find((r) => r.words.join() === positions(content, b!).join()) as PagefindResult;
    expect(rb).toBeDefined();
    await rb.data();
    // One fragment object per page: read a word's weighted locations before searching the next.
    expect(da.weighted_locations.map((l) => l.location)).not.toEqual(seen);
  });
});
