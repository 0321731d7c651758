// Article counts the charts and the map show, from the collections.
import type { MapDivision } from '../map/index.ts';
import type { ArticleData, DistrictData, SiteData } from './data.ts';

/** Articles per printed year (articles whose issue has no year, or was withdrawn, are left out: SPEC §8). */
export function perYear(data: SiteData, articles: ArticleData[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const a of articles) {
    const issue = data.issue.get(a.issue);
    const year = issue?.year?.value;
    if (year !== undefined && !issue?.withdrawn) out.set(year, (out.get(year) ?? 0) + 1);
  }
  return out;
}

/** Articles of organisations in a division or any division below it (what `totalArticles` counts). */
export function articlesUnder(data: SiteData, code: string): ArticleData[] {
  return data.articles.filter((a) => {
    for (let c = a.district?.value; c; c = data.district.get(c)?.parent) if (c === code) return true;
    return false;
  });
}

/** The divisions as the map needs them. */
export function mapDivisions(districts: DistrictData[]): MapDivision[] {
  return districts.map((d) => ({
    code: d.code,
    name: d.name,
    level: d.level,
    ...(d.parent ? { parent: d.parent } : {}),
    ...(d.validTo ? { validTo: d.validTo } : {}),
    successors: d.successors,
    articles: d.articles.length,
  }));
}
