// A table's caption: the line printed right above a table that names it —
// 表1 …, 表一：…, 附表 …, 附表2 … by its words, or, in a Word or PDF file, a line
// the format marks as a caption (Word's Caption style, or centred and bold).
import { endsClosed, visibleLength, type SourceLine } from './lines.ts';
import type { Evidence } from './evidence.ts';

/** Longest caption (characters without whitespace). */
const MAX_CAPTION = 50;

/** 表1, 表 2, 表一, 表1-2, 附表, 附表3 at the head of the line (表彰… and 表1显示… are no caption: a number then a break). */
const CAPTION_HEAD = /^(?:附\s*表\s*[0-9０-９一二三四五六七八九十]*|表\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9０-９]+)?)(?=[\s\u3000：:、.．]|$)/;

/** The line's words say it is a table's caption (short, no sentence end, 表N/附表 at its head). */
export const isCaptionText = (text: string): boolean => CAPTION_HEAD.test(text) && visibleLength(text) <= MAX_CAPTION && !endsClosed(text);

/** A caption by its words or, where the file tells, by its format. */
export function isCaption(line: SourceLine, evidence?: Evidence): boolean {
  if (visibleLength(line.text) > MAX_CAPTION || endsClosed(line.text)) return false;
  return isCaptionText(line.text) || (evidence?.marksCaption(line.no) ?? false);
}
