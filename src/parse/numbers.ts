// Numbers as bulletins print them: Arabic (half- or full-width) or Chinese
// numerals (第十四期, 二〇二三年十月二十日), and dates to ISO.

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `14`, `１４`, `十四`, `二十`, `一百零三` → number; undefined when not a number. */
export function parseNumber(s: string): number | undefined {
  const t = s.trim().replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(t)) return undefined;
  // A year written digit by digit: 二〇二三.
  if (!/[十百]/.test(t)) return Number([...t].map((c) => CN_DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of t) {
    if (c === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CN_DIGITS[c] ?? 0;
  }
  return total + digit;
}

const NUM = '[0-9０-９]{1,4}|[〇零一二三四五六七八九十]{1,4}';

/** `2023年10月20日` (spaces, full-width or Chinese digits allowed) anywhere in a string. */
export const DATE_PATTERN = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`);

/** The ISO form of a printed date, or undefined when it is no valid date. */
export function isoDate(year: string, month: string, day: string): string | undefined {
  const y = parseNumber(year);
  const m = parseNumber(month);
  const d = parseNumber(day);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date printed in `s`, as ISO. */
export function findDate(s: string): string | undefined {
  const m = DATE_PATTERN.exec(s);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : undefined;
}
