// The archive's order of issues, shared by the model and by the pages (whose
// collections come back in store order): oldest first. It is the search's
// order (public/assets/search-order.js: date, then URL, as one string key)
// read the other way, so the site's lists and the search results agree. An
// issue without a date takes its year as its date, so it sorts before that
// year's dated issues, as an issue dated only to a month sorts before that
// month's dated ones (the search reads dates from the pages, and a page that
// declares none sorts last there).
import { newestFirst, sortKey } from '../../public/assets/search-order.js';

interface Ordered {
  id: string;
  date?: { value: string } | undefined;
  year?: { value: number } | undefined;
}

const keyOf = (issue: Ordered): string => sortKey(issue.date?.value ?? String(issue.year?.value ?? ''), `/${issue.id}/`);

/** Oldest first, for Array.prototype.sort. */
export function compareIssues(a: Ordered, b: Ordered): number {
  return newestFirst(keyOf(b), keyOf(a));
}
