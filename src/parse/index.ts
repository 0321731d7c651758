// parseBulletin: the raw text of one printed bulletin → ParsedBulletin.
// Order of reading: print furniture (page numbers, 此页无正文) → masthead →
// contents → running headers → footer → article titles (by contents entry,
// then by shape) → each article's body. Every line ends up in exactly one
// place; accounting.ts proves it.

import type { Artefact, Masthead, ParseOptions, ParsedArticle, ParsedBulletin, Repair, SourceText, TitleBasis } from './types.ts';
import { collapseSpaces, compareKey, splitLines, type SourceLine } from './lines.ts';
import { lineArtefacts, runningHeaders } from './artefacts.ts';
import { readMasthead } from './masthead.ts';
import { entryKey, readContents } from './contents.ts';
import { buildTitle } from './titles.ts';
import { findArticles, standaloneDraft, type Draft } from './articles.ts';
import { buildBody } from './body.ts';
import { findFooterStart, readFooter } from './footer.ts';
import { articleOrganisation } from './organisation.ts';
import { applySidecarStarts } from './sidecar-starts.ts';

export type * from './types.ts';
export { accountedText } from './accounting.ts';
// For the archive stage's sidecar corrections: lines and comparison as the parser sees them, and the organisation at a title's head.
export { compareKey, splitLines } from './lines.ts';
export { articleOrganisation } from './organisation.ts';

const hasMastheadFields = (m: Masthead): boolean =>
  m.marks.length > 0 || !!m.publication || !!m.category || m.issue !== undefined || m.year !== undefined || !!m.publisher || !!m.date;

/** A standalone document's title is the sidecar's; a title close in wording to its contents entry is still confirmed by it. */
const BASIS: Record<Draft['how'], TitleBasis> = { contents: 'contents', fuzzy: 'contents', shape: 'layout', standalone: 'sidecar', sidecar: 'sidecar' };

export function parseBulletin(text: string, options: ParseOptions = {}): ParsedBulletin {
  const result: ParsedBulletin = {
    masthead: { marks: [], lines: [] },
    contents: [],
    articles: [],
    footer: { distribution: [] },
    artefacts: [],
    repairs: [],
    diagnostics: [],
  };
  if (text.trim() === '') {
    result.diagnostics.push({
      level: 'error',
      code: 'empty-file',
      message: 'the file has no text (empty or only whitespace); remove it, or replace it with the bulletin\'s text',
    });
    return result;
  }

  const lines = splitLines(text);
  const artefacts: Artefact[] = lineArtefacts(lines);
  const furniture = new Set(artefacts.map((a) => a.line));
  let content = lines.filter((l) => l.text !== '' && !furniture.has(l.no));

  const mh = readMasthead(content);
  result.masthead = mh.masthead;
  result.diagnostics.push(...mh.diagnostics);
  const contents = options.standaloneTitle === undefined ? readContents(content, mh.next) : undefined;
  result.contents = contents?.entries ?? [];
  artefacts.push(...(contents?.artefacts ?? []));

  const kept = new Set([...mh.consumed, ...(contents?.consumed ?? [])]);
  const headers = runningHeaders(lines, furniture, kept, new Set(result.contents.map(entryKey)));
  artefacts.push(...headers);
  for (const h of headers) furniture.add(h.line);
  content = content.filter((l) => !furniture.has(l.no));

  const lastKept = Math.max(0, ...kept);
  let regionStart = content.findIndex((l) => l.no > lastKept);
  if (regionStart < 0) regionStart = content.length;
  const footerStart = findFooterStart(content, regionStart, content.length);
  result.footer = readFooter(content.slice(footerStart));

  const found =
    options.standaloneTitle !== undefined
      ? standaloneDraft(content, regionStart, footerStart, options.standaloneTitle)
      : findArticles(content, regionStart, footerStart, result.contents, hasMastheadFields(result.masthead), result.diagnostics);
  const drafts = options.starts?.length ? applySidecarStarts(found, content, regionStart, footerStart, options.starts) : found;

  const unassigned: SourceText[] = [];
  const firstStart = drafts[0]?.start ?? footerStart;
  if (firstStart > regionStart) {
    const stray = content.slice(regionStart, firstStart);
    unassigned.push(...stray.map((l) => ({ text: l.text, line: l.no, column: l.start })));
    result.diagnostics.push({
      level: 'warning',
      line: stray[0]!.no,
      code: 'unplaced-text',
      message: `lines ${stray[0]!.no}–${stray[stray.length - 1]!.no} come before the first article and are neither masthead nor contents; they are not published; check the file (a lost title?) or, for a one-article document, give a sidecar "title"`,
    });
  }
  if (unassigned.length > 0) result.unassigned = unassigned;

  const repairs: Repair[] = [];
  drafts.forEach((d, k) => {
    const end = drafts[k + 1]?.start ?? footerStart;
    const at = (i: number | undefined): SourceLine | undefined => (i === undefined ? undefined : content[i]);
    const mainLines = d.main.map((i) => content[i]!);
    // A title found by shape that spells a contents entry (matched to another article) still takes its spacing.
    const headingKey = mainLines.map((l) => compareKey(l.text)).join('');
    const spacing = d.entry ?? result.contents.find((e) => entryKey(e) === headingKey);
    const built = buildTitle(mainLines, spacing, at(d.kicker), at(d.subtitle));
    const title = built.title;
    if (d.how === 'standalone' && options.standaloneTitle !== undefined) title.main = collapseSpaces(options.standaloneTitle);
    if (built.joined) repairs.push({ kind: 'title-joined', lines: d.main.map((i) => content[i]!.no) });
    if (built.differs) {
      result.diagnostics.push({
        level: 'notice',
        line: content[d.main[0]!]!.no,
        code: 'title-mismatch',
        message: `line ${content[d.main[0]!]!.no}: the heading "${title.main}" differs in wording from its contents entry "${d.entry!.text}" (line ${d.entry!.line}); the heading is used as the title and the contents kept as printed; check both`,
      });
    }
    const body = buildBody(content.slice(d.next, end));
    artefacts.push(...body.artefacts);
    repairs.push(...body.repairs);
    result.diagnostics.push(...body.diagnostics);
    const org = articleOrganisation(title.main, title.subtitle);
    const lastLine = end > d.next ? content[end - 1]! : content[Math.max(d.next - 1, d.start)];
    const article: ParsedArticle = {
      number: k + 1,
      title,
      basis: BASIS[d.how],
      ...(d.entry ? { contentsEntry: d.entry } : {}),
      ...(org ? { organisation: org.organisation, organisationSource: org.source } : {}),
      blocks: body.blocks,
      startLine: content[d.start]?.no ?? content[d.next]?.no ?? 0,
      endLine: lastLine?.no ?? 0,
    };
    result.articles.push(article);
  });

  if (result.articles.length === 0) {
    const stray = content.slice(regionStart, footerStart);
    result.diagnostics.push({
      level: 'error',
      code: 'no-article',
      ...(stray[0] ? { line: stray[0].no } : {}),
      message: stray.length
        ? 'no article title was recognised in this text; check that it is a bulletin, or give a sidecar "title" to publish it as one document'
        : 'the text has a masthead, contents or footer but no article; check that the file is complete',
    });
  }

  result.artefacts = artefacts.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  result.repairs = repairs;
  result.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}
