// Cache keys: a page's key changes with every datum the page shows (else a
// stale page is published) and stays put when only other pages' data change
// (else nothing is ever reused). The fixture is a small archive written out
// by hand: one publication of three issues, a county with more articles than
// an article page lists, its city, and a second district.
import { describe, expect, it } from 'vitest';
import { cacheKeys } from './cache-keys.ts';
import type { ArticleData, DistrictData, IssueData, PublicationData, SiteData } from './data.ts';

interface Raw {
  publications: PublicationData[];
  issues: IssueData[];
  articles: ArticleData[];
  districts: DistrictData[];
}

const PUB = 'jiaxing';
const COUNTY = '330402';
const CITY = '330400';
const OTHER = '330481';

function issue(n: number, articles: number): IssueData {
  const id = `${PUB}/2023/${String(n).padStart(2, '0')}`;
  return {
    id,
    path: `/${id}/`,
    publication: PUB,
    publicationName: '嘉兴青年工作信息',
    label: `2023年第${n}期`,
    date: { value: `2023-0${n}-15`, provenance: 'printed' },
    mastheadLines: ['嘉兴青年工作信息', `第${n}期`],
    articleIds: Array.from({ length: articles }, (_, k) => `${id}/${k + 1}`),
  } as unknown as IssueData;
}

function article(id: string, n: number, district: string): ArticleData {
  return {
    id,
    path: `/${id}/`,
    issue: id.slice(0, id.lastIndexOf('/')),
    publication: PUB,
    number: n,
    title: { main: `标题${id}` },
    headline: `标题${id}`,
    district: { value: district, provenance: 'printed' },
    body: { key: `body-of-${id}`, paragraphs: 1 },
  } as unknown as ArticleData;
}

function district(code: string, name: string, level: DistrictData['level'], parent?: string): DistrictData {
  return { code, name, level, parent, successors: [], predecessors: [], articles: [], mentionedIn: [], totalArticles: 0 } as unknown as DistrictData;
}

/** Issues 1–3 of 2023 with 5 articles each; issue 2's article 5 is in another district, all others in the county (15 − 1 = 14 > 10 listed). */
function raw(): Raw {
  const issues = [issue(1, 5), issue(2, 5), issue(3, 5)];
  const articles = issues.flatMap((i) => i.articleIds.map((id, k) => article(id, k + 1, id === `${PUB}/2023/02/5` ? OTHER : COUNTY)));
  const districts = [district(CITY, '嘉兴市', 'city'), district(COUNTY, '南湖区', 'county', CITY), district(OTHER, '海宁市', 'county', CITY)];
  const publications = [{ slug: PUB, name: '嘉兴青年工作信息', issues: issues.map((i) => i.id), standalone: false } as PublicationData];
  return { publications, issues, articles, districts };
}

/** Index like data.ts does, with district lists newest first. */
function index(r: Raw): SiteData {
  for (const d of r.districts) {
    d.articles = r.articles
      .filter((a) => a.district?.value === d.code)
      .map((a) => a.id)
      .reverse();
    d.totalArticles = d.articles.length;
  }
  return {
    ...r,
    publication: new Map(r.publications.map((p) => [p.slug, p])),
    issue: new Map(r.issues.map((i) => [i.id, i])),
    article: new Map(r.articles.map((a) => [a.id, a])),
    district: new Map(r.districts.map((d) => [d.code, d])),
    years: new Map(),
  };
}

/** Every page's key, for the data as changed by `change`. */
function keysAfter(change: (r: Raw) => void = () => {}, siteUrl = ''): Map<string, string> {
  const r = raw();
  change(r);
  const data = index(r);
  const keys = cacheKeys(data, siteUrl);
  const out = new Map<string, string>();
  for (const a of data.articles) out.set(a.path, keys.article(a));
  for (const i of data.issues) out.set(i.path, keys.issue(i));
  out.set('year', keys.year(data.publications[0]!, 2023, data.issues));
  return out;
}

/** The pages whose key differs from the unchanged archive's. */
function changed(change: (r: Raw) => void, siteUrl = ''): string[] {
  const before = keysAfter();
  const after = keysAfter(change, siteUrl);
  return [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page);
}

const art = (r: Raw, id: string) => r.articles.find((a) => a.id === `${PUB}/2023/${id}`)!;
const iss = (r: Raw, n: string) => r.issues.find((i) => i.id === `${PUB}/2023/${n}`)!;
const dist = (r: Raw, code: string) => r.districts.find((d) => d.code === code)!;
const page = (id: string) => `/${PUB}/2023/${id}/`;

describe('cache keys', () => {
  it('are the same for the same data, and differ between pages', () => {
    const a = keysAfter();
    expect(keysAfter()).toEqual(a);
    expect(new Set(a.values()).size).toBe(a.size);
  });

  it("an article's own text changes its page, its issue's page, its neighbours' pages and the pages that list it", () => {
    // The county's articles newest first: 03/5..03/1, 02/4..02/1, 01/5, 01/4, .., 01/1. A page lists the
    // first 10 of those other than itself, so reaches back to 01/4 at most: 01/3 is listed nowhere.
    // Its neighbours 01/2 and 01/4 link to it; its issue's page lists it.
    const pages = changed((r) => (art(r, '01/3').body = { key: 'another-body', paragraphs: 2 }));
    expect(pages.sort()).toEqual([page('01'), page('01/2'), page('01/3'), page('01/4')].sort());
  });

  it("a listed article changes the page of every article that lists it among its district's others", () => {
    const pages = changed((r) => (art(r, '03/5').headline = '新标题'));
    // 03/5 is the county's newest: every other county article lists it, plus its own page and its
    // issue's page (its neighbour 03/4 is a county article too). Not the year page: it shows issues only.
    const county = raw()
      .articles.filter((a) => a.district?.value === COUNTY)
      .map((a) => `/${a.id}/`);
    expect(pages.sort()).toEqual([...county, page('03')].sort());
  });

  it("an issue's date changes its own pages, the pages that list its articles, its neighbours and the year page", () => {
    const pages = changed((r) => (iss(r, '01').date = { value: '2023-01-16', provenance: 'sidecar' }));
    const issue1 = ['01/1', '01/2', '01/3', '01/4', '01/5'].map(page);
    // Every county page lists 01/5 or 01/4 (see above); 02/5, alone in its district, lists nothing.
    // Issue 02's page links back to issue 01.
    const listing = raw()
      .articles.filter((a) => a.district?.value === COUNTY && a.issue !== `${PUB}/2023/01`)
      .map((a) => `/${a.id}/`);
    expect(pages.sort()).toEqual([...issue1, page('01'), page('02'), ...listing, 'year'].sort());
  });

  it("a district's name changes its articles' pages and the pages that list them; its counts change nothing", () => {
    const renamed = changed((r) => (dist(r, OTHER).name = '海宁'));
    // 02/5 is its only article: its own page, and its issue's page, which lists it with its district.
    expect(renamed.sort()).toEqual([page('02'), page('02/5')].sort());
    expect(changed((r) => (dist(r, OTHER).mentionedIn = [`${PUB}/2023/01/1`]))).toEqual([]);
  });

  it("a city's name changes the pages of its counties' articles", () => {
    const pages = changed((r) => (dist(r, CITY).name = '嘉兴'));
    expect(pages.sort()).toEqual(
      raw()
        .articles.map((a) => `/${a.id}/`)
        .sort(),
    );
  });

  it('a new issue after the last changes only the last issue, the year page and the pages that list its articles', () => {
    const pages = changed((r) => {
      const i4 = issue(4, 1);
      r.issues.push(i4);
      r.articles.push(article(i4.articleIds[0]!, 1, OTHER));
      r.publications[0]!.issues.push(i4.id);
    });
    // New pages (04, 04/1) are not in the old set; 03 gains a next issue; the other district's
    // only article 02/5 now lists 04/1; the year page lists the new issue.
    expect(pages.filter((p) => keysAfter().has(p)).sort()).toEqual([page('03'), page('02/5'), 'year'].sort());
  });

  it('the site URL changes every key', () => {
    expect(changed(() => {}, 'https://example.org/archive/').length).toBe(keysAfter().size);
  });
});
