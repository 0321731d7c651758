// The archive model: what the pages are made from. Plain JSON-safe data,
// filled by loadArchive() from the input folder; Astro's content loader
// copies it into collections validated by src/content.config.ts.
import type { Block, Diagnostic, TitleBasis } from '../parse/types.ts';
import type { CorrectedField } from './sidecar-articles.ts';
import type { SourcePlaces } from './source-places.ts';

export type { CorrectedField } from './sidecar-articles.ts';
export type { TitleBasis } from '../parse/types.ts';

export type Provenance = 'printed' | 'sidecar' | 'inferred';

/** A fact with where it came from. */
export interface Sourced<T> {
  value: T;
  provenance: Provenance;
  /** For inferred facts: how (e.g. 'title-place', 'relative-to-publisher', 'file-stem'). */
  via?: string;
}

export interface FileDiagnostic extends Diagnostic {
  /** Path of the input file relative to the bulletins folder (or the sidecar). */
  file: string;
}

export interface Publication {
  /** URL slug: jiaxing-qingnian-gongzuo-xinxi */
  slug: string;
  name: string;
  publisher?: string;
  publisherCode?: string;
  /** Issue ids, oldest first. */
  issues: string[];
  /** True when this groups standalone documents of one publisher rather than a periodical. */
  standalone: boolean;
}

export interface Issue {
  /** Path without slashes at the ends: jiaxing-qingnian-gongzuo-xinxi/2023/03 */
  id: string;
  /** Site path: /jiaxing-qingnian-gongzuo-xinxi/2023/03/ */
  path: string;
  publication: string; // slug
  publicationName: string;
  /** Where the publication's name came from: the masthead, the sidecar, or the publisher's name (inferred). */
  publicationProvenance: Provenance;
  /** The {nn} (or stem) segment of the path. */
  segment: string;
  year?: Sourced<number>;
  number?: Sourced<number>;
  /** The second number of a double or combined issue (第5-6期: number 5, numberEnd 6). */
  numberEnd?: number;
  /** 增刊 or 特刊: numbered apart from the regular issues (then `number` is the supplement's own number, if printed). */
  special?: '增刊' | '特刊';
  totalNumber?: number;
  date?: Sourced<string>;
  category?: string;
  categoryPrinted?: string;
  marks: string[];
  publisher?: Sourced<string>;
  publisherCode?: string;
  /** Masthead lines as printed, in order. */
  mastheadLines: string[];
  /** The contents as printed; `role` marks a section label or a 目录 heading (no article). */
  contents: { text: string; article?: number; role?: 'section' | 'heading' }[];
  /** An editor's note before the first article (编者按, 按语, 卷首语): it speaks for the issue. */
  editorsNote?: { label: string; blocks: Block[]; beforeContents: boolean };
  /** label: 报 / 送 / 抄送 / 发; labelText: as printed (报：, 抄 送：). */
  distribution: { label: string; labelText: string; text: string }[];
  printing?: { text: string; issuer?: string; date?: string };
  /** Lines the parser could place nowhere (published as they are, flagged). */
  unassigned: string[];
  /** Standalone document (no periodical masthead). */
  standalone: boolean;
  /** The bulletin file: name, format (by extension), SHA-256 and size of its bytes; encoding: the text's (.txt) or the format. */
  source: {
    file: string;
    format: 'txt' | 'docx' | 'doc' | 'pdf';
    sha256: string;
    encoding: string;
    bytes: number;
    /** Word: the line of the source text each paragraph starts at; PDF: each printed page (./source-places.ts), so a loss can name its place in the original. */
    places?: SourcePlaces;
  };
  articleIds: string[];
  /** Label for lists: 2023年第3期, or the standalone title. */
  label: string;
  artefacts: { kind: string; line: number; text: string }[];
  /** What a Word or PDF file marks as print furniture (running headers and footers, page-number fields): counted, never text of the pages. */
  formatArtefacts?: { kind: string; text: string; page?: number }[];
  repairs: { kind: string; lines: number[] }[];
  warnings: FileDiagnostic[];
  /** Withdrawn by its sidecar (SPEC §8): the URLs stay as notices, the text is gone from the model. */
  withdrawn?: { on: string; reason: string; /** Non-whitespace characters of the source removed. */ characters: number };
  /** Redactions made in this bulletin's source (sidecar and archive-wide lists). */
  redaction?: { occurrences: number; characters: number };
}

export interface Article {
  /** jiaxing-qingnian-gongzuo-xinxi/2023/03/2 */
  id: string;
  path: string;
  issue: string; // issue id
  publication: string; // slug
  number: number;
  title: { kicker?: string; main: string; subtitle?: string; byline?: string };
  /** How the title was found: matched to a contents entry, by layout alone, or set by the sidecar. */
  basis: TitleBasis;
  /** Fields the sidecar's `articles:` corrected (their provenance is `sidecar`); absent when none. */
  corrected?: CorrectedField[];
  /** The title on one line (kicker, main and subtitle joined) for lists and metadata. */
  headline: string;
  titleLines: { text: string; line: number }[];
  contentsEntry?: string;
  organisation?: Sourced<string>;
  /** Primary district (GB/T 2260 code). */
  district?: Sourced<string>;
  /** Divisions named in the text (codes), primary excluded. */
  mentions: string[];
  blocks: Block[];
  startLine: number;
  endLine: number;
  /** Characters of body text (for lists and sizes). */
  length: number;
  /** Photos of a Word file, each after the body block it follows (-1: before the first). */
  images?: ArticleImage[];
}

export interface ArticleImage {
  /** File name beside the article page (photo-1.jpg), resized to at most 1600 px wide. */
  src: string;
  afterBlock: number;
  width: number;
  height: number;
  /** From the caption line （图为……） or the picture's own description. */
  alt?: string;
}

/** A file published beside the pages as it is: an original (read from the input folder) or a photo's bytes. */
export type Attachment = { file: string } | { data: Uint8Array };

export interface DistrictEntry {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parent?: string;
  validFrom?: string;
  validTo?: string;
  successors: string[];
  predecessors: string[];
  note?: string;
  /** Article ids whose primary district is this one, newest first. */
  articles: string[];
  /** Article ids that mention it, newest first. */
  mentionedIn: string[];
  /** Articles here and in every division below. */
  totalArticles: number;
}

export interface Archive {
  publications: Publication[];
  issues: Issue[];
  articles: Article[];
  districts: DistrictEntry[];
  /** Every diagnostic of every file, warnings and errors. */
  diagnostics: FileDiagnostic[];
  /** Files skipped because of errors. */
  skipped: string[];
  /** Source text per issue id, for source.txt and the no-text-lost check. */
  sources: Record<string, string>;
  /** Files beside the pages by site path: the originals of Word and PDF bulletins (source.docx …) and their photos. */
  attachments: Record<string, Attachment>;
}
