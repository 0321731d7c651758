// .doc (Word 97–2003): converted to .docx by LibreOffice (soffice, headless,
// its own throwaway profile so parallel builds do not share a lock), then read
// as a .docx; the .doc itself stays the original. Without soffice on the PATH,
// or when the conversion fails, an error names the file and says what to do.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ExtractedDocument } from './types.ts';
import { failed } from './failed.ts';
import { docIsEncrypted, sniffContainer } from './container.ts';
import { readWordZip } from './docx.ts';
import { onPath } from './on-path.ts';

const run = promisify(execFile);
const SAVE_AS_DOCX = 'open it in Word or LibreOffice and save it as .docx (Word 2007 or later)';

export async function extractDoc(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  const container = sniffContainer(bytes);
  // A .docx with a .doc name reads as what it is.
  if (container === 'zip') return readWordZip(bytes, file, 'doc', bytes);
  if (container === 'encrypted' || (container === 'doc' && docIsEncrypted(bytes))) {
    return failed('doc', bytes, 'word-encrypted', `${file}: is protected with a password, so its text cannot be read; open it in Word, remove the password and save it again (as .docx)`);
  }
  if (container !== 'doc') return failed('doc', bytes, 'not-word', `${file}: is not a Word 97–2003 document; export the bulletin again as .docx, or supply its text as .txt`);
  const soffice = onPath('soffice');
  if (!soffice) {
    return failed('doc', bytes, 'doc-needs-libreoffice', `${file}: Word 97–2003 (.doc) files are read through LibreOffice, and soffice is not on the PATH here; install LibreOffice (Debian: apt-get install libreoffice-writer-nogui) and build again, or ${SAVE_AS_DOCX}`);
  }
  const work = await mkdtemp(join(tmpdir(), 'bulletin-doc-'));
  try {
    await writeFile(join(work, 'in.doc'), bytes);
    await run(soffice, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, 'in.doc')], { timeout: 120_000 });
    const docx = await readFile(join(work, 'in.docx')).catch(() => undefined);
    if (!docx) return failed('doc', bytes, 'doc-conversion-failed', `${file}: LibreOffice could not convert it to .docx (damaged or password-protected?); ${SAVE_AS_DOCX}`);
    return await readWordZip(docx, file, 'doc', bytes);
  } catch (error) {
    return failed('doc', bytes, 'doc-conversion-failed', `${file}: LibreOffice failed converting it to .docx (${(error as Error).message.split('\n')[0]}); ${SAVE_AS_DOCX}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
