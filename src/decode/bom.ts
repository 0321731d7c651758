// Byte-order marks.

export type BomEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark announces, and the mark's length. */
export function detectBom(bytes: Uint8Array): { encoding: BomEncoding; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}
