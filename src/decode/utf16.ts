// UTF-16 (after a byte-order mark): decoding and the first bad code unit.

import { lineAtIndex } from './lines.ts';

export type Utf16 = 'utf-16le' | 'utf-16be';

/** Decode; on failure, the byte offset (relative to `bytes`) and line of the first bad unit. */
export function decodeUtf16(bytes: Uint8Array, encoding: Utf16): { text: string } | { text: string; badOffset: number; badLine: number } {
  const lossy = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // A lone surrogate, or an odd trailing byte.
    const units = Math.floor(bytes.length / 2);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const unit = (k: number): number => view.getUint16(2 * k, encoding === 'utf-16le');
    let k = 0;
    while (k < units) {
      const u = unit(k);
      if (u >= 0xd800 && u <= 0xdbff) {
        const next = k + 1 < units ? unit(k + 1) : -1;
        if (next < 0xdc00 || next > 0xdfff) break;
        k += 2;
      } else if (u >= 0xdc00 && u <= 0xdfff) {
        break;
      } else {
        k++;
      }
    }
    const prefix = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, 2 * k));
    return { text: lossy, badOffset: 2 * k, badLine: lineAtIndex(prefix, prefix.length) };
  }
}
