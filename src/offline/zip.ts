// A deterministic zip, streamed to disk with yazl (native zlib deflate, ZIP64
// when an archive passes 65,535 entries or 4 GB): entries in sorted order, one
// fixed timestamp, fixed compression, so two builds give the same bytes; each
// entry's bytes are made only when yazl reaches it, so memory stays flat.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';

// DOS times are local-time fields: a Date built from local fields is the same
// stamp in every time zone. (The Info-ZIP UTC field is left out for that reason.)
const MTIME = new Date(2000, 0, 1, 0, 0, 0);

export interface ZipEntry {
  path: string;
  /** Called once, when the entry is written. */
  bytes: () => Uint8Array;
}

/** Writes the entries, sorted by path, to `file`; resolves to the zip's size in bytes. */
export async function writeDeterministicZip(file: string, entries: ZipEntry[]): Promise<number> {
  const zip = new ZipFile();
  const out = createWriteStream(file);
  zip.outputStream.pipe(out);
  for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    // Already-compressed data gains nothing from deflate; base64 of compressed
    // data (the wrapped search index) gains only its 4/3 back, as fast at level 1.
    const stored = /\.(zip|gz|png|jpe?g|webp)$/.test(entry.path);
    const level = stored ? 0 : entry.path.startsWith('pagefind/') ? 1 : 6;
    zip.addReadStreamLazy(entry.path, { mtime: MTIME, mode: 0o100644, compressionLevel: level, forceDosTimestamp: true }, (cb) => {
      try {
        cb(null, Readable.from([Buffer.from(entry.bytes())]));
      } catch (err) {
        cb(err as Error, undefined as unknown as Readable);
      }
    });
  }
  zip.end();
  await finished(out);
  return out.bytesWritten;
}
