// Format evidence against the text's shape, on the committed table fixture
// (tests/fixtures/formats/table-2023-05.docx): its caption 表1 … has the shape
// of an article title; the file prints it small, above a table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, extractDocument } from '../extract/index.ts';
import { parseBulletin } from './index.ts';

const doc = await extractDocument(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'formats', 'table-2023-05.docx'))), 'table.docx');
const text = documentText(doc);
const format = doc.lines.map((l) => ({ ...l.format, ...(l.table ? { tableRow: true } : {}) }));
const caption = doc.lines.findIndex((l) => l.text.startsWith('表1')) + 1;

describe('format evidence', () => {
  it('without it, the text alone takes the table caption for an article title', () => {
    expect(parseBulletin(text).articles.map((a) => a.title.main)).toEqual(['全市“两新”组织团建工作取得新进展', '表1 2023年“两新”组织团建工作情况']);
  });

  it('with it, the caption above the table stays in the article, the table a table, and a notice names the line', () => {
    const parsed = parseBulletin(text, { format });
    expect(parsed.articles.map((a) => a.title.main)).toEqual(['全市“两新”组织团建工作取得新进展']);
    expect(parsed.articles[0]!.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ level: 'notice', code: 'format-not-title', line: caption, message: expect.stringContaining('the caption of the table below it') }));
  });
});
