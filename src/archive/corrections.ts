// Article corrections from the sidecar (`articles:`, ./sidecar-articles.ts)
// against the text: where each names its article (locate, before parsing,
// since a correction may start an article), then what it changes in the
// parsed article (after parsing). A correction that no longer matches the
// text (its line moved, its title is not printed there, no article starts
// there) is a warning naming the sidecar's line, never dropped unsaid.
import { articleOrganisation, compareKey, splitLines, type ArticleStart, type Diagnostic, type ParsedArticle, type ParsedBulletin, type TitleBasis } from '../parse/index.ts';
import { CORRECTED_FIELDS, type ArticleCorrection, type CorrectedField } from './sidecar-articles.ts';

export interface LocatedCorrection {
  correction: ArticleCorrection;
  /** The bulletin line it names, found by `line` and checked (or found) by `text`. */
  at: number;
}

const quote = (s: string) => `"${s.length > 24 ? `${s.slice(0, 24)}…` : s}"`;

/** Lines that hold no article: the masthead, the contents (a title printed there too is no article's first line) and the footer. */
export function furnitureLines(parsed: ParsedBulletin): Set<number> {
  return new Set([...parsed.masthead.lines, ...parsed.contents.flatMap((e) => e.lines ?? [e.line]), ...parsed.footer.distribution.flatMap((d) => d.lines), ...(parsed.footer.printing?.lines ?? [])]);
}

/**
 * Finds each correction's line in the decoded text; those that name no line are
 * warnings and left out. A `text` is looked for outside `furniture` (./furnitureLines).
 */
export function locateCorrections(text: string, corrections: readonly ArticleCorrection[], furniture: ReadonlySet<number>): { located: LocatedCorrection[]; diagnostics: Diagnostic[] } {
  const lines = splitLines(text);
  const located: LocatedCorrection[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const c of corrections) {
    const warn = (message: string) => diagnostics.push({ level: 'warning', code: 'correction-stale', line: c.keyLines.line ?? c.keyLines.text ?? c.sidecarLine, message });
    const { line, text: opening } = c; // the text the line should begin with
    const key = opening === undefined ? undefined : compareKey(opening);
    const begins = (n: number) => key !== undefined && compareKey(lines[n - 1]!.text).startsWith(key);
    const inRange = line !== undefined && line <= lines.length;
    if (inRange && (opening === undefined ? lines[line - 1]!.text !== '' : begins(line))) {
      located.push({ correction: c, at: line });
      continue;
    }
    if (opening === undefined) {
      warn(inRange ? `line ${c.line} of the bulletin is blank; the correction is not applied: set "line" to the article's first line` : `the bulletin has ${lines.length} lines, not ${c.line}; the correction is not applied: set "line" to the article's first line`);
      continue;
    }
    const found = lines.filter((l) => !furniture.has(l.no) && begins(l.no)).map((l) => l.no);
    const where = c.line === undefined ? '' : `line ${c.line} of the bulletin ${inRange ? 'does not begin with' : 'is past its end, not'} ${quote(opening)}; `;
    if (found.length === 1) {
      // The text names one line: the correction follows it, and the stale number is reported.
      located.push({ correction: c, at: found[0]! });
      if (c.line !== undefined) warn(`${where}it begins line ${found[0]}, so the correction is applied there: set "line: ${found[0]}"`);
    } else if (found.length === 0) warn(`${where}no line of the bulletin begins with ${quote(opening)}; the correction is not applied: check "text" against the bulletin`);
    else warn(`${where}lines ${found.join(', ')} all begin with ${quote(opening)}; the correction is not applied: set "line" to the one meant`);
  }
  return { located, diagnostics };
}

/** The article starts the parser is to apply (ParseOptions.starts). */
export function sidecarStarts(located: readonly LocatedCorrection[]): ArticleStart[] {
  return located.filter((l) => l.correction.starts !== undefined).map((l) => ({ line: l.at, starts: l.correction.starts!, ...(l.correction.title ? { title: l.correction.title } : {}) }));
}

/** What the sidecar changes in one article. */
export interface ArticleFix {
  corrected: CorrectedField[];
  title?: string;
  kicker?: string;
  subtitle?: string;
  organisation?: string;
  district?: string;
}

/** An article is named by its first line or any line of its title. */
const names = (a: ParsedArticle, line: number) => a.startLine === line || a.title.lines.some((l) => l.line === line);
/** Lines the title checks look in: the article's title lines and the few after them. */
const TITLE_WINDOW = 6;

/** The fixes per article number; every correction that cannot be applied is a warning with its sidecar line. */
export function fixesFor(articles: readonly ParsedArticle[], located: readonly LocatedCorrection[], text: string): { fixes: Map<number, ArticleFix>; diagnostics: Diagnostic[] } {
  const lines = splitLines(text);
  const fixes = new Map<number, ArticleFix>();
  const diagnostics: Diagnostic[] = [];
  const fixOf = (n: number) => fixes.get(n) ?? fixes.set(n, { corrected: [] }).get(n)!;
  const mark = (fix: ArticleFix, field: CorrectedField) => fix.corrected.includes(field) || fix.corrected.push(field);
  const startsAt = articles.map((a) => a.startLine).join(', ');
  for (const { correction: c, at } of located) {
    const warn = (field: keyof ArticleCorrection['keyLines'] | undefined, message: string) => diagnostics.push({ level: 'warning', code: 'correction-stale', line: (field && c.keyLines[field]) ?? c.sidecarLine, message });
    const article = articles.find((a) => names(a, at));
    if (c.starts === false) {
      if (article && (article.startLine === at || article.title.lines[0]?.line === at)) warn('starts', `an article still starts at line ${at} (《${article.title.main}》); "starts: false" could not merge it into the one before: check the line`);
      else {
        const into = articles.find((a) => a.startLine <= at && at <= a.endLine);
        if (into) mark(fixOf(into.number), 'starts');
      }
    }
    if (c.starts === true) {
      if (!article) {
        warn('starts', `no article could start at line ${at}: the line is in the masthead, the contents or the footer, or inside another article's title; the correction is not applied`);
        continue;
      }
      if (article.basis === 'sidecar') mark(fixOf(article.number), 'starts');
    }
    const sets = (['title', 'kicker', 'subtitle', 'organisation', 'district'] as const).filter((f) => c[f] !== undefined);
    if (sets.length === 0) continue;
    if (!article) {
      warn(undefined, `no article starts at line ${at} (articles start at lines ${startsAt || 'none'}); the correction of ${sets.join(', ')} is not applied: set "line" to the article's first line, or "starts: true" to start one there`);
      continue;
    }
    const fix = fixOf(article.number);
    // A title, kicker or subtitle is printed text: it must be found where the article starts.
    const lastTitleLine = Math.max(article.startLine, ...article.title.lines.map((l) => l.line));
    const window = lines.slice(article.startLine - 1, lastTitleLine + TITLE_WINDOW);
    const printed = compareKey(window.map((l) => l.text).join(''));
    for (const field of ['title', 'kicker', 'subtitle'] as const) {
      const value = c[field];
      if (value === undefined) continue;
      const key = compareKey(field === 'subtitle' ? value.replace(/^[—―\-－]+/, '') : value);
      if (key !== '' && !printed.includes(key)) {
        warn(field, `the ${field} ${quote(value)} is not printed at lines ${article.startLine}–${lastTitleLine + TITLE_WINDOW} of the bulletin, where article ${article.number} (《${article.title.main}》) starts; it is not applied: check it against the text`);
        continue;
      }
      fix[field] = value;
      mark(fix, field);
    }
    for (const field of ['organisation', 'district'] as const) {
      if (c[field] === undefined) continue;
      fix[field] = c[field];
      mark(fix, field);
    }
  }
  for (const fix of fixes.values()) fix.corrected.sort((x, y) => CORRECTED_FIELDS.indexOf(x) - CORRECTED_FIELDS.indexOf(y));
  return { fixes, diagnostics };
}

export interface CorrectedTitle {
  title: { kicker?: string; main: string; subtitle?: string; byline?: string };
  basis: TitleBasis;
  /** The organisation as printed (re-read from a corrected title) or set by the sidecar; '' when the sidecar says none. */
  organisation?: { value: string; provenance: 'printed' | 'sidecar' };
}

/** The article's title and organisation with the fix applied (the district is the archive's to resolve). */
export function correctedTitle(a: ParsedArticle, fix: ArticleFix | undefined): CorrectedTitle {
  const kicker = fix?.kicker ?? a.title.kicker;
  const subtitle = fix?.subtitle ?? a.title.subtitle;
  const main = fix?.title ?? a.title.main;
  const title = { main, ...(kicker ? { kicker } : {}), ...(subtitle ? { subtitle } : {}), ...(a.title.byline ? { byline: a.title.byline } : {}) };
  // A start the sidecar set is already the parser's basis 'sidecar'.
  const basis: TitleBasis = fix?.title !== undefined ? 'sidecar' : a.basis;
  if (fix?.organisation !== undefined) return { title, basis, ...(fix.organisation ? { organisation: { value: fix.organisation, provenance: 'sidecar' } } : {}) };
  // A corrected title or subtitle is read again for the organisation at its head, unless the parser found it elsewhere.
  const retitled = fix?.title !== undefined || fix?.subtitle !== undefined;
  // One read from the byline under the title stays: the byline is not corrected.
  const organisation = retitled && a.organisationSource !== 'body' && a.organisationSource !== 'byline' ? articleOrganisation(main, subtitle)?.organisation : a.organisation;
  return { title, basis, ...(organisation ? { organisation: { value: organisation, provenance: 'printed' } } : {}) };
}
