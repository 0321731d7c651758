// Makes the Word fixtures of issue 22 (tests/fixtures/formats/): each seed as a
// .docx in the style of a printed 简报 — red masthead, 仿宋 body with
// first-line indents, bold centred titles, `— N —` PAGE fields in the footer, a
// header where the print had running headers — written with the `docx`
// package; a table, a photo and a masthead bulletin; a password-protected copy;
// and one .doc converted by LibreOffice (soffice on the PATH). What each seed
// line is (masthead, title, body, footer, page furniture) is read from the
// seed's own parse; the text of every line is the seed's, page numbers moved
// into the footer field and `**` markers turned into bold runs.
// The PDF fixtures are made by scripts/make-pdf-fixtures.ts, which prints the
// seeds as laid out from flat ODF: converting these .docx files, LibreOffice
// 7.4 left out a comma that hung in the margin at a line's end.
//   sh scripts/node.sh scripts/make-format-fixtures.ts [--docx]   (--docx: no .doc, no LibreOffice)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import sharp from 'sharp';
import officeCrypto from 'officecrypto-tool';
import { parseBulletin } from '../src/parse/index.ts';

const SEEDS = 'content/bulletins';
const OUT = 'tests/fixtures/formats';
const BODY_FONT = '仿宋_GB2312';
const TITLE_FONT = '方正小标宋简体';
const RED = 'FF0000';

type Role = 'mark' | 'publication' | 'masthead' | 'rule-line' | 'contents' | 'title' | 'body' | 'footer' | 'drop';

const run = (text: string, o: { bold?: boolean; size?: number; color?: string; font?: string } = {}) => new TextRun({ text, font: { eastAsia: o.font ?? BODY_FONT, ascii: o.font ?? BODY_FONT }, size: (o.size ?? 16) * 2, ...(o.bold ? { bold: true } : {}), ...(o.color ? { color: o.color } : {}) });

const centred = (text: string, o: Parameters<typeof run>[1] = {}, pageBreakBefore = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, o)], ...(pageBreakBefore ? { pageBreakBefore } : {}) });

/** A body paragraph: first line indented two characters, `**` pairs as bold runs. */
function bodyParagraph(text: string, pageBreakBefore = false): Paragraph {
  const parts = text.split('**');
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 640 },
    children: parts.filter((p) => p !== '').map((p) => run(p, { bold: parts.indexOf(p) % 2 === 1 })),
    ...(pageBreakBefore ? { pageBreakBefore } : {}),
  });
}

function footerWithPageNumber(): Footer {
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: { eastAsia: '宋体' } })] })] });
}

/** The roles of a seed's lines, from its parse. */
function roles(text: string, standaloneTitle?: string): Map<number, Role> {
  const parsed = parseBulletin(text, standaloneTitle ? { standaloneTitle } : {});
  const out = new Map<number, Role>();
  const m = parsed.masthead;
  for (const l of m.lines) out.set(l, 'masthead');
  for (const mark of m.marks) out.set(mark.line, 'mark');
  if (m.publication) out.set(m.publication.line, 'publication');
  const ruled = m.dateLine ?? m.publisherLine;
  if (ruled) out.set(ruled.line, 'rule-line');
  for (const c of parsed.contents) for (const l of c.lines ?? [c.line]) out.set(l, 'contents');
  for (const a of parsed.articles) {
    for (const t of a.title.lines) out.set(t.line, 'title');
    for (const b of a.blocks) for (const l of b.lines) if (!out.has(l)) out.set(l, 'body');
  }
  for (const d of parsed.footer.distribution) for (const l of d.lines) out.set(l, 'footer');
  for (const l of parsed.footer.printing?.lines ?? []) out.set(l, 'footer');
  for (const u of parsed.unassigned ?? []) out.set(u.line, 'body');
  for (const a of parsed.artefacts) if (a.kind === 'page-number' || a.kind === 'blank-page' || a.kind === 'running-header') out.set(a.line, 'drop');
  return out;
}

/** A seed's text as Word paragraphs; lines the seed's parse joined (a paragraph broken by a page) are one paragraph again. */
function seedDocument(text: string, standaloneTitle?: string): { children: Paragraph[]; header?: string } {
  const parsed = parseBulletin(text, standaloneTitle ? { standaloneTitle } : {});
  const role = roles(text, standaloneTitle);
  const lines = text.split('\n');
  const joinedWith = new Map<number, number[]>(); // first line → the lines joined to it
  // Title lines stay lines (centred, one paragraph each, as printed); a body paragraph a page cut is one paragraph.
  for (const r of parsed.repairs) if (r.kind === 'paragraph-joined') joinedWith.set(r.lines[0]!, r.lines.slice(1));
  const skip = new Set([...joinedWith.values()].flat());
  const headers = parsed.artefacts.filter((a) => a.kind === 'running-header').map((a) => a.text);
  const children: Paragraph[] = [];
  let pageBreak = false;
  lines.forEach((raw, i) => {
    const no = i + 1;
    const r = role.get(no);
    if (r === 'drop') {
      if (parsed.artefacts.some((a) => a.line === no && a.kind === 'page-number')) pageBreak = children.length > 0;
      return;
    }
    if (skip.has(no) || raw.trim() === '') return;
    const textOf = [raw, ...(joinedWith.get(no) ?? []).map((n) => lines[n - 1]!)].map((l) => l.trim()).join('');
    const brk = pageBreak;
    pageBreak = false;
    switch (r) {
      case 'mark':
        children.push(new Paragraph({ children: [run(textOf, { font: '黑体' })], ...(brk ? { pageBreakBefore: true } : {}) }));
        return;
      case 'publication':
        children.push(centred(textOf, { size: 36, color: RED, font: TITLE_FONT }, brk));
        return;
      case 'masthead':
        children.push(centred(raw.trim(), { size: 16 }, brk));
        return;
      case 'rule-line':
        // The publisher and date over the red rule, as printed.
        children.push(new Paragraph({ border: { bottom: { color: RED, space: 1, style: BorderStyle.SINGLE, size: 18 } }, children: [run(raw.trim())] }));
        return;
      case 'title':
        children.push(centred(textOf, { bold: true, size: 22, font: TITLE_FONT }, brk));
        return;
      case 'contents':
      case 'footer':
        children.push(new Paragraph({ children: [run(raw.trim(), { size: 14 })], ...(brk ? { pageBreakBefore: true } : {}) }));
        return;
      default:
        children.push(bodyParagraph(textOf, brk));
    }
  });
  return { children, ...(headers[0] ? { header: headers[0] } : {}) };
}

async function writeDocx(name: string, body: { children: (Paragraph | Table)[]; header?: string }): Promise<string> {
  const doc = new Document({
    creator: 'bulletin-archive fixtures',
    // Word's built-in Caption style (name "caption"), as Insert Caption applies it: small, italic, not bold.
    styles: { default: { document: { run: { font: BODY_FONT, size: 32 } } }, paragraphStyles: [{ id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: { size: 20, italics: true } }] },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        ...(body.header ? { headers: { default: new Header({ children: [centred(body.header, { size: 10 })] }) } } : {}),
        footers: { default: footerWithPageNumber() },
        children: body.children,
      },
    ],
  });
  const file = join(OUT, `${name}.docx`);
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

/** A small bulletin around a table: masthead, title, text, the table with its caption, text, footer. */
function tableBulletin(): { children: (Paragraph | Table)[] } {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { size: 12, bold })] })] });
  const table = (rows: string[][]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((t) => cell(t, i === 0)) })) });
  const rows = [
    ['县（市、区）', '新建团组织（个）', '发展团员（名）', '开展活动（场）'],
    ['南湖区', '12', '346', '28'],
    ['秀洲区', '9', '281', '21'],
    ['嘉善县', '15', '402', '33'],
    ['平湖市', '11', '318', '26'],
  ];
  return {
    children: [
      new Paragraph({ children: [run('内部刊物', { font: '黑体' })] }),
      centred('嘉兴青年工作信息', { size: 36, color: RED, font: TITLE_FONT }),
      centred('2023年 第5期'),
      new Paragraph({ border: { bottom: { color: RED, space: 1, style: BorderStyle.SINGLE, size: 18 } }, children: [run('共青团嘉兴市委                     2023年12月8日')] }),
      centred('全市“两新”组织团建工作取得新进展', { bold: true, size: 22, font: TITLE_FONT }),
      bodyParagraph('今年以来，团市委深入实施“两新”组织团建攻坚行动，以南湖区、秀洲区、嘉善县、平湖市为试点，推动团的组织和工作有效覆盖，各地新建团组织、发展团员和开展活动情况见下表。'),
      centred('表1  2023年“两新”组织团建工作情况', { bold: true, size: 14 }),
      table(rows),
      bodyParagraph('各地同步推进“青年之家”阵地建设，南湖区、秀洲区新建阵地情况如下。'),
      // A caption only its Word style says is one (no 表N, neither bold nor centred).
      new Paragraph({ style: 'Caption', children: [new TextRun({ text: '各地“青年之家”阵地建设情况' })] }),
      table([
        ['县（市、区）', '青年之家（个）', '服务青年（人次）'],
        ['南湖区', '8', '5200'],
        ['秀洲区', '6', '4100'],
      ]),
      bodyParagraph('全年共举办团干部培训班6期。'),
      // A caption by its print alone: centred and bold right above the table.
      centred('2023年团干部培训情况', { bold: true, size: 14 }),
      table([
        ['培训班次', '参训团干部（名）'],
        ['6', '420'],
      ]),
      bodyParagraph('下一步，团市委将总结试点经验，在全市推广“一键入群”等有效做法，持续扩大团的组织覆盖和工作覆盖。'),
      new Paragraph({ children: [run('报：团省委办公室，市委办公室', { size: 14 })] }),
      new Paragraph({ children: [run('送：各团县（市、区）委', { size: 14 })] }),
    ],
  };
}

/** A photo bulletin: a 2400×1600 picture (drawn here, deterministic) after a paragraph, its caption line below. */
async function photoBulletin(): Promise<{ children: Paragraph[] }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600"><rect width="2400" height="1600" fill="#d8e4f0"/><circle cx="800" cy="700" r="300" fill="#c0392b"/><rect x="1300" y="500" width="700" height="700" fill="#2e86c1"/><rect y="1300" width="2400" height="300" fill="#7d6608"/></svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return {
    children: [
      new Paragraph({ children: [run('内部刊物', { font: '黑体' })] }),
      centred('嘉兴青年工作信息', { size: 36, color: RED, font: TITLE_FONT }),
      centred('2023年 第6期'),
      new Paragraph({ border: { bottom: { color: RED, space: 1, style: BorderStyle.SINGLE, size: 18 } }, children: [run('共青团嘉兴市委                     2023年12月22日')] }),
      centred('团海宁市委开展“青春护河”志愿服务活动', { bold: true, size: 22, font: TITLE_FONT }),
      bodyParagraph('12月16日，团海宁市委组织120余名团员青年走进长安镇、许村镇沿河村社，开展“青春护河”志愿服务活动，清理河岸垃圾、宣传水环境保护知识，守护家乡一河清水。'),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: png, transformation: { width: 480, height: 320 }, altText: { name: 'photo', title: '照片', description: '照片' } })] }),
      centred('（图为团员青年在长安镇清理河岸垃圾）', { size: 14, font: '楷体_GB2312' }),
      bodyParagraph('活动中，志愿者们分组沿河巡查，共清理垃圾1.2吨，发放宣传资料800余份，引导沿河群众共同参与护河行动。'),
      new Paragraph({ children: [run('报：团省委办公室，市委办公室', { size: 14 })] }),
    ],
  };
}

/**
 * A bulletin whose masthead only its print makes one: a name without 信息/简报 …
 * printed large, red and centred, and a date, no issue number; its body has bold
 * lead-ins and bold phrases as Word runs (what a text export marks with `**`).
 */
function mastheadBulletin(): { children: Paragraph[] } {
  const mixed = (...parts: [string, boolean][]) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 640 }, children: parts.map(([text, bold]) => run(text, { bold })) });
  return {
    children: [
      centred('青春嘉兴', { size: 36, color: RED, font: TITLE_FONT }),
      centred('2023年7月14日'),
      centred('团海宁市委深化“青春护河”志愿服务', { bold: true, size: 22, font: TITLE_FONT }),
      mixed(['坚持党建带团建。', true], ['团海宁市委把志愿服务纳入年度重点工作，建立“河长+团长”联动机制。', false]),
      mixed(['一是', false], ['建强志愿队伍', true], ['。全市组建青年护河队32支，招募志愿者1200余名。', false]),
      mixed(['二是', false], ['创新服务方式', true], ['。依托“浙里办”开设护河志愿服务专区，', false], ['累计开展活动86场', true], ['。', false]),
      new Paragraph({ children: [run('报：团省委办公室，市委办公室', { size: 14 })] }),
    ],
  };
}

mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const stem = name.replace(/\.txt$/, '');
  const meta = join(SEEDS, `${stem}.meta.yml`);
  let title: string | undefined;
  try {
    title = /^title:\s*(.+)$/m.exec(readFileSync(meta, 'utf8'))?.[1];
    copyFileSync(meta, join(OUT, `${stem}.meta.yml`));
  } catch {
    // no sidecar
  }
  await writeDocx(stem, seedDocument(readFileSync(join(SEEDS, name), 'utf8'), title));
}
await writeDocx('table-2023-05', tableBulletin());
await writeDocx('photo-2023-06', await photoBulletin());
await writeDocx('masthead-qingchun-jiaxing', mastheadBulletin());
// A bad file no conversion makes: the table bulletin encrypted with a password (as Word does it: an OLE file with an EncryptedPackage).
mkdirSync(join(OUT, 'bad'), { recursive: true });
writeFileSync(join(OUT, 'bad', 'password.docx'), await Promise.resolve(officeCrypto.encrypt(readFileSync(join(OUT, 'table-2023-05.docx')), { password: 'bulletin' })));
// --docx: only the Word files (no LibreOffice).
if (process.argv.includes('--docx')) process.exit(0);
// One Word 97–2003 file: seed 004, converted back by LibreOffice (in its own folder: beside 004.docx it would be the same issue twice).
mkdirSync(join(OUT, 'doc'), { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'doc', '--outdir', join(OUT, 'doc'), join(OUT, '004_513619527335753d.docx')], { stdio: 'pipe', timeout: 180_000 });
rmSync(profile, { recursive: true, force: true });
console.log(readdirSync(OUT).join('\n'));
