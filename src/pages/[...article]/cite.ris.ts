// /{pub}/{yyyy}/{nn}/{k}/cite.ris: the article's RIS record, beside its page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, must, articleFilePaths } from '../../site/data.ts';
import { referenceOf } from '../../site/reference.ts';
import { ris } from '../../site/ris.ts';

export const getStaticPaths = articleFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const data = await siteData();
  const article = must(data.article, props.id as string);
  return new Response(ris(referenceOf(article, must(data.issue, article.issue))), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
