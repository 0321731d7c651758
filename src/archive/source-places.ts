// Where a line of a bulletin's text stands in the original file, so a message
// can send the reader there: the Word paragraph it comes from (.docx, .doc:
// the file holds paragraphs; its pages are Word's layout, of which the file
// knows only hard breaks), the printed page of a PDF (its paragraphs are
// inferred). Kept as the text line each paragraph or page starts at
// (`starts[n - 1]`: the first line of place n), small enough for the model.

export type PlaceUnit = 'paragraph' | 'page';

export interface SourcePlaces {
  unit: PlaceUnit;
  /** 1-based text line each place starts at (index: place − 1); a place with no text line starts where the next one does. */
  starts: number[];
}

/** The places of a file's lines (line n of the text is lines[n − 1]) in `unit`; none when no line knows its place (a .txt). */
export function placesOf(lines: readonly { page?: number; paragraph?: number }[], unit: PlaceUnit): SourcePlaces | undefined {
  const at = lines.map((l) => l[unit]);
  if (!at.some((p) => p !== undefined)) return undefined;
  const starts: number[] = [];
  at.forEach((p, i) => {
    if (p !== undefined && starts[p - 1] === undefined) starts[p - 1] = i + 1;
  });
  for (let k = starts.length - 1, next = lines.length; k >= 0; k--) next = starts[k] ??= next;
  return { unit, starts };
}

/** The place a reader finds in the original: a PDF's printed page, a Word file's paragraph. */
export const placeUnitOf = (format: 'txt' | 'docx' | 'doc' | 'pdf'): PlaceUnit => (format === 'pdf' ? 'page' : 'paragraph');

/** The place (paragraph or page number) text line `line` is in. */
export function placeOf(places: SourcePlaces | undefined, line: number): { unit: PlaceUnit; n: number } | undefined {
  if (!places?.starts.length || line < 1) return undefined;
  let n = 1;
  while (n < places.starts.length && places.starts[n]! <= line) n++;
  return { unit: places.unit, n };
}
