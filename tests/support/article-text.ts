// Ground truth for search checks, read from the built article pages with plain
// string work (independent of the indexer): the title, the header lines, the
// organisation line and each body block, under NFKC as the search compares.
import { page, siteFiles } from './site.ts';

export interface Article {
  url: string;
  title: string;
  texts: string[];
  districts: string[];
  org: string;
  date: string;
}

const entity = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[e.toLowerCase()]!,
  );
const strip = (html: string) =>
  entity(
    html
      .replace(/<a [^>]*data-nosrc[^>]*>[\s\S]*?<\/a>/g, '')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  ).normalize('NFKC');

/** Every article page of a built site (site paths ending in /). */
export function readArticles(root: string): Article[] {
  const articles: Article[] = [];
  for (const file of siteFiles(root)) {
    if (!file.endsWith('/index.html') || file.startsWith('/pagefind/')) continue;
    const html = page(file, root);
    if (!html.includes('data-pagefind-filter="类型[content]" content="文章"')) continue;
    const title = strip(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
    const header = strip(/data-src="title"[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1]?.replace(/<\/(p|h1)>/g, '\n') ?? '');
    const org = strip(/<dt>单位<\/dt><dd>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '');
    const bodyHtml = /data-src="body"[^>]*>([\s\S]*?)<\/div>\s*<\/article>/.exec(html)?.[1] ?? '';
    const blocks = bodyHtml.split(/<\/(?:p|h[1-6]|li)>/).map(strip);
    const districts = [...html.matchAll(/data-pagefind-filter="地区\[content\]" content="([^"]*)"/g)].map((m) => entity(m[1]!));
    const date = /data-pagefind-meta="date\[content\]" content="([^"]*)"/.exec(html)?.[1] ?? '';
    articles.push({ url: file.slice(0, -'index.html'.length), title, texts: [...header.split('\n'), org, ...blocks].filter((t) => t.trim()), districts, org, date });
  }
  return articles;
}

const words = (q: string) => q.normalize('NFKC').split(/\s+/).filter(Boolean);
/** Every word of the query occurs in one of the article's texts. */
export const holdsQuery = (a: Article, q: string) => words(q).every((w) => a.texts.some((t) => t.includes(w)));
/** Every word of the query occurs in the title. */
export const titleHolds = (a: Article, q: string) => words(q).every((w) => a.title.includes(w));
