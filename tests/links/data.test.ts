// Feeds and open data over the seed build (SPEC §4): archive.json and
// articles.csv list every article page of the build and nothing else, the
// Data Package describes the CSV, the feed links to article pages, every
// article has its BibTeX and RIS files, and each page's JSON-LD matches what
// the page shows.
import { parse } from 'csv-parse/sync';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config/index.ts';
import { textOf } from '../../src/verify/html-text.ts';
import { articlePages, firstJsonLd, jsonLd, page, resolveHref, siteFiles } from '../support/site.ts';

const SITE = config().siteUrl?.href;
/** A URL in the data files back to a site path. */
const toPath = (url: string): string => (SITE && url.startsWith(SITE) ? `/${url.slice(SITE.length)}` : url);

const ARTICLES = articlePages().sort();
const ISSUES = siteFiles()
  .filter((f) => f.endsWith('/issue.json'))
  .map((f) => f.replace(/issue\.json$/, ''))
  .sort();

interface ArchiveJson {
  publications: { slug: string; url: string; issues: string[] }[];
  issues: { id: string; url: string; source: string; data: string; articles: string[] }[];
  articles: { id: string; url: string; position: number }[];
}
const archive = JSON.parse(page('/data/archive.json')) as ArchiveJson;
const csvText = page('/data/articles.csv');
const rows = parse(csvText, { bom: true, columns: true }) as Record<string, string>[];

describe('/data/archive.json', () => {
  it('lists every article page and nothing else', () => {
    expect(ARTICLES.length).toBe(12);
    expect(archive.articles.map((a) => toPath(a.url)).sort()).toEqual(ARTICLES);
    expect(new Set(archive.articles.map((a) => a.id)).size).toBe(ARTICLES.length);
  });

  it('lists every issue with its page, source and data', () => {
    expect(archive.issues.map((i) => toPath(i.url)).sort()).toEqual(ISSUES);
    for (const i of archive.issues) {
      expect(toPath(i.source)).toBe(`${toPath(i.url)}source.txt`);
      expect(toPath(i.data)).toBe(`${toPath(i.url)}issue.json`);
    }
    expect(archive.issues.flatMap((i) => i.articles).sort()).toEqual(archive.articles.map((a) => a.id).sort());
  });

  it('lists every publication with its page', () => {
    const pubs = archive.publications.map((p) => toPath(p.url)).sort();
    expect(pubs).toEqual(['/gongqingtuan-huzhou-shiwei/', '/jiaxing-qingnian-gongzuo-xinxi/', '/zhejiang-qingnian-gongzuo-xinxi/']);
    for (const p of pubs) expect(siteFiles()).toContain(`${p}index.html`);
  });
});

describe('/data/articles.csv', () => {
  it('has one row per article page and nothing else', () => {
    expect(rows.map((r) => toPath(r.url!)).sort()).toEqual(ARTICLES);
  });

  it('is RFC 4180: CRLF records, a header, quoted where needed', () => {
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(ARTICLES.length + 1);
    // The 湖州 report's title line carries a space but no comma: no quotes needed.
    expect(csvText).not.toMatch(/[^\r]\n/);
  });

  it('carries the printed facts (seed 001, article 3: 团海宁市委, 海宁市 330481, 2023-10-20, 第3期)', () => {
    const r = rows.find((x) => toPath(x.url!) === '/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/')!;
    expect(r).toMatchObject({ publication_name: '嘉兴青年工作信息', year: '2023', issue: '3', date: '2023-10-20', position: '3', organisation: '团海宁市委', district_code: '330481', district_name: '海宁市' });
    // The standalone 湖州 report has no issue number and no date: empty, not guessed.
    const hz = rows.find((x) => x.publication === 'gongqingtuan-huzhou-shiwei')!;
    expect(hz).toMatchObject({ issue: '', date: '', year: '2017' });
  });
});

describe('/data/articles-nobom.csv', () => {
  it('is articles.csv without its BOM', () => {
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(page('/data/articles-nobom.csv')).toBe(csvText.slice(1));
  });
});

describe('/data/datapackage.json', () => {
  const pkg = JSON.parse(page('/data/datapackage.json')) as { resources: [{ path: string; schema: { fields: { name: string; type: string }[]; primaryKey: string[] } }] }; // one resource, checked below
  it('describes articles-nobom.csv column by column', () => {
    expect(pkg.resources).toHaveLength(1);
    const [res] = pkg.resources;
    expect(res.path).toBe('articles-nobom.csv');
    const header = csvText
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    expect(res.schema.fields.map((f) => f.name)).toEqual(header);
    for (const f of res.schema.fields) expect(['string', 'integer', 'date']).toContain(f.type);
  });

  it('its typed columns hold values of their type', () => {
    const [res] = pkg.resources;
    for (const f of res.schema.fields) {
      const pattern = f.type === 'integer' ? /^(\d+)?$/ : f.type === 'date' ? /^(\d{4}-\d{2}-\d{2})?$/ : /.*/s;
      for (const r of rows) expect(r[f.name], `${f.name} of ${r.id}`).toMatch(pattern);
    }
  });
});

describe('/feed.xml', () => {
  const feed = page('/feed.xml');
  const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  it('has an entry for each dated article, newest issue first, linking to its page', () => {
    // Every seed article has a year (the 湖州 report 2017, 嘉兴 000 2022 by sidecar): all 12 fit in the feed.
    expect(entries).toHaveLength(12);
    const links = entries.map((e) => resolveHref('/feed.xml', /<link rel="alternate" type="text\/html" href="([^"]+)"/.exec(e)![1]!.replace(SITE ?? '\u0000', '/')));
    expect([...links].sort()).toEqual(ARTICLES);
    // Newest first: seed 001 (2023-10-20) before seed 004 (2021-12-23).
    expect(links[0]).toBe('/jiaxing-qingnian-gongzuo-xinxi/2023/03/1/');
    expect(links.indexOf('/jiaxing-qingnian-gongzuo-xinxi/2023/03/4/')).toBeLessThan(links.indexOf('/zhejiang-qingnian-gongzuo-xinxi/2021/14/1/'));
  });

  it('has unique, permanent tag: ids and RFC 3339 timestamps', () => {
    const ids = entries.map((e) => /<id>([^<]+)<\/id>/.exec(e)![1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:\/.+\/$/);
    for (const e of entries) expect(/<updated>([^<]+)<\/updated>/.exec(e)![1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  });
});

// --- article pages: citation files and JSON-LD against the visible page ---

function find(node: Nodes, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element' && test(n)) out.push(n);
    if (n.type === 'element' || n.type === 'root') for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return out;
}
const hasClass = (e: Element, c: string) => Array.isArray(e.properties.className) && e.properties.className.includes(c);

describe('article pages', () => {
  for (const path of ARTICLES) {
    it(`${path}: cite.bib and cite.ris name the page's title and URL`, () => {
      const tree = fromHtml(page(path));
      const h1 = textOf(find(tree, (e) => e.tagName === 'h1')[0]!);
      const ris = page(`${path}cite.ris`);
      const ti = /^TI {2}- (.+)\r$/m.exec(ris)![1]!;
      expect(h1).toContain(ti);
      expect(ris).toMatch(new RegExp(`^UR {2}- .*${path.replace(/\//g, '\\/')}\\r$`, 'm'));
      expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
      const bib = page(`${path}cite.bib`);
      expect(bib).toMatch(/^@(article|misc)\{[a-z0-9-]+,\n/);
      expect(bib).toContain(`title = {{${ti}}}`);
      // The page links both downloads.
      const links = find(tree, (e) => e.tagName === 'a' && e.properties.download !== undefined).map((e) => resolveHref(path, String(e.properties.href)));
      expect(links).toEqual([`${path}cite.bib`, `${path}cite.ris`]);
    });

    it(`${path}: the JSON-LD parses and matches the page`, () => {
      const html = page(path);
      expect(jsonLd(html)).toHaveLength(1);
      const ld = firstJsonLd(html);
      const tree = fromHtml(html);
      const title = find(tree, (e) => e.properties.dataSrc === 'title')[0]!;
      const kicker = find(title, (e) => hasClass(e, 'kicker')).map(textOf);
      const h1 = textOf(find(title, (e) => e.tagName === 'h1')[0]!);
      expect(ld.headline).toBe([...kicker, h1].join(' '));
      expect(toPath(ld.url)).toBe(path);
      expect(ld.position).toBe(Number(path.split('/').at(-2)));
      const facts = new Map(
        find(tree, (e) => hasClass(e, 'facts'))[0]!
          .children.filter((c): c is Element => c.type === 'element')
          .map((div) => [textOf(find(div, (e) => e.tagName === 'dt')[0]!), find(div, (e) => e.tagName === 'dd')[0]!]),
      );
      if (ld.author) expect(textOf(facts.get('单位')!)).toBe(ld.author.name);
      if (ld.spatialCoverage) {
        const last = find(facts.get('地区')!, (e) => e.tagName === 'a').at(-1)!;
        expect(textOf(last)).toBe(ld.spatialCoverage.name);
        expect(resolveHref(path, String(last.properties.href))).toBe(`/districts/${ld.spatialCoverage.identifier}/`);
      }
      const issueLabel = textOf(facts.get('刊期')!);
      if (ld.isPartOf?.issueNumber) expect(issueLabel).toContain(`第${ld.isPartOf.issueNumber}期`);
      // datePublished is the issue's date (shown under 日期), or with no date its year alone (shown in 刊期).
      const published = ld.isPartOf?.datePublished as string | undefined;
      if (published && published.length > 4) expect(find(facts.get('日期')!, (e) => e.tagName === 'time')[0]!.properties.dateTime).toBe(published);
      else if (published) expect(issueLabel).toContain(`${published}年`);
      if (ld.isPartOf?.isPartOf) expect(issueLabel.startsWith(ld.isPartOf.isPartOf.name)).toBe(true);
    });
  }
});
