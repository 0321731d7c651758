import { describe, expect, it } from 'vitest';
import { allDivisions } from '../gazetteer/index.ts';
import { districtMap, mapAreas, shade, type MapDivision } from './index.ts';
import { yearBars } from './bars.ts';
import { CompactPath } from './path.ts';

/** The gazetteer's divisions with the given article counts. */
function divisions(counts: Record<string, number> = {}): MapDivision[] {
  return allDivisions().map((d) => ({ code: d.code, name: d.name, level: d.level, ...(d.parent ? { parent: d.parent } : {}), ...(d.validTo ? { validTo: d.validTo } : {}), successors: d.successors ?? [], articles: counts[d.code] ?? 0 }));
}

describe('district map', () => {
  const map = districtMap(divisions({ '330481': 3, '330104': 2, '330102': 1, '330185': 1, '330400': 5 }));

  it('has one area per current county-level division (SPEC §3: 90)', () => {
    expect(map.areas).toHaveLength(90);
    expect(new Set(map.areas.map((a) => a.code)).size).toBe(90);
  });

  it('draws a shape for every division but those set up after the boundary data (临平区, 钱塘区 2021; 龙港市 2019)', () => {
    expect(
      map.areas
        .filter((a) => !a.d)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['临平区', '钱塘区', '龙港市'].sort());
    for (const a of map.areas.filter((x) => !x.d)) expect(a.tile).toBeDefined();
  });

  it('counts a retired division under its successor: 江干区 → 上城区, 临安市 → 临安区', () => {
    const area = (code: string) => map.areas.find((a) => a.code === code)!;
    expect(area('330102').count).toBe(1 + 2);
    expect(area('330102').absorbed).toEqual([{ code: '330104', name: '江干区', count: 2 }]);
    expect(area('330112').count).toBe(1);
    expect(area('330481').count).toBe(3);
    // City-level articles are not on any county.
    expect(map.areas.reduce((n, a) => n + a.count, 0)).toBe(3 + 2 + 1 + 1);
  });

  it('draws 江干区 and old 上城区 shapes as one area, 下城区 with 拱墅区', () => {
    expect(
      mapAreas(divisions(), ['330102', '330104', '330103', '330105'])
        .filter((a) => a.shapes.length)
        .map((a) => [a.code, a.shapes]),
    ).toEqual([
      ['330102', ['330102', '330104']],
      ['330105', ['330103', '330105']],
    ]);
  });

  it('shades by quarters of the largest count', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => shade(n, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(shade(0, 0)).toBe(0);
  });

  it('labels the 11 cities inside the drawing', () => {
    expect(map.cities.map((c) => c.name)).toHaveLength(11);
    for (const c of map.cities) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(map.width);
      expect(c.y).toBeGreaterThan(0);
      expect(c.y).toBeLessThan(map.height);
    }
  });
});

describe('compact path', () => {
  it('writes integer relative coordinates and drops repeated points', () => {
    const p = new CompactPath();
    p.moveTo(10.2, 20.4);
    p.lineTo(20, 20);
    p.lineTo(20.3, 19.8);
    p.lineTo(20, 10);
    p.lineTo(5, 15);
    p.closePath();
    p.moveTo(30, 30);
    p.lineTo(31, 30);
    p.closePath();
    expect(p.toString()).toBe('M10 20l10 0 0-10-15 5zm20 10l1 0z');
  });
});

describe('year bars', () => {
  it('has a bar per year from first to last, empty years included, tallest for the largest count', () => {
    const bars = yearBars(
      new Map([
        [2021, 3],
        [2023, 6],
      ]),
    )!;
    expect(bars.bars.map((b) => [b.year, b.count])).toEqual([
      [2021, 3],
      [2022, 0],
      [2023, 6],
    ]);
    expect(bars.bars[2]!.h).toBe(bars.base - 18);
    expect(bars.bars[0]!.h * 2).toBe(bars.bars[2]!.h);
    expect(bars.bars[1]!.h).toBe(0);
  });
  it('is absent without articles', () => {
    expect(yearBars(new Map())).toBeUndefined();
  });
});
