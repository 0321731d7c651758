// Whole lines that are print furniture, not text: page numbers, the
// （此页无正文） note of a signature page, and running headers. Each is removed
// and recorded as an Artefact with its line and exact text.

import type { Artefact } from './types.ts';
import { compareKey, endsClosed, toHalfWidth, visibleLength, type SourceLine } from './lines.ts';
import { numberingAt } from './numbering.ts';

const DASH = '[—–\\-－─―~～]';
const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  new RegExp(`^${DASH}{1,3}\\s*\\d{1,4}\\s*${DASH}{1,3}$`), // — 3 —, - 3 -, －3－
  /^第\s*\d{1,3}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,3}\s*页)?$/, // 第3页, 第 3 页 共 8 页
  /^共\s*\d{1,3}\s*页\s*[,，、]?\s*第\s*\d{1,3}\s*页$/, // 共8页 第3页
  /^\d{1,3}\s*\/\s*\d{1,3}$/, // 3/8
  /^page\s*\d{1,3}(?:\s*of\s*\d{1,3})?$/i,
  /^\d{1,3}$/, // a bare page number left by PDF extraction
  /^[·•]\s*\d{1,4}\s*[·•]$/, // ·3·
];

const BLANK_PAGE = /^[（(]\s*此\s*页\s*无\s*正\s*文\s*[）)]$/;

export function isPageNumber(text: string): boolean {
  const t = toHalfWidth(text).trim();
  return PAGE_NUMBER_PATTERNS.some((re) => re.test(t));
}

/** Page numbers and （此页无正文）: recognisable from the line alone. */
export function lineArtefacts(lines: readonly SourceLine[]): Artefact[] {
  const out: Artefact[] = [];
  for (const l of lines) {
    if (l.text === '') continue;
    if (isPageNumber(l.text)) out.push({ kind: 'page-number', line: l.no, text: l.text, column: l.start });
    else if (BLANK_PAGE.test(l.text)) out.push({ kind: 'blank-page', line: l.no, text: l.text, column: l.start });
  }
  return out;
}

// A header line may carry the page number: 嘉兴青年工作信息 2023年第3期 — 3 —.
const PAGE_SUFFIX = new RegExp(`\\s*(?:${DASH}{1,3}\\s*\\d{1,3}\\s*${DASH}{1,3}|第\\s*\\d{1,3}\\s*页(?:\\s*共\\s*\\d{1,3}\\s*页)?)$`);
const PAGE_PREFIX = new RegExp(`^(?:${DASH}{1,3}\\s*\\d{1,3}\\s*${DASH}{1,3})\\s*`);

function headerKey(text: string): string {
  const t = toHalfWidth(text).replace(PAGE_SUFFIX, '').replace(PAGE_PREFIX, '');
  return compareKey(t === '' ? text : t);
}

/**
 * A running header is a short line printed 3 or more times across the text
 * (on every page). Lines in `keep` (masthead, contents) are counted but never
 * removed, so the masthead's own 嘉兴青年工作信息 stays when pages repeat it.
 * Numbered headings (一、…), closed sentences and bracketed notes such as （完）
 * are never headers, even when articles repeat them.
 * `titleKeys` (contents entries without whitespace): a line that is part of
 * one is a title line and stays, however often it repeats.
 */
export function runningHeaders(lines: readonly SourceLine[], excluded: ReadonlySet<number>, keep: ReadonlySet<number>, titleKeys: ReadonlySet<string>): Artefact[] {
  // A line that spells part of a contents entry is (part of) a title, however often it repeats.
  const inTitle = (key: string): boolean => [...titleKeys].some((t) => t.includes(key));
  const candidates = lines.filter((l) => {
    if (l.text === '' || excluded.has(l.no)) return false;
    const n = visibleLength(l.text);
    if (n < 4 || n > 40) return false;
    if (numberingAt(l.text) || endsClosed(l.text)) return false;
    if (/^[（(【［[].*[）)】］\]]$/.test(l.text)) return false;
    return true;
  });
  const byKey = new Map<string, SourceLine[]>();
  for (const l of candidates) {
    const k = headerKey(l.text);
    byKey.set(k, [...(byKey.get(k) ?? []), l]);
  }
  const out: Artefact[] = [];
  for (const [key, group] of byKey) {
    if (group.length < 3 || inTitle(key)) continue;
    const removable = group.filter((l) => !keep.has(l.no));
    if (removable.length < 2) continue;
    for (const l of removable) out.push({ kind: 'running-header', line: l.no, text: l.text, column: l.start });
  }
  return out;
}
