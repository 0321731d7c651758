// The archive model: what the pages are made from. Plain JSON-safe data,
// filled by loadArchive() from the input folder; Astro's content loader
// copies it into collections validated by src/content.config.ts. The shapes
// the collections hold are inferred from their schemas (./schema.ts), written
// once; the field-by-field comments are there.
import type { z } from 'zod';
import type { article, articleImage, districtEntry, fileDiagnostic, issue, provenance, publication, SourcedBy } from './schema.ts';

export type { CorrectedField } from './sidecar-articles.ts';
export type { TitleBasis } from '../parse/types.ts';

export type Provenance = z.infer<typeof provenance>;

/** A fact with where it came from. */
export type Sourced<T> = SourcedBy & { value: T };

export type FileDiagnostic = z.infer<typeof fileDiagnostic>;
export type Publication = z.infer<typeof publication>;
export type Issue = z.infer<typeof issue>;
export type Article = z.infer<typeof article>;
export type ArticleImage = z.infer<typeof articleImage>;
export type DistrictEntry = z.infer<typeof districtEntry>;

/** A file published beside the pages as it is: an original (read from the input folder) or a photo's bytes. */
export type Attachment = { file: string } | { data: Uint8Array };

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
