import { describe, expect, it } from 'vitest';
import { planShards, shardBulletins } from './shards.ts';

const page = (pub: string, year: number, issue: number, k: number) => `/${pub}/${year}/${String(issue).padStart(2, '0')}/${k}/`;

describe('planShards', () => {
  it('keeps whole publication-years together, as many shards as the size needs', () => {
    // a/2020: 2 issues, a/2021: 2 issues, b/2020: 1 issue; 5 bulletins at 3 a shard: 2 shards of ~2.5.
    const urls = [page('a', 2020, 1, 1), page('a', 2020, 1, 2), page('a', 2020, 2, 1), page('a', 2021, 1, 1), page('a', 2021, 2, 1), page('b', 2020, 1, 1)];
    expect(planShards(urls, 3)).toEqual([
      [page('a', 2020, 1, 1), page('a', 2020, 1, 2), page('a', 2020, 2, 1), page('a', 2021, 1, 1), page('a', 2021, 2, 1)],
      [page('b', 2020, 1, 1)],
    ]);
  });
  it('fills shards evenly: no small remainder shard', () => {
    // 11 publication-years of 19 issues (209 bulletins) at 100 a shard: 3 shards, none tiny.
    const urls = Array.from({ length: 11 }, (_, y) => Array.from({ length: 19 }, (_, i) => page('p', 2000 + y, i + 1, 1))).flat();
    const sizes = planShards(urls, 100).map((s) => s.length);
    expect(sizes).toHaveLength(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(50);
  });
  it('cuts a publication-year larger than a shard by issue, never inside an issue', () => {
    const urls = [1, 2, 3, 4].flatMap((i) => [page('a', 2020, i, 1), page('a', 2020, i, 2)]);
    const shards = planShards(urls, 1);
    expect(shards.length).toBeGreaterThan(1);
    for (const s of shards) expect(new Set(s.map((u) => u.split('/')[3])).size).toBeLessThanOrEqual(2);
    expect(shards.flatMap((s) => [...new Set(s.map((u) => u.split('/')[3]))])).toHaveLength(4); // no issue in two shards
  });
  it('puts every page in exactly one shard', () => {
    const urls = Array.from({ length: 50 }, (_, i) => page(`p${i % 3}`, 2000 + (i % 7), i % 5, i));
    expect(planShards(urls, 4).flat().sort()).toEqual([...urls].sort());
  });
});

describe('shardBulletins', () => {
  it('defaults to 1,000 and rejects nonsense', () => {
    expect(shardBulletins({})).toBe(1000);
    expect(shardBulletins({ ARCHIVE_SEARCH_SHARD_BULLETINS: '2' })).toBe(2);
    expect(() => shardBulletins({ ARCHIVE_SEARCH_SHARD_BULLETINS: '0' })).toThrow();
  });
});
