// Opens a PDF with pdf.js in this thread: its worker module is imported here
// and handed over (pdf.js looks for globalThis.pdfjsWorker before it would
// start a worker or fetch one), so nothing is spawned or fetched, under Node
// and in Astro's content loader alike. Character maps (Chinese PDFs whose
// fonts are not embedded name Adobe-GB1 CMaps) and standard font metrics are
// read from the package on disk.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

function packageDir(): string | undefined {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return dirname(createRequire(from).resolve('pdfjs-dist/package.json'));
    } catch {
      // bundled code may not resolve from its own place: try the project's
    }
  }
  return undefined;
}

export function openPdf(bytes: Uint8Array): PDFDocumentLoadingTask {
  const dir = packageDir();
  return getDocument({
    // pdf.js takes over (detaches) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    ...(dir ? { cMapUrl: `${join(dir, 'cmaps')}/`, cMapPacked: true, standardFontDataUrl: `${join(dir, 'standard_fonts')}/` } : {}),
    disableFontFace: true,
    fontExtraProperties: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
}
