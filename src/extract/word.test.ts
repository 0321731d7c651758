// Word files as kept: the committed fixtures (tests/fixtures/formats/) read
// as .docx, the .doc through LibreOffice, and bad files each with a message
// naming the file and what to do — never a throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentText, extractDocument } from './index.ts';
import { onPath } from './on-path.ts';

const FORMATS = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'formats');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FORMATS, name)));
const SEED_004 = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'bulletins', '004_513619527335753d.txt'), 'utf8');
const ink = (s: string) => s.replace(/\s+|\*\*/g, '');

/** The one error of a document that could not be read. */
async function errorOf(bytes: Uint8Array, file: string) {
  const doc = await extractDocument(bytes, file);
  expect(doc.lines).toEqual([]);
  expect(doc.diagnostics).toHaveLength(1);
  expect(doc.diagnostics[0]!.level).toBe('error');
  expect(doc.diagnostics[0]!.message.startsWith(`${file}: `)).toBe(true);
  return doc.diagnostics[0]!;
}

describe('a .docx in the style of a printed bulletin', () => {
  it('gives the seed text, page furniture aside, as lines with the format of each', async () => {
    // 001 prints （此页无正文）, which the .docx leaves out (a page of Word needs no such line); 004 has `**` lead-ins, bold runs in Word.
    const SEED_001 = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'bulletins', '001_e03f40994a3cdccb.txt'), 'utf8');
    const doc001 = await extractDocument(fixture('001_e03f40994a3cdccb.docx'), '001.docx');
    expect(ink(documentText(doc001))).toBe(ink(SEED_001.replace('（此页无正文）', '')));
    const doc = await extractDocument(fixture('004_513619527335753d.docx'), '004.docx');
    expect(ink(documentText(doc))).toBe(ink(SEED_004));
    const masthead = doc.lines.find((l) => l.text === '浙江青年工作信息')!;
    expect(masthead.format).toMatchObject({ align: 'center', color: 'ff0000', sizePt: 36 });
    const title = doc.lines.find((l) => l.text.startsWith('团杭州市委强化'))!;
    expect(title.format).toMatchObject({ align: 'center', bold: true, sizePt: 22 });
    const body = doc.lines.find((l) => l.text.startsWith('一是开发'))!;
    expect(body.format).toMatchObject({ firstLineIndent: true, font: '仿宋_GB2312', sizePt: 16 });
    expect(body.format?.bold).toBeUndefined();
    // The PAGE field of the footer is an artefact, not text.
    expect(doc.artefacts).toContainEqual({ kind: 'page-number', text: '— —' });
  });

  it('gives a table row as one line of tab-joined cells, the first row the header', async () => {
    const doc = await extractDocument(fixture('table-2023-05.docx'), 'table.docx');
    const rows = doc.lines.filter((l) => l.table?.table === 1);
    expect(rows.map((r) => r.text)).toEqual(['县（市、区）\t新建团组织（个）\t发展团员（名）\t开展活动（场）', '南湖区\t12\t346\t28', '秀洲区\t9\t281\t21', '嘉善县\t15\t402\t33', '平湖市\t11\t318\t26']);
    expect(rows.map((r) => r.table)).toEqual([1, 2, 3, 4, 5].map((row) => ({ table: 1, row, header: row === 1 })));
  });

  it('gives a photo with its pixel size, after its paragraph, with the caption line as alt text', async () => {
    const doc = await extractDocument(fixture('photo-2023-06.docx'), 'photo.docx');
    expect(doc.images).toHaveLength(1);
    const image = doc.images[0]!;
    expect(image).toMatchObject({ mime: 'image/png', width: 2400, height: 1600, alt: '团员青年在长安镇清理河岸垃圾' });
    expect(doc.lines[image.afterLine - 1]!.text).toBe('');
    expect(doc.lines[image.afterLine - 2]!.text).toMatch(/^12月16日/);
  });
});

describe('a .doc (Word 97–2003)', () => {
  it.skipIf(!onPath('soffice'))(
    'is converted by LibreOffice and read like the .docx it came from',
    async () => {
      const doc = await extractDocument(fixture('doc/004_513619527335753d.doc'), '004.doc');
      const docx = await extractDocument(fixture('004_513619527335753d.docx'), '004.docx');
      expect(doc.diagnostics).toEqual([]);
      expect(doc.format).toBe('doc');
      expect(ink(documentText(doc))).toBe(ink(documentText(docx)));
      expect(doc.original).toEqual(fixture('doc/004_513619527335753d.doc'));
    },
    180_000,
  );
  if (!onPath('soffice')) console.warn('word.test.ts: soffice is not on the PATH; the .doc conversion test is skipped (apt-get install libreoffice-writer-nogui)');

  it('without soffice on the PATH is an error saying to install LibreOffice or save as .docx', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const e = await errorOf(fixture('doc/004_513619527335753d.doc'), '004.doc');
      expect(e).toMatchObject({ code: 'doc-needs-libreoffice', message: expect.stringMatching(/soffice is not on the PATH.*libreoffice-writer-nogui.*save it as \.docx/) });
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('bad Word files: a message naming the file and what to do', () => {
  it('a password-protected .docx', async () => {
    expect(await errorOf(fixture('bad/password.docx'), 'secret.docx')).toMatchObject({ code: 'word-encrypted', message: expect.stringContaining('remove the password') });
  });
  it('a .docx that is really a .doc', async () => {
    expect(await errorOf(fixture('doc/004_513619527335753d.doc'), 'renamed.docx')).toMatchObject({ code: 'docx-is-doc', message: expect.stringContaining('rename it to .doc') });
  });
  it('a .docx cut short (a corrupt zip)', async () => {
    expect(await errorOf(fixture('001_e03f40994a3cdccb.docx').slice(0, 6000), 'cut.docx')).toMatchObject({ code: 'corrupt-zip', message: expect.stringContaining('is damaged') });
  });
  it('a zip that holds no Word document, and a Word document whose XML is broken', async () => {
    expect(await errorOf(zipSync({ 'a.txt': strToU8('hello') }), 'other.docx')).toMatchObject({ code: 'not-word' });
    expect(await errorOf(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }), 'broken.docx')).toMatchObject({ code: 'corrupt-word' });
  });
  it('a text file with a .docx name, and 0 bytes', async () => {
    expect(await errorOf(strToU8('内部刊物\n嘉兴青年工作信息\n'), 'plain.docx')).toMatchObject({ code: 'not-word' });
    expect(await errorOf(new Uint8Array(0), 'empty.docx')).toMatchObject({ code: 'empty-file' });
  });
});
