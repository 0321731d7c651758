// npm run bench -- [N] [--runs R] [--no-incremental] [--keep]
// Builds N bulletins made by ../shared/bench/make-corpus.mjs (default 1,000)
// into fresh folders R times (default 3 up to 2,000 bulletins, else 1), then
// adds one bulletin and rebuilds over the last run's output and caches. Prints
// one table: wall time per phase, peak RSS of the build's process tree, pages,
// output and index bytes, one article page's weight, first-search bytes, time
// per bulletin. Figures are medians of the runs; a benchmark asserts nothing.
// Each build's log and phase marks stay beside its output ({out}.log, .phases.jsonl; the rebuild's {out}.rebuild.log, …).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { watchPeak } from './bench/tree-rss.ts';
import { firstSearch } from './bench/first-search.ts';
import { serveLikeAHost } from './bench/static-host.ts';
import { filesUnder } from '../src/files/files-under.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const n = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 1000);
const runs = Number(opt('--runs') ?? (n <= 2000 ? 3 : 1));
const incremental = !args.includes('--no-incremental');
const root = resolve(opt('--dir') ?? '/tmp/bulletin-bench');
const generator = resolve('../shared/bench/make-corpus.mjs');
const QUERIES = ['青年', '志愿服务', '亲青恋', '团市委'];

function corpus(count: number): string {
  const dir = join(root, `corpus-${count}`);
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [generator, String(count), dir, '--manifest', `${dir}.json`], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`make-corpus failed for ${count}`);
    spawnSync('touch', [join(dir, '.complete')]);
  }
  return dir;
}

interface Run {
  total: number;
  phases: Record<string, number>;
  peakRss: number;
  /** Peak RSS of the tree within each stretch of the build. */
  phasePeaks: Record<string, number>;
}

/** One `npm run build` with phase marks and the process tree's peak RSS; `name`: its log's and marks' names beside `out`. */
async function build(input: string, out: string, cache: string, name = out): Promise<Run> {
  const marks = `${name}.phases.jsonl`;
  rmSync(marks, { force: true });
  const started = Date.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BULLETINS_DIR: input, ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: cache, ARCHIVE_PHASES_FILE: marks, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const peak = watchPeak(child.pid!);
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  const peakRss = peak.stop();
  writeFileSync(`${name}.log`, log); // beside the phase marks: where a phase's time went, line by line
  if (code !== 0) {
    console.log(log.slice(-4000));
    throw new Error(`build of ${input} failed (${code})`);
  }
  const total = Date.now() - started;
  const t = new Map(
    readFileSync(marks, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { name: string; t: number })
      .map((m) => [m.name, m.t]),
  );
  const span = (a: string, b: string) => (t.has(a) && t.has(b) ? t.get(b)! - t.get(a)! : NaN);
  const phases = {
    'start-up (Astro, Vite)': t.get('config')! - started,
    'decode + parse': span('parse:start', 'parse:end'),
    'content layer': span('config', 'build:start') - span('parse:start', 'parse:end'),
    render: span('build:start', 'render:end'),
    'no-text-lost check': span('done:start', 'verify:end'),
    'search index': span('verify:end', 'index:end'),
    'offline bundle': span('index:end', 'offline:end'),
  };
  // Where the peak is: Astro (start-up to the end of its checks), the search index, the offline bundle.
  const stretches: Record<string, [number, number]> = {
    Astro: [started, t.get('verify:end')!],
    'search index': [t.get('verify:end')!, t.get('index:end')!],
    'offline bundle': [t.get('index:end')!, t.get('offline:end')!],
  };
  const phasePeaks = Object.fromEntries(Object.entries(stretches).map(([name, [a, b]]) => [name, Math.max(0, ...peak.samples.filter(([at]) => at >= a && at <= b).map(([, bytes]) => bytes))]));
  return { total, phases, peakRss, phasePeaks };
}

function walk(dir: string, visit: (file: string, size: number) => void): void {
  for (const f of filesUnder(dir)) visit(join(dir, f), statSync(join(dir, f)).size);
}

function outputFigures(out: string) {
  let pages = 0;
  let bytes = 0;
  let indexBytes = 0;
  let article = '';
  walk(out, (file, size) => {
    const rel = file.slice(out.length + 1);
    if (rel === 'offline.zip') return;
    bytes += size;
    if (rel.startsWith('pagefind')) indexBytes += size;
    else if (rel.endsWith('.html')) {
      pages++;
      if (!article && /\/\d{2}\/1\/index\.html$/.test(rel)) article = file;
    }
  });
  // One article page: its HTML plus the stylesheets it links.
  const html = readFileSync(article, 'utf8');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, m) => sum + statSync(resolve(dirname(article), m[1]!)).size, 0);
  return { pages, bytes, indexBytes, zipBytes: statSync(join(out, 'offline.zip')).size, article: article.slice(out.length), articleHtml: Buffer.byteLength(html), articleCss: css };
}

const median = (xs: number[]) => {
  const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

mkdirSync(root, { recursive: true });
const input = corpus(n);
const results: Run[] = [];
let out = '';
let cache = '';
for (let r = 0; r < runs; r++) {
  out = join(root, `out-${n}-${r}`);
  cache = join(root, `cache-${n}-${r}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  console.log(`run ${r + 1}/${runs}: building ${n} bulletins…`);
  const run = await build(input, out, cache);
  console.log(`  ${sec(run.total)}, peak ${mb(run.peakRss)}`);
  results.push(run);
}
const figures = outputFigures(out);

// First search, over the last run's output.
const server = await serveLikeAHost(out);
const browser = await launchChromium();
const searches: { q: string; bytes: number; requests: number }[] = [];
for (const q of QUERIES) {
  const got = await firstSearch(browser, server.url, out, q);
  searches.push({ q, bytes: got.shown, requests: got.requests });
}
await browser.close();
await server.close();

// Incremental: the last run's output and caches, plus one more bulletin.
let rebuild: Run | undefined;
if (incremental) {
  const grown = join(root, `grown-${n}`);
  rmSync(grown, { recursive: true, force: true });
  mkdirSync(grown);
  for (const f of readdirSync(input)) if (f.endsWith('.txt')) copyFileSync(join(input, f), join(grown, f));
  const bigger = corpus(n + 1);
  const added = readdirSync(bigger).filter((f) => f.endsWith('.txt') && !existsSync(join(input, f)));
  for (const f of added) copyFileSync(join(bigger, f), join(grown, f));
  console.log(`rebuild with ${added.join(', ')} added…`);
  rebuild = await build(grown, out, cache, `${out}.rebuild`); // the full build's log stays
}

const rows: [string, string][] = [];
const phaseNames = Object.keys(results[0]!.phases);
for (const p of phaseNames) rows.push([p, sec(median(results.map((r) => r.phases[p]!)))]);
const total = median(results.map((r) => r.total));
rows.push(['total wall time', sec(total)]);
rows.push(['time per bulletin', `${(total / n).toFixed(1)} ms`]);
rows.push(['peak RSS (process tree)', mb(median(results.map((r) => r.peakRss)))]);
rows.push([
  '  peak RSS by stretch',
  Object.keys(results[0]!.phasePeaks)
    .map((p) => `${p} ${mb(median(results.map((r) => r.phasePeaks[p]!)))}`)
    .join(' · '),
]);
rows.push(['HTML pages', String(figures.pages)]);
rows.push(['output bytes (without offline.zip)', mb(figures.bytes)]);
rows.push(['search index bytes', mb(figures.indexBytes)]);
rows.push(['offline.zip', mb(figures.zipBytes)]);
rows.push([`article page ${figures.article}`, `${((figures.articleHtml + figures.articleCss) / 1024).toFixed(1)} KB (HTML ${(figures.articleHtml / 1024).toFixed(1)} + CSS ${(figures.articleCss / 1024).toFixed(1)})`]);
rows.push(['first search bytes (median; bodies as a gzipping host sends them)', `${(median(searches.map((s) => s.bytes)) / 1024).toFixed(0)} KB (${searches.map((s) => `${s.q} ${(s.bytes / 1024).toFixed(0)} KB/${s.requests} req`).join(', ')})`]);
if (rebuild) {
  rows.push(['rebuild after adding 1 bulletin', `${sec(rebuild.total)} = ${((100 * rebuild.total) / total).toFixed(0)}% of the full build`]);
  for (const p of phaseNames) rows.push([`  rebuild: ${p}`, sec(rebuild.phases[p]!)]);
}
console.log(`\nbench: ${n} bulletins, ${runs} run(s) (medians), ${new Date().toISOString().slice(0, 10)}`);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`| ${'figure'.padEnd(width)} | value |\n| ${'-'.repeat(width)} | --- |`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`);
if (!args.includes('--keep')) for (let r = 0; r < runs - 1; r++) rmSync(join(root, `out-${n}-${r}`), { recursive: true, force: true });
