// Reading a chain of division names (宁波市江北区 → 宁波市 › 江北区) and
// choosing the one division it names, using the printed parents, then the
// publisher's city, then the date.

import type { FormKind, Gazetteer, NameForm } from './gazetteer.ts';
import { pickByDate } from './temporal.ts';
import type { Division, ResolveContext } from './types.ts';

export interface Token {
  text: string;
  forms: readonly NameForm[];
}

/**
 * Split `text` entirely into written division names, longest first with
 * backtracking. Undefined when some part of it is not a division name.
 */
export function segmentChain(g: Gazetteer, text: string, kinds?: readonly FormKind[]): Token[] | undefined {
  if (text === '') return [];
  for (let len = Math.min(text.length, 12); len >= 2; len--) {
    const head = text.slice(0, len);
    const forms = g.formsOf(head).filter((f) => !kinds || kinds.includes(f.kind));
    if (forms.length === 0) continue;
    const rest = segmentChain(g, text.slice(len), kinds);
    if (rest) return [{ text: head, forms }, ...rest];
  }
  return undefined;
}

/** The longest leading part of `text` that is a chain of division names, and the rest. */
export function leadingChain(g: Gazetteer, text: string, firstKinds?: readonly FormKind[]): { tokens: Token[]; rest: string } | undefined {
  for (let len = text.length; len >= 2; len--) {
    const tokens = segmentChain(g, text.slice(0, len));
    if (!tokens?.[0]) continue;
    if (firstKinds && !tokens[0].forms.some((f) => firstKinds.includes(f.kind))) continue;
    return { tokens, rest: text.slice(len) };
  }
  return undefined;
}

export type ChainResult = { division: Division; via: 'explicit' | 'bare-name-in-city'; provenance: 'printed' | 'inferred' } | { warning: string };

const LEVEL_RANK = { province: 0, city: 1, county: 2 } as const;

/** The division a chain of names designates, or a warning saying why there is none. */
export function resolveChain(g: Gazetteer, tokens: Token[], ctx: ResolveContext, label: string): ChainResult {
  const last = tokens[tokens.length - 1];
  if (!last) return { warning: `${label}: no division name found` };
  const parents = tokens.slice(0, -1);
  let candidates = last.forms
    .map((f) => g.get(f.code))
    .filter((d): d is Division => d !== undefined)
    .filter((d) => parents.every((p) => p.forms.some((f) => f.code !== d.code && g.isWithin(d.code, f.code))));
  if (candidates.length === 0) {
    return {
      warning: `${label}: ${last.text} is not a division of ${parents.map((p) => p.text).join('')} in the gazetteer`,
    };
  }
  let via: 'explicit' | 'bare-name-in-city' = 'explicit';
  let provenance: 'printed' | 'inferred' = 'printed';
  const cityKey = (d: Division): string => g.cityOf(d.code) ?? d.code;
  if (new Set(candidates.map(cityKey)).size > 1) {
    const publisherCity = ctx.publisherCode ? g.cityOf(ctx.publisherCode) : undefined;
    const inCity = publisherCity ? candidates.filter((d) => g.isWithin(d.code, publisherCity)) : [];
    if (inCity.length > 0 && new Set(inCity.map(cityKey)).size === 1) {
      candidates = inCity;
      via = 'bare-name-in-city';
      provenance = 'inferred';
    } else {
      const where = candidates.map((d) => `${d.parent ? (g.get(d.parent)?.name ?? d.parent) : ''}${d.name} ${d.code}`);
      return {
        warning: `${label}: ${last.text} is ambiguous (${where.join(', ')}) and the publisher's city does not decide; no district assigned`,
      };
    }
  }
  let chosen = pickByDate(candidates, ctx.date);
  if (!chosen) {
    const top = Math.min(...candidates.map((d) => LEVEL_RANK[d.level]));
    const highest = candidates.filter((d) => LEVEL_RANK[d.level] === top);
    chosen = highest.length === 1 ? highest[0] : undefined;
  }
  if (!chosen) {
    return {
      warning: `${label}: ${last.text} names several divisions (${candidates.map((d) => `${d.name} ${d.code}`).join(', ')}); no district assigned`,
    };
  }
  return { division: chosen, via, provenance };
}
