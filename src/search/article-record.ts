// An article page → the Pagefind record that indexes it exactly: the texts a
// reader sees (title, title lines, organisation, body blocks with their ids)
// as a token stream (public/assets/search-codec.js), and the filters and meta
// the page declares in its head (`data-pagefind-filter|meta` on <meta content>),
// and its place in the archive's order as Pagefind's sort (the key the shard
// plan used, ./sort-key.ts).
// The tokens live only in the index, not in the page.
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { CustomRecord } from 'pagefind';
import { OWN_META, encodePage, pageOwnMarks } from '../../public/assets/search-codec.js';

// The language of article records: one Pagefind neither stems nor segments.
// The tokens are not words of any language, and as zh-cn every token went
// through Pagefind's Chinese segmenter for nothing (a shard of 500 bulletins
// indexed in 16.3 s instead of 19.8 s, medians of 3; the tokens and their
// places are the same). A shard holds one language, and the browser, finding
// no zh-cn index in it, takes the one it has (Pagefind's findIndex).
export const RECORD_LANGUAGE = 'x-pairs';

export interface SearchBlock {
  id: string;
  text: string;
}

const isElement = (n: Nodes): n is Element => n.type === 'element';

/** The elements under `node` (itself included), in document order. */
function elements(node: Nodes): Element[] {
  const out: Element[] = [];
  const visit = (n: Nodes): void => {
    if (isElement(n)) out.push(n);
    if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(node);
  return out;
}

/** Visible text, less page furniture (data-nosrc, data-pagefind-ignore). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (isElement(node) && (node.properties.dataNosrc !== undefined || node.properties.dataPagefindIgnore !== undefined)) return '';
  if (isElement(node) && node.tagName === 'br') return '\n';
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

const hasClass = (e: Element, name: string) => (Array.isArray(e.properties.className) ? e.properties.className : []).includes(name);

/** The searchable texts of an article page, in reading order, and its title (the h1). */
export function articleBlocks(root: Root): { title: string; blocks: SearchBlock[] } {
  const all = elements(root);
  const blocks: SearchBlock[] = [];
  let title = '';
  const header = all.find((e) => e.properties.dataSrc === 'title');
  for (const e of header ? elements(header).filter((x) => x !== header && x.tagName !== 'span' && x.tagName !== 'a') : []) {
    const text = textOf(e).trim();
    if (!text) continue;
    // The title is text here (it finds the page); title matches rank by the titles index (./titles-index.ts).
    if (e.tagName === 'h1') title = text;
    blocks.push({ id: '', text });
  }
  const facts = all.find((e) => e.tagName === 'dl' && hasClass(e, 'facts'));
  const orgRow = facts ? elements(facts).find((e) => e.tagName === 'div' && e.children.some((c) => isElement(c) && c.tagName === 'dt' && textOf(c) === '单位')) : undefined;
  const org = orgRow?.children.find((c): c is Element => isElement(c) && c.tagName === 'dd');
  if (org) blocks.push({ id: '', text: textOf(org).trim() });
  const body = all.find((e) => e.properties.dataSrc === 'body');
  for (const e of body ? body.children.filter(isElement) : []) {
    const text = textOf(e).trim();
    if (text) blocks.push({ id: typeof e.properties.id === 'string' ? e.properties.id : '', text });
  }
  return { title, blocks };
}

function headMeta(root: Root, attribute: 'dataPagefindFilter' | 'dataPagefindMeta'): [string, string][] {
  const out: [string, string][] = [];
  for (const e of elements(root)) {
    const spec = e.tagName === 'meta' ? e.properties[attribute] : undefined;
    if (typeof spec !== 'string' || !spec.endsWith('[content]')) continue;
    out.push([spec.slice(0, -'[content]'.length), String(e.properties.content ?? '')]);
  }
  return out;
}

const ARTICLE = '<article class="article">';

/**
 * What a record reads of a page, parsed: the head (its meta tags) and the
 * article (src/components/pages/ArticlePage.astro's <article>), without the
 * rest (navigation, lists, footer): at 1,000 bulletins a whole article page
 * took 1.3 ms to parse, these parts 0.25 ms. The whole page when either part
 * is not found, or the article holds another.
 */
function recordTree(html: string): Root {
  const headEnd = html.indexOf('</head>');
  const start = html.indexOf(ARTICLE, headEnd);
  const end = html.indexOf('</article>', start);
  if (headEnd < 0 || start < 0 || end < 0 || html.lastIndexOf('<article', end) !== start) return fromHtml(html);
  return fromHtml(html.slice(html.indexOf('<head'), headEnd) + html.slice(start, end + '</article>'.length), { fragment: true });
}

/** The record for an article page with its sort key, or undefined when the page is not an article (类型=文章). */
export function articleRecord(html: string, url: string, key: string): CustomRecord | undefined {
  const root = recordTree(html);
  const filterPairs = headMeta(root, 'dataPagefindFilter');
  if (!filterPairs.some(([k, v]) => k === '类型' && v === '文章')) return undefined;
  const filters: Record<string, string[]> = {};
  // 类型 only tells articles from issue pages, which have their own index: left
  // out, no search loads its filter file (~10 KB a shard).
  for (const [k, v] of filterPairs) if (k !== '类型') (filters[k] ??= []).push(v);
  const { title, blocks } = articleBlocks(root);
  // What NFKC changed in each block (the tokens hold the normalised text), so a result's excerpt shows the article's own text.
  const own = pageOwnMarks(blocks.map((b) => b.text));
  return {
    url,
    content: encodePage(blocks),
    language: RECORD_LANGUAGE,
    meta: { ...Object.fromEntries(headMeta(root, 'dataPagefindMeta')), title, ...(own ? { [OWN_META]: own } : {}) },
    filters,
    // Pagefind numbers a shard's pages in this order and sorts results by it (search.js: newest first within a shard).
    sort: { key },
  };
}
