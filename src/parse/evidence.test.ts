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

  it("with it, the captions stay in the article as their tables' captions, and a notice names each line", () => {
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

// tests/fixtures/formats/masthead-qingchun-jiaxing.docx: a name with no 信息/简报
// printed large, red and centred, then a date, no issue number; the body's
// lead-ins and phrases are bold Word runs (the fixture script's runs, listed here).
describe('masthead and bold runs by format', async () => {
  const word = await extractDocument(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'formats', 'masthead-qingchun-jiaxing.docx'))), 'masthead.docx');
  const words = documentText(word);
  const evidence = word.lines.map((l) => ({ ...l.format, ...(l.table ? { tableRow: true } : {}) }));

  it('without it, the text alone reads no masthead and takes name, date and title for one title', () => {
    const parsed = parseBulletin(words);
    expect(parsed.masthead.publication).toBeUndefined();
    expect(parsed.articles.map((a) => a.title.main)).toEqual(['青春嘉兴2023年7月14日团海宁市委深化“青春护河”志愿服务']);
  });

  it('with it, the large red centred top line is the publication (a notice says the format decided), the date its date', () => {
    const parsed = parseBulletin(words, { format: evidence });
    expect(parsed.masthead).toMatchObject({ publication: { text: '青春嘉兴', line: 1 }, date: '2023-07-14', lines: [1, 2] });
    expect(parsed.articles.map((a) => a.title.main)).toEqual(['团海宁市委深化“青春护河”志愿服务']);
    expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ level: 'notice', code: 'format-masthead', line: 1 }));
  });

  it('with it, bold runs are emphasis where they stand (a lead-in, a phrase), as `**…**` in a text', () => {
    const blocks = parseBulletin(words, { format: evidence }).articles[0]!.blocks;
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.children.map((c) => [c.type, c.value]) : b.type))).toEqual([
      [
        ['emphasis', '坚持党建带团建。'],
        ['text', '团海宁市委把志愿服务纳入年度重点工作，建立“河长+团长”联动机制。'],
      ],
      [
        ['text', '一是'],
        ['emphasis', '建强志愿队伍'],
        ['text', '。全市组建青年护河队32支，招募志愿者1200余名。'],
      ],
      [
        ['text', '二是'],
        ['emphasis', '创新服务方式'],
        ['text', '。依托“浙里办”开设护河志愿服务专区，'],
        ['emphasis', '累计开展活动86场'],
        ['text', '。'],
      ],
    ]);
    // The same paragraphs typed as text with `**` read the same.
    const typed = parseBulletin(words.replace('坚持党建带团建。', '**坚持党建带团建。**').replace('建强志愿队伍', '**建强志愿队伍**').replace('创新服务方式', '**创新服务方式**').replace('累计开展活动86场', '**累计开展活动86场**'), {
      format: evidence.map((f) => (f.boldRuns ? { ...f, boldRuns: undefined } : f)),
    });
    expect(typed.articles[0]!.blocks.map((b) => (b.type === 'paragraph' ? b.children : []))).toEqual(blocks.map((b) => (b.type === 'paragraph' ? b.children : [])));
  });
});
