// No text lost (SPEC §9): for each bulletin, every character of the source
// except the artefacts the parser recognised and counted must appear, in
// order, in the generated pages. Compared without whitespace.
// Deliberate removals (SPEC §8) are accounted for, not excused: the source is
// the redacted one (■ where a listed string was), so a page that still shows
// a redacted string fails here like any loss; a withdrawn issue's pages must
// carry no source text at all, and its characters are counted as withdrawn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Archive, Issue } from '../archive/index.ts';
import { placeOf } from '../archive/source-places.ts';
import type { Root } from 'hast';
import { sourceRegions, textOf } from './html-text.ts';
import { VerdictCache } from './verdict-cache.ts';

export interface TextLoss {
  file: string;
  line: number;
  /** The printed page of that line (PDF). */
  page?: number;
  /** The Word paragraph of that line (.docx, .doc; table cells' paragraphs counted, as Word does). */
  paragraph?: number;
  /** The first source text that is missing from the pages. */
  missing: string;
  /** What the pages have there instead. */
  found: string;
}

const strip = (s: string) => s.replace(/\s+/g, '');

/** The source with every recognised artefact removed, as one string without whitespace, plus a map back to lines. */
export function expectedText(source: string, artefacts: Issue['artefacts']): { text: string; lineAt: number[] } {
  const byLine = new Map<number, string[]>();
  for (const a of artefacts) byLine.set(a.line, [...(byLine.get(a.line) ?? []), a.text]);
  let text = '';
  const lineAt: number[] = [];
  source.split('\n').forEach((raw, i) => {
    let line = raw;
    for (const piece of byLine.get(i + 1) ?? []) {
      const at = line.indexOf(piece);
      if (at < 0) continue; // reported by the comparison below
      line = line.slice(0, at) + line.slice(at + piece.length);
    }
    for (const ch of strip(line)) {
      text += ch;
      lineAt.push(i + 1);
    }
  });
  return { text, lineAt };
}

/** What the issue page shows before the articles, in page order: masthead, contents, an editor's note (above or below the contents, as printed), unplaced lines. */
const ISSUE_HEAD_REGIONS = ['masthead', 'note', 'contents', 'unassigned'];

/** Issue page masthead, editor's note, contents and unplaced lines (the block 未归入文章的原文 is published text), each article's title and body, then the issue's footer (the pages parsed). */
export function publishedText(issuePage: Root, articlePages: Root[]): string {
  const regions = (tree: Root, name: string) => sourceRegions(tree, name).map(textOf).join('');
  let text = sourceRegions(issuePage, ISSUE_HEAD_REGIONS).map(textOf).join('');
  for (const tree of articlePages) {
    text += regions(tree, 'title') + regions(tree, 'body');
  }
  return strip(text + regions(issuePage, 'footer'));
}

export interface Removed {
  withdrawn: { file: string; characters: number }[];
  redacted: { file: string; occurrences: number; characters: number }[];
}

/** What was removed on purpose: withdrawn issues and redactions, per bulletin. */
export function removedText(archive: Archive): Removed {
  return {
    withdrawn: archive.issues.filter((i) => i.withdrawn).map((i) => ({ file: i.source.file, characters: i.withdrawn!.characters })),
    redacted: archive.issues.filter((i) => i.redaction?.occurrences).map((i) => ({ file: i.source.file, ...i.redaction! })),
  };
}

/** The message for a loss: file, line, and where that is in the original (page or Word paragraph). */
export function lossMessage(loss: TextLoss): string {
  const place = loss.paragraph ? ` (Word paragraph ${loss.paragraph})` : loss.page ? ` (page ${loss.page})` : '';
  const what = loss.missing.startsWith('■') ? 'redaction not applied: the pages show text the redaction list blanks' : 'text lost';
  return `${loss.file}:${loss.line}${place}: ${what}: the pages lack "${loss.missing}" (found "${loss.found}")`;
}

/** What the check needs of one bulletin, as plain data (it crosses to worker threads, ./check-threads.ts). */
export interface BulletinCheck {
  file: string;
  source: string;
  artefacts: Issue['artefacts'];
  withdrawn: boolean;
  places: Issue['source']['places'];
  /** The issue page's path, then its articles'. */
  paths: string[];
}

/** The archive's bulletins that have a source, as the check reads them. */
export function bulletinChecks(archive: Archive): BulletinCheck[] {
  const articles = new Map(archive.articles.map((a) => [a.id, a]));
  return archive.issues.flatMap((issue) => {
    const source = archive.sources[issue.id];
    if (source === undefined) return [];
    const paths = [issue.path, ...issue.articleIds.map((id) => articles.get(id)!.path)];
    return [{ file: issue.source.file, source, artefacts: issue.artefacts, withdrawn: Boolean(issue.withdrawn), places: issue.source.places, paths }];
  });
}

/** One bulletin's verdict: its key for the verdict cache (when keyed), whether that key passed before (then the pages were not parsed), and its loss if any. */
export interface Verdict {
  key?: string;
  hit: boolean;
  loss?: TextLoss;
}

/** Checks one bulletin's pages in `outDir`; `before`: keys that passed in the last build (./verdict-cache.ts). */
export function checkBulletin(b: BulletinCheck, outDir: string, before?: ReadonlySet<string>): Verdict {
  const pages = b.paths.map((p) => readFileSync(join(outDir, p, 'index.html')));
  const key = before && VerdictCache.key([b.source, JSON.stringify(b.artefacts), b.withdrawn ? 'withdrawn' : 'published', ...b.paths, ...pages]);
  if (key && before.has(key)) return { key, hit: true };
  const expected = b.withdrawn ? { text: '', lineAt: [] } : expectedText(b.source, b.artefacts);
  const [issuePage, ...articlePages] = pages.map((bytes) => fromHtml(bytes.toString('utf8')));
  const got = publishedText(issuePage!, articlePages);
  if (got === expected.text) return { key, hit: false };
  let i = 0;
  while (i < expected.text.length && expected.text[i] === got[i]) i++;
  const line = expected.lineAt[Math.min(i, expected.lineAt.length - 1)] ?? 0;
  const place = placeOf(b.places, line);
  return {
    hit: false,
    loss: {
      file: b.file,
      line,
      ...(place ? { [place.unit]: place.n } : {}),
      missing: expected.text.slice(i, i + 30) || '(nothing: the pages have extra text)',
      found: got.slice(i, i + 30) || '(end of pages)',
    },
  };
}

/** Records verdicts in `cache` and returns the losses, in the order given. */
export function collectVerdicts(verdicts: Verdict[], cache?: VerdictCache): TextLoss[] {
  const losses: TextLoss[] = [];
  for (const v of verdicts) {
    if (v.loss) losses.push(v.loss);
    else if (v.key && cache) cache.record(v.key, v.hit);
  }
  return losses;
}

/** In this thread. With `cache`, a bulletin whose inputs to the check are those of a pass in the last build is not parsed again. */
export function checkTextLost(archive: Archive, outDir: string, cache?: VerdictCache): TextLoss[] {
  return collectVerdicts(
    bulletinChecks(archive).map((b) => checkBulletin(b, outDir, cache?.before)),
    cache,
  );
}
