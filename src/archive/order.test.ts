// The archive's order of issues (oldest first) and the search's (newest
// first) are one order: cases chosen by hand, each list written in the order
// expected.
import { describe, expect, it } from 'vitest';
import { compareIssues } from './order.ts';
import { newestFirst, sortKey } from '../../public/assets/search-order.js';

interface Case {
  id: string;
  date?: string;
  year?: number;
  number?: number;
}
// As the model holds them (the printed number too, which the order does not read).
const issue = ({ id, date, year, number }: Case) => ({ id, ...(date ? { date: { value: date } } : {}), ...(year ? { year: { value: year } } : {}), ...(number ? { number: { value: number } } : {}) });
const ids = (cases: Case[]) =>
  cases
    .map(issue)
    .sort(compareIssues)
    .map((i) => i.id);
/** Shuffled deterministically: reversed, then every other one first. */
const shuffled = <T>(xs: T[]): T[] => {
  const r = [...xs].reverse();
  return [...r.filter((_, i) => i % 2 === 0), ...r.filter((_, i) => i % 2 === 1)];
};

describe('the order of issues', () => {
  it('is by date, oldest first, across years and publications', () => {
    const expected: Case[] = [
      { id: 'b/2019/12', date: '2019-12-30', year: 2019 },
      { id: 'a/2020/01', date: '2020-01-02', year: 2020 },
      { id: 'a/2020/02', date: '2020-02-01', year: 2020 },
      { id: 'b/2020/01', date: '2020-11-15', year: 2020 },
    ];
    expect(ids(shuffled(expected))).toEqual(expected.map((c) => c.id));
  });

  it('puts an issue dated only to its year before the year’s dated ones, one dated to a month before the month’s', () => {
    const expected: Case[] = [
      { id: 'a/2019/09', date: '2019-12-01', year: 2019 },
      { id: 'a/2020/ji', year: 2020 },
      { id: 'a/2020/01', date: '2020-01-20', year: 2020 },
      { id: 'a/2020/03', date: '2020-03', year: 2020 },
      { id: 'a/2020/02', date: '2020-03-01', year: 2020 },
      { id: 'a/2020/04', date: '2020-03-31', year: 2020 },
    ];
    expect(ids(shuffled(expected))).toEqual(expected.map((c) => c.id));
  });

  it('breaks a tie of dates by URL as a string: publication, then issue segment, not the printed number', () => {
    const expected: Case[] = [
      { id: 'a-b/2020/07', date: '2020-05-04', year: 2020, number: 7 },
      { id: 'ab/2020/03', date: '2020-05-04', year: 2020, number: 3 },
      { id: 'b/2020/02-03', date: '2020-05-04', year: 2020, number: 2 }, // "-" sorts below "/"
      { id: 'b/2020/02', date: '2020-05-04', year: 2020, number: 2 },
      { id: 'b/2020/zengkan', date: '2020-05-04', year: 2020 },
    ];
    expect(ids(shuffled(expected))).toEqual(expected.map((c) => c.id));
  });

  it('is the search’s newest-first order of the same keys, read the other way', () => {
    const cases: Case[] = [
      { id: 'a/2020/03', date: '2020-03', year: 2020 },
      { id: 'b/2020/01', date: '2020-11-15', year: 2020 },
      { id: 'a/2020/02', date: '2020-03-01', year: 2020, number: 2 },
      { id: 'b/2019/12', date: '2019-12-30', year: 2019 },
      { id: 'a-b/2020/07', date: '2020-03-01', year: 2020, number: 7 },
      { id: 'c/2020/01', date: '2020-03-01', year: 2020, number: 1 },
    ];
    const search = cases
      .map((c) => ({ id: c.id, key: sortKey(c.date ?? '', `/${c.id}/`) }))
      .sort((a, b) => newestFirst(a.key, b.key))
      .map((p) => p.id);
    expect(ids(cases)).toEqual(search.reverse());
  });
});
