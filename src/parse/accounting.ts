// The no-text-lost proof: every character the parser accounted for, in source
// order. For a correct parse it equals the source with all whitespace removed.
//
// What accounts for what:
// - masthead: `printedLines` (every masthead line once, incl. 目录 and unrecognised lines);
//   without it (a hand-made model), the field lines, each line once;
// - contents: each entry's `text` (numbering kept in it; a symbol bullet is an Artefact);
// - the issue's editor's note: its blocks;
// - articles: `title.lines` (as printed, `**` left to its Artefact), then each block's text:
//   heading `text`, paragraph children values (a `**` is an Artefact `bold-marker`), a table's caption and cells;
// - footer: each list's `labelText` (label and colon as printed, e.g. `报：`; without it,
//   `label` + `：`) and `text`; the printing `text`;
// - `artefacts` and `unassigned` lines.
// Pieces are ordered by line, then column; a piece without a column stands at its line's start.

import type { Block, ParsedBulletin, SourceText, TextSpan } from './types.ts';
import { stripWhitespace } from './lines.ts';

interface Placed {
  line: number;
  column: number;
  seq: number;
  text: string;
}

export function accountedPieces(parsed: ParsedBulletin): Placed[] {
  const out: Placed[] = [];
  const put = (line: number, column: number | undefined, text: string): void => {
    out.push({ line, column: column ?? 0, seq: out.length, text });
  };
  const putSource = (s: SourceText): void => put(s.line, s.column, s.text);
  const putSpans = (text: string, spans: TextSpan[] | undefined, lines: number[]): void => {
    if (!spans) {
      put(lines[0] ?? 0, undefined, text);
      return;
    }
    let at = 0;
    for (const s of spans) {
      put(s.line, s.column, text.slice(at, at + s.length));
      at += s.length;
    }
    if (at < text.length) put(spans[spans.length - 1]?.line ?? 0, Number.MAX_SAFE_INTEGER, text.slice(at));
  };

  const m = parsed.masthead;
  if (m.printedLines) m.printedLines.forEach(putSource);
  else {
    const seen = new Set<string>();
    for (const s of [...m.marks, m.publication, m.categoryLine, m.issueLine, m.publisherLine, m.dateLine]) {
      if (!s) continue;
      const key = `${s.line}:${s.text}`;
      if (!seen.has(key)) putSource(s);
      seen.add(key);
    }
  }
  for (const e of parsed.contents) put(e.line, e.column, e.text);
  const putBlocks = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'heading') putSpans(b.text, b.spans, b.lines);
      else if (b.type === 'table') {
        if (b.caption) putSpans(b.caption.text, b.caption.spans, [b.caption.line]);
        for (const cell of b.rows.flat()) put(cell.line, cell.column, cell.text);
      } else putSpans(b.children.map((c) => c.value).join(''), b.spans, b.lines);
    }
  };
  if (parsed.editorsNote) putBlocks(parsed.editorsNote.blocks);
  for (const a of parsed.articles) {
    // A title line's `**` markers are artefacts (below).
    for (const t of a.title.lines) {
      let at = 0;
      for (const part of t.text.split('**')) {
        put(t.line, (t.column ?? 0) + at, part);
        at += part.length + 2;
      }
    }
    putBlocks(a.blocks);
  }
  for (const d of parsed.footer.distribution) {
    const first = d.lines[0] ?? 0;
    put(first, undefined, d.labelText ?? `${d.label}：`);
    const parts = d.text.split('\n');
    // One part per line when the text was joined from its lines; else all of it on the first.
    if (parts.length === d.lines.length) for (const [k, p] of parts.entries()) put(d.lines[k]!, k === 0 ? 1 : undefined, p);
    else put(first, 1, d.text);
  }
  const printing = parsed.footer.printing;
  if (printing) put(printing.lines[0] ?? 0, undefined, printing.text);
  for (const a of parsed.artefacts) put(a.line, a.column, a.text);
  for (const u of parsed.unassigned ?? []) putSource(u);
  return out.sort((x, y) => x.line - y.line || x.column - y.column || x.seq - y.seq);
}

/** Every character the parse accounted for, in source order, without whitespace. */
export function accountedText(parsed: ParsedBulletin): string {
  return stripWhitespace(
    accountedPieces(parsed)
      .map((p) => p.text)
      .join(''),
  );
}
