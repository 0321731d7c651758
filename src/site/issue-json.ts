// issue.json beside each issue page: the issue and its articles as data, or
// for a withdrawn issue only what its notice says (SPEC §8).
import type { Article, Issue } from '../archive/types.ts';

export function issueJson(issue: Issue, articles: Article[]): string {
  return `${JSON.stringify(issue.withdrawn ? withdrawnIssue(issue, issue.withdrawn, articles) : fullIssue(issue, articles), null, 2)}\n`;
}

function fullIssue(issue: Issue, articles: Article[]) {
  const { artefacts, repairs, warnings, ...rest } = issue;
  return {
    ...rest,
    articles: articles.map(({ blocks, ...meta }) => ({ ...meta, paragraphs: blocks.length })),
    artefacts,
    repairs,
    warnings: warnings.map(({ file, line, message }) => ({ file, line, message })),
  };
}

/** A withdrawn issue's data: what the notice says, no text. */
function withdrawnIssue(issue: Issue, withdrawn: NonNullable<Issue['withdrawn']>, articles: Article[]) {
  return {
    id: issue.id,
    path: issue.path,
    publication: issue.publication,
    publicationName: issue.publicationName,
    ...(issue.year ? { year: issue.year } : {}),
    ...(issue.number ? { number: issue.number } : {}),
    ...(issue.date ? { date: issue.date } : {}),
    ...(issue.publisher ? { publisher: issue.publisher } : {}),
    label: issue.label,
    withdrawn: { on: withdrawn.on, reason: withdrawn.reason },
    articles: articles.map((a) => ({ id: a.id, path: a.path, number: a.number, headline: a.headline, ...(a.organisation ? { organisation: a.organisation.value } : {}) })),
  };
}
