// Page furniture of a PDF by position and repetition: the top and bottom
// lines of each page that repeat across pages at the same height (running
// headers and footers, page numbers whose digits change) or that are a page
// number by their form. They are artefacts (counted, not text).
import type { ExtractedArtefact } from './types.ts';
import type { PrintedLine } from './pdf-lines.ts';

/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 2;
/** Share of the page height at the top and bottom where furniture sits. */
const EDGE_ZONE = 0.2;

const DASHES = '[—–\\-－─―~～]';
// — 3 —, -3-, 第3页 (共8页), 3/8, Page 3 (of 8), 3: a page number alone on its line.
const PAGE_NUMBER = new RegExp(`^(?:${DASHES}{0,3}\\d{1,4}${DASHES}{0,3}|第\\d{1,4}页(?:[,，、/]?共\\d{1,4}页)?|共\\d{1,4}页[,，、]?第\\d{1,4}页|\\d{1,4}/\\d{1,4}|page\\d{1,4}(?:of\\d{1,4})?)$`, 'i');

export const isPageNumberText = (text: string): boolean => PAGE_NUMBER.test(text.replace(/\s+/g, '').replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** Comparison key of a furniture line: digits (page numbers, dates) and whitespace do not count. */
const furnitureKey = (text: string) => text.replace(/\s+/g, '').replace(/[\d\uFF10-\uFF19]+/g, '#');

export interface Furniture {
  /** Lines of each page (index in that page's list) that are furniture. */
  removed: Set<PrintedLine>;
  artefacts: ExtractedArtefact[];
}

interface Candidate {
  line: PrintedLine;
  zone: 'top' | 'bottom';
}

export function findFurniture(pages: readonly { lines: PrintedLine[]; height: number }[]): Furniture {
  const candidates: Candidate[] = [];
  for (const { lines, height } of pages) {
    lines.slice(0, EDGE_LINES).forEach((line) => {
      if (line.baseline <= height * EDGE_ZONE) candidates.push({ line, zone: 'top' });
    });
    lines.slice(-EDGE_LINES).forEach((line) => {
      if (line.baseline >= height * (1 - EDGE_ZONE) && !candidates.some((c) => c.line === line)) candidates.push({ line, zone: 'bottom' });
    });
  }
  const removed = new Set<PrintedLine>();
  const artefacts: ExtractedArtefact[] = [];
  const take = (c: Candidate, kind: ExtractedArtefact['kind']) => {
    if (removed.has(c.line)) return;
    removed.add(c.line);
    artefacts.push({ kind, text: c.line.text, page: c.line.page });
  };
  // A page number needs no repetition: its form and its place at the page's edge tell it.
  for (const c of candidates) if (isPageNumberText(c.line.text)) take(c, 'page-number');
  // A running header or footer: the same text (digits aside) at the same height on two or more pages.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (removed.has(c.line)) continue;
    const key = `${c.zone}\u0000${furnitureKey(c.line.text)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    // Short lines only (a header is a name and an issue, not a sentence), on two pages at least,
    // and on a third of the pages when there are more than six: a line of text that happens to
    // fall at the same height on two pages of a long document is no header.
    const pagesWith = new Set(group.map((c) => c.line.page));
    if (pagesWith.size < Math.max(2, Math.ceil(pages.length / 3) - 1) || group[0]!.line.text.replace(/\s/g, '').length > 40) continue;
    // Same height: the lines of the group within a line's height of their median.
    const ys = group.map((c) => c.line.baseline).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)]!;
    const same = group.filter((c) => Math.abs(c.line.baseline - median) <= c.line.size);
    if (new Set(same.map((c) => c.line.page)).size < 2) continue;
    for (const c of same) take(c, c.zone === 'top' ? 'running-header' : 'running-footer');
  }
  artefacts.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  return { removed, artefacts };
}
