// The bibliographic facts of an article, once, for every citation format
// (GB/T 7714, BibTeX, RIS). Only what the bulletin has; nothing guessed.
import type { ArticleData, IssueData } from './data.ts';
import { publicUrl } from './jsonld.ts';

export interface Reference {
  /** The organisation heading the title, else the issue's publisher. */
  author?: string;
  /** The title proper (the organisation that heads it removed). */
  title: string;
  /** The periodical; absent for a standalone report. */
  journal?: string;
  publisher?: string;
  year?: number;
  issue?: number;
  date?: string;
  /** Article position in the issue. */
  position: number;
  url: string;
  /** Stable key: the article id with separators, e.g. jiaxing-qingnian-gongzuo-xinxi-2023-03-1. */
  key: string;
  standalone: boolean;
}

export function referenceOf(article: ArticleData, issue: IssueData): Reference {
  const org = article.organisation?.value;
  const title = org && article.headline.startsWith(org) && article.headline.length > org.length ? article.headline.slice(org.length).trim() : article.headline;
  const author = org ?? issue.publisher?.value;
  return {
    ...(author ? { author } : {}),
    title,
    ...(issue.standalone ? {} : { journal: issue.publicationName }),
    ...(issue.publisher ? { publisher: issue.publisher.value } : {}),
    ...(issue.year ? { year: issue.year.value } : {}),
    ...(issue.number ? { issue: issue.number.value } : {}),
    ...(issue.date ? { date: issue.date.value } : {}),
    position: article.number,
    url: publicUrl(article.path),
    key: article.id.replace(/\//g, '-'),
    standalone: issue.standalone,
  };
}
