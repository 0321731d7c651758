// A document that could not be read: no lines, one error naming the file and what to do.
import type { BulletinFormat, ExtractedDocument } from './types.ts';

export function failed(format: BulletinFormat, bytes: Uint8Array, code: string, message: string): ExtractedDocument {
  return { format, lines: [], artefacts: [], images: [], original: bytes, encoding: format, diagnostics: [{ level: 'error', code, message }] };
}
