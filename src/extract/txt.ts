// .txt: the decode stage's text, one ExtractedLine per line, nothing else known.
import { decodeBulletin } from '../decode/index.ts';
import type { ExtractedDocument } from './types.ts';

export function extractText(bytes: Uint8Array, file: string): ExtractedDocument {
  const decoded = decodeBulletin(bytes, file);
  return {
    format: 'txt',
    lines: decoded.text.split('\n').map((text) => ({ text })),
    artefacts: [],
    images: [],
    encoding: decoded.encoding,
    diagnostics: decoded.diagnostics.map(({ level, code, message, line }) => ({ level, code, message, ...(line !== undefined ? { line } : {}) })),
  };
}
