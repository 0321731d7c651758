// Incremental rebuild (issue #8): after the input changes, a rebuild over the
// last build's output and cache folders — which copies the pages whose cache
// key (src/site/cache-keys.ts) and code did not change, and reuses the
// no-text-lost verdicts of unchanged bulletins — publishes exactly what a
// fresh build of the changed input publishes. A key that misses a datum a page
// shows leaves that page stale, and the comparison finds it.
//
// The change touches what other pages show of a bulletin:
// - a new issue 嘉兴 2023年第2期 (seed 001 again, numbered and dated by
//   sidecar) between the two 嘉兴 issues: both get a new neighbour, the year
//   and publication pages list it, its articles join 嘉兴's districts' lists;
// - one word of seed 004's third title (团海宁市委“三化”… → “四化”), which
//   the article pages of 海宁 in 嘉兴's issues list;
// - seed 003 withdrawn by sidecar: its pages become notices, lists mark it;
//   and its file renamed: it has no issue number, so its URLs are its file's
//   stem; its old pages are no longer made and must not stay behind (a
//   rebuild keeps unchanged pages in the output folder).
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemp, rebuildTemp, type TempBuild } from '../support/build.ts';
import { page, siteFiles } from '../support/site.ts';

const CONTENT = join(process.cwd(), 'content');
const SEEDS = join(CONTENT, 'bulletins');
const JX = '/jiaxing-qingnian-gongzuo-xinxi/';

function seeds(input: string, work: string): void {
  cpSync(SEEDS, input, { recursive: true });
  copyFileSync(join(CONTENT, 'redactions.yml'), join(work, 'redactions.yml'));
}

function change(input: string): void {
  copyFileSync(join(input, '001_e03f40994a3cdccb.txt'), join(input, '002_jiaxing-2023-02.txt'));
  writeFileSync(join(input, '002_jiaxing-2023-02.meta.yml'), '# the same text, given out as an earlier issue (test input)\nissue: 2\ndate: 2023-09-20\n');
  const z = join(input, '004_513619527335753d.txt');
  writeFileSync(z, readFileSync(z, 'utf8').replaceAll('三化', '四化'));
  appendFileSync(join(input, '003_808c91636a323c9c.meta.yml'), '\n# withdrawn on request (test input)\nstatus: withdrawn\nreason: 应发布方要求撤回\nwithdrawn_on: 2024-06-01\n');
  for (const ext of ['.txt', '.meta.yml']) renameSync(join(input, `${OLD_STEM}${ext}`), join(input, `003_renamed${ext}`));
}
const OLD_STEM = '003_808c91636a323c9c';

/** What the comparison leaves out: the search index and the offline copy are
 * built after Astro from the pages (src/search, src/offline), and may reuse
 * their own caches in ways that legitimately differ byte for byte (a rebuild
 * adds a delta shard), and so does the zip's size on the home page. */
function compared(root: string): Map<string, string> {
  const files = siteFiles(root).filter((f) => !f.startsWith('/pagefind/') && f !== '/offline.zip');
  // The home page states offline.zip's size, written after the zip: compared without it.
  const bytes = (f: string) => (f === '/index.html' ? readFileSync(join(root, f), 'utf8').replace(/(<span data-offline-size="">)[^<]*/, '$1') : readFileSync(join(root, f)));
  return new Map(files.map((f) => [f, createHash('sha256').update(bytes(f)).digest('hex')]));
}

/** Files whose bytes differ between two builds, or that only one has. */
function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

/** Pages with a cache key: year, issue and article pages (/{pub}/{yyyy}/…), not the site's own folders. */
const keyedPages = (root: string) => siteFiles(root).filter((f) => /^\/(?!(?:districts|years|search|data|assets|pagefind)\/)[^/]+\/[^/]+\/(?:.+\/)?index\.html$/.test(f));

const reusedIn = (log: string) => Number(/(\d+) of them unchanged, copied from the last build/.exec(log)?.[1] ?? 0);

let incremental: TempBuild;
let rebuilt: TempBuild;
let fresh: TempBuild;
let freshFiles: Map<string, string>;
let again: TempBuild;
let freshZip: Buffer;
/** Pages of the first build under seed 003's old stem. */
let oldStemPages: string[];

beforeAll(() => {
  incremental = buildTemp('incremental', seeds, { args: ['--strict'] });
  oldStemPages = siteFiles(incremental.out).filter((f) => f.includes(OLD_STEM.slice(4)) && f.endsWith('.html'));
  change(incremental.input);
  rebuilt = rebuildTemp(incremental, { args: ['--strict'] });
  fresh = buildTemp(
    'incremental-fresh',
    (input, work) => {
      seeds(input, work);
      change(input);
    },
    { args: ['--strict'] },
  );
  freshFiles = compared(fresh.out);
  freshZip = readFileSync(join(fresh.out, 'offline.zip'));
  // And the fresh build's folders rebuilt with nothing changed.
  again = rebuildTemp(fresh, { args: ['--strict'] });
});
afterAll(() => {
  incremental?.remove();
  fresh?.remove();
});

describe('rebuild after the input changed', () => {
  it('all four builds succeed', () => {
    for (const b of [incremental, rebuilt, fresh, again]) expect(b.status, b.log.slice(-3000)).toBe(0);
  });

  it('copied unchanged pages instead of rendering them', () => {
    const reused = reusedIn(rebuilt.log);
    const rendered = Number(/rendered (\d+) files\n/.exec(rebuilt.log)?.[1] ?? 0);
    console.log(`incremental: ${reused} of ${rendered} files copied from the last build`);
    // Untouched: seed 004's first two articles and their issue's year page, at least.
    expect(reused).toBeGreaterThanOrEqual(3);
    expect(reused).toBeLessThan(rendered);
    // A fresh build copies nothing.
    expect(fresh.log).not.toMatch(/copied from the last build/);
  });

  it('stores anew only the content entries whose data changed', () => {
    // [collection, stored anew, entries] from the content loader's lines of a build log.
    const stored = (log: string) => [...log.matchAll(/bulletin-archive:(\w+)\] (\d+) of (\d+) entries stored anew/g)].map((m) => [m[1], Number(m[2]), Number(m[3])] as const);
    expect(
      stored(fresh.log)
        .map(([c]) => c)
        .sort(),
    ).toEqual(['articles', 'bulletins', 'districts', 'publications']);
    for (const [, n, total] of stored(fresh.log)) expect(n).toBe(total);
    expect(stored(again.log)).toHaveLength(4);
    for (const [, n] of stored(again.log)) expect(n).toBe(0);
    // Seed 004's first articles did not change; its third's title did, and the new issue's articles are new.
    const articles = stored(rebuilt.log).find(([c]) => c === 'articles')!;
    expect(articles[1]).toBeGreaterThan(0);
    expect(articles[1]).toBeLessThan(articles[2]);
  });

  it('with nothing changed, copies every page that has a cache key and reuses every verdict', () => {
    const keyed = keyedPages(fresh.out);
    expect(keyed).toContain(`${JX}2023/03/1/index.html`);
    expect(reusedIn(again.log)).toBe(keyed.length);
    expect(again.log).toMatch(/no text lost: 5 bulletins checked \(5 unchanged since the last build\)/);
    expect(differing(compared(fresh.out), freshFiles)).toEqual([]);
  });

  it('checked every bulletin whose text or pages changed', () => {
    // Every seed's pages changed here (a neighbour, a listed title, a withdrawal), so nothing is reused:
    // the rebuild with nothing changed above shows the reuse.
    expect(rebuilt.log).toMatch(/no text lost: 5 bulletins checked;/);
    expect(fresh.log).toMatch(/no text lost: 5 bulletins checked;/);
  });

  it('the change reached pages of other bulletins (the comparison below is not vacuous)', () => {
    expect(page(`${JX}2023/03/`, rebuilt.out)).toContain('上一期：2023年第2期');
    const haining = siteFiles(rebuilt.out).filter((f) => f.startsWith(JX) && f.endsWith('/index.html') && page(f, rebuilt.out).includes('团海宁市委“四化”推进青年交友工作'));
    expect(haining.length).toBeGreaterThan(0);
    expect(page('/gongqingtuan-huzhou-shiwei/', rebuilt.out)).toContain('已撤回');
  });

  it('removed the pages the last build made and this one does not', () => {
    expect(oldStemPages.length).toBeGreaterThanOrEqual(2); // the issue and its article(s)
    const left = siteFiles(rebuilt.out).filter((f) => oldStemPages.includes(f));
    expect(left).toEqual([]);
    expect(rebuilt.log).toMatch(/\d+ page\(s\) of the last build no longer made: removed/);
  });

  it('leaves the files beside the pages in place unless their bytes changed, and removes those no longer made', () => {
    const beside = (log: string) =>
      /files beside the pages \([^)]*\): (\d+) written(?:, (\d+) unchanged since the last build)?(?:, (\d+) no longer made removed)?/
        .exec(log)
        ?.slice(1)
        .map((n) => Number(n ?? 0));
    const [written, kept, removed] = beside(rebuilt.log)!;
    expect(written).toBeGreaterThan(0); // the new issue's, the changed title's citations…
    expect(kept).toBeGreaterThan(0);
    expect(removed).toBeGreaterThan(0); // seed 003's under its old stem
    expect(siteFiles(rebuilt.out).filter((f) => f.includes(OLD_STEM.slice(4)))).toEqual([]);
    // With nothing changed, none is written again.
    const [writtenAgain, keptAgain] = beside(again.log)!;
    expect(writtenAgain).toBe(0);
    expect(keptAgain).toBe(siteFiles(again.out).filter((f) => /\/(source\.txt|issue\.json|cite\.bib|cite\.ris)$/.test(f)).length);
  });

  it('publishes the same files, byte for byte, as a fresh build of the changed input', () => {
    const diff = differing(compared(rebuilt.out), freshFiles);
    console.log(`incremental: ${freshFiles.size} files compared with a fresh build (search index and offline.zip left out), ${diff.length} differ`);
    expect(diff).toEqual([]);
  });

  it('with nothing changed, writes the same offline.zip byte for byte, every entry taken compressed from the last zip', () => {
    expect(readFileSync(join(again.out, 'offline.zip')).equals(freshZip)).toBe(true);
    const [files, reused] = zipCounts(again.log);
    expect(files).toBeGreaterThan(100);
    expect(reused).toBe(files);
  });

  it('after changes, zips changed files afresh: outside the search index the zip holds what a fresh build zips', () => {
    const [files, reused] = zipCounts(rebuilt.log);
    expect(reused).toBeGreaterThan(0); // unchanged entries came from the last zip…
    expect(reused).toBeLessThan(files);
    // …and none that changed: every page, script and data file as the fresh build zipped it.
    const entries = (zip: Uint8Array) =>
      Object.entries(unzipSync(zip))
        .filter(([path]) => !path.startsWith('pagefind/'))
        .map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]);
    const mine = entries(readFileSync(join(rebuilt.out, 'offline.zip')));
    expect(mine.length).toBeGreaterThan(100);
    expect(mine).toEqual(entries(freshZip));
  });
});

/** [files zipped, entries taken from the last zip] from a build log. */
function zipCounts(log: string): [number, number] {
  const m = /offline copy: (\d+) files, offline\.zip \d+ bytes(?: \((\d+) entries unchanged)?/.exec(log);
  return [Number(m?.[1] ?? NaN), Number(m?.[2] ?? 0)];
}
