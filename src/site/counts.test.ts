// articlesUnder: a division's articles with those of every division below it, in the archive's order.
import { describe, expect, it } from 'vitest';
import { articlesUnder } from './counts.ts';
import type { ArticleData, DistrictData, SiteData } from './data.ts';

const district = (code: string, parent?: string) => ({ code, ...(parent ? { parent } : {}) }) as unknown as DistrictData;
const article = (id: string, code?: string) => ({ id, ...(code ? { district: { value: code } } : {}) }) as unknown as ArticleData;

function site(articles: ArticleData[], districts: DistrictData[]): SiteData {
  return { articles, districts, district: new Map(districts.map((d) => [d.code, d])) } as unknown as SiteData;
}

describe('articlesUnder', () => {
  const data = site([article('a', '330402'), article('b', '330400'), article('c', '330481'), article('d'), article('e', '330402'), article('f', '330100')], [district('330000'), district('330400', '330000'), district('330402', '330400'), district('330481', '330400'), district('330100', '330000')]);
  const ids = (code: string) => articlesUnder(data, code).map((a) => a.id);

  it('gathers a division’s own articles and those of the divisions below it, in order', () => {
    expect(ids('330402')).toEqual(['a', 'e']);
    expect(ids('330400')).toEqual(['a', 'b', 'c', 'e']);
    expect(ids('330000')).toEqual(['a', 'b', 'c', 'e', 'f']);
  });

  it('gives none for a division without articles', () => {
    expect(ids('330200')).toEqual([]);
  });
});
