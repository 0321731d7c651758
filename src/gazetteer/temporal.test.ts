import { describe, it, expect } from 'vitest';
import { normaliseDate, pickByDate, validityAt } from './temporal.ts';
import type { Division } from './types.ts';

const old: Division = { code: '330283', name: '奉化市', shortName: '奉化', level: 'county', validTo: '2016' };
const neu: Division = { code: '330213', name: '奉化区', shortName: '奉化', level: 'county', validFrom: '2016' };
const hz: Division = { code: '330104', name: '江干区', shortName: '江干', level: 'county', validTo: '2021-04-09' };

describe('temporal', () => {
  it('normalises dates', () => {
    expect(normaliseDate('2023年10月20日')).toBe('2023-10-20');
    expect(normaliseDate('2016')).toBe('2016');
    expect(normaliseDate('2019-8')).toBe('2019-08');
    expect(normaliseDate('soon')).toBeUndefined();
  });

  it('compares at the coarser precision', () => {
    expect(validityAt(old, '2015-12-31')).toBe('valid');
    expect(validityAt(old, '2016-05-01')).toBe('uncertain');
    expect(validityAt(old, '2017')).toBe('after');
    expect(validityAt(neu, '2015')).toBe('before');
    expect(validityAt(hz, '2021-04-08')).toBe('valid');
    expect(validityAt(hz, '2021-04-09')).toBe('after');
    expect(validityAt(hz, '2021')).toBe('uncertain');
    expect(validityAt(hz, undefined)).toBe('after');
  });

  it('picks the division valid on the date, else the current one', () => {
    expect(pickByDate([old, neu], '2015')?.code).toBe('330283');
    expect(pickByDate([old, neu], '2018')?.code).toBe('330213');
    expect(pickByDate([old, neu], '2016')?.code).toBe('330213');
    expect(pickByDate([old, neu], undefined)?.code).toBe('330213');
  });
});
