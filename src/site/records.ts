// One flat record per article, shared by /data/archive.json and
// /data/articles.csv (described by /data/datapackage.json). `url` is absolute
// when SITE_URL is set, else the site path (resolve it against the site root).
import type { SiteData } from './data.ts';
import { publicUrl } from './public-url.ts';

export interface ArticleRecord {
  id: string;
  url: string;
  publication: string;
  publication_name: string;
  year: number | null;
  issue: number | null;
  date: string | null;
  position: number;
  title: string;
  subtitle: string | null;
  organisation: string | null;
  district_code: string | null;
  district_name: string | null;
  characters: number;
}

/** Field name, Frictionless type and description, in column order. */
export const ARTICLE_FIELDS: { name: keyof ArticleRecord; type: 'string' | 'integer' | 'date'; description: string }[] = [
  { name: 'id', type: 'string', description: '文章标识：刊物/年份/期号/篇序' },
  { name: 'url', type: 'string', description: '文章页地址（设置 SITE_URL 时为绝对地址，否则为站点根路径）' },
  { name: 'publication', type: 'string', description: '刊物标识（拼音）' },
  { name: 'publication_name', type: 'string', description: '刊物名称' },
  { name: 'year', type: 'integer', description: '年份' },
  { name: 'issue', type: 'integer', description: '期号' },
  { name: 'date', type: 'date', description: '出刊日期' },
  { name: 'position', type: 'integer', description: '本期中的篇序（从1起）' },
  { name: 'title', type: 'string', description: '标题' },
  { name: 'subtitle', type: 'string', description: '副标题' },
  { name: 'organisation', type: 'string', description: '署名单位' },
  { name: 'district_code', type: 'string', description: '行政区划代码（GB/T 2260）' },
  { name: 'district_name', type: 'string', description: '行政区划名称' },
  { name: 'characters', type: 'integer', description: '正文字数（不计空白）' },
];

export function articleRecords(data: SiteData): ArticleRecord[] {
  // A withdrawn issue's articles are left out of the data (SPEC §8); their URLs answer with a notice.
  return data.articles
    .filter((a) => !data.issue.get(a.issue)!.withdrawn)
    .map((a) => {
      const issue = data.issue.get(a.issue)!;
      const district = a.district ? data.district.get(a.district.value) : undefined;
      return {
        id: a.id,
        url: publicUrl(a.path),
        publication: a.publication,
        publication_name: issue.publicationName,
        year: issue.year?.value ?? null,
        issue: issue.number?.value ?? null,
        date: issue.date?.value ?? null,
        position: a.number,
        title: a.headline,
        subtitle: a.title.subtitle ?? null,
        organisation: a.organisation?.value ?? null,
        district_code: a.district?.value ?? null,
        district_name: district?.name ?? null,
        characters: a.length,
      };
    });
}
