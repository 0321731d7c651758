// The table of contents (目录): the run of entries between the masthead and
// the first article. Entries carry a symbol bullet (removed, an Artefact), a
// number (kept in the text, as printed), or nothing; an unbulleted contents
// ends where the first article's heading repeats its first entry.

import type { Artefact, ContentsEntry } from './types.ts';
import { compareKey, endsClosed, toHalfWidth, visibleLength, type SourceLine } from './lines.ts';
import { CONTENTS_NUMBER, withoutNumber } from './numbering.ts';
import { isSubtitleLine, isTitleShaped, matchHeadingExact } from './titles.ts';
import { CONTENTS_HEADING } from './masthead.ts';

// `—` alone is a bullet; `——` opens a subtitle.
// Word's Wingdings bullets arrive as Ø, Ÿ, §, ü or private-use characters.
const SYMBOL_BULLET = /^(?:[·•●○◆◇■□▪▫►▶▲△▼▽♦❖★☆◎※◉✦✔✓→ØŸ§ü\uF000-\uF0FF]|[-－–](?![-－–])|—(?!—))\s*/;
// A printed page reference after the entry: dot leaders or a tab, then the page.
export const PAGE_REFERENCE = /(?:[.．…·。]{2,}|\t)\s*[0-9０-９]{1,3}\s*$/;
/** A section label in the contents: 【基层动态】, 〔经验交流〕, ［工作部署］. */
export const SECTION_LABEL = /^[【〔［[]\s*[^【】〔〕［］[\]]{2,12}\s*[】〕］\]]$/;
const isSection = (l: SourceLine | undefined): boolean => l !== undefined && SECTION_LABEL.test(l.text);
const hasPageReference = (l: SourceLine | undefined): boolean => l !== undefined && PAGE_REFERENCE.test(l.text);
const NUMBER_BULLET = CONTENTS_NUMBER;

export interface ContentsResult {
  entries: ContentsEntry[];
  artefacts: Artefact[];
  /** Lines the contents consists of. */
  consumed: Set<number>;
  /** Index in `content` of the first line after the contents. */
  next: number;
}

/** An entry's comparison key: numbering dropped, whitespace and `**` removed. */
export const entryKey = (e: ContentsEntry): string => compareKey(entryTitle(e));

/** The title an entry names: numbering, dot leaders and page number dropped. */
export const entryTitle = (e: ContentsEntry): string => withoutNumber(e.text).replace(PAGE_REFERENCE, '').trimEnd();

/** The entries that name articles (not section labels or a 目录 heading). */
export const articleEntries = (entries: readonly ContentsEntry[]): ContentsEntry[] => entries.filter((e) => e.role === undefined);

const entryLike = (l: SourceLine): boolean => {
  const n = visibleLength(l.text);
  return n >= 2 && n <= 80 && !endsClosed(l.text) && !l.text.includes('。');
};

/**
 * Reads the contents starting at `content[from]`. Returns no entries when the
 * text there is no contents.
 */
export function readContents(content: readonly SourceLine[], from: number): ContentsResult {
  const none: ContentsResult = { entries: [], artefacts: [], consumed: new Set(), next: from };
  // 目录 below the masthead's end (an editor's note stood between them) opens the contents.
  const heading = content[from] && CONTENTS_HEADING.test(toHalfWidth(content[from].text)) ? content[from] : undefined;
  const start = heading ? from + 1 : from;
  const r = readEntries(content, start);
  if (!heading) return r ?? none;
  const own: ContentsEntry = { text: heading.text, line: heading.no, column: heading.start, role: 'heading' };
  if (!r) return { entries: [own], artefacts: [], consumed: new Set([heading.no]), next: start };
  return { ...r, entries: [own, ...r.entries], consumed: new Set([heading.no, ...r.consumed]) };
}

function readEntries(content: readonly SourceLine[], from: number): ContentsResult | undefined {
  // Section labels above the first entry say nothing of the list's form: look past them.
  let f = from;
  while (isSection(content[f]) && f - from < 3) f++;
  const first = content[f];
  if (!first) return undefined;
  if (SYMBOL_BULLET.test(first.text) && entryLike(first)) return bulleted(content, from, SYMBOL_BULLET, true);
  if (NUMBER_BULLET.test(first.text) && entryLike(first)) {
    const r = bulleted(content, from, NUMBER_BULLET, false);
    return r.entries.filter((e) => !e.role).length >= 2 ? r : undefined;
  }
  if (hasPageReference(first) || (entryLike(first) && hasPageReference(content[f + 1]))) {
    const r = leadered(content, from);
    if (r.entries.filter((e) => !e.role).length >= 2) return r;
  }
  return unbulleted(content, from);
}

const sectionEntry = (l: SourceLine): ContentsEntry => ({ text: l.text, line: l.no, column: l.start, role: 'section' });

/** Entries ending in dot leaders and a page number; an entry wrapped over two lines has them on its last. */
function leadered(content: readonly SourceLine[], from: number): ContentsResult {
  const entries: ContentsEntry[] = [];
  const consumed = new Set<number>();
  let open: ContentsEntry | undefined;
  let i = from;
  for (; i < content.length; i++) {
    const l = content[i]!;
    if (!open && isSection(l) && (hasPageReference(content[i + 1]) || hasPageReference(content[i + 2]))) {
      entries.push(sectionEntry(l));
    } else if (hasPageReference(l)) {
      if (open) {
        open.text += l.text;
        open.lines = [...(open.lines ?? [open.line]), l.no];
        open = undefined;
      } else entries.push({ text: l.text, line: l.no, column: l.start });
    } else if (!open && entryLike(l) && hasPageReference(content[i + 1])) {
      open = { text: l.text, line: l.no, column: l.start };
      entries.push(open);
    } else break;
    consumed.add(l.no);
  }
  return { entries, artefacts: [], consumed, next: i };
}

function bulleted(content: readonly SourceLine[], from: number, bullet: RegExp, removeBullet: boolean): ContentsResult {
  const entries: ContentsEntry[] = [];
  const artefacts: Artefact[] = [];
  const consumed = new Set<number>();
  let i = from;
  while (i < content.length) {
    const l = content[i]!;
    const m = bullet.exec(l.text);
    // A section label between entries: 【基层动态】 over the entries of that section.
    if (isSection(l) && (bullet.test(content[i + 1]?.text ?? '') || isSection(content[i + 1]))) {
      entries.push(sectionEntry(l));
      consumed.add(l.no);
      i++;
      continue;
    }
    if (m && entryLike(l)) {
      if (removeBullet) {
        const b = m[0].trimEnd();
        artefacts.push({ kind: 'contents-bullet', line: l.no, text: b, column: l.start });
        entries.push({ text: l.text.slice(m[0].length), line: l.no, column: l.start + m[0].length });
      } else entries.push({ text: l.text, line: l.no, column: l.start });
      consumed.add(l.no);
      i++;
      continue;
    }
    // A line without a bullet continues the entry above when the contents goes on after it.
    const last = entries[entries.length - 1];
    const after = content[i + 1];
    const startsEntry = entries.some((e) => entryKey(e).startsWith(compareKey(l.text)));
    // The last entry wrapped: the contents ends after it, so only a heading spelling the joined entry tells.
    const wrapsLast = (): boolean => {
      const joined = entryKey(last!) + compareKey(l.text);
      for (let j = i + 1; j < content.length; j++) if (matchHeadingExact(content, j, joined) > 0) return true;
      return false;
    };
    if (last && !last.role && after && entryLike(l) && !startsEntry && (bullet.exec(after.text) || isSection(after) || wrapsLast())) {
      last.text += l.text;
      last.lines = [...(last.lines ?? [last.line]), l.no];
      consumed.add(l.no);
      i++;
      continue;
    }
    break;
  }
  return { entries, artefacts, consumed, next: i };
}

/**
 * Entries without bullets (001): a run of title-like lines, k of which are
 * entries when the line after them starts a heading equal to entry 1 (the
 * heading may wrap over up to 3 lines) that a body line follows. No repeat,
 * no contents.
 */
function unbulleted(content: readonly SourceLine[], from: number): ContentsResult | undefined {
  let end = from;
  while (end < content.length && entryLike(content[end]!)) end++;
  let f = from;
  while (f < end && isSection(content[f])) f++;
  if (f >= end) return undefined;
  const firstKey = compareKey(content[f]!.text);
  // First try: the repeat is followed by body text (or a subtitle), not by another title-shaped
  // line, since a repeat followed by more titles is an entry printed twice in the contents.
  // Then: any repeat.
  const repeatAt = (strict: boolean): number => {
    for (let k = f - from + 1; from + k < end; k++) {
      const n = matchHeadingExact(content, from + k, firstKey);
      const after = content[from + k + n];
      if (n > 0 && (!strict || !after || !isTitleShaped(after) || isSubtitleLine(after))) return k;
    }
    return 0;
  };
  const k = repeatAt(true) || repeatAt(false);
  if (k > 0) {
    let lines = content.slice(from, from + k);
    // A section label printed over the first article (a column label) belongs to it, not to the contents.
    while (lines.length > 0 && isSection(lines[lines.length - 1])) lines = lines.slice(0, -1);
    return {
      entries: lines.map((l) => (isSection(l) ? sectionEntry(l) : { text: l.text, line: l.no, column: l.start })),
      artefacts: [],
      consumed: new Set(lines.map((l) => l.no)),
      next: from + lines.length,
    };
  }
  return undefined;
}
