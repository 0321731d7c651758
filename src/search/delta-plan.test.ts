import { describe, expect, it } from 'vitest';
import { deltaLimit, parseState, planIncremental } from './delta-plan.ts';
import { planShards } from './shards.ts';

const page = (pub: string, year: number, issue: number, k: number) => `/${pub}/${year}/${String(issue).padStart(2, '0')}/${k}/`;
// Bulletins of 2 pages, 5 issues a year.
const archive = (years: number[], pub = 'a') => years.flatMap((y) => [1, 2, 3, 4, 5].flatMap((i) => [page(pub, y, i, 1), page(pub, y, i, 2)]));
// A page's key: its year and issue stand for its date.
const keyOf = (url: string) => {
  const [, year, issue] = url.split('/').filter(Boolean);
  return `${year}-${issue}!${url}`;
};
const fresh = (urls: string[], size: number) =>
  planShards(
    urls.map((url) => ({ url, key: keyOf(url) })),
    size,
  );
const plan = (urls: string[], size: number, previous?: Parameters<typeof planIncremental>[3]) => planIncremental(urls, size, fresh(urls, size), previous, keyOf);

describe('planIncremental', () => {
  const first = archive([2001, 2002, 2003, 2004, 2005, 2006]);
  const base = fresh(first, 20); // 30 bulletins at 20 a shard: 2 shards
  const state = { size: 20, base };

  it('plans afresh without an earlier plan', () => {
    expect(plan(first, 20)).toEqual({ base: base, delta: [], replanned: 'no earlier plan' });
  });

  it('keeps the base shards and puts an added bulletin alone in the delta', () => {
    // A bulletin of 2001 (the first shard's year) sorts inside the first shard: a base plan would move pages.
    const added = [page('a', 2001, 6, 1), page('a', 2001, 6, 2)];
    const got = plan([...first, ...added], 20, state);
    expect(got).toEqual({ base: base, delta: added });
  });

  it('keeps a base shard that lost a page, without the page (its records changed, so the shard cache re-indexes it)', () => {
    const gone = base[1]![0]!;
    const got = plan(
      first.filter((u) => u !== gone),
      20,
      state,
    );
    expect(got.replanned).toBeUndefined();
    expect(got.base[0]).toEqual(base[0]);
    expect(got.base[1]).toEqual(base[1]!.slice(1));
    expect(got.delta).toEqual([]);
  });

  it('re-plans when the delta passes a tenth of a shard', () => {
    expect(deltaLimit(1000)).toBe(100);
    expect(deltaLimit(20)).toBe(2);
    const three = [1, 2, 3].map((i) => page('b', 2001, i, 1)); // three bulletins, limit 2
    const got = plan([...first, ...three], 20, state);
    expect(got.replanned).toMatch(/3 bulletins added/);
    expect(got.delta).toEqual([]);
  });

  it('keeps the base when a fresh plan has one shard more (base + delta are as many), re-plans when it has two more or fewer', () => {
    // 30 bulletins at 14 a shard: 3 shards, one more than the 2 of the stored plan.
    const added = [page('b', 2001, 1, 1)];
    expect(plan([...first, ...added], 14, { size: 14, base: base })).toEqual({ base: base, delta: added });
    // At 10 a shard: 3 shards, two more than a base of 1.
    expect(plan(first, 10, { size: 10, base: [first] }).replanned).toMatch(/a fresh plan has 3 shard\(s\), the last base 1/);
    // The archive shrank: a fresh plan of 1 shard against a base of 2.
    const half = first.slice(0, 20);
    expect(plan(half, 20, state).replanned).toMatch(/a fresh plan has 1 shard\(s\), the last base 2/);
  });

  it('re-plans when the shard size changed or a shard lost every page', () => {
    expect(plan(first, 21, state).replanned).toMatch(/shard size changed/);
    // The second shard's years gone, as many bulletins of another publication come: still 2 shards.
    const other = [...base[0]!, ...archive([2001, 2002, 2003], 'z')];
    expect(plan(other, 20, state).replanned).toMatch(/lost all its pages/);
  });

  it("re-plans when a page's new date moves it out of its shard's stretch of the archive's order", () => {
    const moved = base[1]![0]!; // an old page, now dated after every other
    const key = (url: string) => (url === moved ? `2099-01!${url}` : keyOf(url));
    expect(planIncremental(first, 20, fresh(first, 20), state, key).replanned).toMatch(/overlap/);
    expect(planIncremental(first, 20, fresh(first, 20), state, keyOf).replanned).toBeUndefined();
  });

  it('puts every page in exactly one shard', () => {
    const now = [...first.filter((_, i) => i % 7), page('c', 2009, 1, 1), page('a', 2004, 9, 3)];
    const got = plan(now, 20, state);
    expect([...got.base.flat(), ...got.delta].sort()).toEqual([...now].sort());
  });
});

describe('parseState', () => {
  it('reads a stored state and treats anything else as none', () => {
    expect(parseState('{"size":5,"base":[["/a/"]]}')).toEqual({ size: 5, base: [['/a/']] });
    expect(parseState(undefined)).toBeUndefined();
    expect(parseState('{"size":5,"base":[[1]]}')).toBeUndefined();
    expect(parseState('not json')).toBeUndefined();
  });
});
