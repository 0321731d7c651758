// The shard writer against the pinned Pagefind itself: the same records
// indexed by Pagefind (its Node API and binary) and written by ./shard-writer.ts
// must give the same files, byte for byte once un-gzipped, names included.
// With meta values, Pagefind also indexes their words, which the writer leaves
// out by design: there the pages, fragments, filters and sorts must still be
// Pagefind's, and every word of the content must have Pagefind's locations.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePage } from '../../public/assets/search-codec.js';
import { SIGNATURE } from '../../public/assets/pagefind-format.js';
import { RECORD_LANGUAGE } from './article-record.ts';
import { runPagefind } from './pagefind-run.ts';
import { type ShardRecord, writeShard } from './shard-writer.ts';
import { decodeCbor } from './pf-meta.ts';

const dir = mkdtempSync(join(tmpdir(), 'shard-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Texts with what the archive's pages hold: Chinese, full-width punctuation, ASCII words and digits, spaces, a character outside the BMP, repeats.
const texts = ['共青团嘉兴市委员会', '志愿服务，青年先行。2023年共有1,205名青年参加。', 'Youth League 团市委 YOUTH', '青年青年青年', '𠀋字与“引号”（括号）', '亲青恋 婚恋交友'];
const records: ShardRecord[] = Array.from({ length: 24 }, (_, i) => ({
  url: `/pub/${2000 + i}/01/${(i % 3) + 1}/`,
  content: encodePage([
    { id: '', text: texts[i % texts.length]! },
    { id: `p${i}`, text: texts[(i * 5 + 1) % texts.length]! + texts[(i + 2) % texts.length]! },
    { id: 's1', text: texts[(i + 3) % texts.length]! },
  ]),
  meta: { title: `标题 ${i}`, date: `${2000 + i}-01-0${(i % 9) + 1}`, own: i % 2 ? '||3，' : '' },
  filters: { 年份: [String(2000 + i)], 地区: i % 4 ? ['嘉兴市', '海盐县'] : ['杭州市'], 刊物: [i % 2 ? '嘉兴青年工作信息' : '浙江青年工作信息'] },
  sort: { key: `${2000 + (i % 7)}-01-01!/pub/${i}/` },
}));

/** Every file of a bundle but Pagefind's shared scripts and wasm: path → bytes (un-gzipped). */
function bundleFiles(bundle: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(bundle, { recursive: true }).map(String).sort()) {
    if (/\.(js|css)$|^wasm\.|^(fragment|index|filter)$/.test(f)) continue;
    const bytes = readFileSync(join(bundle, f));
    out.set(f, f.endsWith('.json') ? bytes : gunzipSync(bytes));
  }
  return out;
}

async function both(name: string, recs: ShardRecord[], chunkSize: number) {
  const theirs = join(dir, `${name}-pagefind`);
  const ours = join(dir, `${name}-ours`);
  const saved = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  try {
    await runPagefind({ bundle: theirs, records: recs.map((r) => ({ ...r, language: RECORD_LANGUAGE })) });
  } finally {
    if (saved === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = saved;
  }
  const written = writeShard({ bundle: ours, records: recs, language: RECORD_LANGUAGE, chunkSize });
  return { theirs: bundleFiles(theirs), ours: bundleFiles(ours), written };
}

type Row = [string, number, ...unknown[]];
const cbor = (bytes: Buffer) => decodeCbor(bytes.subarray(SIGNATURE.length)) as unknown[];
const metaOf = (files: Map<string, Buffer>) => cbor([...files].find(([f]) => f.endsWith('.pf_meta'))![1]);
/** word → [absolute page number, content locations][] across a bundle's index chunks. */
function contentWords(files: Map<string, Buffer>): Map<string, [number, number[]][]> {
  const out = new Map<string, [number, number[]][]>();
  for (const [f, bytes] of files) {
    if (!f.startsWith('index/')) continue;
    for (const [word, pages] of (cbor(bytes) as [[string, [number, number[], number[]][]][]])[0]) {
      let page = 0;
      const list = pages.map(([delta, locs]): [number, number[]] => [(page += delta), locs]).filter(([, locs]) => locs.length);
      if (list.length) out.set(word, list);
    }
  }
  return out;
}

describe('writeShard', () => {
  it('writes the files Pagefind writes for the same records, names included (no meta values)', async () => {
    // A small chunk size: many chunks, so their ranges' shortened boundaries are compared too.
    const { theirs, ours, written } = await both(
      'plain',
      records.map((r) => ({ ...r, meta: {} })),
      40,
    );
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    expect([...theirs.keys()].filter((f) => f.startsWith('index/')).length).toBeGreaterThan(5);
    for (const [f, bytes] of theirs) expect(ours.get(f)!.equals(bytes), f).toBe(true);
    expect(written.pages.map((p) => p.url)).toEqual(records.map((r) => r.url));
  }, 60_000);

  it('with meta values: the same pages, fragments, filters, sorts, and content words with their locations', async () => {
    const { theirs, ours, written } = await both('meta', records, 5000);
    const [theirMeta, ourMeta] = [metaOf(theirs), metaOf(ours)];
    expect(ourMeta[1]).toEqual(theirMeta[1]); // pages: fragment ids and word counts
    expect(ourMeta[3]).toEqual(theirMeta[3]); // filters
    expect(ourMeta[4]).toEqual(theirMeta[4]); // sorts
    expect(ourMeta[5]).toEqual(theirMeta[5]); // meta fields
    for (const [f, bytes] of theirs) if (/^(fragment|filter)\//.test(f)) expect(ours.get(f)!.equals(bytes), f).toBe(true);
    expect(contentWords(ours)).toEqual(contentWords(theirs));
    // The chunk ranges returned are the meta file's.
    expect(written.chunks).toEqual((ourMeta[2] as Row[]).map(([from, to]) => [from, to]));
    expect(written.pages.map((p) => p.id)).toEqual((ourMeta[1] as Row[]).map(([id]) => id));
  }, 60_000);

  it('refuses a word Pagefind would change, naming the page', () => {
    const bad = (content: string) => () => writeShard({ bundle: join(dir, 'bad'), records: [{ url: '/x/1/', content }], language: RECORD_LANGUAGE, chunkSize: 5000 });
    expect(bad('k b0h5u0lpva Sep')).toThrow(/\/x\/1\/: "Sep"/);
    expect(bad('k  sep')).toThrow(/\/x\/1\/: words must be separated by single spaces/);
    expect(bad('k sep ')).toThrow(/single spaces/);
  });
});
