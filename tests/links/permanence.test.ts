// URL permanence (SPEC §4): build the seeds, then build them again with extra
// bulletins that sort before them (a 2019 issue of 嘉兴青年工作信息 whose file
// name sorts first, and a new publication 安吉青年工作信息 whose slug sorts
// first). Every file of the first build must exist in the second, and every
// #s/#p anchor of every article page must hold the same text. The second build
// also sets SITE_URL, which must change no path (only adds absolute URLs).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../../src/verify/html-text.ts';
import { articlePages, page, siteFiles } from '../support/site.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const SITE_URL = 'https://example.org/archive/';
let work: string;
let first: string;
let second: string;
const builds: ReturnType<typeof spawnSync>[] = [];

function build(input: string, out: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--strict'], { env: { ...process.env, BULLETINS_DIR: input, ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: join(out, '..', `cache-${Date.now()}`), ...env }, encoding: 'utf8' });
  builds.push(r);
  return r;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'permanence-'));
  const seeds = join(work, 'seeds');
  const more = join(work, 'more');
  cpSync(SEEDS, seeds, { recursive: true });
  cpSync(SEEDS, more, { recursive: true });
  // Seed 001 (嘉兴 2023年第3期, 2023年10月20日) reprinted as 2019年第5期 of 2019年5月20日.
  const jx = readFileSync(join(SEEDS, '001_e03f40994a3cdccb.txt'), 'utf8').replace('2023年 第3期', '2019年 第5期').replaceAll('2023年10月20日', '2019年5月20日');
  writeFileSync(join(more, '0000_jiaxing-2019-05.txt'), jx);
  // Seed 004 (浙江青年工作信息 2021年第14期) as a new publication, 安吉青年工作信息.
  const aj = readFileSync(join(SEEDS, '004_513619527335753d.txt'), 'utf8').replace('浙江青年工作信息', '安吉青年工作信息');
  writeFileSync(join(more, '0001_anji.txt'), aj);
  first = join(work, 'first');
  second = join(work, 'second');
  mkdirSync(first);
  build(seeds, first);
  build(more, second, { SITE_URL });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text of every element with a permanent anchor id (s{n}, p{n}) in the article body. */
function anchors(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: Nodes) => {
    if (node.type === 'element' && typeof node.properties.id === 'string' && /^[sp]\d+$/.test(node.properties.id)) out.set(node.properties.id, textOf(node));
    if (node.type === 'element' || node.type === 'root') for (const c of (node as Element | Root).children) walk(c as Nodes);
  };
  walk(fromHtml(html));
  return out;
}

describe('URL permanence across builds', () => {
  it('both builds succeed', () => {
    for (const b of builds) expect(b.status, String(b.stderr) + String(b.stdout).slice(-3000)).toBe(0);
  });

  it('the extra bulletins got their URLs from their printed facts', () => {
    const pages = articlePages(second);
    expect(pages).toContain('/jiaxing-qingnian-gongzuo-xinxi/2019/05/1/');
    expect(pages).toContain('/anji-qingnian-gongzuo-xinxi/2021/14/3/');
    expect(pages.length).toBe(articlePages(first).length + 4 + 3);
  });

  it('every file of the first build exists in the second', () => {
    const before = siteFiles(first).filter((f) => !f.startsWith('/pagefind/'));
    const after = new Set(siteFiles(second));
    expect(before.length).toBeGreaterThan(100);
    expect(before.filter((f) => !after.has(f))).toEqual([]);
  });

  it('every #s/#p anchor of every article page holds the same text', () => {
    const pages = articlePages(first);
    expect(pages.length).toBe(12);
    let count = 0;
    for (const p of pages) {
      const a = anchors(page(p, first));
      const b = anchors(page(p, second));
      expect(a.size, p).toBeGreaterThan(0);
      expect(b, p).toEqual(a);
      count += a.size;
    }
    expect(count).toBeGreaterThan(50);
  });

  it('the issue that now has an earlier one links to it as previous', () => {
    // Seed 000 (嘉兴, 2022 by sidecar) was the first 嘉兴 issue; the 2019 issue now precedes it.
    const html = page('/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/', second);
    expect(html).toMatch(/<a rel="prev" href="\.\.\/\.\.\/2019\/05\/">/);
    expect(page('/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/', first)).not.toContain('rel="prev"');
  });

  it('the raw sources are the same', () => {
    for (const f of siteFiles(first).filter((x) => x.endsWith('/source.txt'))) expect(page(f, second), f).toBe(page(f, first));
  });
});

describe('SITE_URL', () => {
  const article = '/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/';
  it('without it: no canonical, no og:url, no sitemap', () => {
    expect(page(article, first)).not.toMatch(/rel="canonical"|og:url/);
    expect(siteFiles(first)).not.toContain('/sitemap-index.xml');
  });

  it('with it: canonical and og:url are the absolute article URL', () => {
    const html = page(article, second);
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}jiaxing-qingnian-gongzuo-xinxi/2023/03/3/">`);
    expect(html).toContain(`<meta property="og:url" content="${SITE_URL}jiaxing-qingnian-gongzuo-xinxi/2023/03/3/">`);
  });

  it('with it: the sitemap lists every article page under the prefix', () => {
    const index = page('/sitemap-index.xml', second);
    const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThan(0);
    const locs = chunks.flatMap((u) => {
      expect(u.startsWith(SITE_URL), u).toBe(true);
      return [...page(`/${u.slice(SITE_URL.length)}`, second).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    for (const p of articlePages(second)) expect(locs).toContain(`${SITE_URL}${p.slice(1)}`);
    expect(locs.every((u) => u.startsWith(SITE_URL))).toBe(true);
  });
});
