// Line endings and line numbers.

/** CRLF and lone CR → LF; the number of lines does not change. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * 1-based line on which byte `offset` falls, for an ASCII-compatible encoding
 * (UTF-8, GB18030: bytes 0x0A and 0x0D are always line breaks there).
 */
export function lineAtByte(bytes: Uint8Array, offset: number, start = 0): number {
  let line = 1;
  for (let i = start; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** 1-based line on which UTF-16 code unit `index` of `text` falls. */
export function lineAtIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) line++;
  }
  return line;
}
