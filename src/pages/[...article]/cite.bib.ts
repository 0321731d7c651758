// /{pub}/{yyyy}/{nn}/{k}/cite.bib: the article's BibTeX entry, beside its page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, must, articleFilePaths } from '../../site/data.ts';
import { referenceOf } from '../../site/reference.ts';
import { bibtex } from '../../site/bibtex.ts';

export const getStaticPaths = articleFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const data = await siteData();
  const article = must(data.article, props.id as string);
  return new Response(bibtex(referenceOf(article, must(data.issue, article.issue))), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
