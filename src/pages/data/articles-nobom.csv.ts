// /data/articles-nobom.csv: the rows of /data/articles.csv without the BOM, the
// file /data/datapackage.json describes: Frictionless tools read the UTF-8 it
// declares, and a BOM would become part of the first column's name.
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
      { bom: false },
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
