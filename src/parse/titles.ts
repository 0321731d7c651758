// Article titles: where an article starts (by its contents entry, or by the
// shape of the lines), and the title's kicker / main / subtitle with wrapped
// lines joined.

import type { ArticleTitle, ContentsEntry, SourceText } from './types.ts';
import { collapseSpaces, compareKey, endsClosed, stripWhitespace, visibleLength, type SourceLine } from './lines.ts';
import { LEAD_IN_START, numberingAt } from './numbering.ts';
import { entryTitle } from './contents.ts';
import { boundedDistance } from './similarity.ts';
import { organisationAtHead } from './organisation.ts';
import { RULE_LINE } from './masthead.ts';
import { isCaptionText } from './captions.ts';

/** Longest heading line (characters without whitespace) that can still be part of a title. */
const MAX_TITLE_LINE = 80;
/** Longest line a title found only by its shape may have. */
const MAX_SHAPE_LINE = 60;
/** Most lines a title is wrapped over when its contents entry spells it. */
const MAX_TITLE_LINES = 4;
/** Most lines of a title found by its shape alone. */
const MAX_SHAPE_LINES = 3;

/** A column label printed at the head of the title line: 【经验交流】团诸暨市委… */
const INLINE_LABEL = /^([【〔［][^【】〔〕［］]{2,12}[】〕］])\s*(?=\S)/;

/** The column label at the head of a title line, when a title follows it on the line. */
export const inlineLabel = (text: string): string | undefined => INLINE_LABEL.exec(text)?.[1];

/** A YAML-like `key: value` line (title: …, layout: …): typed text, never a title. */
const YAML_KEY = /^[A-Za-z_][\w-]*\s*:(?:\s|$)/;

/** A list item typed with a bullet (- 游客咨询引导): body text, never a title. */
const LIST_ITEM = /^[-*•·●]\s/;

/**
 * A table row flattened to text: cells split by tabs, or three or more cells
 * split by runs of two or more spaces (ASCII or U+3000).
 */
export const tableCells = (text: string): { text: string; at: number }[] | undefined => {
  const tabbed = text.trim().includes('\t');
  const sep = tabbed ? /\s*\t\s*/g : / {2,}|[\u3000 ]*\u3000[\u3000 ]*/g;
  const cells: { text: string; at: number }[] = [];
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  let at = 0;
  for (const m of body.matchAll(sep)) {
    cells.push({ text: body.slice(at, m.index), at: lead + at });
    at = m.index + m[0].length;
  }
  cells.push({ text: body.slice(at), at: lead + at });
  if (cells.some((c) => c.text === '')) return undefined;
  if (tabbed) return cells.length >= 2 ? cells : undefined;
  return cells.length >= 3 && cells.every((c) => visibleLength(c.text) <= 20) ? cells : undefined;
};

const ORG_IN_BYLINE = /^(.+?)\s*(?:供稿|撰稿|来稿)?$/;
const BYLINE_LABEL = /^(?:作者|文|供稿|供稿单位|撰稿|来源|通讯员)\s*[:：/／]\s*(.+)$/;

/**
 * A byline under a title: （团诸暨市委）, 团柯桥区委供稿, 作者：团吴兴区委　沈佳.
 * Returns what it names (the organisation, when `org` finds one at its head), or undefined when the line is none.
 */
export function readByline(text: string, org: (s: string) => string | undefined): { organisation?: string } | undefined {
  const t = text.trim();
  const labelled = BYLINE_LABEL.exec(t);
  if (labelled) {
    const o = org(labelled[1]!.trim());
    return o ? { organisation: o } : {};
  }
  const inner = /^[（(]\s*(.+?)\s*[）)]$/.exec(t)?.[1] ?? t;
  const bracketed = inner !== t;
  const m = ORG_IN_BYLINE.exec(inner);
  if (!m) return undefined;
  const o = org(m[1]!);
  if (!o) return undefined;
  // What follows the organisation: nothing, 供稿, or a person's name (two to four characters) after a space.
  const after = inner.slice(inner.indexOf(o) + o.length).trim();
  const rest = after.replace(/(?:供稿|撰稿|来稿)$/, '').trim();
  const tailOk = rest === '' || (/^[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4})*$/.test(rest) && /^\s/.test(inner.slice(inner.indexOf(o) + o.length)));
  if (!tailOk) return undefined;
  if (!bracketed && !/(?:供稿|撰稿|来稿)$/.test(inner)) return undefined;
  return { organisation: o };
}

/** A `——` line under a title. */
export const isSubtitleLine = (l: SourceLine): boolean => /^(?:\*\*)?(?:[—―]{2}|[-－]{2}|——)/.test(l.text) && !RULE_LINE.test(stripWhitespace(l.text)) && visibleLength(l.text) > 2 && visibleLength(l.text) <= MAX_TITLE_LINE;

/**
 * A line that may be (part of) a title by its shape alone: short, no sentence
 * end, no comma at the end, no 。 inside, no body numbering or 一是 lead-in,
 * not a bracketed note or an editor's line.
 */
export function isTitleShaped(l: SourceLine): boolean {
  const n = visibleLength(l.text);
  if (n < 2 || n > MAX_SHAPE_LINE) return false;
  if (RULE_LINE.test(stripWhitespace(l.text)) || LIST_ITEM.test(l.text) || YAML_KEY.test(l.text) || tableCells(l.raw) || readByline(l.text, organisationAtHead)) return false;
  if (endsClosed(l.text) || /[，、,]$/.test(l.text.replace(/\*\*$/, '')) || l.text.includes('。')) return false;
  if (numberingAt(l.text) || LEAD_IN_START.test(l.text) || isSubtitleLine(l)) return false;
  // Notes such as （团嘉兴市委供稿） or 责任编辑：… close an article; they never head one.
  if (/^[（(].*[）)]$/.test(l.text) || NOTE_LINE.test(l.text)) return false;
  return true;
}

const NOTE_LINE = /^(?:责任编辑|编辑|审核|审稿|签发|供稿|撰稿|来源|联系人|联系电话|电话|校对)\s*[:：]/;

/** 【基层动态】 above a title: a kicker (引题) by its brackets. */
const isBracketedKicker = (l: SourceLine): boolean => /^【[^】]{2,20}】$/.test(l.text);

/**
 * How many lines from `content[idx]` (1 to 3) spell exactly `key` (a contents
 * entry without whitespace), or 0. Lines are consecutive content lines, so
 * blank lines between the parts of a wrapped heading do not matter.
 */
export function matchHeadingExact(content: readonly SourceLine[], idx: number, key: string, end = content.length): number {
  if (key === '') return 0;
  let acc = '';
  for (let n = 0; n < MAX_TITLE_LINES && idx + n < end; n++) {
    const l = content[idx + n]!;
    if (visibleLength(l.text) > MAX_TITLE_LINE || (n > 0 && isSubtitleLine(l))) break;
    const label = n === 0 ? inlineLabel(l.text) : undefined;
    // A column label at the head of the heading line is no part of the entry's title: 【经验交流】诸暨…
    acc += label && !key.startsWith(compareKey(label)) ? compareKey(l.text.slice(l.text.indexOf(label) + label.length)) : compareKey(l.text);
    if (acc === key) return n + 1;
    if (!key.startsWith(acc)) break;
  }
  return 0;
}

/**
 * The heading in content[from, to) closest to `key` when no heading spells it
 * exactly: up to 3 consecutive lines within an edit distance of a fifth of
 * the entry's length. Undefined when nothing is that close.
 */
export function matchHeadingFuzzy(content: readonly SourceLine[], from: number, to: number, key: string): { idx: number; count: number; distance: number } | undefined {
  const max = Math.max(2, Math.floor(key.length * 0.2));
  let best: { idx: number; count: number; distance: number } | undefined;
  for (let i = from; i < to; i++) {
    let acc = '';
    for (let n = 0; n < MAX_TITLE_LINES && i + n < to; n++) {
      const l = content[i + n]!;
      if (visibleLength(l.text) > MAX_TITLE_LINE || isSubtitleLine(l) || numberingAt(l.text)) break;
      acc += compareKey(l.text);
      if (acc.length > key.length + max) break;
      if (acc.length < key.length - max) continue;
      const d = boundedDistance(acc, key, max);
      if (d <= max && (!best || d < best.distance)) best = { idx: i, count: n + 1, distance: d };
    }
  }
  return best;
}

export interface ShapeTitle {
  /** Index in `content` of the title's first line (the kicker when there is one). */
  start: number;
  kicker?: number;
  main: number[];
  subtitle?: number;
  /** Index of the first body line. */
  next: number;
}

/** The last line of a paragraph, so that a title may follow it. Bare headings (一、…) never are. */
export function closesParagraph(l: SourceLine): boolean {
  // A rule typed as characters (---) ends what stands above it.
  if (RULE_LINE.test(l.text.replace(/\s+/g, ''))) return true;
  if (!endsClosed(l.text)) return false;
  if (!numberingAt(l.text) || visibleLength(l.text) > 60) return true;
  // A numbered line is a bare heading unless a sentence follows its first: 三、开展竞赛。联合县经贸局…。
  const stop = l.text.search(/[。！？]/);
  return stop >= 0 && visibleLength(l.text.slice(stop + 1).replace(/[”’）)]/g, '')) > 0;
}

/**
 * Titles found by the shape of the lines in content[from, to): 1 to 3 short
 * title-shaped lines (a 4th on top only when it is a bracketed kicker),
 * optionally a `——` subtitle, followed by a body line (long, closed, or
 * numbered); and, before them, the start of the range (`startsOpen`) or a line
 * that closes a paragraph. Text cut by a page break therefore never starts a
 * title. `limit` stops after that many titles.
 */
export function findShapeTitles(content: readonly SourceLine[], from: number, to: number, startsOpen: boolean, limit = Infinity): ShapeTitle[] {
  const found: ShapeTitle[] = [];
  let mayStart = startsOpen;
  let i = from;
  while (i < to && found.length < limit) {
    const l = content[i]!;
    if (mayStart && isTitleShaped(l)) {
      let j = i;
      while (j < to && j - i < 5 && isTitleShaped(content[j]!)) j++;
      const group = Array.from({ length: j - i }, (_, k) => i + k);
      let subtitle: number | undefined;
      if (j < to && isSubtitleLine(content[j]!)) subtitle = j++;
      const body = j < to ? content[j] : undefined;
      const kicker = group.length >= 2 && isBracketedKicker(content[group[0]!]!) ? group[0] : undefined;
      const main = kicker === undefined ? group : group.slice(1);
      const mainLength = main.reduce((n, k) => n + visibleLength(content[k]!.text), 0);
      // A caption right above a table (表1 …) names the table, not an article.
      const caption = body !== undefined && tableCells(body.raw) !== undefined && isCaptionText(content[j - 1]!.text);
      if (body && !caption && !isTitleShaped(body) && !isSubtitleLine(body) && main.length >= 1 && main.length <= MAX_SHAPE_LINES && mainLength >= 6) {
        found.push({ start: i, ...(kicker !== undefined ? { kicker } : {}), main, ...(subtitle !== undefined ? { subtitle } : {}), next: j });
        i = j;
        mayStart = false;
        continue;
      }
      i = Math.max(j, i + 1);
      mayStart = false;
      continue;
    }
    mayStart = closesParagraph(l);
    i++;
  }
  return found;
}

const textOf = (l: SourceLine): SourceText => ({ text: l.text, line: l.no, column: l.start });
const clean = (s: string): string => collapseSpaces(s.replace(/\*\*/g, ''));

/**
 * Whether the printed entry has a space after the point where `prefixKey`
 * (the title so far, without whitespace) ends in it. Where the wording differs,
 * the last 4 characters before the break are looked up instead.
 */
function entrySpaceAfter(entryText: string, prefixKey: string): boolean {
  const chars: { ch: string; spaceAfter: boolean }[] = [];
  for (const ch of entryText.replace(/\*\*/g, '')) {
    if (/\s/.test(ch)) {
      if (chars.length > 0) chars[chars.length - 1]!.spaceAfter = true;
    } else chars.push({ ch, spaceAfter: false });
  }
  const key = chars.map((c) => c.ch).join('');
  let end = -1;
  if (key.startsWith(prefixKey)) end = prefixKey.length;
  else {
    const tail = prefixKey.slice(-4);
    const at = tail.length === 4 ? key.indexOf(tail) : -1;
    if (at >= 0) end = at + 4;
  }
  return end > 0 && end < chars.length && chars[end - 1]!.spaceAfter;
}

export interface BuiltTitle {
  title: ArticleTitle;
  /** More than one printed line joined into `main`. */
  joined: boolean;
  /** The contents entry and the heading differ in wording (the heading wins). */
  differs: boolean;
}

/**
 * The title from its printed lines. Where the contents entry equals the heading
 * but for whitespace, `main` is the entry as printed (its spacing is the
 * editor's; the heading's line breaks and stray spaces are layout). Otherwise
 * the lines are joined with a space where the entry has one at the break, else
 * with nothing. Runs of whitespace inside become one space.
 */
export function buildTitle(main: readonly SourceLine[], entry?: ContentsEntry, kicker?: SourceLine, subtitle?: SourceLine, byline?: SourceLine): BuiltTitle {
  const entryText = entry ? entryTitle(entry) : undefined;
  const eKey = entryText !== undefined ? compareKey(entryText) : undefined;
  // A column label at the head of the first line is the kicker unless the entry spells it too.
  const label = main[0] ? inlineLabel(main[0].text) : undefined;
  const split = label !== undefined && kicker === undefined && !(eKey ?? '').startsWith(compareKey(label));
  let lines = main;
  let kickerText: SourceText | undefined = kicker ? textOf(kicker) : undefined;
  if (split) {
    const first = main[0]!;
    const at = first.text.indexOf(label) + label.length;
    const rest = first.text.slice(at).trimStart();
    const restStart = first.start + first.text.length - rest.length;
    kickerText = { text: label, line: first.no, column: first.start };
    lines = [{ ...first, text: rest, start: restStart }, ...main.slice(1)];
  }
  const headingKey = lines.map((l) => compareKey(l.text)).join('');
  let mainText: string;
  if (entryText !== undefined && eKey === headingKey) mainText = clean(entryText);
  else {
    mainText = clean(lines[0]?.text ?? '');
    let prefixKey = compareKey(lines[0]?.text ?? '');
    for (const l of lines.slice(1)) {
      const sep = entryText !== undefined && entrySpaceAfter(entryText, prefixKey) ? ' ' : '';
      mainText += sep + clean(l.text);
      prefixKey += compareKey(l.text);
    }
  }
  const title: ArticleTitle = {
    main: mainText,
    lines: [...(kickerText ? [kickerText] : []), ...lines.map(textOf), ...(subtitle ? [textOf(subtitle)] : []), ...(byline ? [textOf(byline)] : [])],
  };
  if (kickerText) title.kicker = clean(kickerText.text);
  if (subtitle) title.subtitle = clean(subtitle.text.replace(/^(?:\*\*)?[—―\-－]+/, ''));
  if (byline) title.byline = clean(byline.text);
  return { title, joined: lines.length > 1, differs: eKey !== undefined && eKey !== headingKey };
}
