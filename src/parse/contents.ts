// The table of contents (目录): the run of entries between the masthead and
// the first article. Entries carry a symbol bullet (removed, an Artefact), a
// number (kept in the text, as printed), or nothing; an unbulleted contents
// ends where the first article's heading repeats its first entry.

import type { Artefact, ContentsEntry } from './types.ts';
import { compareKey, endsClosed, visibleLength, type SourceLine } from './lines.ts';
import { CONTENTS_NUMBER, withoutNumber } from './numbering.ts';
import { isSubtitleLine, isTitleShaped, matchHeadingExact } from './titles.ts';

// `—` alone is a bullet; `——` opens a subtitle.
// Word's Wingdings bullets arrive as Ø, Ÿ, §, ü or private-use characters.
const SYMBOL_BULLET = /^(?:[·•●○◆◇■□▪▫►▶▲△▼▽♦❖★☆◎※◉✦✔✓→ØŸ§ü\uF000-\uF0FF]|[-－–](?![-－–])|—(?!—))\s*/;
// A printed page reference after the entry: dot leaders or a tab, then the page.
const PAGE_REFERENCE = /(?:[.．…·。]{2,}|\t)\s*[0-9０-９]{1,3}\s*$/;
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
export const entryKey = (e: ContentsEntry): string => compareKey(withoutNumber(e.text).replace(PAGE_REFERENCE, ''));

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
  const first = content[from];
  if (!first) return none;
  if (SYMBOL_BULLET.test(first.text) && entryLike(first)) return bulleted(content, from, SYMBOL_BULLET, true);
  if (NUMBER_BULLET.test(first.text) && entryLike(first)) {
    const r = bulleted(content, from, NUMBER_BULLET, false);
    return r.entries.length >= 2 ? r : none;
  }
  return unbulleted(content, from) ?? none;
}

function bulleted(content: readonly SourceLine[], from: number, bullet: RegExp, removeBullet: boolean): ContentsResult {
  const entries: ContentsEntry[] = [];
  const artefacts: Artefact[] = [];
  const consumed = new Set<number>();
  let i = from;
  while (i < content.length) {
    const l = content[i]!;
    const m = bullet.exec(l.text);
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
    if (last && after && bullet.exec(after.text) && entryLike(l) && !startsEntry) {
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
  const firstKey = compareKey(content[from]!.text);
  // First try: the repeat is followed by body text (or a subtitle), not by another title-shaped
  // line, since a repeat followed by more titles is an entry printed twice in the contents.
  // Then: any repeat.
  const repeatAt = (strict: boolean): number => {
    for (let k = 1; from + k < end; k++) {
      const n = matchHeadingExact(content, from + k, firstKey);
      const after = content[from + k + n];
      if (n > 0 && (!strict || !after || !isTitleShaped(after) || isSubtitleLine(after))) return k;
    }
    return 0;
  };
  const k = repeatAt(true) || repeatAt(false);
  if (k > 0) {
    const lines = content.slice(from, from + k);
    return {
      entries: lines.map((l) => ({ text: l.text, line: l.no, column: l.start })),
      artefacts: [],
      consumed: new Set(lines.map((l) => l.no)),
      next: from + k,
    };
  }
  return undefined;
}
