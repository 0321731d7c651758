// Which division each area of the map stands for, and its article count.
// The boundary data predates some changes (it has 江干区, 下城区, 临安市,
// 玉环县, and 奉化区 under 奉化市's old code): a shape whose code is a
// retired division is drawn for its first successor (the one that kept the
// name or code), merged with any other shape that goes to the same one.
// Current county-level divisions the data has no shape for (临平区, 钱塘区,
// 龙港市, set up in 2019–2021) are drawn as labelled tiles beside the map.

export interface MapDivision {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parent?: string;
  validTo?: string;
  successors: string[];
  /** Articles of organisations in this division itself (not below it). */
  articles: number;
}

export interface MapArea {
  code: string;
  name: string;
  /** City code. */
  city: string;
  /** Its own articles plus those of retired divisions it succeeded. */
  count: number;
  /** Retired divisions counted here, with their counts. */
  absorbed: { code: string; name: string; count: number }[];
  /** Codes of the boundary shapes drawn for it; empty: drawn as a tile. */
  shapes: string[];
}

/** The current division a code stands for today: itself, or its first successor, followed down. */
export function currentFor(code: string, byCode: Map<string, MapDivision>): string {
  const seen = new Set<string>();
  let c = code;
  for (let d = byCode.get(c); d?.validTo && d.successors.length > 0 && !seen.has(c); d = byCode.get(c)) {
    seen.add(c);
    c = d.successors[0]!;
  }
  return c;
}

/** One area per current county-level division, in code order. */
export function mapAreas(divisions: MapDivision[], shapeCodes: string[]): MapArea[] {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const areas = new Map<string, MapArea>();
  for (const d of divisions) {
    if (d.level !== 'county' || d.validTo || !d.parent) continue;
    areas.set(d.code, { code: d.code, name: d.name, city: d.parent, count: d.articles, absorbed: [], shapes: [] });
  }
  for (const d of divisions) {
    if (d.level !== 'county' || !d.validTo) continue;
    const area = areas.get(currentFor(d.code, byCode));
    if (!area) continue;
    area.count += d.articles;
    if (d.articles > 0) area.absorbed.push({ code: d.code, name: d.name, count: d.articles });
  }
  for (const code of shapeCodes) areas.get(currentFor(code, byCode))?.shapes.push(code);
  return [...areas.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Shade class 0–4: 0 for none, then quarters of the largest count. */
export function shade(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : Math.min(4, Math.max(1, Math.ceil((4 * count) / max)));
}
