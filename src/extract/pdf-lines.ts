// A page's glyphs → printed lines: glyphs on one baseline (within a third of
// their size) form a line, read left to right. Spaces: a space glyph the PDF
// drew is kept; a gap with no glyph becomes one space only where it is a real
// gap — a word gap between Latin letters or digits, or more than an em
// between CJK characters (a tab, a spread-out masthead line). The narrower
// gaps a typesetter adds between CJK and Latin text, or when it justifies a
// line, are no spaces, so none is invented.
import iconv from 'iconv-lite';
import type { FontInfo, Glyph } from './pdf-glyphs.ts';

export interface PrintedLine {
  text: string;
  /** Left and right ends of the ink, baseline, and the line's main font size (points, from the page's top-left). */
  left: number;
  right: number;
  baseline: number;
  size: number;
  bold: boolean;
  /** Ranges [from, to) of `text` drawn in a bold font (a lead-in, a phrase). */
  boldRuns: [number, number][];
  /** The font most of the line's characters are in (subset prefix removed). */
  font: string;
  /** 'rrggbb' of most of the line's characters. */
  color: string;
  /** Font, weight and size where the line starts and where it ends: whether the next line goes on with it depends on these. */
  head: GlyphStyle;
  tail: GlyphStyle;
  page: number;
}

export interface GlyphStyle {
  font: string;
  bold: boolean;
  size: number;
}

/** Han, kana, CJK punctuation and full-width forms: no spaces between these in Chinese text. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019\u2014\u2026\u00B7]/;
const isCjk = (s: string) => CJK.test(s);

/** The widest gap (in ems) between two glyphs that is no space. */
function gapLimit(before: string, after: string): number {
  const a = isCjk(before.slice(-1));
  const b = isCjk(after[0] ?? '');
  if (a && b) return 1;
  if (a || b) return 0.45;
  return 0.18;
}

/**
 * The font's name without its subset prefix (ABCDEF+). Chinese names are often
 * written in GBK bytes (黑体 as #BA#DA#CC#E5), which pdf.js hands over as Latin-1
 * characters: those are decoded.
 */
export function baseFontName(name: string): string {
  let n = name.replace(/^[A-Z]{6}\+/, '');
  if (/[\x80-\xff]/.test(n) && /^[\x00-\xff]*$/.test(n)) n = iconv.decode(Buffer.from(n, 'latin1'), 'gb18030');
  return n;
}

/** Glyphs of one page → its printed lines, top to bottom. */
export function printedLines(glyphs: readonly Glyph[], fonts: ReadonlyMap<string, FontInfo>, page: number): PrintedLine[] {
  const sorted = [...glyphs].filter((g) => g.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Glyph[][] = [];
  for (const g of sorted) {
    const row = rows[rows.length - 1];
    // Same baseline: within a third of the larger size (superscripts and mixed sizes stay on the line).
    if (row && Math.abs(row[0]!.y - g.y) <= Math.max(row[0]!.size, g.size) / 3) row.push(g);
    else rows.push([g]);
  }
  const lines: PrintedLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const ink = row.filter((g) => !g.space);
    if (ink.length === 0) continue;
    let text = '';
    const boldRuns: [number, number][] = [];
    let prev: Glyph | undefined;
    let pendingSpace = '';
    for (const g of row) {
      if (g.space) {
        if (prev) pendingSpace += ' ';
        continue;
      }
      if (prev) {
        const gap = g.x - (prev.x + prev.width);
        const em = Math.max(prev.size, g.size);
        // Overprinted glyphs (fake bold drawn twice): keep one.
        if (g.text === prev.text && Math.abs(g.x - prev.x) < em * 0.1) continue;
        if (pendingSpace) text += pendingSpace;
        else if (gap > gapLimit(prev.text, g.text) * em) text += ' ';
      }
      pendingSpace = '';
      if (isBoldFont(fonts.get(g.font))) {
        const last = boldRuns[boldRuns.length - 1];
        if (last && last[1] === text.length) last[1] += g.text.length;
        else boldRuns.push([text.length, text.length + g.text.length]);
      }
      text += g.text;
      prev = g;
    }
    const left = ink[0]!.x;
    const last = ink[ink.length - 1]!;
    const count = new Map<string, number>();
    for (const g of ink) count.set(`${g.font}\u0000${g.color}\u0000${Math.round(g.size * 2) / 2}`, (count.get(`${g.font}\u0000${g.color}\u0000${Math.round(g.size * 2) / 2}`) ?? 0) + [...g.text].length);
    const [font, color, size] = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0].split('\u0000') as [string, string, string];
    const info = fonts.get(font);
    const style = (g: Glyph): GlyphStyle => ({ font: baseFontName(fonts.get(g.font)?.name ?? g.font), bold: isBoldFont(fonts.get(g.font)), size: Math.round(g.size * 2) / 2 });
    lines.push({
      text,
      left,
      right: last.x + last.width,
      baseline: ink.reduce((s, g) => s + g.y, 0) / ink.length,
      size: Number(size),
      bold: isBoldFont(info),
      boldRuns,
      font: baseFontName(info?.name ?? font),
      color,
      head: style(ink[0]!),
      tail: style(last),
      page,
    });
  }
  return lines;
}

/**
 * Weight from the font: pdf.js's flags, or the name — Bold, Black, Heavy,
 * Semibold/Demi, and the Chinese heading and title faces 黑体 (SimHei, Heiti),
 * 小标宋 / 大标宋 (XiaoBiaoSong, FZXBS), 中宋 (ZhongSong). 微软雅黑 (YaHei) is a
 * text face, not a weight.
 */
export function isBoldFont(info: FontInfo | undefined): boolean {
  if (!info) return false;
  if (info.bold) return true;
  const name = baseFontName(info.name);
  return /bold|black|heavy|semi-?bold|demi|simhei|heiti|fzhei|xbs|xiaobiaosong|biaosong|zhongsong|黑体|标宋|中宋/i.test(name);
}
