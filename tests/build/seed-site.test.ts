// Checks over the built seed archive (dist/, made by `npm run build`).
// Expected values come from reading the four seed bulletins, not from the code.
import { describe, expect, it } from 'vitest';
import { articlePages, jsonLd, linksIn, page, resolveHref, siteFiles } from '../support/site.ts';

const JX = '/jiaxing-qingnian-gongzuo-xinxi';
const ZJ = '/zhejiang-qingnian-gongzuo-xinxi';
const S000 = `${JX}/2022/000-49c0a554d6294698/`;
const S003 = '/gongqingtuan-huzhou-shiwei/2017/003-808c91636a323c9c/';

interface Expected {
  path: string;
  headline: string;
  author?: string;
  place: [string, string];
  issueNumber?: string;
  date?: string;
  periodical?: string;
  publisher?: string;
  subtitle?: string;
}

const J3 = { issueNumber: '3', date: '2023-10-20', periodical: '嘉兴青年工作信息', publisher: '共青团嘉兴市委' };
const Z14 = { issueNumber: '14', date: '2021-12-23', periodical: '浙江青年工作信息', publisher: '共青团浙江省委' };
// Seed 000 has no printed date; its sidecar gives the year, which every citation form and the JSON-LD now share as an ISO 8601 year (issue 19: one truth for citations and JSON-LD).
const J22 = { date: '2022', periodical: '嘉兴青年工作信息', publisher: '共青团嘉兴市委' };
const EXPECTED: Expected[] = [
  { path: `${JX}/2023/03/1/`, headline: '团市委“三力”建设聚焦“青企”赋能', author: '团市委', place: ['嘉兴市', '330400'], ...J3 },
  { path: `${JX}/2023/03/2/`, headline: '党管青年 全域协同 嘉善系统推进青年发展型县域建设', place: ['嘉善县', '330421'], ...J3 },
  { path: `${JX}/2023/03/3/`, headline: '团海宁市委全面推进青年发展 奋力筑造“青春潮城”', author: '团海宁市委', place: ['海宁市', '330481'], ...J3 },
  { path: `${JX}/2023/03/4/`, headline: '市直机关团工委持续擦亮“禾城朝阳”志愿服务品牌 让青年志愿服务工作“活”起来', author: '市直机关团工委', place: ['嘉兴市', '330400'], ...J3 },
  { path: `${ZJ}/2021/14/1/`, headline: '团杭州市委强化“三共”赋能 全面提升青年动员力服务力', author: '团杭州市委', place: ['杭州市', '330100'], ...Z14 },
  { path: `${ZJ}/2021/14/2/`, headline: '团宁波市江北区委探索“两新”群体服务新载体', author: '团宁波市江北区委', place: ['江北区', '330205'], ...Z14 },
  { path: `${ZJ}/2021/14/3/`, headline: '团海宁市委“三化”推进青年交友工作', author: '团海宁市委', place: ['海宁市', '330481'], ...Z14 },
  { path: `${S000}1/`, headline: '团嘉善县委“三新”模式助推青企发展稳进提质', author: '团嘉善县委', place: ['嘉善县', '330421'], ...J22 },
  { path: `${S000}2/`, headline: '团平湖市委坚持助力经济稳进提质 为勇当共同富裕新崛起典范贡献青春力量', author: '团平湖市委', place: ['平湖市', '330482'], ...J22 },
  { path: `${S000}3/`, headline: '团海宁市委奏响“青春三部曲” 激发企业“青动能”', author: '团海宁市委', place: ['海宁市', '330481'], ...J22 },
  { path: `${S000}4/`, headline: '团桐乡市委“三维发力” 助推地方经济发展', author: '团桐乡市委', place: ['桐乡市', '330483'], ...J22 },
  { path: `${S003}1/`, headline: '践行四新 助推赶超 服务两高 开创新形势下湖州共青团工作新局面', subtitle: '团市委上半年工作总结下半年工作计划', author: '团市委', place: ['湖州市', '330500'] },
];

const htmlPages = () => siteFiles().filter((f) => f.endsWith('.html'));
const articleLinks = (issuePath: string) => [...new Set(linksIn(page(issuePath), 'article-list').map((h) => resolveHref(issuePath, h)))].filter((p) => p.startsWith(issuePath) && p !== issuePath);

describe('pages at the URLs of SPEC §4', () => {
  it('has the fixed pages', () => {
    for (const p of ['/index.html', '/districts/index.html', '/years/index.html', '/search/index.html', '/404.html', `${JX}/index.html`, `${JX}/2023/index.html`, `${ZJ}/2021/index.html`, '/years/2023/index.html', '/districts/330000/index.html', '/pagefind/pagefind.js']) {
      expect(siteFiles(), p).toContain(p);
    }
  });

  it('lists 4 articles in 嘉兴 2023/3, 3 in 浙江 2021/14, 4 in seed 000 and 1 in seed 003', () => {
    expect(articleLinks(`${JX}/2023/03/`)).toEqual([1, 2, 3, 4].map((k) => `${JX}/2023/03/${k}/`));
    expect(articleLinks(`${ZJ}/2021/14/`)).toEqual([1, 2, 3].map((k) => `${ZJ}/2021/14/${k}/`));
    expect(articleLinks(S000)).toEqual([1, 2, 3, 4].map((k) => `${S000}${k}/`));
    expect(articleLinks(S003)).toEqual([`${S003}1/`]);
  });

  it('has 12 article pages in all', () => {
    expect(articlePages().sort()).toEqual(EXPECTED.map((e) => e.path).sort());
  });

  it('serves source.txt and issue.json for each issue', () => {
    expect(page(`${ZJ}/2021/14/source.txt`)).toContain('团宁波市江北区委探索“两新”群体服务');
    const json = JSON.parse(page(`${JX}/2023/03/issue.json`)) as { articles: unknown[]; number: { value: number } };
    expect(json.articles).toHaveLength(4);
    expect(json.number.value).toBe(3);
  });
});

describe('the JSON-LD record of each article (SPEC §5)', () => {
  for (const e of EXPECTED) {
    it(e.path, () => {
      const records = jsonLd(page(e.path));
      expect(records).toHaveLength(1);
      const r = records[0] as Record<string, any>;
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('Article');
      expect(r.headline).toBe(e.headline);
      expect(r.alternativeHeadline).toBe(e.subtitle);
      expect(r.url).toContain(e.path);
      expect(r.author).toEqual(e.author ? { '@type': 'Organization', name: e.author } : undefined);
      expect(r.spatialCoverage).toEqual({ '@type': 'Place', name: e.place[0], identifier: e.place[1] });
      expect(r.position).toBe(Number(e.path.split('/').at(-2)));
      if (e.periodical) {
        expect(r.isPartOf['@type']).toBe('PublicationIssue');
        expect(r.isPartOf.issueNumber).toBe(e.issueNumber);
        expect(r.isPartOf.datePublished).toBe(e.date);
        expect(r.isPartOf.isPartOf).toEqual({ '@type': 'Periodical', name: e.periodical, publisher: { '@type': 'Organization', name: e.publisher } });
      }
    });
  }

  it('the issue page carries its PublicationIssue', () => {
    const [r] = jsonLd(page(`${JX}/2023/03/`)) as Record<string, any>[];
    expect(r).toMatchObject({ '@type': 'PublicationIssue', issueNumber: '3', datePublished: '2023-10-20', isPartOf: { '@type': 'Periodical', name: '嘉兴青年工作信息' } });
  });
});

describe('district pages', () => {
  it('/districts/330481/ (海宁市) lists the three 海宁 articles', () => {
    const html = page('/districts/330481/');
    const own = linksIn(html.slice(html.indexOf('id="own-h"')), 'article-list').map((h) => resolveHref('/districts/330481/', h));
    expect(own.sort()).toEqual([`${S000}3/`, `${JX}/2023/03/3/`, `${ZJ}/2021/14/3/`].sort());
  });

  it('/districts/330400/ lists the 嘉兴 city-level articles and links its counties', () => {
    const html = page('/districts/330400/');
    const own = linksIn(html.slice(html.indexOf('id="own-h"')), 'article-list').map((h) => resolveHref('/districts/330400/', h));
    expect(own.sort()).toEqual([`${JX}/2023/03/1/`, `${JX}/2023/03/4/`].sort());
    const children = linksIn(html, 'district-children').map((h) => resolveHref('/districts/330400/', h));
    for (const code of ['330402', '330411', '330421', '330424', '330481', '330482', '330483']) expect(children).toContain(`/districts/${code}/`);
  });

  it('marks the district of the 嘉善 article as inferred', () => {
    expect(page(`${JX}/2023/03/2/`)).toMatch(/嘉善县<\/a>\s*<span class="provenance[^"]*">（推断/);
  });
});

describe('every page', () => {
  it('is zh-CN, has a search box, and links only relatively', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) {
      const html = page(p);
      expect(html, p).toMatch(/<html lang="zh-CN"/);
      expect(html, p).toMatch(/<form[^>]*role="search"[^>]*>[\s\S]*?name="q"/);
      expect(html.match(/\s(?:href|src|action)="\/[^"]*"/g) ?? [], p).toEqual([]);
      expect(html.match(/\s(?:href|src)="(?:https?:)?\/\/[^"]*"/g) ?? [], p).toEqual([]);
    }
  });

  it('every relative link points at a page or file of the build', () => {
    const files = new Set(siteFiles());
    for (const p of htmlPages()) {
      const from = p.endsWith('/index.html') ? p.replace(/index\.html$/, '') : p;
      for (const [, href] of page(p).matchAll(/\s(?:href|src)="(?!data:)([^"#?]+)[^"]*"/g)) {
        const target = resolveHref(from, href!);
        expect(files.has(target) || files.has(`${target}index.html`), `${p} → ${href}`).toBe(true);
      }
    }
  });
});
