// .pdf: not read yet (issue 22's PDF part); an error naming the file, the rest builds.
import type { ExtractedDocument } from './types.ts';
import { failed } from './failed.ts';

export async function extractPdf(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  return failed('pdf', bytes, 'pdf-unsupported', `${file}: PDF files are not read yet; supply the bulletin's text as .txt beside it (same name) instead`);
}
