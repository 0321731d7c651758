// Dates of validity. Dates are ISO dates or partial dates (YYYY, YYYY-MM);
// comparisons happen at the coarser of the two precisions, and a tie at a
// coarse precision is "uncertain" (a 2016 change and a bulletin of 2016).

import type { Division } from './types.ts';

export type Validity = 'valid' | 'before' | 'after' | 'uncertain';

type Order = 'lt' | 'gt' | 'eq' | 'same-coarse';

/** Normalise a date-ish string to YYYY, YYYY-MM or YYYY-MM-DD (undefined if unreadable). */
export function normaliseDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?)?/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const mm = mo.padStart(2, '0');
  return d ? `${y}-${mm}-${d.padStart(2, '0')}` : `${y}-${mm}`;
}

function compare(date: string, bound: string): Order {
  const n = Math.min(date.length, bound.length);
  const a = date.slice(0, n);
  const b = bound.slice(0, n);
  if (a < b) return 'lt';
  if (a > b) return 'gt';
  return date.length === bound.length ? 'eq' : 'same-coarse';
}

/** Whether a division existed on a date. No date → 'valid' for current divisions, 'after' for retired ones. */
export function validityAt(division: Division, date: string | undefined): Validity {
  const d = normaliseDate(date);
  if (!d) return division.validTo ? 'after' : 'valid';
  let uncertain = false;
  if (division.validFrom) {
    const c = compare(d, division.validFrom);
    if (c === 'lt') return 'before';
    if (c === 'same-coarse') uncertain = true;
  }
  if (division.validTo) {
    const c = compare(d, division.validTo);
    if (c === 'gt' || c === 'eq') return 'after';
    if (c === 'same-coarse') uncertain = true;
  }
  return uncertain ? 'uncertain' : 'valid';
}

const RANK: Record<Validity, number> = { valid: 0, uncertain: 1, before: 2, after: 2 };

/**
 * Pick one division among several bearing the same name at different times
 * (奉化 → 奉化市 330283 until 2016, 奉化区 330213 since): the one valid on the
 * date; failing that (no date, or a tie), the current one. Undefined when
 * that still leaves more than one.
 */
export function pickByDate(candidates: Division[], date: string | undefined): Division | undefined {
  if (candidates.length <= 1) return candidates[0];
  const best = Math.min(...candidates.map((c) => RANK[validityAt(c, date)]));
  const kept = candidates.filter((c) => RANK[validityAt(c, date)] === best);
  if (kept.length === 1) return kept[0];
  const current = kept.filter((c) => !c.validTo);
  return current.length === 1 ? current[0] : undefined;
}

const when = (date: string): string => (date.length === 10 ? `on ${date}` : `in ${date}`);

/** A short note when a division is named outside its validity (undefined otherwise). */
export function anachronismNote(division: Division, date: string | undefined, nameOf: (code: string) => string): string | undefined {
  const d = normaliseDate(date);
  if (!d) return undefined;
  const v = validityAt(division, d);
  if (v === 'after' && division.validTo) {
    const succ = (division.successors ?? []).map(nameOf).join('、');
    return `${division.name} (${division.code}) was retired ${when(division.validTo)}${succ ? ` (successors: ${succ})` : ''}; the bulletin is dated ${d}. Resolved to the retired division as printed.`;
  }
  if (v === 'before' && division.validFrom) {
    return `${division.name} (${division.code}) was established ${when(division.validFrom)}; the bulletin is dated ${d}, earlier. Resolved to it as printed.`;
  }
  return undefined;
}
