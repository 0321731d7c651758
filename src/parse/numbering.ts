// The numbering of body headings (GB/T 9704: 一、 → （一） → 1. → （1）) and
// the inline enumeration 一是…二是… that is NOT a heading.

export type NumberingLevel = 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'circled';

/** In nesting order: a level's depth is its rank among the levels an article uses. */
export const LEVEL_ORDER: readonly NumberingLevel[] = ['cn', 'paren-cn', 'num', 'paren-num', 'circled'];

const CN = '[一二三四五六七八九十]{1,3}';

const MARKERS: readonly [NumberingLevel, RegExp][] = [
  ['cn', new RegExp(`^${CN}\\s*、`)],
  ['paren-cn', new RegExp(`^[（(]\\s*${CN}\\s*[）)]`)],
  // `1.` but not `1.2万`; `1、`; full-width `１．`.
  ['num', /^[0-9０-９]{1,2}\s*(?:[、．]|\.(?![0-9]))/],
  ['paren-num', /^[（(]\s*[0-9０-９]{1,2}\s*[）)]/],
  ['circled', /^[①-⑳]/],
];

/** The numbering at the start of a line (after any `**`), or undefined. */
export function numberingAt(text: string): { level: NumberingLevel; marker: string } | undefined {
  const t = text.replace(/^\*\*/, '');
  for (const [level, re] of MARKERS) {
    const m = re.exec(t);
    if (m) return { level, marker: m[0] };
  }
  return undefined;
}

/** 一是 / 二是 … at the start of a line: an inline lead-in, never a title. */
export const LEAD_IN_START = /^(?:\*\*)?[一二三四五六七八九十]{1,2}是/;

/** The numbering before a contents entry (`1.`, `（一）`, `一、`): kept in the entry's text, left out when comparing. */
export const CONTENTS_NUMBER = /^(?:[0-9０-９]{1,2}\s*(?:[、．]|\.(?![0-9]))|[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}、)\s*/;

/** A contents entry's wording without its numbering. */
export const withoutNumber = (text: string): string => text.replace(CONTENTS_NUMBER, '');
