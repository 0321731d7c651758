// .docx: unzip (fflate), then read the WordprocessingML package (./ooxml.ts).
// A file that is no .docx gets an error naming it and saying what to do.
import { unzipSync } from 'fflate';
import type { BulletinFormat, ExtractedDocument } from './types.ts';
import { failed } from './failed.ts';
import { sniffContainer } from './container.ts';
import { WordPackage } from './ooxml.ts';

export async function extractDocx(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  switch (sniffContainer(bytes)) {
    case 'encrypted':
      return failed('docx', bytes, 'word-encrypted', `${file}: is protected with a password, so its text cannot be read; open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, empty) and save it again`);
    case 'doc':
      return failed('docx', bytes, 'docx-is-doc', `${file}: is a Word 97–2003 document (.doc) with a .docx name; rename it to .doc, or open it in Word and save it as .docx`);
    case 'unknown':
      return failed('docx', bytes, 'not-word', `${file}: is not a Word document (it is no zip package); export the bulletin again as .docx, or supply its text as .txt`);
  }
  return readWordZip(bytes, file, 'docx', bytes);
}

/** Reads the zip of a .docx (or of a .doc converted to .docx: then `original` is the .doc). */
export async function readWordZip(zip: Uint8Array, file: string, format: BulletinFormat, original: Uint8Array): Promise<ExtractedDocument> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(zip);
  } catch (error) {
    return failed(format, original, 'corrupt-zip', `${file}: the Word file is damaged (${(error as Error).message}); open it in Word or LibreOffice, let it repair the file, save it again and build`);
  }
  if (!parts['word/document.xml']) {
    return failed(format, original, 'not-word', `${file}: is a zip package but no Word document (no word/document.xml); export the bulletin again as .docx`);
  }
  try {
    return await new WordPackage(parts).read(format, original);
  } catch (error) {
    return failed(format, original, 'corrupt-word', `${file}: the Word document's XML cannot be read (${(error as Error).message}); open it in Word or LibreOffice, save it again and build`);
  }
}
