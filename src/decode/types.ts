// Bytes → text: the result of decoding one bulletin file.

export type BulletinEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodeDiagnostic {
  level: 'warning' | 'error';
  /** Stable machine code: 'empty-file', 'binary-file', 'undecodable', 'legacy-encoding', 'control-characters'. */
  code: string;
  /** Names the file, says what is wrong and what to do. */
  message: string;
  /** 1-based line of the file the problem is on. */
  line?: number;
  /** 0-based byte offset in the file (BOM included) of the first bad byte. */
  offset?: number;
}

export interface DecodeResult {
  /**
   * The text, BOM removed, line endings (CRLF, lone CR) turned into LF so that
   * line n of the text is line n of the file. With an error diagnostic it is a
   * lossy best effort (U+FFFD for bad bytes) that must not be published.
   */
  text: string;
  encoding: BulletinEncoding;
  diagnostics: DecodeDiagnostic[];
}
