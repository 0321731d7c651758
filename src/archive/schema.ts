// The archive model's shapes, written once as Zod schemas: the model's
// TypeScript types are inferred from them (./types.ts) and the content
// collections validate with them (src/content.config.ts), so a field cannot
// be in one and missing from the other. Plain `zod` (the instance Astro's
// `astro/zod` re-exports, one copy in node_modules), so the model needs no
// Astro. The parser's own shapes inside the model (blocks, diagnostics, …) stay
// the parser's and the extract stage's TypeScript types (they know no Zod);
// ./schema.test.ts proves their schemas here equal to them, field for field.
import { z } from 'zod';
import { CORRECTED_FIELDS } from './sidecar-articles.ts';

export const provenance = z.enum(['printed', 'sidecar', 'inferred']);

/** A fact with where it came from. */
const sourcedBy = z.object({
  provenance,
  /** For inferred facts: how (e.g. 'title-place', 'relative-to-publisher', 'file-stem'). */
  via: z.string().optional(),
});
const sourced = <T extends z.ZodType>(value: T) => sourcedBy.extend({ value });
export type SourcedBy = z.infer<typeof sourcedBy>;

/** A GB/T 2260 division code. */
const code = z.string().regex(/^\d{6}$/);
const line = z.number().int();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

// The parser's shapes (src/parse/types.ts: Diagnostic, Block, TitleBasis, SourceText, Artefact, Repair).
export const diagnostic = z.object({
  level: z.enum(['notice', 'warning', 'error']),
  line: line.optional(),
  message: z.string(),
  code: z.string(),
});
export const fileDiagnostic = diagnostic.extend({
  /** Path of the input file relative to the bulletins folder (or the sidecar). */
  file: z.string(),
});
const span = z.object({ line, column: z.number().int(), length: z.number().int() });
const inline = z.object({ type: z.enum(['text', 'emphasis']), value: z.string() });
export const block = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('table'),
    rows: z.array(z.array(z.object({ text: z.string(), line, column: z.number().int() }))),
    caption: z.object({ text: z.string(), line, spans: z.array(span) }).optional(),
    lines: z.array(line),
  }),
  z.object({ type: z.literal('heading'), depth: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]), marker: z.string(), text: z.string(), lines: z.array(line), spans: z.array(span).optional() }),
  z.object({ type: z.literal('paragraph'), children: z.array(inline), lines: z.array(line), spans: z.array(span).optional() }),
]);
export const titleBasis = z.enum(['contents', 'layout', 'sidecar']);
export const sourceText = z.object({ text: z.string(), line, column: z.number().int().optional() });
export const artefact = z.object({
  kind: z.enum(['page-number', 'blank-page', 'running-header', 'bold-marker', 'contents-bullet', 'list-bullet']),
  line,
  text: z.string(),
  column: z.number().int().optional(),
});
export const repair = z.object({ kind: z.enum(['paragraph-joined', 'title-joined']), lines: z.array(line) });
// The extract stage's (src/extract/types.ts: ExtractedArtefact).
export const formatArtefact = z.object({ kind: z.enum(['page-number', 'running-header', 'running-footer', 'field', 'blank-page']), text: z.string(), page: z.number().int().optional() });

/** Where each place of the original (a Word paragraph, a PDF page) starts in the text (./source-places.ts: SourcePlaces). */
export const sourcePlaces = z.object({
  unit: z.enum(['paragraph', 'page']),
  /** 1-based text line each place starts at (index: place − 1). */
  starts: z.array(line),
});

export const publication = z.object({
  /** URL slug: jiaxing-qingnian-gongzuo-xinxi */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  publisher: z.string().optional(),
  publisherCode: code.optional(),
  /** Issue ids, oldest first. */
  issues: z.array(z.string()),
  /** True when this groups standalone documents of one publisher rather than a periodical. */
  standalone: z.boolean(),
});

export const issue = z.object({
  /** Path without slashes at the ends: jiaxing-qingnian-gongzuo-xinxi/2023/03 */
  id: z.string(),
  /** Site path: /jiaxing-qingnian-gongzuo-xinxi/2023/03/ */
  path: z.string().startsWith('/').endsWith('/'),
  /** The publication's slug. */
  publication: z.string(),
  publicationName: z.string(),
  /** Where the publication's name came from: the masthead, the sidecar, or the publisher's name (inferred). */
  publicationProvenance: provenance,
  /** The {nn} (or stem) segment of the path. */
  segment: z.string(),
  year: sourced(z.number().int()).optional(),
  number: sourced(z.number().int()).optional(),
  /** The second number of a double or combined issue (第5-6期: number 5, numberEnd 6). */
  numberEnd: z.number().int().optional(),
  /** 增刊 or 特刊: numbered apart from the regular issues (then `number` is the supplement's own number, if printed). */
  special: z.enum(['增刊', '特刊']).optional(),
  totalNumber: z.number().int().optional(),
  date: sourced(isoDate).optional(),
  category: z.string().optional(),
  categoryPrinted: z.string().optional(),
  marks: z.array(z.string()),
  publisher: sourced(z.string()).optional(),
  publisherCode: code.optional(),
  /** Masthead lines as printed, in order. */
  mastheadLines: z.array(z.string()),
  /** The contents as printed; `role` marks a section label or a 目录 heading (no article). */
  contents: z.array(z.object({ text: z.string(), article: z.number().int().optional(), role: z.enum(['section', 'heading']).optional() })),
  /** An editor's note before the first article (编者按, 按语, 卷首语): it speaks for the issue. */
  editorsNote: z.object({ label: z.string(), blocks: z.array(block), beforeContents: z.boolean() }).optional(),
  /** label: 报 / 送 / 抄送 / 发; labelText: as printed (报：, 抄 送：). */
  distribution: z.array(z.object({ label: z.string(), labelText: z.string(), text: z.string() })),
  printing: z.object({ text: z.string(), issuer: z.string().optional(), date: z.string().optional() }).optional(),
  /** Lines the parser could place nowhere (published as they are, flagged). */
  unassigned: z.array(z.string()),
  /** Standalone document (no periodical masthead). */
  standalone: z.boolean(),
  /** The bulletin file: name, format (by extension), SHA-256 and size of its bytes; encoding: the text's (.txt) or the format. */
  source: z.object({
    file: z.string(),
    format: z.enum(['txt', 'docx', 'doc', 'pdf']),
    sha256: z.string().length(64),
    encoding: z.string(),
    bytes: z.number().int(),
    /** Word: the line of the source text each paragraph starts at; PDF: each printed page (./source-places.ts), so a loss can name its place in the original. */
    places: sourcePlaces.optional(),
  }),
  articleIds: z.array(z.string()),
  /** Label for lists: 2023年第3期, or the standalone title. */
  label: z.string(),
  artefacts: z.array(artefact),
  /** What a Word or PDF file marks as print furniture (running headers and footers, page-number fields): counted, never text of the pages. */
  formatArtefacts: z.array(formatArtefact).optional(),
  repairs: z.array(repair),
  warnings: z.array(fileDiagnostic),
  /** Withdrawn by its sidecar (SPEC §8): the URLs stay as notices, the text is gone from the model. */
  withdrawn: z
    .object({
      on: isoDate,
      reason: z.string().min(1),
      /** Non-whitespace characters of the source removed. */
      characters: z.number().int(),
    })
    .optional(),
  /** Redactions made in this bulletin's source (sidecar and archive-wide lists). */
  redaction: z.object({ occurrences: z.number().int(), characters: z.number().int() }).optional(),
});

export const articleImage = z.object({
  /** File name beside the article page (photo-1.jpg), resized to at most 1600 px wide. */
  src: z.string(),
  afterBlock: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  /** From the caption line （图为……） or the picture's own description. */
  alt: z.string().optional(),
});

export const article = z.object({
  /** jiaxing-qingnian-gongzuo-xinxi/2023/03/2 */
  id: z.string(),
  path: z.string().startsWith('/').endsWith('/'),
  /** The issue's id. */
  issue: z.string(),
  /** The publication's slug. */
  publication: z.string(),
  number: z.number().int().positive(),
  title: z.object({ kicker: z.string().optional(), main: z.string().min(1), subtitle: z.string().optional(), byline: z.string().optional() }),
  /** How the title was found: matched to a contents entry, by layout alone, or set by the sidecar. */
  basis: titleBasis,
  /** Fields the sidecar's `articles:` corrected (their provenance is `sidecar`); absent when none. */
  corrected: z.array(z.enum(CORRECTED_FIELDS)).optional(),
  /** The title on one line (kicker, main and subtitle joined) for lists and metadata. */
  headline: z.string().min(1),
  titleLines: z.array(sourceText),
  contentsEntry: z.string().optional(),
  organisation: sourced(z.string()).optional(),
  /** Primary district (GB/T 2260 code). */
  district: sourced(code).optional(),
  /** Divisions named in the text (codes), primary excluded. */
  mentions: z.array(code),
  blocks: z.array(block),
  startLine: line,
  endLine: line,
  /** Characters of body text (for lists and sizes). */
  length: z.number().int(),
  /** Photos of a Word file, each after the body block it follows (-1: before the first). */
  images: z.array(articleImage).optional(),
});

export const districtEntry = z.object({
  code,
  name: z.string(),
  level: z.enum(['province', 'city', 'county']),
  parent: code.optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  successors: z.array(code),
  predecessors: z.array(code),
  note: z.string().optional(),
  /** Article ids whose primary district is this one, newest first. */
  articles: z.array(z.string()),
  /** Article ids that mention it, newest first. */
  mentionedIn: z.array(z.string()),
  /** Articles here and in every division below. */
  totalArticles: z.number().int(),
});
