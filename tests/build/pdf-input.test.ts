// A folder of PDFs builds (the real build): the four seeds as printed PDFs
// (tests/fixtures/formats/pdf/) publish the same articles at the same URLs as
// their .txt, the no-text-lost check passes over them, and a scan, an
// encrypted PDF, one cut short and an empty one are each named with what to
// do while the rest builds. A loss in a PDF's pages is reported with its page.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePages } from '../support/site.ts';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { loadArchive } from '../../src/archive/index.ts';
import { checkTextLost } from '../../src/verify/text-lost.ts';
import { extractPdf } from '../../src/extract/pdf.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'formats', 'pdf');
const STEMS = ['000_49c0a554d6294698', '001_e03f40994a3cdccb', '003_808c91636a323c9c', '004_513619527335753d'];
const BAD = ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'empty.pdf'];
let build: TempBuild;

beforeAll(() => {
  build = buildTemp('pdf-input', (input) => {
    for (const stem of STEMS) {
      copyFileSync(join(FIXTURES, `${stem}.pdf`), join(input, `${stem}.pdf`));
      if (existsSync(join(SEEDS, `${stem}.meta.yml`))) copyFileSync(join(SEEDS, `${stem}.meta.yml`), join(input, `${stem}.meta.yml`));
    }
    for (const bad of BAD) copyFileSync(join(FIXTURES, bad), join(input, bad));
  });
});
afterAll(() => build.remove());

describe('a folder of PDFs', () => {
  it('builds the seeds at the URLs of their .txt, and finds no text lost', async () => {
    expect(build.status, build.log).toBe(0);
    const txt = await loadArchive(SEEDS);
    expect(articlePages(build.out).sort()).toEqual(txt.articles.map((a) => a.path).sort());
    expect(build.log).toMatch(/no text lost: 4 bulletins checked/);
    expect(build.log).toMatch(/4 bulletins, \d+ articles; 4 files skipped/);
  });

  it('names each bad file and what to do', () => {
    expect(build.log).toContain('scanned.pdf: no text layer: OCR it or supply the text as .txt');
    expect(build.log).toMatch(/encrypted\.pdf: the PDF is password-protected; save a copy without a password/);
    expect(build.log).toMatch(/truncated\.pdf: is not a readable PDF .*export or download it again, or supply the text as \.txt/);
    expect(build.log).toMatch(/empty\.pdf: is empty \(0 bytes\)/);
  });

  it('reports a loss in a PDF bulletin with the page it was printed on', async () => {
    const archive = await loadArchive(build.input);
    const article = archive.articles.find((a) => a.path === '/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/')!;
    // Ten characters from the middle of a paragraph of the article: dropped from the built page, as a broken renderer would.
    const block = article.blocks.find((b, i) => i > 3 && b.type === 'paragraph' && b.children.map((c) => c.value).join('').length > 200)!;
    const text = block.type === 'paragraph' ? block.children.map((c) => c.value).join('') : '';
    const chunk = text.slice(150, 160);
    const file = join(build.out, article.path, 'index.html');
    const html = readFileSync(file, 'utf8');
    expect(html.split(chunk)).toHaveLength(2);
    writeFileSync(file, html.replace(chunk, ''));
    const losses = checkTextLost(archive, build.out);
    expect(losses).toHaveLength(1);
    // The page the PDF printed that text on, from the extracted lines (source line n is line n of the extraction).
    const doc = await extractPdf(new Uint8Array(readFileSync(join(FIXTURES, '001_e03f40994a3cdccb.pdf'))), '001.pdf');
    const at = doc.lines.findIndex((l) => l.text.includes(chunk));
    expect(at).toBeGreaterThan(0);
    expect(doc.lines[at]!.page).toBeGreaterThan(1);
    expect(losses[0]).toMatchObject({ file: '001_e03f40994a3cdccb.pdf', line: at + 1, page: doc.lines[at]!.page, missing: expect.stringMatching(new RegExp(`^${chunk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) });
    writeFileSync(file, html);
  });
});
