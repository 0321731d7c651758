// The extract stage's output: one bulletin file (text, Word or PDF) as lines
// of text with what the format says about them. Text is what the parser
// reads (lines joined with '\n'); the rest is evidence, artefacts the format
// marks as page furniture (counted, never published as text), and images.

export type BulletinFormat = 'txt' | 'docx' | 'doc' | 'pdf';

/** What the file says about how a line was printed (all optional: a format tells what it knows). */
export interface LineFormat {
  bold?: boolean;
  /** Font size in points (the largest run's). */
  sizePt?: number;
  /** Text colour as 'rrggbb' (lower case), absent for automatic/black. */
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** The paragraph's first line is indented (a body paragraph in print). */
  firstLineIndent?: boolean;
  font?: string;
  /** The paragraph is in Word's Caption style (a table's or figure's caption). */
  caption?: boolean;
  /** When the line is not bold throughout: the character ranges [from, to) of its text printed bold (a lead-in, a phrase). */
  boldRuns?: [number, number][];
}

export interface ExtractedLine {
  text: string;
  format?: LineFormat;
  /** 1-based page the line was printed on, when the format knows pages. */
  page?: number;
  /** 1-based paragraph of the document (Word) the line comes from. */
  paragraph?: number;
  /** A table row is one line, its cells joined by '\t'. */
  table?: { table: number; row: number; header: boolean };
}

/** Something the format marks as print furniture: not text of the bulletin, counted. */
export interface ExtractedArtefact {
  kind: 'page-number' | 'running-header' | 'running-footer' | 'field' | 'blank-page';
  text: string;
  page?: number;
}

export interface ExtractedImage {
  /** 1-based line it follows (0: before the first line). */
  afterLine: number;
  data: Uint8Array;
  mime: string;
  /** Pixel size of `data`. */
  width: number;
  height: number;
  alt?: string;
}

export interface ExtractDiagnostic {
  level: 'error' | 'warning';
  code: string;
  /** Names the file, says what is wrong and what to do. */
  message: string;
  line?: number;
  page?: number;
}

export interface ExtractedDocument {
  format: BulletinFormat;
  /** text = lines.map(l => l.text).join('\n'); line n of the text is lines[n-1]. */
  lines: ExtractedLine[];
  artefacts: ExtractedArtefact[];
  images: ExtractedImage[];
  /** The file as given, published beside source.txt (absent for .txt, whose source.txt is the file's text). */
  original?: Uint8Array;
  /** How the text was read: the text encoding for .txt (utf-8, gb18030 …), the format otherwise. */
  encoding: string;
  diagnostics: ExtractDiagnostic[];
}

/** The text the parser reads. */
export const documentText = (doc: ExtractedDocument): string => doc.lines.map((l) => l.text).join('\n');
