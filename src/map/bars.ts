// Per-year article counts as a bar chart's geometry (SVG units): one bar
// per year from the first to the last year with articles, empty years
// included so the axis is honest.

export interface YearBars {
  width: number;
  height: number;
  /** Baseline y. */
  base: number;
  max: number;
  bars: { year: number; count: number; x: number; y: number; w: number; h: number }[];
}

const H = 120;
const TOP = 18;
const BOTTOM = 22;
const SLOT = 44;

export function yearBars(counts: Map<number, number>): YearBars | undefined {
  const years = [...counts.keys()].filter((y) => (counts.get(y) ?? 0) > 0);
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const max = Math.max(...years.map((y) => counts.get(y)!));
  const base = H - BOTTOM;
  const bars = [];
  for (let year = first, i = 0; year <= last; year++, i++) {
    const count = counts.get(year) ?? 0;
    const h = Math.round(((base - TOP) * count) / max);
    bars.push({ year, count, x: i * SLOT + 8, y: base - h, w: SLOT - 16, h });
  }
  return { width: bars.length * SLOT, height: H, base, max, bars };
}
