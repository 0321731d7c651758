// Printed lines → the lines the parser reads: one per paragraph, as a .txt of
// the bulletin would hold it. Within a page, a line that runs to the right
// margin goes on in the next line when that one is not indented (a body
// paragraph wrapped) or is centred under a full bold or large line (a title
// wrapped). Across a page break, the page's first line continues the last
// paragraph when it is not indented: it is a line of its own (the parser
// joins a paragraph cut mid-sentence, and records the join), and only when
// the cut fell at a sentence end, where the parser cannot see it, is it
// joined here. The paragraph's format (size, weight, alignment, indent,
// font, colour) is evidence for titles.
import type { ExtractedLine, LineFormat } from './types.ts';
import type { PrintedLine } from './pdf-lines.ts';

export interface Layout {
  /** Left and right edges of the text block (points), and the body text size. */
  left: number;
  right: number;
  bodySize: number;
}

/** The most common value (rounded to a point), by weight. */
function mode(values: { value: number; weight: number }[]): number {
  const count = new Map<number, number>();
  for (const { value, weight } of values) count.set(Math.round(value), (count.get(Math.round(value)) ?? 0) + weight);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

const visible = (s: string) => s.replace(/\s/g, '').length;

/** The text block of the document: where most characters' lines start and end. */
export function layoutOf(lines: readonly PrintedLine[]): Layout {
  const bodySize = mode(lines.map((l) => ({ value: l.size, weight: visible(l.text) })));
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 1);
  const left = mode(body.map((l) => ({ value: l.left, weight: 1 })));
  // The right edge: the rightmost end shared by many lines (justified lines end there).
  const right = mode(body.filter((l) => l.right > left + 10 * bodySize).map((l) => ({ value: l.right, weight: 1 })));
  return { left: Math.min(left, ...body.map((l) => l.left)), right: Math.max(right, left + bodySize), bodySize };
}

interface Paragraph {
  lines: PrintedLine[];
  /** 1-based paragraph of the document; a paragraph continued over a page break keeps its number. */
  number: number;
}

const em = (a: PrintedLine) => a.size;
const full = (l: PrintedLine, layout: Layout) => l.right >= layout.right - 1.5 * em(l);
/** A font's family: its name without the weight or style after a dash or comma (NotoSerifCJKjp-Bold → NotoSerifCJKjp). */
const family = (font: string) => font.replace(/[-,].*$/, '');
/**
 * Text runs on from the end of `a` to the start of `b`: same size and font family (a 黑体 heading line is
 * not continued by 仿宋 body text). Weight may change within a paragraph (a bold lead-in, a bold phrase
 * wrapped), but a line that is bold throughout is not continued by one that starts in regular type.
 */
const sameStyle = (a: PrintedLine, b: PrintedLine) => Math.abs(a.size - b.size) <= 0.5 && family(a.tail.font) === family(b.head.font) && !(a.bold && a.head.bold && a.tail.bold && !b.head.bold);
const centred = (l: PrintedLine, layout: Layout) => {
  const before = l.left - layout.left;
  const after = layout.right - l.right;
  return before > em(l) && Math.abs(before - after) < 1.5 * em(l);
};

/** The cut fell at a sentence end: closing punctuation, perhaps inside quotes or brackets. */
const endsClosed = (text: string) => /[。！？；：…!?;:.][”’"'）)】》」』〕］\]]*\s*$/.test(text);

/** Does `b` (next on the same page) go on with paragraph `p`? */
function continues(p: Paragraph, b: PrintedLine, layout: Layout): boolean {
  const a = p.lines[p.lines.length - 1]!;
  if (!sameStyle(a, b) || !full(a, layout)) return false;
  const pitch = b.baseline - a.baseline;
  if (pitch <= 0 || pitch > 2 * Math.max(a.size, b.size)) return false;
  // A title wrapped: a full bold or large line, then a centred one.
  if ((a.bold || a.size >= layout.bodySize + 2) && centred(b, layout)) return true;
  if (p.lines.length >= 2) return Math.abs(b.left - p.lines[1]!.left) < 0.5 * em(b);
  // After a paragraph's first line: flush under an indented first line, or level with it when it
  // is flush too or is a line of an indented block (a contents entry wrapped); but not a second
  // indented first line after an indented one-line paragraph that filled its line (it ends a sentence).
  if (b.left < a.left - 0.5 * em(b)) return true;
  return Math.abs(b.left - a.left) < 0.5 * em(b) && (a.left < layout.left + em(a) || !endsClosed(a.text));
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;
const joinText = (a: string, b: string) => (LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b);

/** The bold runs of a paragraph's joined text; none when it is bold throughout (then `bold` says so). */
function boldRunsOf(lines: readonly PrintedLine[]): [number, number][] {
  const runs: [number, number][] = [];
  let text = '';
  for (const l of lines) {
    const joined = text === '' ? l.text : joinText(text, l.text);
    const at = joined.length - l.text.length;
    for (const [a, b] of l.boldRuns) {
      const last = runs[runs.length - 1];
      // A run going on over the line's wrap (a joining space between them aside) is one.
      if (last && joined.slice(last[1], at + a).trim() === '') last[1] = at + b;
      else runs.push([at + a, at + b]);
    }
    text = joined;
  }
  return runs.length === 1 && runs[0]![0] === 0 && runs[0]![1] === text.length ? [] : runs;
}

function formatOf(p: Paragraph, layout: Layout): LineFormat {
  const first = p.lines[0]!;
  const chars = (l: PrintedLine) => visible(l.text);
  const main = [...p.lines].sort((a, b) => chars(b) - chars(a))[0]!;
  let align: LineFormat['align'];
  const last = p.lines[p.lines.length - 1]!;
  if (p.lines.length === 1 ? centred(first, layout) && !full(first, layout) : centred(last, layout)) align = 'center';
  else if (last.right >= layout.right - em(last) && last.left > layout.left + 4 * em(last)) align = 'right';
  else if (p.lines.length > 1 && p.lines.slice(0, -1).every((l) => full(l, layout))) align = 'justify';
  else align = 'left';
  const rest = p.lines[1]?.left ?? layout.left;
  const format: LineFormat = {
    sizePt: Math.round(Math.max(...p.lines.map((l) => l.size)) * 2) / 2,
    bold: main.bold,
    align,
    firstLineIndent: align !== 'center' && align !== 'right' && first.left >= Math.min(rest, layout.left) + em(first),
    font: main.font,
  };
  if (main.color !== '000000') format.color = main.color;
  const boldRuns = format.bold ? [] : boldRunsOf(p.lines);
  if (boldRuns.length) format.boldRuns = boldRuns;
  return format;
}

/** Every page's printed lines (furniture removed), in order → the parser's lines. */
export function paragraphLines(pages: readonly PrintedLine[][], layout: Layout): ExtractedLine[] {
  const out: { paragraph: Paragraph; page: number }[] = [];
  let number = 0;
  for (const lines of pages) {
    let open: Paragraph | undefined;
    for (const [i, l] of lines.entries()) {
      if (open && continues(open, l, layout)) {
        open.lines.push(l);
        continue;
      }
      const prev = out[out.length - 1]?.paragraph;
      const last = prev?.lines[prev.lines.length - 1];
      // The page's first line, not indented, under a full last line of the page before: the paragraph goes on.
      if (i === 0 && prev && last && last.page === l.page - 1 && sameStyle(last, l) && full(last, layout) && l.left < layout.left + 0.5 * em(l) && !(last.bold && centred(l, layout))) {
        const text = prev.lines.map((x) => x.text).reduce(joinText);
        if (endsClosed(text)) {
          prev.lines.push(l);
          open = prev;
          continue;
        }
        open = { lines: [l], number: prev.number };
      } else open = { lines: [l], number: ++number };
      out.push({ paragraph: open, page: l.page });
    }
  }
  return out.map(({ paragraph: p, page }) => ({
    text: p.lines.map((l) => l.text).reduce(joinText),
    format: formatOf(p, layout),
    page,
    paragraph: p.number,
  }));
}
