// The parser's output: one printed bulletin as structure, with every
// removed or repaired artefact accounted for. Knows nothing of Astro,
// districts or URLs; line numbers are 1-based lines of the decoded text.

/** A problem found in the input, always tied to a line when one applies. */
export interface Diagnostic {
  /** notice: a repair or a reading worth checking, never a failure; warning: fails --strict; error: the file is skipped. */
  level: 'notice' | 'warning' | 'error';
  /** 1-based line of the decoded text, when the problem has one. */
  line?: number;
  /** What is wrong and what to do, in one sentence (Chinese or English). */
  message: string;
  /** Stable machine code, e.g. 'no-article', 'empty-file', 'title-mismatch'. */
  code: string;
}

/** Something in the source that does not reach the pages as text, on purpose. */
export interface Artefact {
  kind:
    | 'page-number' // — 3 — / - 3 - / 第3页 lines
    | 'blank-page' // （此页无正文）
    | 'running-header' // a short line repeated on many pages
    | 'bold-marker' // a `**` pair around a lead-in (the text stays, emphasised)
    | 'contents-bullet' // the ·, -, ● before a contents entry
    | 'list-bullet'; // any other removed bullet
  line: number;
  /** The exact characters removed from that line (whitespace aside). */
  text: string;
  /** 0-based index in the line where `text` starts (for ordering pieces of one line). */
  column?: number;
}

/** A repair that changes structure but removes no character. */
export interface Repair {
  kind: 'paragraph-joined' | 'title-joined';
  /** Lines that were joined into one paragraph or one title. */
  lines: number[];
}

export interface SourceText {
  text: string;
  line: number;
  /** 0-based index in the line where `text` starts; absent means the line's first character. */
  column?: number;
}

/**
 * Where a run of a block's text was printed: `length` characters of the block's
 * text (in order, runs concatenated) starting at `column` (0-based) of `line`.
 * A block's spans cover its text exactly; removed `**` markers fall between spans.
 */
export interface TextSpan {
  line: number;
  column: number;
  length: number;
}

export interface Masthead {
  /** 内部刊物, 注意保管, 内部资料, 注意保存 … as printed, in order. */
  marks: SourceText[];
  publication?: SourceText; // 嘉兴青年工作信息
  /** Category without brackets and letter-spacing: 经验交流. */
  category?: string;
  categoryLine?: SourceText; // the line as printed: （经  验  交  流）
  year?: number;
  issue?: number;
  /** The second number of a double or combined issue: 第5-6期, 第5、6期合刊 → issue 5, issueEnd 6. */
  issueEnd?: number;
  /** 增刊 (supplement) or 特刊 (special issue), numbered apart from the regular issues. */
  special?: '增刊' | '特刊';
  /** The supplement's own number, when printed (增刊第2期). */
  specialNumber?: number;
  totalIssue?: number; // 总第N期
  issueLine?: SourceText; // 2023年 第3期 as printed
  publisher?: string; // 共青团嘉兴市委 (without 编 / 编印)
  publisherLine?: SourceText;
  /** ISO date YYYY-MM-DD. */
  date?: string;
  dateLine?: SourceText;
  /** Every line the masthead consists of, in order. */
  lines: number[];
  /**
   * Every masthead line as printed (trimmed), in order, once each: the field lines
   * above plus lines that are no field (目录 / 本期目录, an unrecognised line).
   * This, not the field lines, is what the masthead accounts for.
   */
  printedLines?: SourceText[];
}

export interface ContentsEntry {
  /** The entry as printed, bullet removed, whitespace inside kept. */
  text: string;
  line: number;
  /** 0-based index in `line` where `text` starts (after the bullet). */
  column?: number;
  /** All lines of an entry wrapped in the contents (joined with nothing added); absent for one line. */
  lines?: number[];
  /**
   * Not an article's entry: a section label grouping the entries below it (【基层动态】, 〔经验交流〕),
   * or the 目录 heading when it stands below the masthead's end (after an editor's note).
   */
  role?: 'section' | 'heading';
}

export interface DistributionList {
  /** 报 / 送 / 抄送 / 发 */
  label: string;
  /** The label as printed with its colon (`报：`, `抄 送:`); accounts for those characters. */
  labelText?: string;
  /** Recipients as printed, continuation lines joined with a newline. */
  text: string;
  lines: number[];
}

export interface Footer {
  distribution: DistributionList[];
  /** 共青团浙江省委办公室 2021年12月29日印发, or publisher + date lines. */
  printing?: { text: string; lines: number[]; issuer?: string; date?: string };
}

export interface Inline {
  type: 'text' | 'emphasis';
  value: string;
}

/** One cell of a table flattened to text: its text as printed and where it stands. */
export interface TableCell {
  text: string;
  line: number;
  column: number;
}

/** A table's caption as printed: its text and where it stands (see TextSpan). */
export interface TableCaption {
  text: string;
  line: number;
  spans: TextSpan[];
}

export type Block =
  | {
      type: 'table';
      /** One row per printed line, cells in order (tab- or space-separated in the text). */
      rows: TableCell[][];
      /** The caption line printed right above the table (表1 …, 附表 …, or a caption by the file's format), `**` markers removed. */
      caption?: TableCaption;
      /** The caption's line (when there is one), then each row's. */
      lines: number[];
    }
  | {
      type: 'heading';
      /** 2 for 一、, 3 for （一） (or 1. directly under 一、), 4 below. */
      depth: 2 | 3 | 4 | 5;
      /** The numbering as printed: 一、 / （一） / 1. / 1、 / （1） */
      marker: string;
      /** Full heading text including its marker, as printed. */
      text: string;
      lines: number[];
      /** Where `text` was printed (see TextSpan). */
      spans?: TextSpan[];
    }
  | {
      type: 'paragraph';
      /** The paragraph's text split into plain and emphasised runs, in order. */
      children: Inline[];
      /** Source lines that make up this paragraph (more than one when rejoined). */
      lines: number[];
      /** Where the paragraph's text (children values concatenated) was printed (see TextSpan). */
      spans?: TextSpan[];
    };

export interface ArticleTitle {
  kicker?: string;
  /** Main title on one line: wrapped lines joined (spacing as the contents prints it). */
  main: string;
  /** A `——` line, dashes removed. */
  subtitle?: string;
  /** A byline line under the title, as printed: （团诸暨市委）, 团柯桥区委供稿, 作者：团吴兴区委　沈佳. */
  byline?: string;
  /** The title lines as printed, in order (kicker, main lines, subtitle, byline); a kicker printed on the main line's head is its own piece. */
  lines: SourceText[];
}

/**
 * How an article's start and title were found: its heading matches a contents
 * entry (exactly or close in wording), the shape of the lines alone says a
 * title stands there, or the sidecar said so (a standalone `title`, an
 * article start it sets).
 */
export type TitleBasis = 'contents' | 'layout' | 'sidecar';

export interface ParsedArticle {
  /** 1-based position in print order. */
  number: number;
  title: ArticleTitle;
  /** How the article's start and title were found. */
  basis: TitleBasis;
  /** The contents entry this article matched, if any (as printed). */
  contentsEntry?: ContentsEntry;
  /** Author organisation as printed at the head of the title (团海宁市委, 市直机关团工委), if any. */
  organisation?: string;
  /** Where the organisation was read: the title, the subtitle, the byline under the title, or the first paragraph. */
  organisationSource?: 'title' | 'subtitle' | 'byline' | 'body';
  blocks: Block[];
  /** First and last source line of the article (title included). */
  startLine: number;
  endLine: number;
}

/** An editor's note (编者按, 按语, 卷首语) printed before the first article: it speaks for the whole issue. */
export interface EditorsNote {
  /** The label as a word: 编者按, 按语, 卷首语, 编者的话, 编前语. */
  label: string;
  /** The note's text (its label included, as printed) as paragraphs. */
  blocks: Block[];
  /** True when it stands above the contents (between masthead and 目录). */
  beforeContents: boolean;
}

export interface ParsedBulletin {
  masthead: Masthead;
  contents: ContentsEntry[];
  editorsNote?: EditorsNote;
  articles: ParsedArticle[];
  footer: Footer;
  artefacts: Artefact[];
  repairs: Repair[];
  diagnostics: Diagnostic[];
  /**
   * Lines the parser could place nowhere else (text before the first article that is
   * no masthead or contents, or a whole text with no article). Kept so no text is
   * lost; each has a warning, and such a bulletin needs a look or a sidecar.
   */
  unassigned?: SourceText[];
}

/** Facts from the sidecar that change how the text is read. */
export interface ParseOptions {
  /** A standalone document: the whole text is one article (sidecar `title`). */
  standaloneTitle?: string;
  /**
   * Article starts the sidecar sets (`articles:` entries with `starts`): an
   * article starts at `line` (its title the line, or the lines spelling
   * `title`), or the article the text starts there is none (its lines go to
   * the article before). Lines are those of the decoded text; a line that
   * cannot take the change is left as read (the archive stage reports it).
   */
  starts?: ArticleStart[];
  /**
   * What the file's format says of each line (index n-1 for line n), from a Word
   * or PDF file: evidence the parser weighs against the text's shape (./evidence.ts).
   */
  format?: (FormatEvidence | undefined)[];
}

/** How a line was printed, as far as its file tells (all optional). */
export interface FormatEvidence {
  bold?: boolean;
  sizePt?: number;
  /** 'rrggbb' */
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  firstLineIndent?: boolean;
  /** The line is a row of a table (cells joined by tabs). */
  tableRow?: boolean;
  /** The file marks the line as a caption (Word's Caption paragraph style). */
  caption?: boolean;
  /** When the line is not bold throughout: the character ranges [from, to) of the line printed bold (shown as emphasis, as `**…**` in a text). */
  boldRuns?: [number, number][];
}

export interface ArticleStart {
  line: number;
  starts: boolean;
  title?: string;
}
