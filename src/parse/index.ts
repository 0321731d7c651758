// parseBulletin: the raw text of one printed bulletin → ParsedBulletin.
// Order of reading: print furniture (page numbers, 此页无正文) → masthead →
// contents → running headers → footer → article titles (by contents entry,
// then by shape) → each article's body. Every line ends up in exactly one
// place; accounting.ts proves it.

import type { Artefact, Masthead, ParseOptions, ParsedArticle, ParsedBulletin, Repair, SourceText, TitleBasis } from './types.ts';
import { collapseSpaces, compareKey, splitLines, stripWhitespace, toHalfWidth, type SourceLine } from './lines.ts';
import { lineArtefacts, runningHeaders } from './artefacts.ts';
import { CONTENTS_HEADING, readMasthead } from './masthead.ts';
import { entryKey, readContents } from './contents.ts';
import { buildTitle, readByline } from './titles.ts';
import { findArticles, standaloneDraft, type Draft } from './articles.ts';
import { buildBody } from './body.ts';
import { findFooterStart, readFooter } from './footer.ts';
import { articleOrganisation, organisationAtHead } from './organisation.ts';
import { applySidecarStarts } from './sidecar-starts.ts';
import { Evidence } from './evidence.ts';

export type * from './types.ts';
export { accountedText } from './accounting.ts';
export { blockText } from './block-text.ts';
// For the archive stage's sidecar corrections: lines and comparison as the parser sees them, and the organisation at a title's head.
export { compareKey, splitLines } from './lines.ts';
export { articleOrganisation } from './organisation.ts';

const hasMastheadFields = (m: Masthead): boolean => m.marks.length > 0 || !!m.publication || !!m.category || m.issue !== undefined || m.year !== undefined || !!m.publisher || !!m.date;

/** A standalone document's title is the sidecar's; a title close in wording to its contents entry is still confirmed by it. */
const BASIS: Record<Draft['how'], TitleBasis> = { contents: 'contents', fuzzy: 'contents', shape: 'layout', standalone: 'sidecar', sidecar: 'sidecar' };

/** The head of an editor's note: 编者按：, 按语：, 【卷首语】, 编者的话 (alone on its line or before the text). */
const NOTE_LABEL = /^[【〔［[]?\s*(编\s*者\s*按|按\s*语|卷\s*首\s*语|编\s*者\s*的\s*话|编\s*前\s*语)\s*[】〕］\]]?\s*(?:[:：]|$)/;

/** Index of a 目录 line below an editor's note that starts at `from`, or undefined. */
function noteBeforeContents(content: readonly SourceLine[], from: number): number | undefined {
  if (!content[from] || !NOTE_LABEL.test(content[from].text)) return undefined;
  for (let i = from + 1; i < Math.min(content.length, from + 20); i++) {
    if (CONTENTS_HEADING.test(toHalfWidth(content[i]!.text))) return i;
  }
  return undefined;
}

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
      message: "the file has no text (empty or only whitespace); remove it, or replace it with the bulletin's text",
    });
    return result;
  }

  const lines = splitLines(text);
  const evidence = options.format ? new Evidence(options.format) : undefined;
  const artefacts: Artefact[] = lineArtefacts(lines);
  const furniture = new Set(artefacts.map((a) => a.line));
  let content = lines.filter((l) => l.text !== '' && !furniture.has(l.no));

  const mh = readMasthead(content, evidence);
  result.masthead = mh.masthead;
  result.diagnostics.push(...mh.diagnostics);
  // An editor's note between the masthead and a 目录 below it: the contents start at 目录.
  const noteAbove = options.standaloneTitle === undefined ? noteBeforeContents(content, mh.next) : undefined;
  const contents = options.standaloneTitle === undefined ? readContents(content, noteAbove ?? mh.next) : undefined;
  result.contents = contents?.entries ?? [];
  artefacts.push(...(contents?.artefacts ?? []));
  const noteLines = noteAbove !== undefined && (contents?.consumed.size ?? 0) > 0 ? content.slice(mh.next, noteAbove) : [];

  const kept = new Set([...mh.consumed, ...(contents?.consumed ?? []), ...noteLines.map((l) => l.no)]);
  const headers = runningHeaders(lines, furniture, kept, new Set(result.contents.map(entryKey)));
  artefacts.push(...headers);
  for (const h of headers) furniture.add(h.line);
  content = content.filter((l) => !furniture.has(l.no));

  const lastKept = Math.max(0, ...kept);
  let regionStart = content.findIndex((l) => l.no > lastKept);
  if (regionStart < 0) regionStart = content.length;
  const footerStart = findFooterStart(content, regionStart, content.length);
  result.footer = readFooter(content.slice(footerStart));

  const found = options.standaloneTitle !== undefined ? standaloneDraft(content, regionStart, footerStart, options.standaloneTitle) : findArticles(content, regionStart, footerStart, result.contents, hasMastheadFields(result.masthead), result.diagnostics, evidence);
  const drafts = options.starts?.length ? applySidecarStarts(found, content, regionStart, footerStart, options.starts) : found;
  // A title found by layout that the sidecar says starts no article is no reading to check any more.
  const refused = new Set((options.starts ?? []).filter((s) => !s.starts).map((s) => s.line));
  if (refused.size) result.diagnostics = result.diagnostics.filter((d) => !(d.code === 'title-by-shape' && d.line !== undefined && refused.has(d.line) && !drafts.some((x) => content[x.main[0]!]?.no === d.line)));

  const unassigned: SourceText[] = [];
  const firstStart = drafts[0]?.start ?? footerStart;
  let stray = content.slice(regionStart, firstStart);
  // An editor's note before the first article speaks for the issue.
  const note = noteLines.length > 0 ? noteLines : drafts.length > 0 && stray[0] && NOTE_LABEL.test(stray[0].text) ? stray : [];
  if (note.length > 0) {
    const body = buildBody(note, evidence);
    artefacts.push(...body.artefacts);
    result.repairs.push(...body.repairs);
    result.editorsNote = { label: stripWhitespace(NOTE_LABEL.exec(note[0]!.text)![1]!), blocks: body.blocks, beforeContents: noteLines.length > 0 };
    if (note === stray) stray = [];
  }
  if (stray.length > 0) {
    unassigned.push(...stray.map((l) => ({ text: l.text, line: l.no, column: l.start })));
    result.diagnostics.push({
      level: 'warning',
      line: stray[0]!.no,
      code: 'unplaced-text',
      message: `lines ${stray[0]!.no}–${stray[stray.length - 1]!.no} come before the first article and are neither masthead nor contents; they are published as printed on the issue page under 未归入文章的原文, in no article; check the file (a lost title?) or, for a one-article document, give a sidecar "title"`,
    });
  }
  if (unassigned.length > 0) result.unassigned = unassigned;

  const repairs: Repair[] = [...result.repairs];
  drafts.forEach((d, k) => {
    const end = drafts[k + 1]?.start ?? footerStart;
    const at = (i: number | undefined): SourceLine | undefined => (i === undefined ? undefined : content[i]);
    const mainLines = d.main.map((i) => content[i]!);
    // A title found by shape that spells a contents entry (matched to another article) still takes its spacing.
    const headingKey = mainLines.map((l) => compareKey(l.text)).join('');
    const spacing = d.entry ?? result.contents.find((e) => !e.role && entryKey(e) === headingKey);
    const built = buildTitle(mainLines, spacing, at(d.kicker), at(d.subtitle), at(d.byline));
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
    const body = buildBody(content.slice(d.next, end), evidence);
    artefacts.push(...body.artefacts);
    repairs.push(...body.repairs);
    result.diagnostics.push(...body.diagnostics);
    // `**` around a title line is an extraction artefact as in the body: removed, counted.
    for (const t of title.lines) {
      for (let at = t.text.indexOf('**'); at >= 0; at = t.text.indexOf('**', at + 2)) artefacts.push({ kind: 'bold-marker', line: t.line, text: '**', column: (t.column ?? 0) + at });
    }
    const bylineOrg = title.byline !== undefined ? readByline(title.byline, organisationAtHead)?.organisation : undefined;
    const org = articleOrganisation(title.main, title.subtitle) ?? (bylineOrg ? { organisation: bylineOrg, source: 'byline' as const } : undefined);
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
      message: stray.length ? 'no article title was recognised in this text; check that it is a bulletin, or give a sidecar "title" to publish it as one document' : 'the text has a masthead, contents or footer but no article; check that the file is complete',
    });
  }

  result.artefacts = artefacts.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  result.repairs = repairs;
  result.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}
