// Ranking and the first-screen planner (public/assets/search-rank.js), over a
// table of articles read through a reader written here: which shards and
// title groups the planner opens, and that what it returns is the head of the
// rank the test works out itself from the table (titles holding every word
// first, then newest first; or newest first). The real index behind the real
// reader (public/assets/search-index.js) is exercised by the e2e tests.
import { describe, expect, it } from 'vitest';
import type { Member, ShardsFile } from './index-files.ts';
import type { FragmentData, PagefindResult } from './pagefind-web.ts';
import { sortKey } from '../../public/assets/search-order.js';
import { countByFilter, filterCountSource, firstResults, rankMatches, titleResults, type Hit, type IndexReader, type Match } from '../../public/assets/search-rank.js';

interface Article {
  url: string;
  date: string;
  title: string;
  text: string;
  year?: string;
}
interface Indexed extends Article {
  shard: number;
  id: string;
  key: string;
}

const holds = (text: string, words: string[]) => words.every((w) => text.includes(w));

/**
 * A reader over shards of articles (each shard listed newest first, as the
 * indexer cuts them), with titles groups of `groupSize` in the archive's
 * order; it records what it opens.
 */
function tableReader(shards: Article[][], groupSize = 2) {
  const opened: number[] = [];
  const groupsRead: number[] = [];
  const placed: string[] = [];
  const all: Indexed[] = shards.flatMap((s, shard) => s.map((a, i) => ({ ...a, shard, id: `zh_${shard}${i}`, key: sortKey(a.date, a.url) })));
  const byKey = [...all].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  const groups: Indexed[][] = [];
  for (let i = 0; i < byKey.length; i += groupSize) groups.push(byKey.slice(i, i + groupSize));
  const file: ShardsFile = {
    shards: shards.map((_, i) => `shard-${i + 1}/`),
    ranges: shards.map((_, i) => {
      const keys = byKey.filter((a) => a.shard === i).map((a) => a.key);
      return [keys[0]!, keys[keys.length - 1]!];
    }),
    table: { digits: 0, collisions: [] },
    titles: { groups: {} },
  };
  const fragment = (a: Indexed): FragmentData => ({ url: a.url, content: '', meta: { title: a.title, date: a.date }, filters: a.year ? { 年份: [a.year] } : {}, word_count: 0 });
  const find = (shard: number, id: string) => all.find((a) => a.shard === shard && a.id === id)!;
  const bodyHolds = (a: Indexed, words: string[]) => holds(`${a.title} ${a.text}`, words); // the body stream holds the title as text
  const result = (a: Indexed) => ({ id: a.id, score: 0, words: [], data: async () => ({ ...fragment(a), raw_url: a.url, excerpt: '', locations: [], weighted_locations: [] }) }) as PagefindResult;
  const reader: IndexReader = {
    shardsFile: async () => file,
    // Any order: the planner orders them.
    titleCandidates: async (words) =>
      groups
        .map((g, n) => ({ g, n }))
        .filter(({ g }) => g.some((a) => holds(a.title, words)))
        .reverse()
        .map(({ g, n }) => ({
          group: n,
          slots: async () => {
            groupsRead.push(n);
            return g.flatMap((a, slot) => (holds(a.title, words) ? [slot] : []));
          },
        })),
    groupMembers: async (n) => groups[n]!.map((a): Member => [a.shard, a.id, a.url]),
    memberData: async ([shard, id]) => fragment(find(shard, id)),
    matchesIn: async (list, words) => {
      for (const s of list) if (!opened.includes(s)) opened.push(s);
      if (opened.length > list.length) return undefined;
      const found = new Map<string, Hit>();
      for (const a of byKey) {
        if (!list.includes(a.shard) || !bodyHolds(a, words)) continue;
        // Pagefind's score under the shard's sort: higher is newer.
        found.set(a.id, {
          id: a.id,
          score: -byKey.indexOf(a),
          place: async () => {
            placed.push(a.url);
            return { key: a.key, data: async () => fragment(a) };
          },
        });
      }
      return found;
    },
    everyMatch: async (words) => {
      for (const s of file.shards.keys()) if (!opened.includes(s)) opened.push(s);
      return new Map(all.filter((a) => bodyHolds(a, words)).map((a) => [a.id, result(a)]));
    },
    summaries: async (found) => [...found.keys()].map((id) => all.find((a) => a.id === id)!).map((a): Match => ({ key: a.key, title: a.title, url: a.url, filters: fragment(a).filters, data: async () => fragment(a) })),
  };
  return { reader, opened, groupsRead, placed, all };
}

/** The rank worked out from the table: titles holding every word first (relevance), then newest first. */
function truth(all: Indexed[], words: string[], sort: string): string[] {
  const matching = all.filter((a) => holds(`${a.title} ${a.text}`, words));
  const titled = (a: Indexed) => sort !== 'date' && holds(a.title, words);
  return matching.sort((a, b) => Number(titled(b)) - Number(titled(a)) || (a.key < b.key ? 1 : -1)).map((a) => a.url);
}

const urls = async (r: { results: { data: () => Promise<FragmentData> }[] }) => Promise.all(r.results.map(async (x) => (await x.data()).url));

// Three shards of three bulletins' worth, newest first: 2024, 2023, 2022.
const newest: Article[] = [
  { url: '/a/2024/05/1/', date: '2024-05-20', title: '五月简讯', text: '青年志愿服务队走进社区' },
  { url: '/a/2024/04/1/', date: '2024-04-10', title: '四月简讯', text: '青年志愿服务 植树' },
  { url: '/a/2024/03/1/', date: '2024-03-02', title: '三月简讯', text: '团干部培训 青年' },
];
const middle: Article[] = [
  { url: '/a/2023/12/1/', date: '2023-12-01', title: '青年志愿服务总结', text: '全年服务时长' },
  { url: '/a/2023/06/2/', date: '2023-06-15', title: '六月简讯', text: '志愿服务 夏令营' },
  { url: '/a/2023/06/1/', date: '2023-06-15', title: '六月要闻', text: '青年之家 志愿服务' },
];
const oldest: Article[] = [
  { url: '/a/2022/09/1/', date: '2022-09-09', title: '青年志愿服务表彰', text: '表彰先进' },
  { url: '/a/2022/03/1/', date: '2022-03-03', title: '三月简讯', text: '学雷锋 志愿服务' },
  { url: '/a/2022/01/1/', date: '', title: '无日期的稿件', text: '青年 志愿服务' },
];

describe('rankMatches', () => {
  it('puts titles holding every word first, each part newest first; by date, newest first only', () => {
    const m = (key: string, title: string) => ({ key, title });
    const matches = [m('2022-01-01!/c/', '青年 志愿'), m('2024-01-01!/a/', '简讯'), m('2023-01-01!/b/', '青年志愿者'), m('2025-01-01!/d/', '青年')];
    expect(rankMatches(matches, ['青年', '志愿'], 'relevance').map((x) => x.key)).toEqual(['2023-01-01!/b/', '2022-01-01!/c/', '2025-01-01!/d/', '2024-01-01!/a/']);
    expect(rankMatches(matches, ['青年', '志愿'], 'date').map((x) => x.key)).toEqual(['2025-01-01!/d/', '2024-01-01!/a/', '2023-01-01!/b/', '2022-01-01!/c/']);
  });

  it('compares titles under NFKC, as the index does (full-width letters match half-width words)', () => {
    expect(
      rankMatches(
        [
          { key: '2', title: '简讯' },
          { key: '1', title: 'ＡＢ计划' },
        ],
        ['AB'],
        'relevance',
      ).map((x) => x.key),
    ).toEqual(['1', '2']);
  });
});

describe('firstResults', () => {
  it('shows title matches first, then the newest other matches, opening only the shards those need', async () => {
    const t = tableReader([newest, middle, oldest]);
    const got = await firstResults(t.reader, ['青年', '志愿服务'], 'relevance', 3);
    // Two titles hold both words (2023-12, 2022-09), then the newest body match (2024-05): the newest shard is enough.
    expect(await urls(got)).toEqual(['/a/2023/12/1/', '/a/2022/09/1/', '/a/2024/05/1/']);
    expect(await urls(got)).toEqual(truth(t.all, ['青年', '志愿服务'], 'relevance').slice(0, 3));
    expect(t.opened).toEqual([0]);
    expect(got.complete).toBe(false);
  });

  it('opens no shard when the titles alone fill the screen, and only the title groups it needs', async () => {
    const t = tableReader([newest, middle, oldest], 1);
    const got = await firstResults(t.reader, ['简讯'], 'relevance', 2);
    expect(await urls(got)).toEqual(['/a/2024/05/1/', '/a/2024/04/1/']);
    expect(t.opened).toEqual([]);
    // Groups of one title, newest first: 简讯 is in groups 0, 1, 2, 4, 7; two are read.
    expect(t.groupsRead).toEqual([0, 1]);
  });

  it('sorted by date: newest first across shards, titles not first, opening the next shard only when the newer ones fall short', async () => {
    const t = tableReader([newest, middle, oldest]);
    const words = ['志愿服务'];
    const got = await firstResults(t.reader, words, 'date', 3);
    expect(await urls(got)).toEqual(['/a/2024/05/1/', '/a/2024/04/1/', '/a/2023/12/1/']);
    expect(await urls(got)).toEqual(truth(t.all, words, 'date').slice(0, 3));
    expect(t.opened).toEqual([0, 1]);
    expect(t.groupsRead).toEqual([]); // by date the titles index is not asked
  });

  it('opens every shard when matches are few, and then knows the total', async () => {
    const t = tableReader([newest, middle, oldest]);
    const got = await firstResults(t.reader, ['表彰'], 'date', 5);
    expect(await urls(got)).toEqual(['/a/2022/09/1/']);
    expect(t.opened).toEqual([0, 1, 2]);
    expect(got).toMatchObject({ complete: true, total: 1 });
  });

  it('puts a page without a date after the dated ones, and two pages of one date in URL order, newest URL first', async () => {
    const t = tableReader([newest, middle, oldest]);
    const got = await firstResults(t.reader, ['志愿服务'], 'date', 9);
    expect(await urls(got)).toEqual(['/a/2024/05/1/', '/a/2024/04/1/', '/a/2023/12/1/', '/a/2023/06/2/', '/a/2023/06/1/', '/a/2022/09/1/', '/a/2022/03/1/', '/a/2022/01/1/']);
  });

  it('reads a fragment only for the results it shows or must compare', async () => {
    const t = tableReader([newest, middle, oldest]);
    await firstResults(t.reader, ['青年'], 'date', 1);
    expect(t.placed).toEqual(['/a/2024/05/1/']);
    expect(t.opened).toEqual([0]);
  });

  it('gives the head of the rank for every query and screen size (the rank worked out from the table)', async () => {
    for (const words of [['青年'], ['志愿服务'], ['青年', '志愿服务'], ['简讯'], ['三月简讯'], ['服务'], ['火星']]) {
      for (const sort of ['relevance', 'date']) {
        for (const need of [1, 2, 3, 5, 9]) {
          const t = tableReader([newest, middle, oldest]);
          const got = await firstResults(t.reader, words, sort, need);
          expect(await urls(got), `${words} ${sort} ${need}`).toEqual(truth(t.all, words, sort).slice(0, need));
        }
      }
    }
  });

  it('opens a delta shard whose stretch reaches among the results in hand, and ranks its article among them', async () => {
    // A bulletin added since the plan (pagefind/delta/) dated between two of the newest shard's.
    const delta: Article[] = [{ url: '/a/2024/04/2/', date: '2024-04-15', title: '增补', text: '志愿服务 补录' }];
    const t = tableReader([newest, middle, delta]);
    const got = await firstResults(t.reader, ['志愿服务'], 'date', 2);
    expect(await urls(got)).toEqual(['/a/2024/05/1/', '/a/2024/04/2/']);
    expect(t.opened).toEqual([0, 2]);
    for (const need of [1, 3, 4, 7]) expect(await urls(await firstResults(tableReader([newest, middle, delta]).reader, ['志愿服务'], 'date', need))).toEqual(truth(t.all, ['志愿服务'], 'date').slice(0, need));
  });

  it('answers from every shard, in the same order, once all were opened out of order (e.g. by the filter panel)', async () => {
    const t = tableReader([newest, middle, oldest]);
    await t.reader.everyMatch(['志愿服务'], {});
    const got = await firstResults(t.reader, ['志愿服务'], 'date', 2);
    expect(await urls(got)).toEqual(['/a/2024/05/1/', '/a/2024/04/1/']);
    expect(got).toMatchObject({ complete: true, total: 8 });
  });
});

describe('titleResults', () => {
  it('says whether every title match is in hand', async () => {
    const t = tableReader([newest, middle, oldest], 2);
    expect((await titleResults(t.reader, ['青年志愿服务'], 5)).all).toBe(true);
    const some = await titleResults(t.reader, ['简讯'], 1);
    expect(some.all).toBe(false);
    expect(some.found.map((f) => f.ref)).toEqual(['0:zh_00', '0:zh_01']); // the first group's two
  });
});

describe('filter counts', () => {
  it('come from the page table up to the bound or for several words, else from Pagefind', () => {
    expect(filterCountSource(40, ['青年'], 40)).toBe('table');
    expect(filterCountSource(41, ['青年'], 40)).toBe('pagefind');
    expect(filterCountSource(1000, ['青年', '志愿'], 40)).toBe('table');
    expect(filterCountSource(1, ['青年'], 0)).toBe('pagefind');
  });

  it('sum every value of every match', () => {
    expect(countByFilter([{ filters: { 年份: ['2023'], 地区: ['嘉兴'] } }, { filters: { 年份: ['2023'] } }, { filters: { 年份: ['2022'] } }])).toEqual({ 年份: { 2023: 2, 2022: 1 }, 地区: { 嘉兴: 1 } });
  });
});
