// The machine-readable records of SPEC §5. Fields the bulletin does not
// have are left out, never filled with a guess.
import { config } from '../config/index.ts';
import type { ArticleData, DistrictData, IssueData } from './data.ts';

/** Absolute URL when SITE_URL is set (e.g. https://example.org/archive/), else the site path. */
export function publicUrl(path: string): string {
  const base = config().siteUrl;
  return base ? new URL(path.replace(/^\//, ''), base).href : path;
}

/** Absolute URL of a site path, or undefined when SITE_URL is not set (canonical, og:url). */
export function absoluteUrl(path: string): string | undefined {
  return config().siteUrl ? publicUrl(path) : undefined;
}

export function publicationIssueRecord(issue: IssueData): Record<string, unknown> {
  return {
    '@type': 'PublicationIssue',
    ...(issue.number ? { issueNumber: String(issue.number.value) } : {}),
    ...(issue.date ? { datePublished: issue.date.value } : {}),
    ...(issue.standalone
      ? {}
      : {
          isPartOf: {
            '@type': 'Periodical',
            name: issue.publicationName,
            ...(issue.publisher ? { publisher: { '@type': 'Organization', name: issue.publisher.value } } : {}),
          },
        }),
  };
}

export function issueJsonLd(issue: IssueData): Record<string, unknown> {
  return { '@context': 'https://schema.org', ...publicationIssueRecord(issue), url: publicUrl(issue.path) };
}

export function articleJsonLd(article: ArticleData, issue: IssueData, district: DistrictData | undefined): Record<string, unknown> {
  const partOf = publicationIssueRecord(issue);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.headline,
    ...(article.title.subtitle ? { alternativeHeadline: article.title.subtitle } : {}),
    url: publicUrl(article.path),
    ...(article.organisation ? { author: { '@type': 'Organization', name: article.organisation.value } } : {}),
    ...(district ? { spatialCoverage: { '@type': 'Place', name: district.name, identifier: district.code } } : {}),
    position: article.number,
    // A standalone report is no issue of a periodical: keep only what it has.
    ...(Object.keys(partOf).length > 1 ? { isPartOf: partOf } : {}),
  };
}
