// Where articles start: at the heading of each contents entry (spelled the
// same, else close in wording), else where the shape of the lines says a
// title stands; and the kicker or subtitle around a title.

import type { ContentsEntry, Diagnostic } from './types.ts';
import { compareKey, visibleLength, type SourceLine } from './lines.ts';
import { articleEntries, entryKey } from './contents.ts';
import { closesParagraph, findShapeTitles, isSubtitleLine, isTitleShaped, matchHeadingExact, matchHeadingFuzzy, readByline } from './titles.ts';
import { organisationAtHead } from './organisation.ts';
import type { Evidence } from './evidence.ts';

/** An article's place in `content` before its title and body are read. */
export interface Draft {
  /** First line (the kicker when there is one). */
  start: number;
  kicker?: number;
  main: number[];
  subtitle?: number;
  /** A byline line under the title (（团诸暨市委）, 作者：…). */
  byline?: number;
  /** First body line. */
  next: number;
  entry?: ContentsEntry;
  how: 'contents' | 'fuzzy' | 'shape' | 'standalone' | 'sidecar';
}

/** Longest line a kicker above a contents-matched heading may be. */
const MAX_KICKER = 30;

/** A document the sidecar names as one article: its title lines are those that spell the sidecar title, or the first title-shaped lines. */
export function standaloneDraft(content: readonly SourceLine[], from: number, to: number, title: string): Draft[] {
  if (from >= to) return [];
  const n = matchHeadingExact(content, from, compareKey(title), to);
  let draft: Draft;
  if (n > 0) draft = { start: from, main: range(from, n), next: from + n, how: 'standalone' };
  else {
    const shape = findShapeTitles(content, from, to, true, 1)[0];
    draft = shape && shape.start === from ? { start: from, ...(shape.kicker !== undefined ? { kicker: shape.kicker } : {}), main: shape.main, next: shape.next, how: 'standalone' } : { start: from, main: [], next: from, how: 'standalone' };
  }
  if (draft.next < to && isSubtitleLine(content[draft.next]!) && draft.main.length > 0) {
    draft.subtitle = draft.next;
    draft.next++;
  }
  return [draft];
}

const range = (start: number, count: number): number[] => Array.from({ length: count }, (_, k) => start + k);

/**
 * Article starts in content[from, to): each contents entry's heading (exact,
 * then close in wording), then titles by shape where the contents has none.
 */
export function findArticles(content: readonly SourceLine[], from: number, to: number, allEntries: readonly ContentsEntry[], hasMasthead: boolean, diagnostics: Diagnostic[], evidence?: Evidence): Draft[] {
  return withBylines(content, to, findDrafts(content, from, to, articleEntries(allEntries), hasMasthead, diagnostics, evidence));
}

/** A byline line right under a title (and its subtitle) is part of the title block. */
function withBylines(content: readonly SourceLine[], to: number, drafts: Draft[]): Draft[] {
  drafts.forEach((d, k) => {
    const limit = drafts[k + 1]?.start ?? to;
    if (d.main.length > 0 && d.next < limit && readByline(content[d.next]!.text, organisationAtHead)) {
      d.byline = d.next;
      d.next++;
    }
  });
  return drafts;
}

function findDrafts(content: readonly SourceLine[], from: number, to: number, entries: readonly ContentsEntry[], hasMasthead: boolean, diagnostics: Diagnostic[], evidence?: Evidence): Draft[] {
  const byEntry: (Draft | undefined)[] = entries.map(() => undefined);
  let cursor = from;
  entries.forEach((e, k) => {
    const key = entryKey(e);
    for (let i = cursor; i < to; i++) {
      const n = matchHeadingExact(content, i, key, to);
      if (n > 0) {
        byEntry[k] = { start: i, main: range(i, n), next: i + n, entry: e, how: 'contents' };
        cursor = i + n;
        return;
      }
    }
  });
  entries.forEach((e, k) => {
    if (byEntry[k]) return;
    const lo = Math.max(from, ...byEntry.slice(0, k).map((d) => d?.next ?? from));
    const hi = Math.min(to, ...byEntry.slice(k + 1).map((d) => d?.start ?? to));
    const near = matchHeadingFuzzy(content, lo, hi, entryKey(e));
    if (near) byEntry[k] = { start: near.idx, main: range(near.idx, near.count), next: near.idx + near.count, entry: e, how: 'fuzzy' };
    else {
      diagnostics.push({
        level: 'warning',
        line: e.line,
        code: 'contents-unmatched',
        message: `line ${e.line}: no article heading matches the contents entry "${e.text}"; the entry is kept as printed without a link; check whether the article is missing or its heading is printed differently`,
      });
    }
  });

  const matched = byEntry.filter((d): d is Draft => d !== undefined).sort((a, b) => a.start - b.start);
  matched.forEach((d, k) => {
    const limit = matched[k + 1]?.start ?? to;
    if (d.next < limit && isSubtitleLine(content[d.next]!)) {
      d.subtitle = d.next;
      d.next++;
    }
    // A short title-shaped line right above the heading, after a finished paragraph, is its kicker (引题).
    const c = d.start - 1;
    const floor = matched[k - 1]?.next ?? from;
    const above = content[c];
    if (c >= floor && above && isTitleShaped(above) && visibleLength(above.text) <= MAX_KICKER && (c === from || (c - 1 >= floor && closesParagraph(content[c - 1]!)))) {
      d.kicker = c;
      d.start = c;
    }
  });

  // Titles by shape, in the stretches the contents does not cover.
  const gaps: [number, number, boolean][] = [];
  if (matched.length === 0) gaps.push([from, to, true]);
  else {
    gaps.push([from, matched[0]!.start, true]);
    for (const [k, d] of matched.entries()) gaps.push([d.next, matched[k + 1]?.start ?? to, false]);
  }
  const shaped: Draft[] = [];
  for (const [a, b, startsOpen] of gaps) {
    for (const s of findShapeTitles(content, a, b, startsOpen)) {
      // Inside an article the contents vouches for, a short line before a paragraph is more likely
      // an unnumbered subheading: only an organisation at its head, a wrap or a kicker make it a title.
      const insideMatched = matched.length > 0 && !startsOpen;
      if (insideMatched && s.main.length < 2 && s.kicker === undefined && !organisationAtHead(content[s.main[0]!]!.text)) continue;
      if (
        evidence &&
        !evidence.keepsShapeTitle(
          s.main.map((i) => content[i]!),
          content[s.next],
          diagnostics,
        )
      )
        continue;
      shaped.push({ start: s.start, ...(s.kicker !== undefined ? { kicker: s.kicker } : {}), main: s.main, ...(s.subtitle !== undefined ? { subtitle: s.subtitle } : {}), next: s.next, how: 'shape' });
    }
  }
  // No masthead, no contents, and a title with a —— subtitle at the top: a standalone report (003).
  const standalone = !hasMasthead && entries.length === 0 && shaped[0]?.subtitle !== undefined && shaped[0].start === from;
  const kept = standalone ? shaped.slice(0, 1) : shaped;
  for (const s of kept) {
    const first = content[s.main[0]!]!;
    diagnostics.push({
      level: 'notice',
      line: first.no,
      code: 'title-by-shape',
      message:
        entries.length > 0
          ? `line ${first.no}: "${first.text}" is not in the contents but was taken as an article title by its layout (short lines before a body paragraph); check it`
          : standalone
            ? `line ${first.no}: "${first.text}" was taken as the title of a one-article document by its layout (no masthead, a —— subtitle); a sidecar "title" confirms it`
            : `line ${first.no}: "${first.text}" was taken as an article title by its layout (there is no contents to confirm it); check it`,
    });
  }
  return [...matched, ...kept].sort((a, b) => a.start - b.start);
}
