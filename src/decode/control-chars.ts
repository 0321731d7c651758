// Characters no output may carry: C0 controls other than tab and line feed
// (BEL, ESC, Word's cell marks…), DEL and the C1 controls, the
// noncharacters (U+FFFE, U+FFFF and the rest) and lone surrogates. XML 1.0
// forbids most of them (feed.xml, the sitemap), HTML calls them parse errors,
// and a terminal runs ESC sequences. They are replaced once, here, so every
// later stage and every output (pages, feed, data, citations, source.txt)
// holds the same text and the no-text-lost check compares like with like:
// - vertical tab and form feed (line and page breaks of Word and pdftotext
//   exports, on every page) by a space, unreported: they already read as
//   whitespace, and a line break would move every later line number;
// - every other one by U+FFFD, the replacement character: the reader sees that
//   something stood there (stripping would silently join the words around it,
//   and the text is the record), and it is valid in every format.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** U+001B, U+FFFE: how a replaced character is named in a message. */
export const codePointName = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export interface Replaced {
  text: string;
  /** 1-based line → the characters replaced by U+FFFD on it, in order. */
  lines: Map<number, string[]>;
}

export function replaceControlChars(text: string): Replaced {
  const lines = new Map<number, string[]>();
  let line = 1;
  let scanned = 0;
  const out = text.replace(FORBIDDEN, (c, at: number) => {
    if (c === '\x0B' || c === '\x0C') return ' ';
    for (; scanned < at; scanned++) if (text.charCodeAt(scanned) === 0x0a) line++;
    (lines.get(line) ?? lines.set(line, []).get(line)!).push(c);
    return '\uFFFD';
  });
  return { text: out, lines };
}

/** A line for a terminal: every control character shown as its code point, never sent raw (ESC would run). */
export function printable(s: string): string {
  return s.replace(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/g, (c) => `<${codePointName(c)}>`).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `<${codePointName(c)}>`);
}
