// Search answers compared in the browser: a page's window.archiveSearch
// against grep over the built pages (every match, no other, title matches
// first) and against another build's answer to the same query.
import type { Page } from 'playwright-core';
import { holdsQuery, titleHolds, type Article } from './article-text.ts';

export type Hit = { url: string; title: string };

/** The search page's filter panel as shown: legend → value → count (from links such as "2021（12）"). */
export const panelCounts = (t: Page) =>
  t.evaluate(() => {
    const counts: Record<string, Record<string, number>> = {};
    for (const set of document.querySelectorAll('#search-filters fieldset')) {
      const legend = set.querySelector('legend')?.textContent ?? '';
      for (const a of set.querySelectorAll('a')) {
        const m = /^(.+)（(\d+)）$/.exec(a.textContent ?? '');
        if (m) (counts[legend] ??= {})[m[1]!] = Number(m[2]);
      }
    }
    return counts;
  });

/** grep's answer to the panel's 年份 counts: each matching article's year is in its URL (/pub/2021/…). */
export function yearCounts(articles: Article[], q: string): Record<string, number> {
  const years: Record<string, number> = {};
  for (const a of articles.filter((a) => holdsQuery(a, q))) {
    const y = a.url.split('/')[2]!;
    years[y] = (years[y] ?? 0) + 1;
  }
  return years;
}

/** window.archiveSearch(q) on the page. */
export const search = (t: Page, q: string) => t.evaluate((q) => (window as unknown as { archiveSearch: (q: string) => Promise<Hit[]> }).archiveSearch(q), q);
export const paths = (hits: Hit[]) => hits.map((h) => new URL(h.url).pathname);

/**
 * What is wrong with `tab`'s answers to the queries, one line per fault:
 * not exactly grep's set, not `other`'s set, title matches not first.
 * `names` say which build is which in those lines ([other, tab]).
 */
export async function searchFaults(tab: Page, other: Page, articles: Article[], queries: string[], names: [string, string]): Promise<string[]> {
  const wrong: string[] = [];
  for (const q of queries) {
    const got = paths(await search(tab, q));
    const truth = articles.filter((a) => holdsQuery(a, q)).map((a) => a.url);
    if (got.length !== new Set(got).size || [...got].sort().join() !== [...truth].sort().join()) wrong.push(`${q}: got ${got.length}, grep ${truth.length}`);
    const one = paths(await search(other, q));
    if ([...one].sort().join() !== [...got].sort().join()) wrong.push(`${q}: ${names[0]} ${one.length}, ${names[1]} ${got.length}`);
    const titled = new Set(articles.filter((a) => truth.includes(a.url) && titleHolds(a, q)).map((a) => a.url));
    if (!got.slice(0, titled.size).every((u) => titled.has(u))) wrong.push(`${q}: title matches not first`);
  }
  return wrong;
}
