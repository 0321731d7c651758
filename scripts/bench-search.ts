// npm run bench:search -- [BULLETINS_DIR] [--out DIR] [--queries N] [--seed N] [--fresh N]
// Builds the archive (or reuses DIR when it already holds a Pagefind bundle),
// draws queries from its own article text (substrings of 2–6 characters, one
// character, two words, district and organisation names), runs each through
// window.archiveSearch in real Chromium and compares with grep over the built
// pages. Prints recall, precision, title-first share, query times and the
// bytes a first query fetches. A benchmark, never a timed test. Each run draws
// fresh queries (the seed is printed; --seed N repeats a run).
//
// Bytes are counted as a static host sends them: the bench server gzips text
// (HTML, JS, JSON, CSS) on the fly as GitHub Pages and most hosts do, and
// sends Pagefind's binary files (index, meta, fragments, wasm: already gzip)
// as they are. Both the transferred and the uncompressed totals are printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveLikeAHost } from './bench/static-host.ts';
import { firstSearch } from './bench/first-search.ts';
import { readArticles, holdsQuery, titleHolds, type Article } from '../tests/support/article-text.ts';
import { yearCounts } from '../tests/support/search-compare.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const input = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'content/bulletins';
const out = resolve(opt('--out', join('/tmp', `bench-search-${input.replace(/\W+/g, '_')}`)));
const total = Number(opt('--queries', '400'));
const seedUsed = opt('--seed', String(Date.now() % 1_000_000));
let seed = Number(seedUsed);
const freshRuns = Number(opt('--fresh', '10'));

// Seeded PRNG (mulberry32): the same archive and seed give the same queries.
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

if (!existsSync(join(out, 'pagefind'))) {
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, BULLETINS_DIR: resolve(input), ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: `${out}-cache` } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`built ${input} into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else console.log(`reusing ${out}`);

// Ground truth: grep over the built pages' own text (tests/support/article-text.ts).
const articles = readArticles(out);
const holds = (a: Article, q: string) => holdsQuery(a, q);
const inTitle = (a: Article, q: string) => titleHolds(a, q);

// Queries.
const queries: { kind: string; q: string }[] = [];
const substring = (len: number) => {
  for (;;) {
    const chars = [...pick(pick(articles).texts)];
    if (chars.length < len) continue;
    const at = Math.floor(random() * (chars.length - len + 1));
    const q = chars.slice(at, at + len).join('');
    if (!/\s/.test(q)) return q;
  }
};
const n = Math.max(1, Math.floor(total / 10));
for (let len = 2; len <= 6; len++) for (let i = 0; i < n; i++) queries.push({ kind: `substring ${len}`, q: substring(len) });
for (let i = 0; i < n; i++) queries.push({ kind: '1 character', q: substring(1) });
for (let i = 0; i < n; i++) queries.push({ kind: 'two words', q: `${substring(2 + Math.floor(random() * 3))} ${substring(2)}` });
const districts = [...new Set(articles.flatMap((a) => a.districts))];
const orgs = [...new Set(articles.map((a) => a.org).filter(Boolean))];
for (const d of districts.slice(0, n * 2)) queries.push({ kind: 'district', q: d });
for (const o of orgs.slice(0, n)) queries.push({ kind: 'organisation', q: o });
queries.push({ kind: 'full-width', q: 'ＡＢＣ１２３' });

const server = await serveLikeAHost(out);
const browser = await launchChromium();
const tab = await browser.newPage();
await tab.goto(`${server.url}/search/`);
type Hit = { url: string; title: string };
const byKind = new Map<string, { queries: number; exact: number; truth: number; found: number; extra: number }>();
const times: number[] = [];
let titleCases = 0;
let titleFirst = 0;
const failures: string[] = [];
for (const { kind, q } of queries) {
  const { ms, hits } = await tab.evaluate(async (q) => {
    const t = performance.now();
    const hits = (await (window as unknown as { archiveSearch: (q: string) => Promise<Hit[]> }).archiveSearch(q)) as Hit[];
    return { ms: performance.now() - t, hits };
  }, q);
  times.push(ms);
  const got = hits.map((h) => new URL(h.url).pathname);
  const truth = new Set(articles.filter((a) => holds(a, q)).map((a) => a.url));
  const found = got.filter((u) => truth.has(u)).length;
  const k = byKind.get(kind) ?? { queries: 0, exact: 0, truth: 0, found: 0, extra: 0 };
  k.queries++;
  k.truth += truth.size;
  k.found += found;
  k.extra += got.length - found;
  if (found === truth.size && got.length === truth.size) k.exact++;
  else if (failures.length < 10) failures.push(`${q}: expected ${truth.size}, got ${got.length} (${found} right)`);
  byKind.set(kind, k);
  const titled = new Set(articles.filter((a) => truth.has(a.url) && inTitle(a, q)).map((a) => a.url));
  if (titled.size && titled.size < truth.size) {
    titleCases++;
    if (got.slice(0, titled.size).every((u) => titled.has(u))) titleFirst++;
    else if (failures.length < 10) failures.push(`${q}: ${titled.size} of ${truth.size} have it in the title, but ${got.slice(0, titled.size).filter((u) => !titled.has(u)).length} of the first ${titled.size} results do not`);
  }
}

// Bytes of a first query: a fresh browser context (no cache) per query, the
// search page opened with ?q=, until the results are shown; then the filter
// panel opened, until its counts are shown.
const bytes: number[] = [];
const shown: number[] = [];
const raw: number[] = [];
const pagefindBytes: number[] = [];
const freshQueries: string[] = [];
let countsRight = 0;
for (let i = 0; i < freshRuns; i++) {
  const q = pick(queries).q;
  freshQueries.push(q);
  const got = await firstSearch(browser, server.url, out, q);
  // The filter panel's year counts against grep.
  const shownYears = got.counts.年份 ?? {};
  const years = yearCounts(articles, q);
  if (JSON.stringify(Object.entries(shownYears).sort()) === JSON.stringify(Object.entries(years).sort())) countsRight++;
  else failures.push(`${q}: year counts ${JSON.stringify(shownYears)}, grep says ${JSON.stringify(years)}`);
  shown.push(got.shown);
  bytes.push(got.withCounts);
  raw.push(got.raw);
  pagefindBytes.push(got.pagefind);
}
await browser.close();
await server.close();

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
console.log(`\narchive: ${articles.length} article pages in ${out}; ${queries.length} queries (seed ${seedUsed})`);
console.log('kind            queries  exact   recall   precision');
let sum = { queries: 0, exact: 0, truth: 0, found: 0, extra: 0 };
for (const [kind, k] of byKind) {
  sum = { queries: sum.queries + k.queries, exact: sum.exact + k.exact, truth: sum.truth + k.truth, found: sum.found + k.found, extra: sum.extra + k.extra };
  console.log(`${kind.padEnd(16)}${String(k.queries).padStart(7)}${String(k.exact).padStart(7)}   ${(k.truth ? k.found / k.truth : 1).toFixed(4)}   ${(k.found + k.extra ? k.found / (k.found + k.extra) : 1).toFixed(4)}`);
}
console.log(`all             ${String(sum.queries).padStart(7)}${String(sum.exact).padStart(7)}   ${(sum.found / Math.max(1, sum.truth)).toFixed(4)}   ${(sum.found / Math.max(1, sum.found + sum.extra)).toFixed(4)}`);
console.log(`recall ${sum.found}/${sum.truth} matches; precision ${sum.found}/${sum.found + sum.extra}; ${sum.exact}/${sum.queries} queries exact`);
console.log(`title-first: ${titleFirst}/${titleCases} queries with both title and body matches`);
console.log(`archiveSearch time (every result, url and title): median ${pct(times, 0.5).toFixed(0)} ms, p95 ${pct(times, 0.95).toFixed(0)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`first query, fresh browser, search page opened with ?q=, over ${bytes.length} random queries (bodies; text gzipped by the server):`);
console.log(`  until the first results are shown: median ${kb(pct(shown, 0.5))}, min ${kb(Math.min(...shown))}, max ${kb(Math.max(...shown))}`);
console.log(`  then the filter panel opened, until its counts are shown: median ${kb(pct(bytes, 0.5))}, min ${kb(Math.min(...bytes))}, max ${kb(Math.max(...bytes))}; of which Pagefind folder median ${kb(pct(pagefindBytes, 0.5))}`);
console.log(`  uncompressed (files as stored, no server compression): median ${kb(pct(raw, 0.5))}, max ${kb(Math.max(...raw))}`);
console.log(`  filter panel's year counts equal to grep's: ${countsRight}/${freshQueries.length} queries`);
console.log(`  queries (shown / with counts): ${freshQueries.map((q, i) => `${q} ${kb(shown[i]!)}/${kb(bytes[i]!)}`).join(' · ')}`);
if (failures.length) console.log(`not exact (first ${failures.length}):\n  ${failures.join('\n  ')}`);
