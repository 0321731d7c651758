// The collections, loaded once per build and indexed for the pages.
import { getCollection } from 'astro:content';
import { compareIssues } from '../archive/order.ts';

export type PublicationData = Awaited<ReturnType<typeof getCollection<'publications'>>>[number]['data'];
export type IssueData = Awaited<ReturnType<typeof getCollection<'bulletins'>>>[number]['data'];
export type ArticleData = Awaited<ReturnType<typeof getCollection<'articles'>>>[number]['data'];
export type DistrictData = Awaited<ReturnType<typeof getCollection<'districts'>>>[number]['data'];

export interface SiteData {
  publications: PublicationData[];
  issues: IssueData[];
  articles: ArticleData[];
  districts: DistrictData[];
  publication: Map<string, PublicationData>;
  issue: Map<string, IssueData>;
  article: Map<string, ArticleData>;
  district: Map<string, DistrictData>;
  /** Issues per year (any publication), oldest first. */
  years: Map<number, IssueData[]>;
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [pubs, iss, arts, dists] = await Promise.all([getCollection('publications'), getCollection('bulletins'), getCollection('articles'), getCollection('districts')]);
  const issueOrder = new Map<string, number>();
  const issues = iss.map((e) => e.data);
  // Collections come back in store order; restore the archive's order (oldest first).
  issues.sort(compareIssues);
  for (const [n, i] of issues.entries()) issueOrder.set(i.id, n);
  const articles = arts.map((e) => e.data).sort((a, b) => issueOrder.get(a.issue)! - issueOrder.get(b.issue)! || a.number - b.number);
  const publications = pubs.map((e) => e.data).sort((a, b) => a.slug.localeCompare(b.slug));
  const districts = dists.map((e) => e.data).sort((a, b) => a.code.localeCompare(b.code));
  const years = new Map<number, IssueData[]>();
  for (const i of issues) {
    if (!i.year) continue;
    const list = years.get(i.year.value) ?? [];
    list.push(i);
    years.set(i.year.value, list);
  }
  return {
    publications,
    issues,
    articles,
    districts,
    publication: new Map(publications.map((p) => [p.slug, p])),
    issue: new Map(issues.map((i) => [i.id, i])),
    article: new Map(articles.map((a) => [a.id, a])),
    district: new Map(districts.map((d) => [d.code, d])),
    years: new Map([...years.entries()].sort((a, b) => a[0] - b[0])),
  };
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

export function must<K, V>(map: Map<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`missing ${String(key)}`);
  return v;
}

/** What a list of issues counts (SPEC §8): a withdrawn issue is listed, marked, but its issue and articles count nowhere. */
export function counted(issues: IssueData[]): { issues: number; articles: number } {
  const live = issues.filter((i) => !i.withdrawn);
  return { issues: live.length, articles: live.reduce((n, i) => n + i.articleIds.length, 0) };
}
