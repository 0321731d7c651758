// Name helpers: suffixes, short names, levels read from a code.

import type { DivisionLevel } from './types.ts';

/** Ethnic-group prefixes of 自治县 names (景宁畲族自治县). */
const AUTONOMOUS = /(?:畲|回|满|蒙古|藏|苗|彝|壮|布依|朝鲜|侗|瑶|白|土家|哈尼|傣|黎|傈僳|佤|拉祜|水|东乡|纳西|土|羌|仡佬|各)族(?:.{0,8}族)*自治(?:县|州|区|旗)$/u;

/** The name without its administrative suffix: 嘉兴市 → 嘉兴, 景宁畲族自治县 → 景宁. */
export function shortNameOf(name: string): string {
  const auto = name.replace(AUTONOMOUS, '');
  if (auto !== name && auto.length >= 2) return auto;
  const m = /^(.{2,}?)(?:省|市|区|县)$/u.exec(name);
  return m?.[1] ?? name;
}

/** The suffix a short name takes in the abbreviated forms (景宁畲族自治县 → 县). */
export function suffixOf(name: string): string {
  if (/自治县$/u.test(name)) return '县';
  const last = name.slice(-1);
  return '省市区县'.includes(last) ? last : '';
}

/** Level from a six-digit GB/T 2260 code. */
export function levelOfCode(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** Code of the division above (330481 → 330400, 330400 → 330000). */
export function parentOfCode(code: string): string | undefined {
  const level = levelOfCode(code);
  if (level === 'province') return undefined;
  if (level === 'city') return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}
