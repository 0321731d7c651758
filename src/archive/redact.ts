// Redaction (SPEC §8): every occurrence of a listed string becomes ■ of the
// same length. Matching ignores whitespace on both sides, so a name the print
// layout broke over two lines (张\n三) is found and blanked whole; the
// whitespace itself stays, so lines and line numbers do not move.

export const MARK = '■';

export interface RedactResult {
  /** The pieces, blanked where a string matched (each keeps its length). */
  pieces: string[];
  /** Matches found. */
  occurrences: number;
  /** Characters blanked. */
  characters: number;
}

const isSpace = (ch: string) => /\s/.test(ch);
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Blanks every occurrence of each string in a sequence of adjacent texts (the
 * lines of a title, the runs of a paragraph), matching across the seams
 * between pieces and across whitespace. `skip(piece, index)` hides characters
 * from matching (the artefacts between two halves of a paragraph).
 */
export function redactPieces(pieces: readonly string[], strings: readonly string[], skip?: (piece: number, index: number) => boolean): RedactResult {
  const needles = [...new Set(strings.map((s) => s.replace(/\s+/g, '')).filter(Boolean))];
  if (!needles.length) return { pieces: [...pieces], occurrences: 0, characters: 0 };
  // The visible characters, each with where it sits.
  const at: [number, number][] = [];
  let view = '';
  pieces.forEach((piece, p) => {
    for (let i = 0; i < piece.length; i++) {
      if (isSpace(piece[i]!) || skip?.(p, i)) continue;
      at.push([p, i]);
      view += piece[i];
    }
  });
  const marked = new Set<number>(); // view positions
  let occurrences = 0;
  for (const needle of needles) {
    for (let from = view.indexOf(needle); from >= 0; from = view.indexOf(needle, from + needle.length)) {
      occurrences++;
      for (let k = from; k < from + needle.length; k++) marked.add(k);
    }
  }
  if (!marked.size) return { pieces: [...pieces], occurrences: 0, characters: 0 };
  const chars = pieces.map((piece) => piece.split(''));
  let characters = 0;
  for (const k of marked) {
    const [p, i] = at[k]!;
    const code = pieces[p]!.charCodeAt(i);
    // One ■ per character: the second half of a surrogate pair adds none.
    if (isLowSurrogate(code) && i > 0 && isHighSurrogate(pieces[p]!.charCodeAt(i - 1))) chars[p]![i] = '';
    else {
      chars[p]![i] = MARK;
      characters++;
    }
  }
  return { pieces: chars.map((c) => c.join('')), occurrences, characters };
}

export function redactText(text: string, strings: readonly string[]): string {
  return redactPieces([text], strings).pieces[0]!;
}

/**
 * The bulletin's source text, redacted: first with the recognised artefacts
 * (page numbers, running headers, ** markers) hidden from matching, so a name
 * cut by a page break is found as the pages show it, then over everything, so
 * one inside an artefact is found too.
 */
export function redactSource(source: string, artefacts: readonly { line: number; text: string }[], strings: readonly string[]): { text: string; occurrences: number; characters: number } {
  const lines = source.split('\n');
  const hidden = lines.map(() => new Set<number>());
  for (const a of artefacts) {
    const line = lines[a.line - 1];
    if (line === undefined) continue;
    // The same piece may repeat on a line (two ** pairs): take the next one not yet hidden.
    for (let at = line.indexOf(a.text); at >= 0; at = line.indexOf(a.text, at + 1)) {
      if (hidden[a.line - 1]!.has(at)) continue;
      for (let k = at; k < at + a.text.length; k++) hidden[a.line - 1]!.add(k);
      break;
    }
  }
  const first = redactPieces(lines, strings, (p, i) => hidden[p]!.has(i));
  const second = redactPieces([first.pieces.join('\n')], strings);
  return { text: second.pieces[0]!, occurrences: first.occurrences + second.occurrences, characters: first.characters + second.characters };
}
