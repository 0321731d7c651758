// /data/datapackage.json: Frictionless Data Package descriptor of articles-nobom.csv
// (the rows of articles.csv without the spreadsheet's BOM, which Frictionless
// tools would read as part of the first column's name).
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
        path: 'articles-nobom.csv',
        description: '与 articles.csv 相同的行，不带字节顺序标记（BOM）。以 = + - @、制表符、回车或全角＝＋－＠开头的文本单元格前加一个单引号，以免电子表格将其当作公式执行（OWASP）；原值见 archive.json。',
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
