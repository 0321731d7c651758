// The machine-readable records of SPEC §5, written from the same record as
// the citations (./reference.ts), so they name the same author, year and
// issue. Fields the bulletin does not have are left out, never filled with a
// guess. Typed with schema-dts (schema.org's vocabulary as TypeScript), so the
// type check refuses a property schema.org does not give the type.
import type { Article, Organization, Periodical, PublicationIssue, WithContext } from 'schema-dts';
import type { ArticleData, DistrictData, IssueData } from './data.ts';
import { issueReferenceOf, publishedOn, referenceOf, type IssueReference } from './reference.ts';
import { publicUrl } from './public-url.ts';

const organisation = (name: string): Organization => ({ '@type': 'Organization', name });

/** The issue as schema.org sees it; a standalone report is no issue of a periodical: it keeps only what it has. */
function publicationIssue(ref: IssueReference): PublicationIssue {
  const published = publishedOn(ref);
  const periodical: Periodical | undefined = ref.journal ? { '@type': 'Periodical', name: ref.journal, ...(ref.publisher ? { publisher: organisation(ref.publisher) } : {}) } : undefined;
  return {
    '@type': 'PublicationIssue',
    ...(ref.issue ? { issueNumber: String(ref.issue) } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(periodical ? { isPartOf: periodical } : ref.publisher ? { publisher: organisation(ref.publisher) } : {}),
  };
}

export function issueJsonLd(issue: IssueData): WithContext<PublicationIssue> {
  return { '@context': 'https://schema.org', ...publicationIssue(issueReferenceOf(issue)), url: publicUrl(issue.path) };
}

export function articleJsonLd(article: ArticleData, issue: IssueData, district: DistrictData | undefined): WithContext<Article> {
  const ref = referenceOf(article, issue);
  const published = publishedOn(ref);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: ref.headline,
    ...(ref.subtitle ? { alternativeHeadline: ref.subtitle } : {}),
    url: ref.url,
    ...(ref.author ? { author: organisation(ref.author) } : {}),
    ...(district ? { spatialCoverage: { '@type': 'Place', name: district.name, identifier: district.code } } : {}),
    position: ref.position,
    // An issue of a periodical holds the date and publisher; a standalone report carries them itself.
    ...(ref.standalone ? { ...(published ? { datePublished: published } : {}), ...(ref.publisher ? { publisher: organisation(ref.publisher) } : {}) } : { isPartOf: publicationIssue(ref) }),
  };
}
