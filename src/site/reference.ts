// The bibliographic record of an article, once: every citation format
// (GB/T 7714, BibTeX, RIS), the feed entry's author and the article's JSON-LD
// (./jsonld.ts) are written from it, so they cannot disagree. Only what the
// bulletin has; nothing guessed (SPEC §5):
// - author: the article's organisation as printed (or as a sidecar corrects
//   it); with none, no author (the publisher publishes, it does not write);
// - year: the printed (or sidecar) year; date: the issue's date, ISO;
// - publisher and journal: the issue's.
import type { Article, Issue } from '../archive/types.ts';
import { publicUrl } from './public-url.ts';

/** What an issue contributes to the records of its articles, and its own record (the issue page's JSON-LD). */
export interface IssueReference {
  /** The periodical; absent for a standalone report. */
  journal?: string;
  publisher?: string;
  year?: number;
  issue?: number;
  /** YYYY-MM-DD. */
  date?: string;
  standalone: boolean;
}

export interface Reference extends IssueReference {
  /** The article's organisation as printed; absent when it names none. */
  author?: string;
  /** The title on one line (kicker and main title), as the page's h1 area shows it. */
  headline: string;
  /** The title proper for citations: the headline less a leading organisation, which is the author. */
  title: string;
  subtitle?: string;
  /** Article position in the issue. */
  position: number;
  url: string;
  /** Stable key: the article id with separators, e.g. jiaxing-qingnian-gongzuo-xinxi-2023-03-1. */
  key: string;
}

export function issueReferenceOf(issue: Issue): IssueReference {
  return {
    ...(issue.standalone ? {} : { journal: issue.publicationName }),
    ...(issue.publisher ? { publisher: issue.publisher.value } : {}),
    ...(issue.year ? { year: issue.year.value } : {}),
    ...(issue.number ? { issue: issue.number.value } : {}),
    ...(issue.date ? { date: issue.date.value } : {}),
    standalone: issue.standalone,
  };
}

/** `article`: the model's or the collection's (which keeps the body apart, src/content/body-store.ts). */
export function referenceOf(article: Omit<Article, 'blocks'>, issue: Issue): Reference {
  const author = article.organisation?.value;
  const headline = article.headline;
  const title = author && headline.startsWith(author) && headline.length > author.length ? headline.slice(author.length).trim() : headline;
  return {
    ...issueReferenceOf(issue),
    ...(author ? { author } : {}),
    headline,
    title,
    ...(article.title.subtitle ? { subtitle: article.title.subtitle } : {}),
    position: article.number,
    url: publicUrl(article.path),
    key: article.id.replace(/\//g, '-'),
  };
}

/** When it was published, ISO 8601: the date, else the year alone (never a guessed day). */
export function publishedOn(ref: IssueReference): string | undefined {
  return ref.date ?? (ref.year ? String(ref.year).padStart(4, '0') : undefined);
}
