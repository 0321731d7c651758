// Makes the PDF fixtures of tests/fixtures/formats/pdf/ (committed; tests never need
// LibreOffice): each seed of content/bulletins/ laid out as a printed 简报 —
// red masthead with a red rule, titles bold and centred (小标宋-like serif bold),
// body in a serif with first-line indents, a running header from page 2 on and
// `— N —` page numbers in the footer — written as flat ODF (.fodt) and printed
// to PDF by LibreOffice; plus a scan (one page as an image, no text layer) and
// an encrypted PDF, a truncated one and a 0-byte one.
// Where each line goes is read off the seed by our own parser (a masthead line,
// a title line, a paragraph…), as an editor would have styled it.
// Run: sh scripts/node.sh scripts/make-pdf-fixtures.ts   (needs `soffice`:
// Debian libreoffice-writer-nogui, and fonts-noto-cjk)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { decodeBulletin } from '../src/decode/index.ts';
import { parseBulletin, type ParsedBulletin } from '../src/parse/index.ts';
import { readSidecar } from '../src/archive/sidecar.ts';
import { openPdf } from '../src/extract/pdf-open.ts';

const SEEDS = 'content/bulletins';
const OUT = 'tests/fixtures/formats/pdf';

type Role = 'mark' | 'publication' | 'masthead' | 'masthead-last' | 'contents-heading' | 'contents' | 'title' | 'title-side' | 'heading' | 'body' | 'footer' | 'footer-last' | 'blank-page' | 'drop';

/** The role of each line of the seed, by the parser's reading of it. */
function roles(parsed: ParsedBulletin): Map<number, Role> {
  const role = new Map<number, Role>();
  const m = parsed.masthead;
  for (const l of m.printedLines ?? []) role.set(l.line, /目\s*录/.test(l.text) ? 'contents-heading' : 'masthead');
  for (const x of m.marks) role.set(x.line, 'mark');
  if (m.publication) role.set(m.publication.line, 'publication');
  const last = Math.max(0, ...m.lines.filter((n) => role.get(n) === 'masthead' || role.get(n) === 'publication'));
  if (last) role.set(last, 'masthead-last');
  for (const c of parsed.contents) for (const n of c.lines ?? [c.line]) role.set(n, 'contents');
  for (const a of parsed.articles) {
    for (const t of a.title.lines) role.set(t.line, 'title-side');
    for (const t of a.title.lines) if (a.title.main.replace(/\s/g, '').includes(t.text.replace(/\s|\*\*/g, ''))) role.set(t.line, 'title');
    for (const b of a.blocks) for (const n of b.lines) role.set(n, b.type === 'heading' && b.text.length <= 30 ? 'heading' : 'body');
  }
  const footerLines = [...parsed.footer.distribution.flatMap((d) => d.lines), ...(parsed.footer.printing?.lines ?? [])];
  for (const n of footerLines) role.set(n, 'footer');
  if (footerLines.length) role.set(Math.max(...footerLines), 'footer-last');
  for (const a of parsed.artefacts) {
    if (a.kind === 'page-number' || a.kind === 'running-header') role.set(a.line, 'drop');
    if (a.kind === 'blank-page') role.set(a.line, 'blank-page');
  }
  return role;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text as ODF: runs of spaces kept (<text:s/>), a wide gap (3+ spaces, a tab) as a tab to the right margin. */
function odfText(s: string, role: Role): string {
  if (/^(masthead|masthead-last)$/.test(role) && /\S(\s{3,}|\t)\S/.test(s)) {
    const [a, b] = s.split(/\s{3,}|\t/, 2);
    return `${esc(a!)}<text:tab/>${esc(b!)}`;
  }
  // `**…**` in the seed marks what the original printed in bold (a lead-in): a bold run here.
  return esc(s)
    .replace(/ {2,}/g, (sp) => ` <text:s text:c="${sp.length - 1}"/>`)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\*\*([^*]+)\*\*/g, '<text:span text:style-name="bold">$1</text:span>');
}

const SERIF = 'Noto Serif CJK SC';
const SANS = 'Noto Sans CJK SC';
const font = (name: string, size: number, bold = false, color?: string) =>
  `<style:text-properties style:font-name="${name}" style:font-name-asian="${name}" fo:font-size="${size}pt" style:font-size-asian="${size}pt"${bold ? ' fo:font-weight="bold" style:font-weight-asian="bold"' : ''}${color ? ` fo:color="#${color}"` : ''}/>`;
// Punctuation never hangs in the margin: LibreOffice 7.4 leaves a hung comma out of the PDF.
const para = (name: string, props: string, text: string, master?: string) => `<style:style style:name="${name}" style:family="paragraph"${master ? ` style:master-page-name="${master}"` : ''}><style:paragraph-properties style:punctuation-wrap="simple" ${props}/>${text}</style:style>`;

const RIGHT_TAB = '<style:tab-stops><style:tab-stop style:position="15.6cm" style:type="right"/></style:tab-stops>';
const RED = 'c00000';
const STYLES = [
  para('mark', 'fo:text-align="start" fo:margin-bottom="4pt"', font(SANS, 14, true)),
  para('mark-first', 'fo:text-align="start" fo:margin-bottom="4pt"', font(SANS, 14, true), 'First_20_Page'),
  para('publication', 'fo:text-align="center" fo:margin-top="18pt" fo:margin-bottom="18pt"', font(SERIF, 36, true, RED)),
  para('publication-first', 'fo:text-align="center" fo:margin-top="18pt" fo:margin-bottom="18pt"', font(SERIF, 36, true, RED), 'First_20_Page'),
  `<style:style style:name="masthead" style:family="paragraph"><style:paragraph-properties style:punctuation-wrap="simple" fo:text-align="center" fo:margin-bottom="6pt">${RIGHT_TAB}</style:paragraph-properties>${font(SERIF, 16)}</style:style>`,
  `<style:style style:name="masthead-first" style:family="paragraph" style:master-page-name="First_20_Page"><style:paragraph-properties style:punctuation-wrap="simple" fo:text-align="center" fo:margin-bottom="6pt">${RIGHT_TAB}</style:paragraph-properties>${font(SERIF, 16)}</style:style>`,
  `<style:style style:name="masthead-last" style:family="paragraph"><style:paragraph-properties style:punctuation-wrap="simple" fo:text-align="justify" fo:margin-bottom="24pt" fo:padding-bottom="6pt" fo:border-bottom="2.5pt solid #${RED}">${RIGHT_TAB}</style:paragraph-properties>${font(SERIF, 16)}</style:style>`,
  para('contents-heading', 'fo:text-align="center" fo:margin-bottom="6pt"', font(SANS, 16, true)),
  para('contents-heading-first', 'fo:text-align="center" fo:margin-bottom="6pt"', font(SANS, 16, true), 'First_20_Page'),
  para('contents', 'fo:text-align="start" fo:margin-left="1cm" fo:margin-bottom="2pt" fo:line-height="26pt"', font(SERIF, 15)),
  para('contents-first', 'fo:text-align="start" fo:margin-left="1cm" fo:margin-bottom="2pt" fo:line-height="26pt"', font(SERIF, 15), 'First_20_Page'),
  para('title', 'fo:text-align="center" fo:margin-top="18pt" fo:margin-bottom="6pt" fo:keep-with-next="always"', font(SERIF, 22, true)),
  para('title-first', 'fo:text-align="center" fo:margin-top="18pt" fo:margin-bottom="6pt" fo:keep-with-next="always"', font(SERIF, 22, true), 'First_20_Page'),
  para('title-side', 'fo:text-align="center" fo:margin-bottom="6pt" fo:keep-with-next="always"', font(SERIF, 16)),
  para('heading', 'fo:text-align="justify" fo:text-indent="32pt" fo:line-height="28pt" fo:keep-with-next="always"', font(SANS, 16)),
  para('body', 'fo:text-align="justify" fo:text-indent="32pt" fo:line-height="28pt"', font(SERIF, 16)),
  para('body-first', 'fo:text-align="justify" fo:text-indent="32pt" fo:line-height="28pt"', font(SERIF, 16), 'First_20_Page'),
  para('footer', 'fo:text-align="start" fo:line-height="24pt"', font(SERIF, 14)),
  para('footer-last', 'fo:text-align="start" fo:line-height="24pt" fo:padding-bottom="4pt" fo:border-bottom="0.75pt solid #000000"', font(SERIF, 14)),
  para('blank-page', 'fo:text-align="center" fo:break-before="page" fo:margin-top="24pt"', font(SERIF, 16)),
  para('Header', 'fo:text-align="end" fo:padding-bottom="2pt" fo:border-bottom="0.75pt solid #000000"', font(SERIF, 10.5)),
  para('Footer', 'fo:text-align="center"', font(SERIF, 14)),
  para('scan', 'fo:text-align="center"', font(SERIF, 12), 'Scan'),
  '<style:style style:name="bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>',
].join('\n');

function fodt(body: string, header: string): string {
  const page = (name: string, top = '3.7cm') =>
    `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="${top}" fo:margin-bottom="2.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>` +
    `<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.8cm"/></style:header-style>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.8cm"/></style:footer-style></style:page-layout>`;
  const footer = '<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${SERIF}" svg:font-family="'${SERIF}'"/><style:font-face style:name="${SANS}" svg:font-family="'${SANS}'"/></office:font-face-decls>
<office:styles>${STYLES}</office:styles>
<office:automatic-styles>${page('pm1', '2.5cm')}${page('pm2', '3cm')}${page('pm3', '0cm')}</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm2"><style:header><text:p text:style-name="Header">${esc(header)}</text:p></style:header>${footer}</style:master-page>
<style:master-page style:name="First_20_Page" style:page-layout-name="pm1" style:next-style-name="Standard">${footer}</style:master-page>
<style:master-page style:name="Scan" style:page-layout-name="pm3"/>
</office:master-styles>
<office:body><office:text>${body}</office:text></office:body></office:document>
`;
}

const soffice = (profile: string, args: string[]) => execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });

function seedDocument(file: string): { body: string; header: string } {
  const text = decodeBulletin(readFileSync(join(SEEDS, file)), file).text;
  const stem = basename(file, '.txt');
  const sidecarFile = join(SEEDS, `${stem}.meta.yml`);
  const sidecar = existsSync(sidecarFile) ? readSidecar(readFileSync(sidecarFile, 'utf8')).sidecar : {};
  const parsed = parseBulletin(text, sidecar.title ? { standaloneTitle: sidecar.title } : {});
  const role = roles(parsed);
  const m = parsed.masthead;
  const pub = m.publication?.text.replace(/\s/g, '') ?? sidecar.publication ?? sidecar.publisher ?? '';
  const header = [pub, m.year && m.issue ? `${m.year}年第${m.issue}期` : ''].filter(Boolean).join('　');
  let first = true;
  const paras: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const r = role.get(i + 1) ?? 'body';
    if (r === 'drop') return;
    // The first paragraph opens the first-page style (no running header there).
    const canFirst = ['mark', 'publication', 'masthead', 'contents-heading', 'contents', 'title', 'body'].includes(r);
    const style = first && canFirst ? `${r}-first` : r;
    first = false;
    paras.push(`<text:p text:style-name="${style}">${odfText(line, r)}</text:p>`);
  });
  return { body: paras.join('\n'), header };
}

async function pageImage(pdf: string): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await openPdf(readFileSync(pdf)).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 1.2 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea'; // paper
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport, background: 'rgba(0,0,0,0)' }).promise;
  return canvas.toBuffer('image/jpeg', 60);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
  const profile = join(work, 'profile');
  try {
    const seeds = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    for (const file of seeds) {
      const stem = basename(file, '.txt');
      const { body, header } = seedDocument(file);
      writeFileSync(join(work, `${stem}.fodt`), fodt(body, header));
      soffice(profile, ['--convert-to', 'pdf', '--outdir', work, join(work, `${stem}.fodt`)]);
      copyFileSync(join(work, `${stem}.pdf`), join(OUT, `${stem}.pdf`));
      console.log(`${OUT}/${stem}.pdf`);
    }
    // A scan: the first page of seed 001 drawn as a greyish JPEG (pdf.js and @napi-rs/canvas, pdf.js's
    // optional renderer), alone on a page with no text.
    const jpeg = await pageImage(join(OUT, `${basename(seeds[1]!, '.txt')}.pdf`));
    const image = `<text:p text:style-name="scan"><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="21cm" svg:height="29.69cm"><draw:image><office:binary-data>${jpeg.toString('base64')}</office:binary-data></draw:image></draw:frame></text:p>`;
    writeFileSync(join(work, 'scanned.fodt'), fodt(image, ''));
    soffice(profile, ['--convert-to', 'pdf', '--outdir', work, join(work, 'scanned.fodt')]);
    copyFileSync(join(work, 'scanned.pdf'), join(OUT, 'scanned.pdf'));
    // Encrypted: a one-page bulletin with a password to open it.
    const enc = join(work, 'encrypted');
    mkdirSync(enc);
    writeFileSync(join(enc, 'encrypted.fodt'), fodt('<text:p text:style-name="publication-first">嘉兴青年工作信息</text:p><text:p text:style-name="body">本期内容需凭密码阅读。</text:p>', ''));
    soffice(profile, ['--convert-to', 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"jiami"}}', '--outdir', enc, join(enc, 'encrypted.fodt')]);
    copyFileSync(join(enc, 'encrypted.pdf'), join(OUT, 'encrypted.pdf'));
    // Corrupt: the first 3 KB of a real PDF (a download cut short); empty: 0 bytes.
    writeFileSync(join(OUT, 'truncated.pdf'), readFileSync(join(OUT, `${basename(seeds[1]!, '.txt')}.pdf`)).subarray(0, 3000));
    writeFileSync(join(OUT, 'empty.pdf'), new Uint8Array());
    for (const f of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'empty.pdf']) console.log(`${OUT}/${f}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
