import { describe, expect, it } from 'vitest';
import { planShards } from './shards.ts';

const page = (pub: string, year: number, issue: number, k: number) => `/${pub}/${year}/${String(issue).padStart(2, '0')}/${k}/`;
// A page's key: its year and issue stand for its date (./sort-key.ts).
const ordered = (urls: string[]) =>
  urls.map((url) => {
    const [, year, issue] = url.split('/').filter(Boolean);
    return { url, key: `${year}-${issue}!${url}` };
  });

describe('planShards', () => {
  it('puts the newest pages first, as many shards as the size needs', () => {
    // 2021: a 2 issues; 2020: a 2 issues, b 1 issue. 5 bulletins at 3 a shard: 2 shards of 2.5 bulletins' share: 3 and 2.
    const urls = [page('a', 2020, 1, 1), page('a', 2020, 1, 2), page('a', 2020, 2, 1), page('a', 2021, 1, 1), page('a', 2021, 2, 1), page('b', 2020, 1, 1)];
    const shards = planShards(ordered(urls), 3);
    expect(shards).toEqual([
      [page('a', 2021, 2, 1), page('a', 2021, 1, 1), page('a', 2020, 2, 1)],
      [page('b', 2020, 1, 1), page('a', 2020, 1, 2), page('a', 2020, 1, 1)],
    ]);
  });
  it('gives each shard its own stretch of the order: every key of a shard above every key of the next', () => {
    const urls = Array.from({ length: 60 }, (_, i) => page(`p${i % 4}`, 2000 + (i % 9), (i % 6) + 1, i));
    const keys = new Map(ordered(urls).map((o) => [o.url, o.key]));
    const shards = planShards(ordered(urls), 5);
    expect(shards.length).toBeGreaterThan(2);
    for (let i = 1; i < shards.length; i++) {
      const newest = shards[i]!.map((u) => keys.get(u)!)
        .sort()
        .at(-1)!;
      const oldestBefore = shards[i - 1]!.map((u) => keys.get(u)!).sort()[0]!;
      expect(newest < oldestBefore).toBe(true);
    }
  });
  it('fills shards evenly: no small remainder shard, none much over the size', () => {
    // 11 years of 19 issues (209 bulletins) at 100 a shard: 3 shards of 69–70.
    const urls = Array.from({ length: 11 }, (_, y) => Array.from({ length: 19 }, (_, i) => page('p', 2000 + y, i + 1, 1))).flat();
    const sizes = planShards(ordered(urls), 100).map((s) => s.length);
    expect(sizes).toHaveLength(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(69);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(70);
  });
  it('cuts between bulletins, never inside one', () => {
    const urls = [1, 2, 3, 4].flatMap((i) => [page('a', 2020, i, 1), page('a', 2020, i, 2)]);
    const shards = planShards(ordered(urls), 1);
    expect(shards.length).toBeGreaterThan(1);
    for (const s of shards) expect(new Set(s.map((u) => u.split('/')[3])).size).toBeLessThanOrEqual(2);
    expect(shards.flatMap((s) => [...new Set(s.map((u) => u.split('/')[3]))])).toHaveLength(4); // no issue in two shards
  });
  it('puts every page in exactly one shard', () => {
    const urls = Array.from({ length: 50 }, (_, i) => page(`p${i % 3}`, 2000 + (i % 7), i % 5, i));
    expect(planShards(ordered(urls), 4).flat().sort()).toEqual([...urls].sort());
  });
});
