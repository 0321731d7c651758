// Format evidence against the text's shape, on the committed table fixture
// (tests/fixtures/formats/table-2023-05.docx): three tables, each with the line
// above it as its caption — 表1 … (its words say so), one in Word's Caption
// style, one centred and bold. The last two have the shape of an article
// title; the file prints them as captions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, extractDocument } from '../extract/index.ts';
import { parseBulletin } from './index.ts';
import type { Block } from './types.ts';

const doc = await extractDocument(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'formats', 'table-2023-05.docx'))), 'table.docx');
const text = documentText(doc);
const format = doc.lines.map((l) => ({ ...l.format, ...(l.table ? { tableRow: true } : {}) }));
const lineOf = (start: string) => doc.lines.findIndex((l) => l.text.startsWith(start)) + 1;
const captions = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'table' ? [b.caption ? [b.caption.text, b.caption.line] : undefined] : []));

describe('format evidence', () => {
  it('without it, the text alone takes the two captions without 表N for article titles', () => {
    expect(parseBulletin(text).articles.map((a) => a.title.main)).toEqual(['全市“两新”组织团建工作取得新进展', '各地“青年之家”阵地建设情况', '2023年团干部培训情况']);
  });

  it('with it, the captions stay in the article as their tables\' captions, and a notice names each line', () => {
    const parsed = parseBulletin(text, { format });
    expect(parsed.articles.map((a) => a.title.main)).toEqual(['全市“两新”组织团建工作取得新进展']);
    const blocks = parsed.articles[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph', 'table', 'paragraph', 'table', 'paragraph']);
    expect(captions(blocks)).toEqual([
      ['表1  2023年“两新”组织团建工作情况', lineOf('表1')],
      ['各地“青年之家”阵地建设情况', lineOf('各地“青年之家”阵地建设情况')],
      ['2023年团干部培训情况', lineOf('2023年团干部培训情况')],
    ]);
    for (const start of ['各地“青年之家”阵地建设情况', '2023年团干部培训情况']) {
      expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ level: 'notice', code: 'format-not-title', line: lineOf(start), message: expect.stringContaining('the caption of the table below it') }));
    }
  });

  it('reads the Word Caption style and the print of the lines', () => {
    expect(doc.lines[lineOf('各地“青年之家”') - 1]!.format).toMatchObject({ caption: true });
    expect(doc.lines[lineOf('各地“青年之家”') - 1]!.format?.bold).toBeUndefined();
    expect(doc.lines[lineOf('2023年团干部培训情况') - 1]!.format).toMatchObject({ bold: true, align: 'center' });
  });
});
