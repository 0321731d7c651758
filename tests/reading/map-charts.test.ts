// The district map and the per-year charts against counts taken from the
// archive's own data file (/data/archive.json), not from the chart code:
// one linked area per county-level division that has articles, and every
// number on the map and in the charts equals the count of articles.
import { assert, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { DIST, page, resolveHref } from '../support/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ArchiveArticle {
  publication: string;
  year: number | null;
  district_code: string | null;
}
const archive = JSON.parse(readFileSync(join(DIST, 'data/archive.json'), 'utf8')) as { articles: ArchiveArticle[]; publications: { slug: string }[] };
// GB/T 2260: a county-level code does not end in 00; a city's ends in 00 but not 0000.
const isCounty = (code: string) => !code.endsWith('00');

function elements(node: Root | Element, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (test(c)) out.push(c);
    elements(c, test, out);
  }
  return out;
}
const cls = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);
const text = (e: Element | Root): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

/** Articles per year, counted from archive.json. */
function perYear(list: ArchiveArticle[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of list) if (a.year !== null) out[a.year] = (out[a.year] ?? 0) + 1;
  return out;
}

/** The chart's bars and its table, as year → count. */
function chartOf(path: string): { bars: Record<string, number>; table: Record<string, number> } {
  const tree = fromHtml(page(path));
  const [figure] = elements(tree, (e) => e.properties.dataChart === 'years');
  assert(figure, `${path} has a year chart`);
  const bars: Record<string, number> = {};
  for (const g of elements(figure, (e) => e.tagName === 'g' && e.properties.dataYear !== undefined)) {
    bars[String(g.properties.dataYear)] = Number(g.properties.dataCount);
    // The number printed over the bar is the same.
    expect(text(elements(g, (e) => cls(e).includes('count'))[0]!)).toBe(String(g.properties.dataCount));
  }
  const table: Record<string, number> = {};
  for (const tr of elements(figure, (e) => e.tagName === 'tr')) {
    const cells = elements(tr, (e) => e.tagName === 'th' || e.tagName === 'td').map(text);
    if (/^\d{4}$/.test(cells[0]!)) table[cells[0]!] = Number(cells[1]);
  }
  return { bars, table };
}
/** Leave out the years with no article (the chart shows them as empty bars). */
const nonzero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));

describe('district map', () => {
  for (const [name, path] of [
    ['home', '/'],
    ['district tree', '/districts/'],
  ] as const) {
    it(`${name}: one linked area per county-level division with articles, with its count`, () => {
      const tree = fromHtml(page(path));
      const [figure] = elements(tree, (e) => e.properties.dataMap === 'districts');
      assert(figure, `${path} has a district map`);
      const svg = elements(figure, (e) => e.tagName === 'svg')[0]!;
      const areas = elements(svg, (e) => e.tagName === 'a');
      const byCode = new Map<string, Element[]>();
      for (const a of areas) {
        const code = /\/districts\/(\d{6})\/$/.exec(resolveHref(path, String(a.properties.href)))?.[1];
        assert(code, `${String(a.properties.href)} links a district`);
        byCode.set(code, [...(byCode.get(code) ?? []), a]);
        // Each area has an accessible name (its <title>) and a shape.
        expect(text(elements(a, (e) => e.tagName === 'title')[0]!)).toMatch(/\d+篇/);
        expect(elements(a, (e) => e.tagName === 'path' || e.tagName === 'rect').length).toBe(1);
      }
      for (const [code, list] of byCode) expect(list, code).toHaveLength(1);
      const expected: Record<string, number> = {};
      for (const a of archive.articles) if (a.district_code && isCounty(a.district_code)) expected[a.district_code] = (expected[a.district_code] ?? 0) + 1;
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      for (const [code, n] of Object.entries(expected)) {
        expect(byCode.get(code), `area for ${code}`).toHaveLength(1);
        expect(Number(byCode.get(code)![0]!.properties.dataCount), code).toBe(n);
      }
      // Every other area has no article; shaded areas are exactly the ones with articles.
      for (const [code, [a]] of byCode) {
        assert(a, code);
        if (!(code in expected)) expect(Number(a.properties.dataCount), code).toBe(0);
        expect(cls(a).includes('m0'), code).toBe(!(code in expected));
      }
      // Zhejiang has 90 county-level divisions today (SPEC §3).
      expect(byCode.size).toBe(90);
      console.log(`map on ${path}: ${byCode.size} linked areas, ${Object.keys(expected).length} with articles; svg ${Buffer.byteLength(page(path).match(/<svg[\s\S]*?<\/svg>/)![0])} bytes`);
    });
  }
});

describe('per-year charts', () => {
  it('district pages: the bars and the table equal the articles of the division and below, per year', () => {
    const codes = new Set<string>();
    for (const a of archive.articles) {
      if (!a.district_code) continue;
      codes.add(a.district_code);
      codes.add(`${a.district_code.slice(0, 4)}00`);
      codes.add('330000');
    }
    for (const code of codes) {
      const under = archive.articles.filter((a) => a.district_code && (code === '330000' ? true : code.endsWith('00') ? a.district_code.startsWith(code.slice(0, 4)) : a.district_code === code));
      const { bars, table } = chartOf(`/districts/${code}/`);
      expect(nonzero(bars), code).toEqual(perYear(under));
      expect(table, code).toEqual(bars);
    }
    console.log(`district charts checked: ${codes.size}`);
  });

  it('publication pages: the bars and the table equal the articles of the publication, per year', () => {
    for (const { slug } of archive.publications) {
      const { bars, table } = chartOf(`/${slug}/`);
      expect(nonzero(bars), slug).toEqual(perYear(archive.articles.filter((a) => a.publication === slug)));
      expect(table, slug).toEqual(bars);
    }
  });
});
