// /{pub}/{yyyy}/{nn}/issue.json: the issue and its articles as data.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, must, issueFilePaths } from '../../site/data.ts';

export const getStaticPaths = issueFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const data = await siteData();
  const issue = must(data.issue, props.id as string);
  const { artefacts, repairs, warnings, ...rest } = issue;
  const articles = issue.articleIds.map((id) => {
    const { blocks, ...meta } = must(data.article, id);
    return { ...meta, paragraphs: blocks.length };
  });
  const body = { ...rest, articles, artefacts, repairs, warnings: warnings.map(({ file, line, message }) => ({ file, line, message })) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
