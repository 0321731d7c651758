// One source per shape (issue 20): the model's types are inferred from the
// collections' schemas (./schema.ts), so the two cannot differ in what they
// declare. What can still go wrong, and is checked here:
// - the parser's and extract stage's shapes inside the model (blocks,
//   diagnostics, artefacts, title lines; and ./source-places.ts, which its
//   functions work on) are their own TypeScript types, which the schemas
//   must equal field for field (a type test, run by `npm run typecheck`);
// - loadArchive may put into an entity a field no type declares (a spread of
//   a parser object): the collection would drop it without a word. So real
//   archives (the seeds, the fixture bulletins, the Word and PDF fixtures, a
//   withdrawal, redactions, sidecar corrections) go through the schemas,
//   which must give back every entity exactly as it went in.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Artefact, Block, Diagnostic, Repair, SourceText, TitleBasis } from '../parse/types.ts';
import type { ExtractedArtefact } from '../extract/types.ts';
import type { SourcePlaces } from './source-places.ts';
import { loadArchive, type Archive } from './index.ts';
import { type artefact, article, type block, type diagnostic, districtEntry, type formatArtefact, issue, publication, type repair, type sourcePlaces, type sourceText, type titleBasis } from './schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const fixtures = (...path: string[]) => join(ROOT, ...path);

describe('the parser’s shapes inside the model', () => {
  it('have schemas equal to the parser’s types, field for field', () => {
    expectTypeOf<z.infer<typeof block>>().toEqualTypeOf<Block>();
    expectTypeOf<z.infer<typeof diagnostic>>().toEqualTypeOf<Diagnostic>();
    expectTypeOf<z.infer<typeof titleBasis>>().toEqualTypeOf<TitleBasis>();
    expectTypeOf<z.infer<typeof sourceText>>().toEqualTypeOf<SourceText>();
    expectTypeOf<z.infer<typeof artefact>>().toEqualTypeOf<Artefact>();
    expectTypeOf<z.infer<typeof repair>>().toEqualTypeOf<Repair>();
    expectTypeOf<z.infer<typeof formatArtefact>>().toEqualTypeOf<ExtractedArtefact>();
    expectTypeOf<z.infer<typeof sourcePlaces>>().toEqualTypeOf<SourcePlaces>();
  });
});

const work = mkdtempSync(join(tmpdir(), 'schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The seeds with one withdrawn and one redacted by its sidecar and by the archive-wide list. */
function seedsWithdrawnAndRedacted(): { dir: string; list: string } {
  const dir = join(work, 'seeds');
  mkdirSync(dir);
  const seeds = fixtures('content', 'bulletins');
  for (const name of readdirSync(seeds)) copyFileSync(join(seeds, name), join(dir, name), 0);
  writeFileSync(join(dir, '004_513619527335753d.meta.yml'), 'status: withdrawn\nreason: 应编印单位要求撤回\nwithdrawn_on: 2024-05-06\n');
  writeFileSync(join(dir, '001_e03f40994a3cdccb.meta.yml'), 'redact:\n  - 陈慧春\n');
  const list = join(work, 'redactions.yml');
  writeFileSync(list, 'redact:\n  - 庄耀中\n');
  return { dir, list };
}

async function archives(): Promise<[string, Archive][]> {
  const seeds = seedsWithdrawnAndRedacted();
  return [
    ['seeds, one withdrawn, redactions', await loadArchive(seeds.dir, { redactionsFile: seeds.list, today: '2026-01-01' })],
    ['fixture bulletins', await loadArchive(fixtures('tests', 'fixtures', 'bulletins'), { today: '2026-01-01' })],
    ['Word and PDF fixtures', await loadArchive(fixtures('tests', 'fixtures', 'formats'), { today: '2026-01-01' })],
    ['sidecar corrections', await loadArchive(fixtures('tests', 'fixtures', 'corrections'), { today: '2026-01-01' })],
  ];
}

/** Every key path present in `value` (`blocks[].spans[].line`), for coverage. */
function keyPaths(value: unknown, at = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keyPaths(v, `${at}[]`, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(`${at}.${k}`);
      keyPaths(v, `${at}.${k}`, into);
    }
  }
  return into;
}

describe('real archives through the collections’ schemas', async () => {
  const loaded = await archives();
  const entities = [
    { name: 'publications', schema: publication, of: (a: Archive) => a.publications },
    { name: 'bulletins', schema: issue, of: (a: Archive) => a.issues },
    { name: 'articles', schema: article, of: (a: Archive) => a.articles },
    { name: 'districts', schema: districtEntry, of: (a: Archive) => a.districts.filter((d) => d.articles.length || d.mentionedIn.length) },
  ];

  for (const { name, schema, of } of entities) {
    it(`${name}: every entity valid and given back whole (no field dropped)`, () => {
      for (const [label, archive] of loaded) {
        for (const entity of of(archive)) {
          const parsed = schema.safeParse(entity);
          expect(parsed.error, `${label}: ${JSON.stringify(entity).slice(0, 80)}`).toBeUndefined();
          expect(parsed.data, label).toStrictEqual(entity);
        }
      }
    });
  }

  it('the archives exercise the fields a loss would hide in: withdrawal, redaction, corrections, photos, PDF pages, spans, captions', () => {
    const seen = new Set<string>();
    for (const [, archive] of loaded) {
      for (const i of archive.issues) keyPaths(i, 'issue', seen);
      for (const a of archive.articles) keyPaths(a, 'article', seen);
    }
    for (const path of ['issue.withdrawn', 'issue.redaction', 'issue.source.places', 'issue.formatArtefacts', 'issue.editorsNote', 'article.corrected', 'article.images', 'article.blocks[].spans', 'article.blocks[].caption', 'article.blocks[].rows', 'issue.year.via']) {
      expect(seen, path).toContain(path);
    }
  });
});
