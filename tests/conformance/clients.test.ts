// Every output read back by the client its users use (SPEC §9), over two
// builds: the seeds as `npm test` built them into dist/ (SITE_URL unset), and
// the seeds plus a bulletin whose titles are hostile to those clients
// (tests/fixtures/hostile/clients.txt: formula-like cells, TeX and XML
// specials, RIS-like lines) built with SITE_URL set, which adds the sitemap
// and absolute URLs. The clients are maintained third-party libraries that
// need no network: xmllint (libxml2, as WebAssembly) with the sitemaps.org XSD
// that the npm `sitemap` package ships.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { DIST, page, siteFiles } from '../support/site.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'hostile', 'clients.txt');
const SITE_URL = 'https://example.org/archive/';
const require = createRequire(import.meta.url);
const SITEMAP_XSD = readFileSync(join(require.resolve('sitemap/package.json'), '..', 'schema', 'sitemap.xsd'), 'utf8');

let hostile: TempBuild;

beforeAll(() => {
  hostile = buildTemp('clients', (input) => {
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
    copyFileSync(FIXTURE, join(input, 'clients.txt'));
  }, { env: { SITE_URL } });
}, 300_000);
afterAll(() => hostile?.remove());

it('the hostile build builds', () => {
  expect(hostile.status, hostile.log).toBe(0);
});

/** A site path of a URL under SITE_URL. */
const sitePath = (url: string): string => {
  expect(url.startsWith(SITE_URL), url).toBe(true);
  return `/${url.slice(SITE_URL.length)}`;
};
const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('sitemap (sitemaps.org XSD, xmllint)', () => {
  it('exists only with SITE_URL', () => {
    expect(siteFiles(DIST)).not.toContain('/sitemap-index.xml');
    expect(siteFiles(hostile.out)).toContain('/sitemap-index.xml');
  });

  it('every sitemap the index names is valid against sitemap.xsd; the index is well-formed XML', async () => {
    const index = page('/sitemap-index.xml', hostile.out);
    const wellFormed = await validateXML({ xml: { fileName: 'sitemap-index.xml', contents: index }, normalization: 'format' });
    expect(wellFormed.errors).toEqual([]);
    const maps = locs(index).map(sitePath);
    expect(maps.length).toBeGreaterThan(0);
    for (const m of maps) {
      const result = await validateXML({ xml: { fileName: m.slice(1), contents: page(m, hostile.out) }, schema: { fileName: 'sitemap.xsd', contents: SITEMAP_XSD } });
      expect(result.errors, m).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('lists no page that says noindex (the search page, 404), and every page it lists exists', () => {
    const listed = locs(page('/sitemap-index.xml', hostile.out)).flatMap((m) => locs(page(sitePath(m), hostile.out))).map(sitePath);
    expect(listed).toContain('/ceshi-qingnian-gongzuo-xinxi/2024/08/1/');
    expect(listed).not.toContain('/search/');
    for (const p of listed) {
      const html = page(p, hostile.out);
      expect(html, p).not.toMatch(/<meta name="?robots"? content="?noindex/);
    }
    // Every indexable page is listed.
    const pages = siteFiles(hostile.out).filter((f) => f.endsWith('/index.html')).map((f) => f.replace(/index\.html$/, ''));
    const indexable = pages.filter((p) => !/<meta name="?robots"? content="?noindex/.test(page(p, hostile.out)));
    expect(indexable.length).toBeGreaterThan(20);
    expect([...listed].sort()).toEqual(indexable.sort());
    console.log(`sitemap: ${listed.length} pages listed, ${pages.length - indexable.length} noindex pages left out`);
  });
});
