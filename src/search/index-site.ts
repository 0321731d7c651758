// Search index stage: the built site's article pages in shards (./shards.ts)
// of Pagefind bundles. Article pages become records of pair tokens (exact
// search, ./article-record.ts), and each shard is written in Pagefind's
// format by ./shard-writer.ts, on both cores: dist/pagefind/shard-N/, newest
// first, and pages added since the plan in dist/pagefind/delta/ (index files
// only). Then Pagefind itself makes the titles index (./titles-index.ts):
// dist/pagefind/, with pagefind.js and the wasm every shard shares: the
// search page opens it first and merges shards (mergeIndex) only as far as it
// needs them.
// Beside each bundle: its chunk ranges (chunks.json, for one-character
// queries); for all: the page table (./page-table.ts), the titles' group
// members, and pagefind/shards.json (shards, their stretches of the archive's
// order, the table's layout, the titles' groups). Issue pages (HTML with
// data-pagefind-body) go into their own indexes, one per publication,
// dist/pagefind/issues/{publication}/, which the article search does not load.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { chunkRanges } from './pf-meta.ts';
import { planShards } from './shards.ts';
import { config } from '../config/index.ts';
import { newestFirst, sortKey } from './sort-key.ts';
import { groupHtml, groupOfUrl, groupUrl, titleGroups, type TitledArticle } from './titles-index.ts';
import { parseState, planIncremental, type PlanState, type ShardPlan } from './delta-plan.ts';
import { readBundlePages, writePageTable } from './page-table.ts';
import type { ChunkList, Member, PageRow, ShardsFile } from './index-files.ts';
import { shardCache, type ShardCache } from './shard-cache.ts';
import { recordMemo } from './record-memo.ts';
import { pageFactsMemo } from './page-facts.ts';
import { recordPool } from './record-pool.ts';
import { filesUnder } from '../files/files-under.ts';
import { useChunkSize } from './pagefind-run.ts';
import { indexPool, type IndexPool } from './index-pool.ts';
import { RECORD_LANGUAGE } from './article-record.ts';

export interface ShardReport {
  dir: string;
  pages: number;
  seconds: number;
  reused: boolean;
}
export interface IndexReport {
  pages: number;
  articles: number;
  shards: ShardReport[];
  collisions: number;
  /** Why the shards were planned afresh; undefined when the last build's base shards were kept (with a delta shard for pages added since). */
  replanned?: string;
  /** Every page's content hash (SHA-1, hex) by its path in the site (a/b/index.html), for the offline copy. */
  pageHashes: Map<string, string>;
}

/** Chunk ranges file, in each shard folder (read by public/assets/search-index.js). */
export const CHUNKS_FILE = 'chunks.json';
/** The shard list and page-table layout, in dist/pagefind/. */
export const SHARDS_FILE = 'shards.json';
export const TABLE_DIR = 'pages';
/** The titles' groups' members, {g}.json. */
export const MEMBERS_DIR = 'members';
export const ISSUES_DIR = 'issues';
/** The delta shard's folder: article pages added since the base shards were planned (./delta-plan.ts). */
export const DELTA_DIR = 'delta';
/** The last build's base shards, in the cache folder. */
const PLAN_FILE = 'search-plan.json';

/** The HTML files under `dir`, outside any `pagefind` folder, in a depth-first walk's order. */
function htmlFiles(dir: string): string[] {
  return filesUnder(dir)
    .filter((f) => f.endsWith('.html') && !f.split('/').slice(0, -1).includes('pagefind'))
    .map((f) => join(dir, f));
}

function siteUrl(outDir: string, file: string): string {
  const path = `/${relative(outDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Drop what a Pagefind bundle shares with the titles bundle (pagefind.js, UIs, wasm). */
function stripShared(bundle: string): void {
  for (const name of readdirSync(bundle)) if (/\.(js|css)$/.test(name) || name.startsWith('wasm.')) rmSync(join(bundle, name));
}

/** `cacheDir`: where unchanged shards are kept between builds (./shard-cache.ts); none when undefined. */
export async function indexSite(outDir: string, log: (line: string) => void = () => {}, cacheDir?: string): Promise<IndexReport> {
  const root = join(outDir, 'pagefind');
  const articles: string[] = [];
  const issues: string[] = [];
  const fileOf = new Map<string, string>();
  const keyOf = new Map<string, string>();
  const hashOf = new Map<string, string>();
  const pageHashes = new Map<string, string>();
  // Each page's kind and date, read only from pages changed since the last build.
  const pageFacts = pageFactsMemo(cacheDir);
  for (const file of htmlFiles(outDir)) {
    const url = siteUrl(outDir, file);
    fileOf.set(url, file);
    const { hash, facts } = pageFacts.of(url, file);
    hashOf.set(url, hash);
    pageHashes.set(relative(outDir, file).split(sep).join('/'), hash);
    if (facts.kind === 'article') {
      articles.push(url);
      keyOf.set(url, sortKey(facts.date, url));
    } else if (facts.kind === 'issue') issues.push(url);
  }
  const key = (url: string) => keyOf.get(url)!;
  const size = config().shardBulletins;
  const planFile = cacheDir ? join(cacheDir, PLAN_FILE) : undefined;
  const previous = planFile && existsSync(planFile) ? parseState(readFileSync(planFile, 'utf8')) : undefined;
  const fresh = planShards(
    articles.map((url) => ({ url, key: key(url) })),
    size,
  );
  const plan: ShardPlan = planIncremental(articles, size, fresh, previous, key);
  const runs = plan.base.map((urls, i) => ({ dir: `shard-${i + 1}/`, urls, kind: 'shard' }));
  if (plan.delta.length) runs.push({ dir: `${DELTA_DIR}/`, urls: plan.delta, kind: DELTA_DIR });
  log(plan.replanned ? `search index: shards planned afresh (${plan.replanned})` : `search index: the last build's ${plan.base.length} base shard(s) kept, ${plan.delta.length} article(s) added since in the delta shard`);
  const chunkSize = useChunkSize(); // before the cache keys read it
  const cache = shardCache(cacheDir);
  const memo = recordMemo(cacheDir);
  const pool = indexPool();
  const records = recordPool();
  // The issue pages' index runs beside the shards: it needs nothing from them.
  const issuesDone = indexIssues(
    root,
    issues.map((url) => ({ url, file: fileOf.get(url)!, hash: hashOf.get(url)! })),
    cache,
    pool,
  );
  issuesDone.catch(() => {}); // awaited below, after the shards: no unhandled rejection meanwhile
  // One shard more than the pool runs at once has its records made (by the
  // record pool) while the others index, so the pool never waits for records;
  // no more, so records of shards not yet indexing are not all held at once.
  const shardLimit = pLimit(pool.width + 1);
  const indexShard = async ({ dir, urls, kind }: (typeof runs)[number], i: number): Promise<{ report: ShardReport; rows: Map<string, PageRow>; placed: Promise<void> }> => {
    const bundle = join(root, dir);
    const started = Date.now();
    // Records are made (by the record pool) only for pages the memo does not know, and for a shard that must be indexed.
    const task = (url: string) => ({ file: fileOf.get(url)!, url, key: key(url) });
    const keys = urls.map((url) => memo.keyOf(url, hashOf.get(url)!));
    const known = keys.map((k) => memo.known(k));
    const made = await records.make(urls.filter((_, at) => known[at] === undefined).map(task));
    const hashes = urls.map((url, at) => known[at] ?? memo.remember(keys[at]!, JSON.stringify(made.get(url))));
    const { reused, kept, placed } = await cache.bundle(bundle, [kind, ...hashes], async (out) => {
      const rest = await records.make(urls.filter((url) => !made.has(url)).map(task)); // pages the memo knew
      const list = urls.map((url) => made.get(url) ?? rest.get(url)!);
      made.clear();
      const written = await pool.shard({ bundle: out, records: list, language: RECORD_LANGUAGE, chunkSize });
      const chunks: ChunkList = written.chunks;
      writeFileSync(join(out, CHUNKS_FILE), JSON.stringify(chunks));
      // The page table's rows, kept beside the cached bundle.
      return written.pages.map(({ id, url, meta, filters }): [string, PageRow] => [id, [url, meta.title ?? '', meta.date ?? '', filters]]);
    });
    const seconds = (Date.now() - started) / 1000;
    log(`search index: shard ${i + 1}/${runs.length} (pagefind/${dir}): ${urls.length} articles in ${seconds.toFixed(1)} s${reused ? ' (unchanged: reused from the cache)' : ''}`);
    return { report: { dir: `pagefind/${dir}`, pages: urls.length, seconds, reused }, rows: new Map(kept), placed };
  };
  const done = await Promise.all(runs.map((run, i) => shardLimit(() => indexShard(run, i)))).finally(() => records.close());
  const shards = done.map((d) => d.report);
  const rows = done.map((d) => d.rows);
  memo.save();
  pageFacts.save();
  if (memo.parsed() < articles.length) log(`search index: ${memo.parsed()} of ${articles.length} article pages parsed (the others' records known from the last build)`);
  const table = writePageTable(join(root, TABLE_DIR), rows);
  const titles = await indexTitles(root, rows, key, cache, pool, log);
  const placed = [...done.map((d) => d.placed), titles.placed];
  const ranges = runs.map(({ urls }): [string, string] => {
    const keys = urls.map(key).sort(newestFirst);
    return [keys[0]!, keys[keys.length - 1]!];
  });
  const shardsFile: ShardsFile = {
    shards: shards.map((s) => s.dir.slice('pagefind/'.length)),
    ranges,
    table: { digits: table.digits, collisions: table.collisions },
    titles: { groups: titles.groups },
  };
  writeFileSync(join(root, SHARDS_FILE), JSON.stringify(shardsFile));
  await issuesDone;
  await Promise.all(placed);
  cache.prune();
  if (planFile) {
    const state: PlanState = { size, base: plan.base };
    mkdirSync(cacheDir!, { recursive: true });
    writeFileSync(planFile, JSON.stringify(state));
  }
  return { pages: articles.length + issues.length, articles: articles.length, shards, collisions: table.collisions.length, replanned: plan.replanned, pageHashes };
}

/**
 * The titles index into `root` (with pagefind.js and the wasm) and its groups'
 * members into root/members/; returns the index's result ids → group numbers.
 * `rows`: each shard's page table rows (url, title), by result id.
 */
async function indexTitles(root: string, rows: Map<string, PageRow>[], key: (url: string) => string, cache: ShardCache, pool: IndexPool, log: (line: string) => void): Promise<{ groups: Record<string, number>; placed: Promise<void> }> {
  const started = Date.now();
  const all: TitledArticle[] = rows.flatMap((shard, i) => [...shard].map(([id, [url, title]]) => ({ url, title, key: key(url), shard: i, id })));
  all.sort((a, b) => newestFirst(a.key, b.key));
  const groups = titleGroups(all);
  const pages = groups.map((group, g) => ({ url: groupUrl(g), content: groupHtml(group) }));
  const { reused, kept, placed } = await cache.bundle(root, ['titles', ...pages.flatMap((p) => [p.url, p.content])], async (out) => {
    await pool.pagefind({ bundle: out, pages });
    const chunks: ChunkList = pages.length ? chunkRanges(out).map((c) => [c.from, c.to]) : [];
    writeFileSync(join(out, CHUNKS_FILE), JSON.stringify(chunks));
    return pages.length ? [...readBundlePages(out)].map(([id, [url]]): [string, number] => [id, groupOfUrl(url)]) : [];
  });
  const membersDir = join(root, MEMBERS_DIR);
  mkdirSync(membersDir, { recursive: true });
  for (const [g, group] of groups.entries()) writeFileSync(join(membersDir, `${g}.json`), JSON.stringify(group.map((a): Member => [a.shard, a.id, a.url])));
  log(`search index: titles (pagefind/): ${all.length} titles in ${groups.length} groups in ${((Date.now() - started) / 1000).toFixed(1)} s${reused ? ' (unchanged: reused from the cache)' : ''}`);
  return { groups: Object.fromEntries(kept), placed };
}

/**
 * Issue pages (HTML with data-pagefind-body; `hash`: their bytes') into their own indexes, one per publication,
 * root/issues/{publication}/, which no article search loads. One index of all of them was a Pagefind run over
 * every issue page (~25 s at 10,000 bulletins) whenever one changed; an issue added changes its own publication's
 * pages (itself and its neighbours), so a rebuild runs Pagefind for that publication only and takes the others'
 * from the cache.
 */
async function indexIssues(root: string, pages: { url: string; file: string; hash: string }[], cache: ShardCache, pool: IndexPool): Promise<void> {
  const byPublication = Map.groupBy(pages, (p) => p.url.split('/')[1] ?? '');
  await Promise.all(
    [...byPublication].map(([publication, own]) =>
      cache
        .bundle(join(root, ISSUES_DIR, publication), ['issues', publication, ...own.flatMap((p) => [p.url, p.hash])], async (out) => {
          await pool.pagefind({ bundle: out, pages: own.map(({ url, file }) => ({ url, content: readFileSync(file, 'utf8') })) });
          stripShared(out);
        })
        .then(({ placed }) => placed),
    ),
  );
}
