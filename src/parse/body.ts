// An article's body as blocks: numbered headings (一、 / （一） / 1. / （1）)
// with depths by nesting, and paragraphs, rejoined where a page break cut
// them. Nothing of the text is rewritten.

import type { Artefact, Block, Diagnostic, Repair, TableCaption, TableCell } from './types.ts';
import { tableCells } from './titles.ts';
import { endsClosed, visibleLength, type SourceLine } from './lines.ts';
import { LEVEL_ORDER, numberingAt, type NumberingLevel } from './numbering.ts';
import { allBold, markerArtefacts, paragraphInlines, pieceOf, spansOf, splitPiece, type Piece } from './emphasis.ts';
import { isCaption } from './captions.ts';
import type { Evidence } from './evidence.ts';

/** Longest heading (characters) read off the start of a numbered line; longer, and the line is a paragraph. */
const MAX_HEADING = 60;

export interface BodyResult {
  blocks: Block[];
  artefacts: Artefact[];
  repairs: Repair[];
  diagnostics: Diagnostic[];
}

interface HeadingDraft {
  type: 'heading';
  level: NumberingLevel;
  marker: string;
  piece: Piece;
}
interface ParagraphDraft {
  type: 'paragraph';
  pieces: Piece[];
}
interface TableDraft {
  type: 'table';
  rows: TableCell[][];
  caption?: Piece;
}

/** A list item typed with a bullet (- 游客咨询引导): a paragraph of its own, never joined to the one above. */
const LIST_ITEM = /^[-*•·●]\s/;

/**
 * Where the heading on a numbered line ends: the whole line when it is short
 * and has no sentence end (一、上半年工作情况), else up to and including the
 * first 。！？ (and a closing quote after it) when that is short
 * (一、搭建多方合作平台，开辟青企发展新路径。一是…); undefined when the line
 * is a paragraph that merely starts with a number.
 */
function headingEnd(plain: string): number | undefined {
  const stop = plain.search(/[。！？]/);
  // An item ending in ；or ，(①为青年人才提供租房补贴；) is a list item of a paragraph, not a heading.
  if (stop < 0) return visibleLength(plain) <= MAX_HEADING && !/[；;，,、]$/.test(plain) ? plain.length : undefined;
  let end = stop + 1;
  while (end < plain.length && '”’）)'.includes(plain[end]!)) end++;
  return visibleLength(plain.slice(0, end)) <= MAX_HEADING ? end : undefined;
}

/**
 * A line that is a paragraph of its own even without closing punctuation: printed
 * all in bold (**聚焦主责主业，激发青春活力**, or bold throughout in a Word or PDF file), or short and made of words only
 * (聚焦主责主业 激发青春活力: no comma, no sentence mark). A page break rarely leaves
 * such a fragment; an unnumbered subheading looks just like it.
 */
function standsAlone(piece: Piece, text: string): boolean {
  if (/^\*\*[^*]+\*\*$/.test(text) || allBold(piece)) return true;
  return visibleLength(piece.plain) <= 30 && /^[\u4e00-\u9fff\s“”‘’·—]+$/.test(piece.plain);
}

/** Runs of two or more lines that are rows of one table (the same number of cells), by their first line's index. */
function tableRuns(lines: readonly SourceLine[]): Map<number, TableCell[][]> {
  const runs = new Map<number, TableCell[][]>();
  let i = 0;
  while (i < lines.length) {
    const first = tableCells(lines[i]!.raw);
    let j = i + 1;
    while (first && j < lines.length && tableCells(lines[j]!.raw)?.length === first.length) j++;
    if (first && j - i >= 2) {
      runs.set(
        i,
        lines.slice(i, j).map((l) => tableCells(l.raw)!.map((c) => ({ text: c.text, line: l.no, column: c.at }))),
      );
      i = j;
    } else i++;
  }
  return runs;
}

/** `evidence`: what a Word or PDF file says of each line (a caption by its format). */
export function buildBody(lines: readonly SourceLine[], evidence?: Evidence): BodyResult {
  const lineText = new Map(lines.map((l) => [l.no, l.text]));
  const drafts: (HeadingDraft | ParagraphDraft | TableDraft)[] = [];
  const artefacts: Artefact[] = [];
  const diagnostics: Diagnostic[] = [];
  let open: ParagraphDraft | undefined;
  const tables = tableRuns(lines);
  let caption: Piece | undefined;

  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const table = tables.get(k);
    if (table) {
      drafts.push({ type: 'table', rows: table, ...(caption ? { caption } : {}) });
      caption = undefined;
      open = undefined;
      k += table.length - 1;
      continue;
    }
    const piece = pieceOf(l, evidence?.boldAt(l.no));
    // The line right above a table that names it is the table's caption, not a paragraph.
    if (tables.has(k + 1) && piece.plain !== '' && isCaption({ ...l, text: piece.plain }, evidence)) {
      caption = piece;
      open = undefined;
      continue;
    }
    if (piece.plain === '') {
      artefacts.push(...markerArtefacts([piece]));
      continue;
    }
    const numbering = numberingAt(piece.plain) ?? (LIST_ITEM.test(piece.plain) ? { level: 'item' as const, marker: '' } : undefined);
    const last = open?.pieces[open.pieces.length - 1];
    // A paragraph that stops mid-sentence goes on in the next body line (a page break cut it),
    // unless it is a line that stands alone, such as an unnumbered subheading.
    if (open && last && open.pieces.length === 1 && standsAlone(last, lineText.get(last.line) ?? '')) open = undefined;
    // A typed list item (- …) is a line of its own: it takes no following line in.
    const item = open !== undefined && LIST_ITEM.test(open.pieces[0]!.plain);
    if (open && last && !endsClosed(last.plain) && !numbering && !item) {
      open.pieces.push(piece);
      continue;
    }
    open = undefined;
    // Once a numbered line of a level was a list item (①…；), the rest of its run are items too.
    const previous = drafts[drafts.length - 1];
    const itemRun = numbering !== undefined && previous?.type === 'paragraph' && previous.pieces.length === 1 && numberingAt(previous.pieces[0]!.plain)?.level === numbering.level;
    const end = numbering && numbering.level !== 'item' && !itemRun ? headingEnd(piece.plain) : undefined;
    if (numbering && numbering.level !== 'item' && end !== undefined) {
      const [head, tail] = splitPiece(piece, end);
      drafts.push({ type: 'heading', level: numbering.level, marker: numbering.marker.replace(/\s+/g, ''), piece: head });
      if (tail.plain !== '') {
        open = { type: 'paragraph', pieces: [tail] };
        drafts.push(open);
      } else artefacts.push(...markerArtefacts([tail]));
      continue;
    }
    open = { type: 'paragraph', pieces: [piece] };
    drafts.push(open);
  }

  // Depth by nesting: the levels an article uses, in GB/T 9704 order, from h2 down.
  const used = LEVEL_ORDER.filter((lv) => drafts.some((d) => d.type === 'heading' && d.level === lv));
  const repairs: Repair[] = [];
  const blocks: Block[] = drafts.map((d): Block => {
    if (d.type === 'table') {
      if (!d.caption) return { type: 'table', rows: d.rows, lines: d.rows.map((r) => r[0]!.line) };
      artefacts.push(...markerArtefacts([d.caption]));
      const caption: TableCaption = { text: d.caption.plain, line: d.caption.line, spans: spansOf([d.caption]) };
      return { type: 'table', rows: d.rows, caption, lines: [d.caption.line, ...d.rows.map((r) => r[0]!.line)] };
    }
    if (d.type === 'heading') {
      artefacts.push(...markerArtefacts([d.piece]));
      const depth = Math.min(2 + used.indexOf(d.level), 5) as 2 | 3 | 4 | 5;
      return { type: 'heading', depth, marker: d.marker, text: d.piece.plain, lines: [d.piece.line], spans: spansOf([d.piece]) };
    }
    artefacts.push(...markerArtefacts(d.pieces));
    const { children, unpaired } = paragraphInlines(d.pieces);
    for (const m of unpaired) {
      const p = d.pieces.find((x) => x.markers.includes(m));
      diagnostics.push({
        level: 'warning',
        code: 'unpaired-bold-marker',
        ...(p ? { line: p.line } : {}),
        message: `line ${p?.line ?? '?'}: a "**" has no closing partner; it was removed and nothing after it is emphasised; check the source text`,
      });
    }
    const lineNos = [...new Set(d.pieces.map((p) => p.line))];
    if (lineNos.length > 1) repairs.push({ kind: 'paragraph-joined', lines: lineNos });
    return { type: 'paragraph', children, lines: lineNos, spans: spansOf(d.pieces) };
  });
  return { blocks, artefacts, repairs, diagnostics };
}
