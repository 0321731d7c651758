// .pdf with pdf.js (pdfjs-dist, legacy build for Node): each page's glyphs
// with positions and fonts (./pdf-glyphs.ts) → printed lines (./pdf-lines.ts)
// → running headers, footers and page numbers by position and repetition,
// counted as artefacts (./pdf-furniture.ts) → one line per paragraph with its
// format as evidence for titles (./pdf-paragraphs.ts).
// pdf.js runs in this thread (./pdf-open.ts), which works the same under Node
// and in Astro's content loader. Images inside PDFs are not extracted (see README: the original PDF
// is published beside the text).
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractDiagnostic, ExtractedDocument } from './types.ts';
import { failed } from './failed.ts';
import { openPdf } from './pdf-open.ts';
import { pageGlyphs } from './pdf-glyphs.ts';
import { printedLines, type PrintedLine } from './pdf-lines.ts';
import { findFurniture } from './pdf-furniture.ts';
import { layoutOf, paragraphLines } from './pdf-paragraphs.ts';

/** What to tell the publisher when pdf.js cannot open the file. */
function openError(file: string, bytes: Uint8Array, error: unknown): ExtractedDocument {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return failed('pdf', bytes, 'pdf-encrypted', `${file}: the PDF is password-protected; save a copy without a password (or export the text as .txt) and put that in its place`);
  return failed('pdf', bytes, 'pdf-unreadable', `${file}: is not a readable PDF (${(error as Error)?.message ?? String(error)}); the file may be cut short or damaged: export or download it again, or supply the text as .txt`);
}

export async function extractPdf(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  const task = openPdf(bytes);
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return openError(file, bytes, error);
  }
  const diagnostics: ExtractDiagnostic[] = [];
  const pages: { lines: PrintedLine[]; height: number }[] = [];
  const scanned: number[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { glyphs, fonts, images, height } = await pageGlyphs(page);
      const lines = printedLines(glyphs, fonts, n);
      if (lines.length === 0 && images > 0) scanned.push(n);
      pages.push({ lines, height });
      page.cleanup();
    }
  } catch (error) {
    return openError(file, bytes, error);
  } finally {
    await task.destroy();
  }

  if (pages.every((p) => p.lines.length === 0)) {
    return failed(
      'pdf',
      bytes,
      'pdf-no-text',
      scanned.length > 0 ? `${file}: no text layer: OCR it or supply the text as .txt (the PDF holds only images, a scan of ${pages.length} page${pages.length === 1 ? '' : 's'})` : `${file}: the PDF has no text on any page; supply the bulletin's text as .txt instead`,
    );
  }
  for (const n of scanned) {
    diagnostics.push({ level: 'warning', code: 'pdf-page-no-text', page: n, message: `${file}: page ${n} has no text layer (a scanned page?), so its text is not in the archive: OCR the PDF or supply the text as .txt` });
  }

  const furniture = findFurniture(pages);
  const kept = pages.map((p) => p.lines.filter((l) => !furniture.removed.has(l)));
  const layout = layoutOf(kept.flat());
  return {
    format: 'pdf',
    lines: paragraphLines(kept, layout),
    artefacts: furniture.artefacts,
    images: [],
    original: bytes,
    encoding: 'pdf',
    diagnostics,
  };
}
