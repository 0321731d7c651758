// /{pub}/{yyyy}/{nn}/issue.json: the issue and its articles as data.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, must, issueFilePaths, type ArticleData, type IssueData } from '../../site/data.ts';

export const getStaticPaths = issueFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const data = await siteData();
  const issue = must(data.issue, props.id as string);
  if (issue.withdrawn) return json(withdrawnIssue(issue, issue.articleIds.map((id) => must(data.article, id))));
  const { artefacts, repairs, warnings, ...rest } = issue;
  const articles = issue.articleIds.map((id) => {
    const { blocks, ...meta } = must(data.article, id);
    return { ...meta, paragraphs: blocks.length };
  });
  const body = { ...rest, articles, artefacts, repairs, warnings: warnings.map(({ file, line, message }) => ({ file, line, message })) };
  return json(body);
};

const json = (body: unknown) => new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });

/** A withdrawn issue's data: what the notice says, no text (SPEC §8). */
function withdrawnIssue(issue: IssueData, articles: ArticleData[]) {
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
    withdrawn: { on: issue.withdrawn!.on, reason: issue.withdrawn!.reason },
    articles: articles.map((a) => ({ id: a.id, path: a.path, number: a.number, headline: a.headline, ...(a.organisation ? { organisation: a.organisation.value } : {}) })),
  };
}
