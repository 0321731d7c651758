// The decoded text as numbered lines, and the small text predicates every
// other module shares (what counts as whitespace, closing punctuation, a
// "short title-like line").

export interface SourceLine {
  /** 1-based line number in the decoded text. */
  no: number;
  /** The line exactly as in the text. */
  raw: string;
  /** The line without leading and trailing whitespace (incl. U+3000, tabs, form feeds). */
  text: string;
  /** 0-based index in `raw` of `text`'s first character. */
  start: number;
}

export function splitLines(text: string): SourceLine[] {
  return text.split('\n').map((raw, i) => {
    const text = raw.trim();
    const start = text === '' ? 0 : raw.indexOf(text);
    return { no: i + 1, raw, text, start };
  });
}

/** All whitespace removed: the form in which texts are compared and accounted. */
export const stripWhitespace = (s: string): string => s.replace(/\s+/g, '');

/** Comparison key: whitespace and markdown bold markers removed. */
export const compareKey = (s: string): string => stripWhitespace(s).replace(/\*\*/g, '');

/** Runs of whitespace (incl. U+3000) become one ASCII space; ends trimmed. */
export const collapseSpaces = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Character count without whitespace, the unit the length rules use. */
export const visibleLength = (s: string): number => stripWhitespace(s).length;

/**
 * Full-width ASCII (digits, letters, brackets, colon) to half-width and U+3000
 * to a space, so masthead patterns see `２０２２年第７期` as `2022年第7期`.
 * Used only to classify lines; printed text is never rewritten.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const CLOSING_MARKS = '。！？；：…!?;:.';
const CLOSERS = '”’"\'）)】》」』〕］]';

/**
 * True when the line ends a sentence: its last character (after `**` markers and
 * closing quotes or brackets) is closing punctuation. A line that does not is cut
 * mid-sentence, e.g. by a page break. A line that is one bracketed note is closed.
 */
/** The whole text is one bracketed note: it opens with （ and the bracket it opens closes at its end (brackets inside nest). */
function wholeBracketed(t: string): boolean {
  if (!/^[（(]/.test(t) || !/[）)]$/.test(t)) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      depth--;
      if (depth === 0 && i < t.length - 1) return false;
    }
  }
  return depth === 0;
}

export function endsClosed(text: string): boolean {
  let t = text.replace(/(\*\*|\s)+$/, '');
  // A whole-line note in brackets, （团南湖区委供稿）, （各县（市、区）团委提供）, is complete.
  if (wholeBracketed(t)) return true;
  let sawCloser = false;
  while (t.length > 0 && CLOSERS.includes(t[t.length - 1]!)) {
    t = t.slice(0, -1).replace(/(\*\*)+$/, '');
    sawCloser = true;
  }
  if (t.length === 0) return sawCloser;
  return CLOSING_MARKS.includes(t[t.length - 1]!);
}
