// Ground truth at scale: the benchmark corpus generator (../shared/bench, see
// SPEC §10) writes bulletins in the seeds' shapes plus a manifest of what each
// holds. Every title, organisation, masthead field and body text must come
// back, and no text may be lost. Skipped where the generator is not present.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockText, parseBulletin } from './index.ts';
import { accountedText } from './accounting.ts';

const generator = fileURLToPath(new URL('../../../shared/bench/make-corpus.mjs', import.meta.url));

interface Expected {
  file: string;
  publication: string;
  publisher: string;
  year: number;
  issue: number;
  date: string;
  articles: { title: string; org?: string; parts: string[] }[];
}

describe.skipIf(!existsSync(generator))('generated corpus (make-corpus.mjs, 300 bulletins)', () => {
  it('parses every bulletin to its manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-corpus-'));
    try {
      const manifestFile = join(dir, 'manifest.json');
      execFileSync(process.execPath, [generator, '300', join(dir, 'txt'), '--seed', '20240601', '--manifest', manifestFile], { stdio: 'ignore' });
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Expected[];
      const strip = (s: string) => s.replace(/\s+/g, '');
      for (const m of manifest) {
        const text = readFileSync(join(dir, 'txt', m.file), 'utf8');
        const p = parseBulletin(text);
        const got = {
          file: m.file,
          publication: p.masthead.publication?.text,
          publisher: p.masthead.publisher,
          year: p.masthead.year,
          issue: p.masthead.issue,
          date: p.masthead.date,
          articles: p.articles.map((a) => ({
            title: a.title.main,
            org: a.organisation,
            body: strip(a.blocks.map(blockText).join('')),
          })),
          lost: accountedText(p) !== strip(text),
        };
        expect(got).toEqual({
          file: m.file,
          publication: m.publication,
          publisher: m.publisher,
          year: m.year,
          issue: m.issue,
          date: m.date,
          articles: m.articles.map((a) => ({ title: a.title, org: a.org, body: strip(a.parts.join('')) })),
          lost: false,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
