// Reads the index chunk ranges out of Pagefind's .pf_meta file (gzip of
// "pagefind_dcd" + CBOR). The browser needs them for one-character queries:
// Pagefind's prefix search loads only the chunk whose range holds the term and
// misses words in the next chunks (research/pagefind.md §1.3), so search.js
// preloads every chunk a prefix spans.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SIGNATURE, indexChunks } from '../../public/assets/pagefind-format.js';

type Cbor = number | string | Cbor[] | Uint8Array | boolean | null | { [k: string]: Cbor };

/** Minimal CBOR decoder: the major types Pagefind writes. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) {
      const v = view.getUint16(at);
      at += 2;
      return v;
    }
    if (info === 26) {
      const v = view.getUint32(at);
      at += 4;
      return v;
    }
    if (info === 27) {
      const v = Number(view.getBigUint64(at));
      at += 8;
      return v;
    }
    throw new Error(`CBOR: indefinite lengths are not supported (at ${at})`);
  };
  const item = (): Cbor => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return info === 20 ? false : info === 21 ? true : null;
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2: {
        const v = bytes.slice(at, at + n);
        at += n;
        return v;
      }
      case 3: {
        const v = new TextDecoder().decode(bytes.subarray(at, at + n));
        at += n;
        return v;
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const o: Record<string, Cbor> = {};
        for (let i = 0; i < n; i++) {
          const k = String(item());
          o[k] = item();
        }
        return o;
      }
      case 6:
        return item();
    }
    throw new Error(`CBOR: unknown major type ${major}`);
  };
  return item();
}

export interface ChunkRange {
  from: string;
  to: string;
}

/** The word ranges of every index chunk, in order, from a written bundle. */
export function chunkRanges(bundleDir: string): ChunkRange[] {
  const file = readdirSync(bundleDir).find((n) => n.endsWith('.pf_meta'));
  if (!file) throw new Error(`no .pf_meta in ${bundleDir}`);
  const raw = gunzipSync(readFileSync(join(bundleDir, file)));
  if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind meta file`);
  return indexChunks(decodeCbor(raw.subarray(SIGNATURE.length))).map(([from, to]) => ({ from, to }));
}
