// /data/articles.csv: every article, one row each (columns: src/site/records.ts),
// for spreadsheets: UTF-8 with a BOM, formula-like cells neutralised.
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { ARTICLE_FIELDS, articleRecords } from '../../site/records.ts';
import { toCsv } from '../../site/csv.ts';

export const GET: APIRoute = async () => {
  const rows = articleRecords(await siteData());
  return new Response(
    toCsv(
      ARTICLE_FIELDS.map((f) => f.name),
      rows,
      { bom: true },
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
