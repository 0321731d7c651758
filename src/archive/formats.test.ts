// Issue 22: a bulletin read from its Word file gives the archive model its
// plain text gives. The committed fixtures (tests/fixtures/formats/, made by
// scripts/make-format-fixtures.ts) are the seeds as printed-style .docx.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockText, loadArchive, type Archive } from './index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'content', 'bulletins');
const FORMATS = join(ROOT, 'tests', 'fixtures', 'formats');
const work = mkdtempSync(join(tmpdir(), 'formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding the fixtures of one extension and their sidecars. */
function folderOf(ext: string): string {
  const dir = join(work, ext);
  cpSync(FORMATS, dir, { recursive: true, filter: (src) => src === FORMATS || src.endsWith('.meta.yml') || (src.endsWith(ext) && /\/\d{3}_/.test(src)) });
  return dir;
}

/** What a reader of the archive gets of each issue, format aside. */
function model(archive: Archive) {
  return archive.issues.map((issue) => ({
    id: issue.id,
    publication: issue.publicationName,
    number: issue.number?.value,
    year: issue.year?.value,
    date: issue.date?.value,
    publisher: issue.publisher?.value,
    mastheadLines: issue.mastheadLines,
    contents: issue.contents,
    distribution: issue.distribution.map((d) => ({ ...d, text: d.text.replace(/\s+/g, '') })),
    printing: issue.printing,
    articles: archive.articles
      .filter((a) => a.issue === issue.id)
      .map((a) => ({
        id: a.id,
        title: a.title,
        organisation: a.organisation?.value,
        district: a.district?.value,
        mentions: a.mentions,
        paragraphs: a.blocks.map((b) => `${b.type}: ${blockText(b)}`),
        // What is emphasised: the text's `**…**` (and 一是… lead-ins), the Word file's bold runs.
        emphasis: a.blocks.map((b) => (b.type === 'paragraph' ? b.children : [])),
      })),
  }));
}

describe('each seed as .docx builds to the archive model of its .txt', async () => {
  const txt = await loadArchive(SEEDS);
  const docx = await loadArchive(folderOf('.docx'));

  it('reads every .docx fixture with no error', () => {
    expect(readdirSync(join(work, '.docx')).filter((f) => f.endsWith('.docx'))).toHaveLength(4);
    expect(docx.skipped).toEqual([]);
    expect(docx.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  for (const issue of txt.issues) {
    it(`${issue.source.file}: same publication, issue, date, titles, organisations, districts and paragraphs`, () => {
      const fromWord = model(docx).find((m) => m.id === issue.id);
      expect(fromWord).toEqual(model(txt).find((m) => m.id === issue.id));
    });
  }
});
