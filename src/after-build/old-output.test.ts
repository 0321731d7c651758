import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareOutput, removeStalePages } from './old-output.ts';
import { markFinished } from './output-mark.ts';
import { MARK } from '../config/owned-folder.ts';
import { BESIDE_SALT, besideTable } from './beside-files.ts';
import { knownHashes, sha1 } from '../files/known-hashes.ts';

const work = mkdtempSync(join(tmpdir(), 'old-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const put = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
/** Astro's manifest of keyed pages, as its incremental build writes it. */
const manifest = (cache: string, pages: string[]) =>
  writeFileSync(join(cache, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/[...path].astro': { dependencyHash: 'x', paths: Object.fromEntries(pages.map((p) => [`/${p.replace(/index\.html$/, '')}`, { cacheKey: 'k', outputFile: p }])) } } }));
const later = (file: string) => utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));

/** The last build's output and Astro's cache: pages a, b, c (keyed), plus files Astro does not keep. */
function lastBuild(name: string): { out: string; cache: string } {
  const out = join(work, name, 'dist');
  const cache = join(work, name, 'cache');
  for (const p of ['a/index.html', 'b/index.html', 'c/index.html']) {
    put(join(out, p), `<p>${p}</p>`);
    put(join(cache, 'dist', p), `<p>${p}</p>`);
  }
  put(join(cache, 'dist', 'c/index.html'), '<p>another c</p>'); // Astro's copy of c is not what the output holds
  put(join(out, 'index.html'), '<p>home</p>');
  put(join(out, 'a/source.txt'), 'text');
  put(join(out, 'pagefind/pagefind.js'), '//');
  put(join(out, MARK), 'the build owns this folder');
  manifest(cache, ['a/index.html', 'b/index.html', 'c/index.html']);
  return { out, cache };
}

describe('the last output set aside, unchanged pages carried back', () => {
  it("empties only a folder the build owns (marked), and keeps a deploy checkout's .git", async () => {
    const { out, cache } = lastBuild('owned');
    rmSync(join(out, MARK));
    expect(() => prepareOutput(out, cache)).toThrow(/holds files the build did not write; not emptying it/);
    expect(readdirSync(out).sort()).toEqual(['a', 'b', 'c', 'index.html', 'pagefind']);
    put(join(out, MARK), '');
    put(join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages');
    await prepareOutput(out, cache).gone;
    expect(readdirSync(out).sort()).toEqual([MARK, '.git']);
  });

  it('carries only pages of a finished build that are untouched since and the size of Astro’s copy', async () => {
    const { out, cache } = lastBuild('carry');
    markFinished(cache, out);
    later(join(out, 'b/index.html')); // edited after the build finished
    const prepared = prepareOutput(out, cache);
    await prepared.gone;
    expect(prepared.carried).toEqual(['a/index.html']);
    expect(readdirSync(out).sort()).toEqual([MARK, 'a']);
    expect(readdirSync(join(out, 'a'))).toEqual(['index.html']); // not the file beside it
    expect(readFileSync(join(out, 'a/index.html'), 'utf8')).toBe('<p>a/index.html</p>');
    expect(readdirSync(join(cache, 'old-output'))).toEqual([]); // the rest deleted
  });

  it('leaves in place the files the last build wrote beside the pages, untouched; other files go', async () => {
    const { out, cache } = lastBuild('beside');
    put(join(out, 'a/notes.txt'), 'not written by the build');
    const table = knownHashes(besideTable(cache), BESIDE_SALT);
    table.remember('/a/source.txt', join(out, 'a/source.txt'), sha1('text'));
    table.save();
    const before = statSync(join(out, 'a/source.txt'));
    markFinished(cache, out);
    const prepared = prepareOutput(out, cache);
    await prepared.gone;
    expect(readdirSync(join(out, 'a')).sort()).toEqual(['index.html', 'source.txt']);
    const after = statSync(join(out, 'a/source.txt'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(prepared.carried.sort()).toEqual(['a/index.html', 'b/index.html']);
    expect(readdirSync(out).sort()).toEqual([MARK, 'a', 'b']); // c (Astro's copy differs), the home page, the index: gone
  });

  it('carries nothing from a build that did not finish (no mark), or that wrote elsewhere', async () => {
    const { out, cache } = lastBuild('unfinished');
    const first = prepareOutput(out, cache);
    await first.gone;
    expect(first.carried).toEqual([]);
    expect(readdirSync(out)).toEqual([MARK]); // emptied but for the mark

    const other = lastBuild('elsewhere');
    markFinished(other.cache, join(work, 'some-other-dist'));
    const second = prepareOutput(other.out, other.cache);
    await second.gone;
    expect(second.carried).toEqual([]);
  });

  it('after Astro, removes carried pages it no longer lists unless it wrote them again', async () => {
    const { out, cache } = lastBuild('stale');
    put(join(out, 'd/e/index.html'), '<p>d/e/index.html</p>');
    put(join(cache, 'dist', 'd/e/index.html'), '<p>d/e/index.html</p>');
    manifest(cache, ['a/index.html', 'b/index.html', 'd/e/index.html']);
    markFinished(cache, out);
    const prepared = prepareOutput(out, cache);
    await prepared.gone;
    expect(prepared.carried.sort()).toEqual(['a/index.html', 'b/index.html', 'd/e/index.html']);
    // This build: a kept (listed), b rendered again without a cache key (not listed, written now), d/e gone from the site.
    manifest(cache, ['a/index.html']);
    writeFileSync(join(out, 'b/index.html'), '<p>b, unkeyed now</p>');
    later(join(out, 'b/index.html'));
    expect(removeStalePages(out, cache, prepared)).toBe(1);
    expect(existsSync(join(out, 'a/index.html'))).toBe(true);
    expect(readFileSync(join(out, 'b/index.html'), 'utf8')).toBe('<p>b, unkeyed now</p>');
    expect(existsSync(join(out, 'd'))).toBe(false); // its emptied folders too
  });

  it('refuses to guess when Astro’s manifest cannot be read after the build', async () => {
    const { out, cache } = lastBuild('unreadable');
    markFinished(cache, out);
    const prepared = prepareOutput(out, cache);
    await prepared.gone;
    expect(prepared.carried.length).toBeGreaterThan(0);
    writeFileSync(join(cache, 'incremental-build.json'), '{');
    expect(() => removeStalePages(out, cache, prepared)).toThrow(/cannot read Astro's incremental-build.json/);
  });
});
