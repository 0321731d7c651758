// The titles index: every article title, in the archive's order (newest
// first, ./sort-key.ts), so the search page finds the articles whose title
// holds the query (they rank first, SPEC §6) without opening a shard of the
// article index (~70 KB a shard at 1,000 bulletins). Pagefind lists every page
// in its meta file (~7 bytes each), so the titles go in groups of GROUP_SIZE
// to one Pagefind page; a title's place in its group is the weight of its
// words (data-pagefind-weight), which Pagefind gives with each location in a
// result's data() (the group's fragment, ~4 KB), so the search page loads the
// fragments of the newest matching groups only.
// Beside the index: each group's members (pagefind/members/{g}.json: the
// article's shard, its id there and its URL) and which result id is which
// group (pagefind/shards.json), read by public/assets/search-index.js.
import { encodeTitle } from '../../public/assets/search-codec.js';
import { MAX_SLOTS, slotWeight } from '../../public/assets/pagefind-format.js';

/**
 * Titles per group: fewer groups make a smaller meta file, more titles a larger
 * fragment for each group a first screen opens. A title's slot is the weight
 * of its words (slotWeight: Pagefind keeps weights in 24ths of a byte, so at
 * most MAX_SLOTS a group).
 */
export const GROUP_SIZE = 32;

export interface TitledArticle {
  url: string;
  title: string;
  key: string;
  shard: number;
  id: string;
}

/** A group's page: its titles' tokens, each title in a paragraph weighted by its slot (1-based). */
export function groupHtml(group: TitledArticle[]): string {
  if (group.length > MAX_SLOTS) throw new Error(`a titles group holds at most ${MAX_SLOTS} titles, not ${group.length}`);
  const slots = group.map((a, i) => `<p data-pagefind-weight="${slotWeight(i)}">${encodeTitle(a.title).join(' ')}</p>`);
  return `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>-</title></head><body><div data-pagefind-body>${slots.join('')}</div></body></html>`;
}

/** The group's page URL in the titles index (never linked: results map to members). */
export const groupUrl = (g: number): string => `/titles/${g}/`;
export const groupOfUrl = (url: string): number => Number(/\/titles\/(\d+)\/$/.exec(url)?.[1] ?? NaN);

/** Articles (already in the archive's order) → groups of GROUP_SIZE. */
export function titleGroups(articles: TitledArticle[], size = GROUP_SIZE): TitledArticle[][] {
  const out: TitledArticle[][] = [];
  for (let i = 0; i < articles.length; i += size) out.push(articles.slice(i, i + size));
  return out;
}
