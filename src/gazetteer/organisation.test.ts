import { describe, it, expect } from 'vitest';
import { createGazetteer, getDivision, resolveOrganisation, resolvePublisher } from './index.ts';
import { resolveOrganisation as resolveWith } from './organisation.ts';
import type { Division } from './types.ts';

const JIAXING = '330400';
const code = (org: string, ctx = {}): string | null => resolveOrganisation(org, ctx).code;

describe('organisations of the seed bulletins', () => {
  it.each([
    ['团嘉善县委', {}, '330421'],
    ['团平湖市委', {}, '330482'],
    ['团海宁市委', {}, '330481'],
    ['团桐乡市委', {}, '330483'],
    ['团海宁市委', { publisherCode: JIAXING }, '330481'],
    ['团杭州市委', { publisherCode: '330000' }, '330100'],
    ['团宁波市江北区委', { publisherCode: '330000' }, '330205'],
  ])('%s %j → %s, printed', (org, ctx, expected) => {
    expect(resolveOrganisation(org, ctx)).toEqual({ code: expected, provenance: 'printed', via: 'explicit' });
  });

  it('团市委 in a bulletin of 共青团嘉兴市委 → 嘉兴市, inferred from the publisher', () => {
    expect(resolveOrganisation('团市委', { publisherCode: JIAXING })).toEqual({ code: JIAXING, provenance: 'inferred', via: 'relative-to-publisher' });
  });

  it('团市委 in a bulletin of 湖州 → 湖州市', () => {
    expect(code('团市委', { publisherCode: '330500', date: '2017' })).toBe('330500');
  });

  it('市直机关团工委 → the publisher’s division', () => {
    expect(resolveOrganisation('市直机关团工委', { publisherCode: JIAXING })).toEqual({ code: JIAXING, provenance: 'inferred', via: 'work-committee' });
  });
});

describe('explicit names', () => {
  it('long forms', () => {
    expect(resolveOrganisation('共青团温州市委员会')).toEqual({ code: '330300', provenance: 'printed', via: 'explicit' });
    expect(code('中国共产主义青年团浙江省委员会')).toBe('330000');
    expect(code('中国共产主义青年团浙江省嘉兴市委员会')).toBe(JIAXING);
    expect(code('共青团嘉兴市委')).toBe(JIAXING);
    expect(code('团浙江省委')).toBe('330000');
  });

  it('county-level units anywhere in the province', () => {
    expect(code('团乐清市委')).toBe('330382');
    expect(code('团龙港市委', { date: '2022' })).toBe('330383');
    expect(code('团淳安县委')).toBe('330127');
    expect(code('团杭州市余杭区委')).toBe('330110');
  });

  it('names with the suffix shortened (景宁县) or in full (景宁畲族自治县)', () => {
    expect(code('团景宁县委')).toBe('331127');
    expect(code('团景宁畲族自治县委')).toBe('331127');
  });

  it('a bare district name in the publisher’s city', () => {
    expect(code('团江北区委', { publisherCode: '330200' })).toBe('330205');
    expect(code('团江北区委', { publisherCode: '330000' })).toBe('330205');
  });

  it('a parent that does not contain the division is refused', () => {
    const r = resolveOrganisation('团嘉兴市江北区委');
    expect(r.code).toBeNull();
    expect(r).toHaveProperty('warning', expect.stringContaining('江北区'));
  });

  it('the inverted form 嘉兴团市委', () => {
    expect(code('嘉兴团市委')).toBe(JIAXING);
  });

  it('ignores spaces inside the name', () => {
    expect(code(' 团 海宁市委 ')).toBe('330481');
  });
});

describe('divisions over time', () => {
  it('团江干区委 in 2018 → 江干区 330104, retired, with successors 上城区 and 钱塘区', () => {
    expect(resolveOrganisation('团江干区委', { date: '2018-06-01' })).toEqual({ code: '330104', provenance: 'printed', via: 'explicit' });
    expect(resolveOrganisation('团江干区委', { date: '2018' })).toEqual({ code: '330104', provenance: 'printed', via: 'explicit' });
    expect(getDivision('330104')).toMatchObject({ validTo: '2021-04-09', successors: ['330102', '330114'] });
  });

  it('团江东区委 in 2015 → 330204; 团奉化市委 in 2015 → 330283', () => {
    expect(code('团江东区委', { date: '2015' })).toBe('330204');
    expect(code('团奉化市委', { date: '2015-03-01' })).toBe('330283');
    expect(code('团奉化区委', { date: '2019' })).toBe('330213');
  });

  it('a retired name after its retirement still resolves to the retired division, with a note', () => {
    const r = resolveOrganisation('团江干区委', { date: '2022-05-01' });
    expect(r).toMatchObject({ code: '330104', provenance: 'printed', via: 'explicit' });
    expect(r).toHaveProperty('note', expect.stringContaining('上城区、钱塘区'));
  });

  it('a division named before it existed resolves as printed, with a note', () => {
    const r = resolveOrganisation('团临平区委', { date: '2019' });
    expect(r).toMatchObject({ code: '330113', via: 'explicit' });
    expect(r).toHaveProperty('note', expect.stringContaining('2021'));
  });

  it('no note inside the validity or in the year of a change', () => {
    expect(resolveOrganisation('团临平区委', { date: '2023-10-20' })).not.toHaveProperty('note');
    expect(resolveOrganisation('团奉化区委', { date: '2016' })).not.toHaveProperty('note');
    expect(resolveOrganisation('团江干区委')).not.toHaveProperty('note');
  });

  it('the earlier changes', () => {
    expect(code('团临安市委', { date: '2016' })).toBe('330185');
    expect(code('团临安区委')).toBe('330112');
    expect(code('团玉环县委', { date: '2015' })).toBe('331021');
    expect(code('团绍兴县委', { date: '2010' })).toBe('330621');
    expect(code('团绍兴市委', { date: '2010' })).toBe('330600');
    expect(code('团上虞市委', { date: '2012' })).toBe('330682');
    expect(code('团富阳市委', { date: '2012' })).toBe('330183');
    expect(code('团洞头县委', { date: '2012' })).toBe('330322');
  });
});

describe('relative names', () => {
  it('团市委 / 团区委 / 团县委 / 团省委 take the publisher’s division at that level', () => {
    expect(code('团省委', { publisherCode: JIAXING })).toBe('330000');
    expect(code('团市委', { publisherCode: '330481' })).toBe('330481'); // 海宁市 is a 市
    expect(code('团市委', { publisherCode: '330421' })).toBe(JIAXING); // from 嘉善县: the city above
    expect(code('团县委', { publisherCode: '330421' })).toBe('330421');
    expect(code('团区委', { publisherCode: '330205' })).toBe('330205');
    expect(resolveOrganisation('团区委', { publisherCode: '330205' })).toMatchObject({ provenance: 'inferred', via: 'relative-to-publisher' });
  });

  it('no publisher, or a level the publisher does not have → a warning', () => {
    for (const [org, ctx] of [
      ['团市委', {}],
      ['团市委', { publisherCode: '330000' }],
      ['团区委', { publisherCode: JIAXING }],
      ['团县委', { publisherCode: '330481' }],
    ] as const) {
      const r = resolveOrganisation(org, ctx);
      expect(r.code, `${org} ${JSON.stringify(ctx)}`).toBeNull();
      expect(r).toHaveProperty('warning', expect.stringContaining(org));
    }
  });
});

describe('working committees (团工委)', () => {
  it('belong to the committee above them unless they name their own division', () => {
    expect(code('经济开发区团工委', { publisherCode: JIAXING })).toBe(JIAXING);
    expect(code('金融团工委', { publisherCode: '330481' })).toBe('330481');
    expect(code('团市直机关工委', { publisherCode: JIAXING })).toBe(JIAXING);
    expect(resolveOrganisation('海宁市金融团工委', { publisherCode: JIAXING })).toEqual({ code: '330481', provenance: 'printed', via: 'work-committee' });
    expect(code('共青团桐乡市快递物流行业工作委员会')).toBe('330483');
    expect(code('嘉兴经济技术开发区团工委', { publisherCode: '330000' })).toBe(JIAXING);
  });

  it('without a publisher and no division named → a warning', () => {
    expect(code('市直机关团工委')).toBeNull();
  });
});

describe('unresolvable organisations', () => {
  it.each(['浙江大学团委', '某某公司团委', '嘉兴学院团委', '团某某镇委', '税务局团委', '团委', '嘉兴市委', ''])('%s → no district, a warning', (org) => {
    const r = resolveOrganisation(org, { publisherCode: JIAXING });
    expect(r.code).toBeNull();
    expect(r).toHaveProperty('warning', expect.any(String));
  });

  it('a unit committee whose name starts with a full division name belongs to it', () => {
    expect(resolveOrganisation('海宁市税务局团委')).toEqual({ code: '330481', provenance: 'printed', via: 'unit-in-division' });
  });
});

describe('a name shared by divisions of two cities', () => {
  const d = (code: string, name: string, parent?: string): Division => ({
    code,
    name,
    shortName: name.replace(/[省市区县]$/, ''),
    level: code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county',
    ...(parent ? { parent } : {}),
  });
  const g = createGazetteer([d('990000', '某省'), d('990100', '甲市', '990000'), d('990200', '乙市', '990000'), d('990101', '普陀区', '990100'), d('990201', '普陀区', '990200')]);

  it('resolves inside the publisher’s city', () => {
    expect(resolveWith(g, '团普陀区委', { publisherCode: '990200' })).toEqual({ code: '990201', provenance: 'inferred', via: 'bare-name-in-city' });
    expect(resolveWith(g, '团普陀区委', { publisherCode: '990101' })).toMatchObject({ code: '990101' });
  });

  it('a printed city decides', () => {
    expect(resolveWith(g, '团甲市普陀区委', { publisherCode: '990000' })).toEqual({ code: '990101', provenance: 'printed', via: 'explicit' });
  });

  it('is ambiguous with the province as publisher, or none', () => {
    for (const ctx of [{ publisherCode: '990000' }, {}]) {
      const r = resolveWith(g, '团普陀区委', ctx);
      expect(r.code).toBeNull();
      expect(r).toHaveProperty('warning', expect.stringContaining('ambiguous'));
    }
  });
});

describe('resolvePublisher', () => {
  it.each([
    ['共青团嘉兴市委', '330400'],
    ['共青团浙江省委', '330000'],
    ['共青团浙江省委办公室', '330000'],
    ['共青团温州市委员会', '330300'],
    ['共青团湖州市委宣传部', '330500'],
    ['团海宁市委', '330481'],
  ])('%s → %s', (publisher, expected) => {
    expect(resolvePublisher(publisher)).toBe(expected);
  });

  it('names that are not a division’s committee → undefined', () => {
    expect(resolvePublisher('浙江大学')).toBeUndefined();
    expect(resolvePublisher('共青团市委')).toBeUndefined();
    expect(resolvePublisher('')).toBeUndefined();
  });
});

describe('the family of names (issue 21)', () => {
  it('团省委 departments and the provincial federations → 浙江省, whoever publishes', () => {
    expect(code('团省委学校部', { publisherCode: '330000' })).toBe('330000');
    expect(code('团省委学校部')).toBe('330000');
    expect(code('省青联')).toBe('330000');
    expect(code('省学联', { publisherCode: '330400' })).toBe('330000');
    expect(code('省少工委')).toBe('330000');
    expect(code('浙江省青年联合会')).toBe('330000');
  });
  it('city and county federations → their division, 市青联 → the publisher’s city', () => {
    expect(code('海宁市少工委')).toBe('330481');
    expect(code('市青联', { publisherCode: '330400' })).toBe('330400');
  });
  it('the division first: 椒江区团区委, 椒江区团委', () => {
    expect(code('椒江区团区委')).toBe('331002');
    expect(code('椒江区团委')).toBe('331002');
  });
  it('a 新区 named after a district belongs to the city; a 开发区 named after a county to that county', () => {
    expect(code('团钱塘新区工委', { publisherCode: '330100', date: '2020-11-06' })).toBe('330100');
    expect(code('台州湾新区团工委', { publisherCode: '331000' })).toBe('331000');
    expect(code('天台经济开发区团工委', { publisherCode: '331023' })).toBe('331023');
  });
});
