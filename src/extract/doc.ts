// .doc (Word 97–2003): not read yet (issue 22, in progress); an error naming the file, the rest builds.
import type { ExtractedDocument } from './types.ts';
import { failed } from './failed.ts';

export async function extractDoc(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  return failed('doc', bytes, 'doc-unsupported', `${file}: Word 97–2003 files are not read yet; save it as .docx or supply the bulletin's text as .txt instead`);
}
