// Format evidence (from a Word or PDF file) weighed against the text's shape.
// A line the text reads as a title by its shape but the file prints as body
// text — not bold, or an indented paragraph, or the caption right above a
// table — is no title: the format wins, with a notice naming the line. A line
// printed large, red and centred at the top is the masthead's name; bold runs
// are emphasis; a caption by its style or print names the table below it.
import type { Diagnostic, FormatEvidence } from './types.ts';
import type { SourceLine } from './lines.ts';

/** A masthead's name is printed in 一号 (26 pt) or larger; titles in 二号 (22 pt). */
const MASTHEAD_PT = 26;

/** 'rrggbb' that is red: strong red, little green and blue (ff0000, c00000, e60012 …). */
const isRed = (color: string | undefined): boolean => {
  if (!color || !/^[0-9a-f]{6}$/i.test(color)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  return r >= 0x99 && g <= 0x66 && b <= 0x66;
};

export class Evidence {
  private readonly format: readonly (FormatEvidence | undefined)[];

  constructor(format: readonly (FormatEvidence | undefined)[]) {
    this.format = format;
  }

  at(line: number): FormatEvidence | undefined {
    return this.format[line - 1];
  }

  /** Whether the file prints the character at a column of the line bold; undefined when it says nothing of the line's weight. */
  boldAt(line: number): ((column: number) => boolean) | undefined {
    const f = this.at(line);
    if (f?.bold) return () => true;
    const runs = f?.boldRuns;
    return runs ? (column) => runs.some(([a, b]) => column >= a && column < b) : undefined;
  }

  /** The file prints the line as a masthead: large (26 pt or more), red and centred. */
  marksMasthead(line: number): boolean {
    const f = this.at(line);
    return !!f && !f.tableRow && f.align === 'center' && (f.sizePt ?? 0) >= MASTHEAD_PT && isRed(f.color);
  }

  /** The file prints the line as a caption: in Word's Caption style, or centred and bold (as a table's caption above it). */
  marksCaption(line: number): boolean {
    const f = this.at(line);
    return !!f && !f.tableRow && (!!f.caption || (!!f.bold && f.align === 'center'));
  }

  /** Why the format says these title-shaped lines are no title, or undefined when it does not say so. */
  private notATitle(main: readonly SourceLine[], after: SourceLine | undefined): string | undefined {
    const formats = main.map((l) => this.at(l.no));
    if (formats.some((f) => f === undefined)) return undefined; // no evidence for some line: the text decides
    if (after && this.at(after.no)?.tableRow) return 'the caption of the table below it';
    if (formats.some((f) => f!.firstLineIndent && f!.align !== 'center')) return 'an indented body paragraph';
    if (formats.some((f) => !f!.bold)) return 'body text (not bold)';
    return undefined;
  }

  /** Keeps a title found by shape unless the format says otherwise (then a notice). */
  keepsShapeTitle(main: readonly SourceLine[], after: SourceLine | undefined, diagnostics: Diagnostic[]): boolean {
    const why = this.notATitle(main, after);
    if (!why) return true;
    const first = main[0]!;
    diagnostics.push({ level: 'notice', line: first.no, code: 'format-not-title', message: `line ${first.no}: "${first.text}" has the shape of a title, but the file prints it as ${why}; read as body text (the format wins)` });
    return false;
  }
}
