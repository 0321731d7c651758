// Each seed as the PDF it was issued as (tests/fixtures/formats/pdf/, made by
// scripts/make-pdf-fixtures.ts) loads to the same archive model as its .txt:
// same publication, issue, date, titles, organisations, districts, contents,
// footer and paragraph text. What may differ is what is no text: artefacts
// (the PDF's page numbers and running header are counted by the extract
// stage; the .txt's `**` markers by the parser), spacing inside paragraphs,
// and line numbers. What the .txt marks with `**` the PDF prints in bold: the
// same words are emphasised.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText, loadArchive, type Archive } from './index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'content', 'bulletins');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'formats', 'pdf');
const STEMS = ['000_49c0a554d6294698', '001_e03f40994a3cdccb', '003_808c91636a323c9c', '004_513619527335753d'];

const key = (s: string) => s.replace(/\s+/g, '');
/** The archive as facts and text, without what a format may change (see above). */
function model(archive: Archive) {
  return {
    publications: archive.publications.map((p) => ({ slug: p.slug, name: p.name, publisher: p.publisher, issues: p.issues })),
    issues: archive.issues.map((i) => ({
      id: i.id,
      year: i.year,
      number: i.number,
      date: i.date,
      category: i.category,
      marks: i.marks,
      publisher: i.publisher,
      mastheadLines: i.mastheadLines.map(key),
      contents: i.contents.map((c) => ({ text: key(c.text), article: c.article })),
      distribution: i.distribution.map((d) => ({ label: d.label, text: key(d.text) })),
      printing: i.printing && { ...i.printing, text: key(i.printing.text) },
      unassigned: i.unassigned,
      label: i.label,
    })),
    articles: archive.articles.map((a) => ({
      id: a.id,
      title: a.title,
      organisation: a.organisation,
      district: a.district,
      mentions: a.mentions,
      contentsEntry: a.contentsEntry && key(a.contentsEntry),
      blocks: a.blocks.map((b) => ({ type: b.type, text: key(blockText(b)), ...(b.type === 'paragraph' ? { emphasis: b.children.filter((c) => c.type === 'emphasis').map((c) => key(c.value)) } : {}) })),
      length: a.length,
    })),
    districts: archive.districts.filter((d) => d.articles.length || d.mentionedIn.length).map((d) => ({ code: d.code, articles: d.articles, mentionedIn: d.mentionedIn })),
  };
}

let pdfDir: string;
let txt: Archive;
let pdf: Archive;
beforeAll(async () => {
  pdfDir = mkdtempSync(join(tmpdir(), 'pdf-model-'));
  for (const stem of STEMS) {
    copyFileSync(join(FIXTURES, `${stem}.pdf`), join(pdfDir, `${stem}.pdf`));
    if (existsSync(join(SEEDS, `${stem}.meta.yml`))) copyFileSync(join(SEEDS, `${stem}.meta.yml`), join(pdfDir, `${stem}.meta.yml`));
  }
  [txt, pdf] = await Promise.all([loadArchive(SEEDS), loadArchive(pdfDir)]);
}, 60_000);
afterAll(() => rmSync(pdfDir, { recursive: true, force: true }));

describe('the seeds as PDFs', () => {
  it('load with no error and no warning the .txt has not', () => {
    expect(pdf.skipped).toEqual([]);
    const codes = (a: Archive) => a.diagnostics.filter((d) => d.level !== 'notice').map((d) => `${d.file.replace(/\.(txt|pdf)$/, '')} ${d.code}`);
    expect(codes(pdf)).toEqual(codes(txt));
  });

  it('give the same archive model as the .txt files', () => {
    const [a, b] = [model(txt), model(pdf)];
    expect(b.publications).toEqual(a.publications);
    expect(b.issues).toEqual(a.issues);
    for (const [i, art] of a.articles.entries()) expect(b.articles[i], art.id).toEqual(art);
    expect(b.articles).toHaveLength(a.articles.length);
    expect(b.districts).toEqual(a.districts);
  });

  it('are read as PDFs, their furniture counted apart from the text', () => {
    expect(pdf.issues.map((i) => i.source.format)).toEqual(STEMS.map(() => 'pdf'));
    for (const issue of pdf.issues) expect(pdf.sources[issue.id], issue.id).not.toMatch(/—\s*\d+\s*—/);
  });
});
