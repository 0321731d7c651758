// Places named in running text or a title.
//
// Matched, leftmost-longest: the full names of all divisions (海宁市, 嘉善县,
// 江北区, 奉化市), the abbreviated forms (景宁县), and short names without a
// suffix for the prefecture-level cities (嘉兴, 湖州) and for the county-level
// units of the context city only (嘉善, 海宁 in a bulletin of 共青团嘉兴市委),
// where a two-character short name is far less likely to be an ordinary word.
// The province's short name (浙江) is not matched: it is mostly part of
// institution names (浙江大学), and 浙江省 is. A short name that stays
// ambiguous after the date is considered is skipped.

import type { Gazetteer, NameForm } from './gazetteer.ts';
import { pickByDate } from './temporal.ts';
import type { Division, Resolution, ResolveContext } from './types.ts';

function eligible(g: Gazetteer, form: NameForm, contextCity: string | undefined): boolean {
  if (form.kind !== 'short') return true;
  const d = g.get(form.code);
  if (!d) return false;
  if (d.level === 'city') return true;
  if (d.level === 'county') return contextCity !== undefined && d.parent === contextCity;
  return false;
}

/** Codes of the divisions a text names, in order of first mention, without duplicates. */
export function placesInText(g: Gazetteer, text: string, ctx: ResolveContext): string[] {
  const contextCity = ctx.publisherCode ? g.cityOf(ctx.publisherCode) : undefined;
  const found: string[] = [];
  const s = text.normalize('NFKC');
  let i = 0;
  while (i < s.length) {
    let advanced = false;
    for (const form of g.formsStartingWith(s.charAt(i))) {
      if (!s.startsWith(form, i)) continue;
      const forms = g.formsOf(form).filter((f) => eligible(g, f, contextCity));
      if (forms.length === 0) continue;
      const chosen = choose(g, forms, ctx);
      if (chosen && !found.includes(chosen.code)) found.push(chosen.code);
      i += form.length;
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  return found;
}

function choose(g: Gazetteer, forms: readonly NameForm[], ctx: ResolveContext): Division | undefined {
  const divisions = forms.map((f) => g.get(f.code)).filter((d): d is Division => d !== undefined);
  const best = forms.some((f) => f.kind !== 'short') ? divisions.filter((d) => forms.some((f) => f.code === d.code && f.kind !== 'short')) : divisions;
  const picked = pickByDate(best, ctx.date);
  if (picked) return picked;
  // 绍兴 (city) vs 绍兴县 (retired county): the city reading wins.
  const cities = best.filter((d) => d.level === 'city');
  return cities.length === 1 ? cities[0] : undefined;
}

/**
 * The division an article's title names (for articles with no organisation):
 * exactly one place, or a place and its own ancestors (嘉兴市嘉善县 → 嘉善县).
 */
export function inferFromTitle(g: Gazetteer, title: string, ctx: ResolveContext): Resolution {
  const codes = placesInText(g, title, ctx);
  const specific = codes.filter((c) => !codes.some((other) => other !== c && g.isWithin(other, c)));
  const [only, ...others] = specific;
  if (only && others.length === 0) return { code: only, provenance: 'inferred', via: 'title-place' };
  const t = title.replace(/\s+/gu, ' ').trim();
  if (specific.length === 0) return { code: null, warning: `title "${t}" names no division; no district assigned` };
  const names = specific.map((c) => `${g.get(c)?.name ?? c} ${c}`).join(', ');
  return { code: null, warning: `title "${t}" names several divisions (${names}); no district assigned` };
}
