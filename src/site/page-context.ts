// The other entities an issue or article page shows, chosen once here so the
// pages (ArticlePage.astro, IssuePage.astro) and their cache keys
// (cache-keys.ts) cannot disagree on what a page depends on.
import type { ArticleData, DistrictData, IssueData, SiteData } from './data.ts';

/** How many other articles of its district an article page lists. */
export const SAME_DISTRICT_SHOWN = 10;

export interface ArticleContext {
  issue: IssueData;
  district?: DistrictData;
  /** The district's city, when the district is a county. */
  city?: DistrictData;
  prev?: ArticleData;
  next?: ArticleData;
  /** Ids of the same district's other articles the page lists (newest first). */
  sameDistrict: string[];
}

export interface IssueContext {
  prev?: IssueData;
  next?: IssueData;
}

function must<K, V>(map: Map<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`missing ${String(key)}`);
  return v;
}

export function articleContext(data: SiteData, article: ArticleData): ArticleContext {
  const issue = must(data.issue, article.issue);
  const district = article.district ? data.district.get(article.district.value) : undefined;
  const city = district?.level === 'county' && district.parent ? data.district.get(district.parent) : undefined;
  const ids = issue.articleIds;
  const at = ids.indexOf(article.id);
  const prev = at > 0 ? data.article.get(ids[at - 1]!) : undefined;
  const next = at < ids.length - 1 ? data.article.get(ids[at + 1]!) : undefined;
  const sameDistrict = district ? district.articles.filter((id) => id !== article.id).slice(0, SAME_DISTRICT_SHOWN) : [];
  return { issue, district, city, prev, next, sameDistrict };
}

/** The previous and next issue of the same publication. */
export function issueContext(data: SiteData, issue: IssueData): IssueContext {
  const siblings = must(data.publication, issue.publication).issues;
  const at = siblings.indexOf(issue.id);
  const prev = at > 0 ? data.issue.get(siblings[at - 1]!) : undefined;
  const next = at >= 0 && at < siblings.length - 1 ? data.issue.get(siblings[at + 1]!) : undefined;
  return { prev, next };
}
