// GB/T 7714-2015 reference for an article of a serial (domain.md §5.3):
// 责任者. 题名[J/OL]. 刊名, 年(期)[引用日期]. URL.
import type { ArticleData, IssueData } from './data.ts';
import { publicUrl } from './jsonld.ts';

export function gbt7714(article: ArticleData, issue: IssueData, citedOn = '引用日期'): string {
  const org = article.organisation?.value;
  // The organisation heading the title is the author; the title proper follows it.
  const title = org && article.headline.startsWith(org) && article.headline.length > org.length ? article.headline.slice(org.length).trim() : article.headline;
  const author = org ?? issue.publisher?.value;
  const where = issue.standalone
    ? `${issue.year ? `${issue.year.value}` : ''}`
    : `${issue.publicationName}, ${issue.year?.value ?? ''}${issue.number ? `(${issue.number.value})` : ''}`;
  const type = issue.standalone ? '[Z/OL]' : '[J/OL]';
  return `${author ? `${author}. ` : ''}${title}${type}. ${where}[${citedOn}]. ${publicUrl(article.path)}.`;
}
