// /{pub}/{yyyy}/{nn}/source.txt: the bulletin's text as it came in (decoded to UTF-8).
import type { APIRoute, GetStaticPaths } from 'astro';
import { issueFilePaths } from '../../site/data.ts';
import { sharedArchive } from '../../content/archive-source.ts';

export const getStaticPaths = issueFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const text = sharedArchive().sources[props.id as string];
  if (text === undefined) throw new Error(`no source for ${String(props.id)}`);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
