// .docx: not read yet (issue 22, in progress); an error naming the file, the rest builds.
import type { ExtractedDocument } from './types.ts';
import { failed } from './failed.ts';

export async function extractDocx(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  return failed('docx', bytes, 'docx-unsupported', `${file}: Word files are not read yet; supply the bulletin's text as .txt beside it (same name) instead`);
}
