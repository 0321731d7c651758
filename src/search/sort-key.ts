// A page's place in the archive's order (public/assets/search-order.js, shared
// with the search page), read from a built article page.
export { newestFirst, sortKey } from '../../public/assets/search-order.js';

/** The date an article page declares for search (`data-pagefind-meta="date[content]"`), '' when none. */
export function pageDate(html: string): string {
  const m = /<meta[^>]*data-pagefind-meta="date\[content\]"[^>]*>/.exec(html);
  return m ? (/content="([^"]*)"/.exec(m[0])?.[1] ?? '') : '';
}
