// A built article page's place in the archive's order (public/assets/search-order.js,
// shared with the search page): the shard plan and the page's Pagefind sort both take it from here.
export { newestFirst, sortKey } from '../../public/assets/search-order.js';

const DATE_MARK = 'data-pagefind-meta="date[content]"';

/** The date an article page declares for search (`data-pagefind-meta="date[content]"`), '' when none. */
function pageDate(html: string): string {
  const m = /<meta[^>]*data-pagefind-meta="date\[content\]"[^>]*>/.exec(html);
  return m ? (/content="([^"]*)"/.exec(m[0])?.[1] ?? '') : '';
}

/** The date an article page declares (its bytes), decoding only the tag around the date mark; '' when none. */
export function pageDateOf(html: Buffer): string {
  const at = html.indexOf(DATE_MARK);
  return at < 0 ? '' : pageDate(html.subarray(Math.max(0, at - 200), at + 200).toString('utf8'));
}
