// How the search index is cut into shards (SPEC §10): one Pagefind indexing
// run per shard, each closed before the next starts, so no run holds the
// whole archive; the browser merges them (mergeIndex). Shards follow the
// archive's order, newest first (./sort-key.ts): each holds one stretch of
// that order, so the search page can answer from the newest shards alone
// (public/assets/search-rank.js firstResults) and adding a bulletin changes only the shard
// whose stretch its date falls in.

import { newestFirst } from './sort-key.ts';

/** An article page and its place in the archive's order (sortKey: date, then URL). */
export interface Ordered {
  url: string;
  key: string;
}

/** /{pub}/{yyyy}/{nn}/{k}/ → /{pub}/{yyyy}/{nn}/ (its bulletin). */
const issueOf = (url: string) => url.split('/').filter(Boolean).slice(0, -1).join('/');

/**
 * Article pages → shards (lists of URLs), each a stretch of the pages in
 * descending key order, so shards never overlap in that order. As many
 * shards as `size` bulletins a shard needs, filled evenly (a shard's memory
 * in Pagefind follows its size): a shard closes between two bulletins once it
 * holds its share, never inside a bulletin.
 */
export function planShards(pages: Ordered[], size: number): string[][] {
  const ordered = [...pages].sort((a, b) => newestFirst(a.key, b.key));
  const total = new Set(ordered.map((p) => issueOf(p.url))).size;
  const share = total / Math.max(1, Math.ceil(total / size));
  const shards: string[][] = [];
  let current: string[] = [];
  let bulletins = 0;
  let lastIssue: string | undefined;
  for (const page of ordered) {
    const issue = issueOf(page.url);
    if (issue !== lastIssue) {
      if (bulletins >= share) {
        shards.push(current);
        current = [];
        bulletins = 0;
      }
      bulletins++;
      lastIssue = issue;
    }
    current.push(page.url);
  }
  if (current.length) shards.push(current);
  return shards;
}
