// Body text as "pieces": a line's text with its `**` markers taken out and
// each remaining character's column remembered, so blocks can say where they
// were printed (TextSpan) and the markers become Artefacts. Also the inline
// emphasis of a paragraph: what `**…**` enclosed, and 一是… lead-in phrases.

import type { Artefact, Inline, TextSpan } from './types.ts';
import type { SourceLine } from './lines.ts';

export interface Marker {
  /** Offset in the piece's plain text where the `**` stood. */
  offset: number;
  column: number;
}

export interface Piece {
  line: number;
  /** The text without `**` markers. */
  plain: string;
  /** Column in the source line of each character of `plain`. */
  cols: number[];
  markers: Marker[];
  /** Which characters of `plain` the file prints bold (Word, PDF), when it says. */
  bold?: boolean[];
}

/** `boldAt`: whether the file prints the character at a column of the line bold (format evidence). */
export function pieceOf(l: SourceLine, boldAt?: (column: number) => boolean): Piece {
  let plain = '';
  const cols: number[] = [];
  const markers: Marker[] = [];
  const t = l.text;
  for (let i = 0; i < t.length; ) {
    if (t.startsWith('**', i)) {
      markers.push({ offset: plain.length, column: l.start + i });
      i += 2;
      continue;
    }
    plain += t[i];
    cols.push(l.start + i);
    i++;
  }
  const bold = boldAt ? cols.map(boldAt) : undefined;
  return trimPiece({ line: l.no, plain, cols, markers, ...(bold?.some(Boolean) ? { bold } : {}) });
}

/** Leading and trailing whitespace dropped (it is no text); markers keep their place. */
export function trimPiece(p: Piece): Piece {
  const lead = p.plain.length - p.plain.trimStart().length;
  const kept = p.plain.trim().length;
  const bold = p.bold?.slice(lead, lead + kept);
  return {
    line: p.line,
    plain: p.plain.slice(lead, lead + kept),
    cols: p.cols.slice(lead, lead + kept),
    markers: p.markers.map((m) => ({ offset: Math.min(Math.max(m.offset - lead, 0), kept), column: m.column })),
    ...(bold?.some(Boolean) ? { bold } : {}),
  };
}

/** The piece is printed bold throughout (by the file's format). */
export const allBold = (p: Piece): boolean => p.bold !== undefined && p.plain !== '' && [...p.plain].every((ch, i) => p.bold![i] || /\s/.test(ch));

/**
 * Splits a piece at `at`. A marker exactly at the cut goes with the head when
 * the head would otherwise hold an unpaired one (`**一、…。**一是…`).
 */
export function splitPiece(p: Piece, at: number): [Piece, Piece] {
  const before = p.markers.filter((m) => m.offset < at);
  const onCut = p.markers.filter((m) => m.offset === at);
  const headMarkers = [...before];
  const tailMarkers = p.markers.filter((m) => m.offset > at);
  for (const m of onCut) (headMarkers.length % 2 === 1 ? headMarkers : tailMarkers).push(m);
  tailMarkers.sort((a, b) => a.offset - b.offset);
  const head: Piece = { line: p.line, plain: p.plain.slice(0, at), cols: p.cols.slice(0, at), markers: headMarkers, ...(p.bold ? { bold: p.bold.slice(0, at) } : {}) };
  const tail: Piece = {
    line: p.line,
    plain: p.plain.slice(at),
    cols: p.cols.slice(at),
    markers: tailMarkers.map((m) => ({ offset: m.offset - at, column: m.column })),
    ...(p.bold ? { bold: p.bold.slice(at) } : {}),
  };
  return [trimPiece(head), trimPiece(tail)];
}

/** Where the pieces' characters were printed: one span per run of adjacent columns. */
export function spansOf(pieces: readonly Piece[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const p of pieces) {
    let start = 0;
    for (let i = 1; i <= p.cols.length; i++) {
      if (i === p.cols.length || p.cols[i] !== p.cols[i - 1]! + 1) {
        if (i > start) spans.push({ line: p.line, column: p.cols[start]!, length: i - start });
        start = i;
      }
    }
  }
  return spans;
}

export const markerArtefacts = (pieces: readonly Piece[]): Artefact[] => pieces.flatMap((p) => p.markers.map((m): Artefact => ({ kind: 'bold-marker', line: p.line, text: '**', column: m.column })));

/** Longest lead-in phrase (一是… up to 。；：) that is emphasised. */
const MAX_LEAD_IN = 40;
const LEAD_IN = /[一二三四五六七八九十]{1,2}是/g;
// What may stand before a lead-in: it opens the paragraph, a clause, or a quote.
const BEFORE_LEAD_IN = '。；：！？，、”’）)';

function leadIns(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(LEAD_IN)) {
    const i = m.index;
    if (i > 0 && !BEFORE_LEAD_IN.includes(text[i - 1]!) && !/\s/.test(text[i - 1]!)) continue;
    const rest = text.slice(i, i + MAX_LEAD_IN);
    const stop = rest.search(/[。；：]/);
    if (stop > m[0].length) out.push([i, i + stop + 1]);
  }
  return out;
}

export interface ParagraphText {
  children: Inline[];
  /** Markers left without a partner (the text after them is not emphasised). */
  unpaired: Marker[];
}

/** Runs of characters the file prints bold, as ranges of the joined text (whitespace inside a run keeps it going, none at its ends). */
function formatBold(pieces: readonly Piece[]): [number, number][] {
  const text = pieces.map((p) => p.plain).join('');
  const flags = pieces.flatMap((p) => p.bold ?? [...p.plain].map(() => false));
  const ranges: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const on = i < text.length && flags[i] === true;
    const space = i < text.length && /\s/.test(text[i]!);
    if (on && start < 0) start = i;
    else if (!on && !space && start >= 0) {
      let end = i;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      ranges.push([start, end]);
      start = -1;
    }
  }
  return ranges;
}

/**
 * A paragraph's inline runs: text between paired `**` markers is emphasised,
 * and so is text the file prints bold (a Word or PDF bulletin's lead-in or
 * phrase, which a text export marks with `**`); so is each 一是/二是… lead-in
 * phrase that no printed bold touches (the printed bold wins where the editor marked one).
 */
export function paragraphInlines(pieces: readonly Piece[]): ParagraphText {
  let text = '';
  const markers: { offset: number; marker: Marker }[] = [];
  for (const p of pieces) {
    for (const m of p.markers) markers.push({ offset: text.length + m.offset, marker: m });
    text += p.plain;
  }
  const ranges: [number, number][] = formatBold(pieces);
  for (let k = 0; k + 1 < markers.length; k += 2) {
    const a = markers[k]!.offset;
    const b = markers[k + 1]!.offset;
    if (b > a && !ranges.some(([c, d]) => a < d && c < b)) ranges.push([a, b]);
  }
  const unpaired = markers.length % 2 === 1 ? [markers[markers.length - 1]!.marker] : [];
  const bold = [...ranges];
  for (const [a, b] of leadIns(text)) {
    if (!bold.some(([c, d]) => a < d && c < b)) ranges.push([a, b]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const children: Inline[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    if (a > at) children.push({ type: 'text', value: text.slice(at, a) });
    children.push({ type: 'emphasis', value: text.slice(a, b) });
    at = b;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return { children, unpaired };
}
