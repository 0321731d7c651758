// Strict UTF-8: decoding, and the offset of the first byte that is not UTF-8.

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text, or undefined if the bytes are not valid UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeUtf8Lossy(bytes: Uint8Array): string {
  return lossy.decode(bytes);
}

/**
 * Offset of the first byte that does not belong to a valid UTF-8 sequence
 * (overlong forms, surrogates and code points above U+10FFFF are invalid; a
 * sequence cut short points at its lead byte), or undefined if all are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number | undefined {
  // Past the end a byte reads as -1, which is no continuation byte nor any lead byte below.
  const byte = (k: number): number => bytes[k] ?? -1;
  const cont = (k: number): boolean => (byte(k) & 0xc0) === 0x80;
  let i = start;
  while (i < bytes.length) {
    const b = byte(i);
    if (b < 0x80) {
      i++;
    } else if (b >= 0xc2 && b <= 0xdf) {
      if (!cont(i + 1)) return i;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      const b1 = byte(i + 1);
      if (!cont(i + 1) || (b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || !cont(i + 2)) return i;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const b1 = byte(i + 1);
      if (!cont(i + 1) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f) || !cont(i + 2) || !cont(i + 3)) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return undefined;
}
