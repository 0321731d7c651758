// Extract stage: one bulletin file → ExtractedDocument (./types.ts), between
// decode and parse. The format is the file's extension; .txt goes through the
// decode stage unchanged, Word and PDF through their readers. Never throws for
// a bad file: it returns an error diagnostic naming the file and what to do.
import { extname } from 'node:path';
import type { BulletinFormat, ExtractedDocument } from './types.ts';
import { extractText } from './txt.ts';
import { extractPdf } from './pdf.ts';
import { extractDocx } from './docx.ts';
import { extractDoc } from './doc.ts';
import { failed } from './failed.ts';

export type * from './types.ts';
export { documentText } from './types.ts';

/** Extensions of the bulletin files an input folder may hold, and their formats. */
export const BULLETIN_EXTENSIONS: Record<string, BulletinFormat> = { '.txt': 'txt', '.docx': 'docx', '.doc': 'doc', '.pdf': 'pdf' };

/** The format of a bulletin file by its name, or undefined when it is no bulletin file. */
export function bulletinFormat(file: string): BulletinFormat | undefined {
  return BULLETIN_EXTENSIONS[extname(file).toLowerCase()];
}

export async function extractDocument(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  const format = bulletinFormat(file) ?? 'txt';
  // An empty Word or PDF file (a failed copy or save); .txt says it in the decode stage's words.
  if (bytes.length === 0 && format !== 'txt') return failed(format, bytes, 'empty-file', `${file}: is empty (0 bytes); copy or export the ${format === 'pdf' ? 'PDF' : 'Word file'} again, or remove it`);
  switch (format) {
    case 'docx':
      return extractDocx(bytes, file);
    case 'doc':
      return extractDoc(bytes, file);
    case 'pdf':
      return extractPdf(bytes, file);
    default:
      return extractText(bytes, file);
  }
}
