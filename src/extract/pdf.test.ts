// The PDF reader on the committed fixtures (tests/fixtures/formats/pdf/, made by
// scripts/make-pdf-fixtures.ts with LibreOffice from the seeds): lines from
// positions with the seed's own spacing, page furniture counted by position
// and repetition, format as evidence, and bad files named with what to do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBulletin } from '../decode/index.ts';
import { extractPdf } from './pdf.ts';
import { baseFontName, isBoldFont } from './pdf-lines.ts';
import { isPageNumberText } from './pdf-furniture.ts';
import type { ExtractedDocument } from './types.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'formats', 'pdf');
const SEEDS = ['000_49c0a554d6294698', '001_e03f40994a3cdccb', '003_808c91636a323c9c', '004_513619527335753d'];

const read = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const cache = new Map<string, Promise<ExtractedDocument>>();
const extracted = (name: string) => {
  if (!cache.has(name)) cache.set(name, extractPdf(read(name), name));
  return cache.get(name)!;
};
/** A seed's text as printed: runs of spaces as one, `**` (bold in the PDF) gone. */
const seedText = (stem: string) =>
  decodeBulletin(readFileSync(join(ROOT, 'content', 'bulletins', `${stem}.txt`)), stem)
    .text.replace(/\*\*/g, '')
    .replace(/[ \t\u3000]+/g, ' ');
const han = /[\u4e00-\u9fff]/;

describe('extractPdf on the seeds as printed PDFs', { timeout: 60_000 }, () => {
  it.each(SEEDS)('%s: every line is text of the seed, in order, with no space invented and none lost but where a line wrapped next to a CJK character', async (stem) => {
    const doc = await extracted(`${stem}.pdf`);
    expect(doc.diagnostics).toEqual([]);
    const seed = seedText(stem);
    // The seed without whitespace, and where each of its characters is in the seed.
    const at: number[] = [];
    let bare = '';
    for (const [i, ch] of [...seed].entries()) {
      if (/\s/.test(ch)) continue;
      bare += ch;
      at.push(i);
    }
    const chars = [...seed];
    let from = 0;
    for (const line of doc.lines) {
      const text = line.text.replace(/[ \t\u3000]+/g, ' ').trim();
      const found = bare.indexOf(text.replace(/ /g, ''), from);
      expect(found, `line on page ${line.page} is not next in the seed: ${text}`).toBeGreaterThanOrEqual(0);
      from = found + text.replace(/ /g, '').length;
      // Walk the line and the seed together: a space in the line must be one in the seed;
      // a space of the seed the line lacks must touch a CJK character (a wrap there drops it unseen).
      let j = at[found]!;
      for (const ch of text) {
        if (ch === ' ') {
          expect(chars[j], `invented space in "${text}"`).toBe(' ');
          j++;
          continue;
        }
        if (chars[j] === ' ' && chars[j - 1] !== '\n') {
          expect(han.test(chars[j - 1]! + ch) || /[\u3000-\u303f\uff00-\uffef“”]/.test(chars[j - 1]! + ch), `lost space in "${text}" before ${ch}`).toBe(true);
          j++;
        }
        while (/\s/.test(chars[j]!)) j++;
        expect(chars[j]).toBe(ch);
        j++;
      }
    }
    // The seed's visible text is all there: headers and page numbers were the PDF's own, not the seed's.
    const strip = (s: string) => s.replace(/\s/g, '');
    expect(strip(doc.lines.map((l) => l.text).join(''))).toBe(strip(seed));
  });

  it('counts page numbers and the running header as artefacts, by position and repetition, on every page', async () => {
    const doc = await extracted('001_e03f40994a3cdccb.pdf');
    const pages = Math.max(...doc.lines.map((l) => l.page!));
    expect(pages).toBe(13);
    const numbers = doc.artefacts.filter((a) => a.kind === 'page-number');
    expect(numbers.map((a) => [a.page, a.text])).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, `— ${i + 1} —`]));
    const headers = doc.artefacts.filter((a) => a.kind === 'running-header');
    // The first page has the masthead instead of the header.
    expect(headers.map((a) => a.page)).toEqual(Array.from({ length: pages - 1 }, (_, i) => i + 2));
    expect(new Set(headers.map((a) => a.text.replace(/\s/g, '')))).toEqual(new Set(['嘉兴青年工作信息2023年第3期']));
    expect(doc.lines.some((l) => /—\s*\d+\s*—|2023年第3期/.test(l.text.replace(/\s/g, '')) && !/^2023年第3期$/.test(l.text.replace(/\s/g, '')))).toBe(false);
  });

  it('gives a paragraph cut by a page break as two lines on their pages, the first ending mid-sentence, so the parser joins them', async () => {
    const doc = await extracted('001_e03f40994a3cdccb.pdf');
    const cut = doc.lines.findIndex((l, i) => doc.lines[i + 1]?.paragraph === l.paragraph);
    expect(cut).toBeGreaterThan(0);
    const [a, b] = [doc.lines[cut]!, doc.lines[cut + 1]!];
    expect(b.page).toBe(a.page! + 1);
    expect(a.text).not.toMatch(/[。！？；：]$/);
    expect(b.format?.firstLineIndent).toBe(false);
    expect(seedText('001_e03f40994a3cdccb')).toContain(a.text + b.text);
  });

  it('reads format as evidence: red 36 pt masthead, bold centred titles, indented body', async () => {
    const doc = await extracted('001_e03f40994a3cdccb.pdf');
    const line = (text: string) => doc.lines.find((l) => l.text === text)!;
    expect(line('嘉兴青年工作信息').format).toMatchObject({ sizePt: 36, bold: true, color: 'c00000', align: 'center' });
    expect(line('团海宁市委全面推进青年发展').format).toMatchObject({ sizePt: 22, bold: true, align: 'center' });
    const body = doc.lines.find((l) => l.text.startsWith('近年来，团市委紧紧围绕'))!;
    expect(body.format).toMatchObject({ sizePt: 16, bold: false, firstLineIndent: true, align: 'justify' });
    expect(body.format?.color).toBeUndefined();
    expect(han.test(body.format?.font ?? '') || /Noto/.test(body.format?.font ?? '')).toBe(true);
  });
});

describe('extractPdf on bad files', { timeout: 60_000 }, () => {
  it('a scan (an image, no text layer): an error naming the file, saying to OCR it or supply .txt', async () => {
    const doc = await extractPdf(read('scanned.pdf'), 'scanned.pdf');
    expect(doc.lines).toEqual([]);
    expect(doc.diagnostics).toEqual([{ level: 'error', code: 'pdf-no-text', message: expect.stringContaining('scanned.pdf: no text layer: OCR it or supply the text as .txt') }]);
  });

  it('an encrypted PDF: an error naming the file and saying to remove the password', async () => {
    const doc = await extractPdf(read('encrypted.pdf'), 'encrypted.pdf');
    expect(doc.diagnostics).toEqual([{ level: 'error', code: 'pdf-encrypted', message: expect.stringMatching(/^encrypted\.pdf: .*password.*without a password/) }]);
  });

  it('a PDF cut short, and bytes that are no PDF: an error naming the file and what to do, never a throw', async () => {
    for (const [name, bytes] of [
      ['truncated.pdf', read('truncated.pdf')],
      ['notes.pdf', new TextEncoder().encode('这不是PDF文件')],
      ['zero.pdf', new Uint8Array()],
    ] as const) {
      const doc = await extractPdf(bytes, name);
      expect(doc.lines).toEqual([]);
      expect(doc.diagnostics).toEqual([{ level: 'error', code: 'pdf-unreadable', message: expect.stringMatching(new RegExp(`^${name.replace('.', '\\.')}: is not a readable PDF .*again, or supply the text as \\.txt$`)) }]);
    }
  });
});

describe('font weight and page numbers', () => {
  it('takes weight from the font name: Bold, 黑体, 小标宋; not 宋体, 仿宋 or 微软雅黑', () => {
    expect(isBoldFont({ name: 'ABCDEF+NotoSerifCJKjp-Bold', bold: false })).toBe(true);
    expect(isBoldFont({ name: 'FZXBSJW--GB1-0', bold: false })).toBe(true); // 方正小标宋
    expect(isBoldFont({ name: 'SimHei', bold: false })).toBe(true);
    expect(isBoldFont({ name: '\xBA\xDA\xCC\xE5', bold: false })).toBe(true); // 黑体 in GBK bytes, as pdf.js passes a name
    expect(baseFontName('BCDEFG+\xB7\xC2\xCB\xCE_GB2312')).toBe('仿宋_GB2312');
    for (const name of ['SimSun', 'FangSong_GB2312', '\xCB\xCE\xCC\xE5', 'MicrosoftYaHei', 'ABCDEF+NotoSerifCJKjp-Regular']) expect(isBoldFont({ name, bold: false }), name).toBe(false);
  });

  it('knows page numbers by form: — 3 —, 第3页 共8页, 3/8, a bare number; not a year or a sentence', () => {
    for (const t of ['— 3 —', '-12-', '第 3 页 共 8 页', '3/8', 'Page 3', '７']) expect(isPageNumberText(t), t).toBe(true);
    for (const t of ['2023年', '第3期', '一、', '3月8日']) expect(isPageNumberText(t), t).toBe(false);
  });
});
