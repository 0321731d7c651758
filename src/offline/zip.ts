// A deterministic zip: entries in the given (sorted) order, one fixed
// timestamp, fixed compression, so two builds give the same bytes.
import { zipSync, type Zippable } from 'fflate';

// fflate writes DOS times from the local-time fields of the Date, so build it
// from local fields: the same stamp in every time zone.
const MTIME = new Date(2000, 0, 1, 0, 0, 0);

export function deterministicZip(files: Map<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    const data = files.get(path)!;
    // Already-compressed data gains nothing from deflate; the rest does.
    entries[path] = [data, { mtime: MTIME, level: /\.(zip|gz|png|jpe?g|webp)$/.test(path) ? 0 : 6 }];
  }
  return zipSync(entries);
}
