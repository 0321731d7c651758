// The extract stage's entry point: the format by extension, .txt exactly as
// the decode stage reads it, and a file no reader takes as an error naming it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBulletin } from '../decode/index.ts';
import { bulletinFormat, documentText, extractDocument } from './index.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'content', 'bulletins');

describe('extractDocument', () => {
  it('tells the format by the extension, in any case, and no format for other files', () => {
    expect(['a.txt', 'a.DOCX', 'a.doc', 'a.Pdf', 'a.meta.yml', 'a.rtf'].map(bulletinFormat)).toEqual(['txt', 'docx', 'doc', 'pdf', undefined, undefined]);
  });

  it('reads a .txt as the decode stage does: same text, encoding and diagnostics, one line per line', async () => {
    for (const name of ['001_e03f40994a3cdccb.txt', '004_513619527335753d.txt']) {
      const bytes = readFileSync(join(SEEDS, name));
      const doc = await extractDocument(bytes, name);
      const decoded = decodeBulletin(bytes, name);
      expect(doc.format).toBe('txt');
      expect(documentText(doc)).toBe(decoded.text);
      expect(doc.lines).toHaveLength(decoded.text.split('\n').length);
      expect(doc.encoding).toBe(decoded.encoding);
      expect(doc.artefacts).toEqual([]);
    }
    const gbk = await extractDocument(new Uint8Array([0xb9, 0xb2, 0xc7, 0xe0, 0xcd, 0xc5, 0xd5, 0xe3, 0xbd, 0xad, 0xca, 0xa1, 0xce, 0xaf]), 'old.txt');
    expect(gbk).toMatchObject({ encoding: 'gb18030', diagnostics: [{ level: 'warning', code: 'legacy-encoding' }] });
    expect(documentText(gbk)).toBe('共青团浙江省委');
  });

  it('gives a 0-byte .txt an error naming the file', async () => {
    const doc = await extractDocument(new Uint8Array(0), 'empty.txt');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'empty-file', message: expect.stringContaining('empty.txt') })]);
  });
});

describe('extractDocument on an empty Word or PDF file', () => {
  it('gives an error naming the file and what to do, never a throw', async () => {
    for (const file of ['a.docx', 'b.doc', 'c.pdf']) {
      const doc = await extractDocument(new Uint8Array(0), file);
      expect(doc.lines).toEqual([]);
      expect(doc.diagnostics).toEqual([{ level: 'error', code: 'empty-file', message: expect.stringMatching(new RegExp(`^${file.replace('.', '\\.')}: is empty \\(0 bytes\\); copy or export`)) }]);
    }
  });
});
