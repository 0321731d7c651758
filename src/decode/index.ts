// Bytes → text for one bulletin file (SPEC §2 "Encodings", §9 "Bad input").
//
//   BOM                  → UTF-8 / UTF-16LE / UTF-16BE, BOM removed
//   no BOM, valid UTF-8  → UTF-8
//   else GB18030/GBK     → when chardet does not point decisively at another
//                          encoding and the result reads as Chinese; a warning
//   else                 → an error naming the first bad byte and its line
// NUL bytes (a binary file) and empty or whitespace-only files are errors.
// CRLF and lone CR become LF, so line numbers stay those of the file.

import { analyse } from 'chardet';
import { detectBom } from './bom.ts';
import { decodeGb18030, firstInvalidGb18030, readsAsChinese } from './gb18030.ts';
import { lineAtByte, lineAtIndex, normaliseLineEndings } from './lines.ts';
import { codePointName, replaceControlChars } from './control-chars.ts';
import type { BulletinEncoding, DecodeDiagnostic, DecodeResult } from './types.ts';
import { decodeUtf16 } from './utf16.ts';
import { decodeUtf8Lossy, decodeUtf8Strict, firstInvalidUtf8 } from './utf8.ts';

export type { BulletinEncoding, DecodeDiagnostic, DecodeResult } from './types.ts';

/** Below this many non-ASCII bytes chardet's verdict is not trusted against GB18030. */
const MIN_BYTES_FOR_CHARDET = 16;

const RESAVE = 're-save the file as UTF-8 (in a text editor: Save As → Encoding: UTF-8) and build again';

export function decodeBulletin(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) {
    return { text: '', encoding: 'utf-8', diagnostics: [emptyFile(file, 'is empty (0 bytes)')] };
  }
  const bom = detectBom(bytes);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') {
    return finish(fromUtf16(bytes, bom.encoding, bom.length, file), file);
  }
  const start = bom?.length ?? 0;
  const encoding: BulletinEncoding = bom ? 'utf-8-bom' : 'utf-8';

  const nul = bytes.indexOf(0, start);
  if (nul >= 0) {
    return {
      text: normaliseLineEndings(decodeUtf8Lossy(bytes.subarray(start))),
      encoding,
      diagnostics: [binaryFile(file, nul, lineAtByte(bytes, nul, start))],
    };
  }

  const body = bytes.subarray(start);
  const utf8 = decodeUtf8Strict(body);
  if (utf8 !== undefined) return finish({ text: utf8, encoding, diagnostics: [] }, file);

  const utf8Bad = (firstInvalidUtf8(body) ?? 0) + start;
  if (bom) {
    return undecodable(bytes, file, utf8Bad, start, 'UTF-8', ' (the file starts with a UTF-8 byte-order mark)', encoding);
  }
  const gb = tryGb18030(body, file);
  if ('text' in gb) return finish({ text: gb.text, encoding: 'gb18030', diagnostics: [gb.warning] }, file);
  // Which fault to name: UTF-8 text with a bad byte (multi-byte UTF-8 before
  // it, and GB18030 breaks no later), or legacy text with a bad byte.
  const utf8Before = body.subarray(0, utf8Bad).some((b) => b >= 0x80);
  const gbBefore = gb.badOffset !== undefined && body.subarray(0, gb.badOffset).some((b) => b >= 0x80);
  if (gb.badOffset !== undefined && gbBefore && !(utf8Before && gb.badOffset <= utf8Bad)) {
    return undecodable(bytes, file, gb.badOffset, start, 'GB18030', ' (the text before it reads as GB18030, not UTF-8); fix or remove that byte, and', encoding);
  }
  const why = utf8Before || gb.other === 'UTF-8' ? '' : gb.other ? `, and the file looks like ${gb.other}, which the archive does not read` : ', and the file does not read as GB18030 either';
  return undecodable(bytes, file, utf8Bad, start, 'UTF-8', why, encoding);
}

/** Decode as GB18030 if chardet allows it and the text reads as Chinese. */
function tryGb18030(body: Uint8Array, file: string): { text: string; warning: DecodeDiagnostic } | { badOffset?: number; other?: string } {
  const badOffset = firstInvalidGb18030(body);
  const matches = analyse(body);
  const top = matches[0];
  const gbConfidence = matches.find((m) => m.name === 'GB18030')?.confidence ?? 0;
  // chardet is decisive about another encoding (Big5, Shift_JIS…) when it is
  // confident and GB18030 trails far behind.
  // Too few non-ASCII bytes and chardet guesses (团 alone reads as windows-1251).
  const nonAscii = body.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
  const other = top && top.name !== 'GB18030' && nonAscii >= MIN_BYTES_FOR_CHARDET && top.confidence >= 50 && gbConfidence < top.confidence - 20 ? top.name : undefined;
  if (badOffset !== undefined || other) return { ...(badOffset !== undefined ? { badOffset } : {}), ...(other ? { other } : {}) };
  const text = decodeGb18030(body);
  if (!readsAsChinese(text)) return {};
  return {
    text,
    warning: {
      level: 'warning',
      code: 'legacy-encoding',
      message: `${file}: decoded as GB18030 (not UTF-8); it builds, but re-save it as UTF-8 to keep the source unambiguous`,
    },
  };
}

function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bomLength: number, file: string): DecodeResult {
  const decoded = decodeUtf16(bytes.subarray(bomLength), encoding);
  if ('badOffset' in decoded) {
    const offset = decoded.badOffset + bomLength;
    return {
      text: normaliseLineEndings(decoded.text),
      encoding,
      diagnostics: [
        {
          level: 'error',
          code: 'undecodable',
          message: `${file}: starts with a ${encoding.toUpperCase()} byte-order mark but byte ${offset} (line ${decoded.badLine}) is not valid ${encoding.toUpperCase()}; ${RESAVE}`,
          offset,
          line: decoded.badLine,
        },
      ],
    };
  }
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) {
    const line = lineAtIndex(decoded.text, nul);
    const offset = bomLength + 2 * nul;
    return { text: normaliseLineEndings(decoded.text), encoding, diagnostics: [binaryFile(file, offset, line)] };
  }
  return { text: decoded.text, encoding, diagnostics: [] };
}

/** Normalise line endings and reject whitespace-only text. */
function finish(result: DecodeResult, file: string): DecodeResult {
  const { text, lines } = replaceControlChars(normaliseLineEndings(result.text));
  const diagnostics = [...result.diagnostics];
  if (lines.size && !diagnostics.some((d) => d.level === 'error')) diagnostics.push(controlChars(file, lines));
  if (!diagnostics.some((d) => d.level === 'error') && /^[\s\uFEFF]*$/u.test(text)) {
    diagnostics.push(emptyFile(file, 'contains only whitespace'));
  }
  return { text, encoding: result.encoding, diagnostics };
}

function undecodable(bytes: Uint8Array, file: string, offset: number, start: number, encodingName: string, why: string, encoding: BulletinEncoding): DecodeResult {
  const line = lineAtByte(bytes, offset, start);
  const tail = why.endsWith(' and') ? `${why} ${RESAVE}` : `${why}; ${RESAVE}`;
  return {
    text: normaliseLineEndings(encodingName === 'GB18030' ? decodeGb18030(bytes.subarray(start)) : decodeUtf8Lossy(bytes.subarray(start))),
    encoding: encodingName === 'GB18030' ? 'gb18030' : encoding,
    diagnostics: [
      {
        level: 'error',
        code: 'undecodable',
        message: `${file}: byte ${offset} (line ${line}) is not valid ${encodingName}${tail}`,
        offset,
        line,
      },
    ],
  };
}

function binaryFile(file: string, offset: number, line: number): DecodeDiagnostic {
  return {
    level: 'error',
    code: 'binary-file',
    message: `${file}: a NUL byte at byte ${offset} (line ${line}): this is a binary file (or UTF-16 without a byte-order mark), not plain text; export the bulletin as plain text and save it as UTF-8`,
    offset,
    line,
  };
}

function emptyFile(file: string, what: string): DecodeDiagnostic {
  return {
    level: 'error',
    code: 'empty-file',
    message: `${file}: ${what}; put the bulletin's text in it or remove the file`,
  };
}

/** One warning for the control characters replaced (./control-chars.ts), at the first line that had one. */
function controlChars(file: string, lines: Map<number, string[]>): DecodeDiagnostic {
  const [first] = lines.keys();
  const count = [...lines.values()].reduce((n, cs) => n + cs.length, 0);
  const shown = [...lines]
    .slice(0, 5)
    .map(([line, cs]) => `line ${line}: ${[...new Set(cs)].map(codePointName).join(' ')}`)
    .join('; ');
  return {
    level: 'warning',
    code: 'control-characters',
    message: `${file}: ${count} control or non-character code point(s) no web page, feed or terminal can carry, replaced by U+FFFD: ${shown}${lines.size > 5 ? `; and ${lines.size - 5} more line(s)` : ''}; remove them from the file`,
    line: first!,
  };
}
