// /data/datapackage.json: Frictionless Data Package descriptor of articles.csv.
import type { APIRoute } from 'astro';
import { ARTICLE_FIELDS } from '../../site/records.ts';

export const GET: APIRoute = () => {
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'bulletin-archive',
    title: '青年工作信息档案库：文章目录',
    resources: [
      {
        name: 'articles',
        path: 'articles.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: ARTICLE_FIELDS.map((f) => ({ name: f.name, type: f.type, ...(f.type === 'date' ? { format: 'default' } : {}), description: f.description })),
          primaryKey: ['id'],
          missingValues: [''],
        },
      },
    ],
  };
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
