// Cache keys for Astro's incremental build (experimental.incrementalBuild):
// Astro copies a page from the previous build instead of rendering it when
// its key and its code are unchanged, so a key must cover every datum the
// page shows. A key is a digest of the digests of every entity the page reads
// (whole entities, not the fields it happens to use today: a field the page
// starts showing later cannot be missed), chosen by page-context.ts exactly as
// the page chooses them. Templates and modules are Astro's part (it hashes
// the route's module graph, this file included).
import { createHash } from 'node:crypto';
import { config } from '../config/index.ts';
import type { ArticleData, DistrictData, IssueData, PublicationData, SiteData } from './data.ts';
import { articleContext, issueContext } from './page-context.ts';

export interface CacheKeys {
  /** An article page, or its withdrawal notice. */
  article(article: ArticleData): string;
  /** An issue page, or its withdrawal notice. */
  issue(issue: IssueData): string;
  /** A publication's year page listing these issues. */
  year(publication: PublicationData, year: number, issues: IssueData[]): string;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** Each entity is digested once per build, however many pages show it. */
function memo<T extends object>(digest: (entity: T) => string): (entity: T | undefined) => string {
  const seen = new WeakMap<T, string>();
  return (entity) => {
    if (!entity) return '-';
    let d = seen.get(entity);
    if (d === undefined) seen.set(entity, (d = digest(entity)));
    return d;
  };
}

/**
 * `siteUrl` is part of every key: with it the pages carry absolute URLs
 * (canonical, JSON-LD, citation).
 */
export function cacheKeys(data: SiteData, siteUrl = config().siteUrl?.href ?? ''): CacheKeys {
  const article = memo<ArticleData>((a) => sha(JSON.stringify(a)));
  const issue = memo<IssueData>((i) => sha(JSON.stringify(i)));
  // A district's own facts (name, level, parent…), not its lists and counts,
  // which change whenever any of its articles come or go: the pages that list
  // its articles name the ids they show.
  const district = memo<DistrictData>(({ articles: _a, mentionedIn: _m, totalArticles: _t, ...own }) => sha(JSON.stringify(own)));
  // Likewise a publication without its list of issues.
  const publication = memo<PublicationData>(({ issues: _i, ...own }) => sha(JSON.stringify(own)));
  /** An article as a list shows it: with its issue and district. */
  const listed = (id: string): string => {
    const a = data.article.get(id);
    return [id, article(a), issue(a && data.issue.get(a.issue)), district(a?.district && data.district.get(a.district.value))].join(' ');
  };
  const key = (kind: string, parts: string[]): string => sha([kind, siteUrl, ...parts].join('\n'));

  return {
    article(a) {
      const c = articleContext(data, a);
      return key('article', [article(a), issue(c.issue), district(c.district), district(c.city), article(c.prev), article(c.next), ...c.sameDistrict.map(listed)]);
    },
    issue(i) {
      const c = issueContext(data, i);
      return key('issue', [issue(i), issue(c.prev), issue(c.next), ...i.articleIds.map(listed)]);
    },
    year(p, year, issues) {
      return key('year', [publication(p), String(year), ...issues.map((i) => `${i.id} ${issue(i)}`)]);
    },
  };
}
