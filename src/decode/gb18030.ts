// GB18030 (a superset of GBK and GB2312): structure check, decoding, and
// whether the result reads as Chinese text.

import iconv from 'iconv-lite';

/**
 * Offset of the first byte that is not part of a well-formed GB18030
 * sequence (1 byte 00–7F; 2 bytes 81–FE + 40–7E/80–FE; 4 bytes 81–FE 30–39
 * 81–FE 30–39), or undefined if all are well-formed.
 */
export function firstInvalidGb18030(bytes: Uint8Array): number | undefined {
  // Past the end a byte reads as -1, which no range below accepts.
  const byte = (k: number): number => bytes[k] ?? -1;
  let i = 0;
  while (i < bytes.length) {
    const b = byte(i);
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b === 0x80 || b === 0xff || i + 1 >= bytes.length) return i;
    const b2 = byte(i + 1);
    if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
      i += 2;
    } else if (b2 >= 0x30 && b2 <= 0x39) {
      const b3 = byte(i + 2);
      const b4 = byte(i + 3);
      if (i + 3 >= bytes.length || b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return undefined;
}

export function decodeGb18030(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}

/**
 * Whether decoded text reads as Chinese: no U+FFFD, no private-use
 * characters (GBK's user-defined areas), no control characters other than
 * tab, line breaks and form feed, most non-ASCII letters Han, and Han a
 * fair share (≥ 30%) of all the visible characters (Latin or Cyrillic text
 * read as GB18030 turns its accented letters into stray Han characters).
 */
export function readsAsChinese(text: string): boolean {
  if (/[\uFFFD\uE000-\uF8FF]/u.test(text)) return false;
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u.test(text)) return false;
  let nonAscii = 0;
  let han = 0;
  let punctuation = 0;
  let visible = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) visible++;
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[\p{P}\p{S}\p{N}\p{Zs}\u3000-\u303F\uFF00-\uFFEF]/u.test(ch)) punctuation++;
  }
  if (han === 0) return false;
  return han / Math.max(1, nonAscii - punctuation) >= 0.9 && han >= 0.3 * visible;
}
