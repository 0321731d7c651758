import { describe, it, expect } from 'vitest';
import { inferFromTitle, placesInText } from './index.ts';

const JIAXING = { publisherCode: '330400' };

describe('placesInText', () => {
  it('finds full names anywhere in the province, in order of first mention', () => {
    expect(placesInText('对接温岭市、台州市路桥区等地青企协，海宁市青企协', {})).toEqual(['331081', '331000', '331004', '330481']);
    expect(placesInText('团宁波市江北区委探索', {})).toEqual(['330200', '330205']);
  });

  it('finds short names of the context city’s county-level units', () => {
    expect(placesInText('党管青年 全域协同 嘉善系统推进青年发展型县域建设', JIAXING)).toEqual(['330421']);
    expect(placesInText('平湖、海宁、桐乡三地', JIAXING)).toEqual(['330482', '330481', '330483']);
  });

  it('not short names of county-level units of other cities', () => {
    expect(placesInText('新青企协与庆元、九寨沟分别签订联谊共建协议', JIAXING)).toEqual([]);
    expect(placesInText('嘉善系统推进', { publisherCode: '330000' })).toEqual([]);
    expect(placesInText('嘉善系统推进', {})).toEqual([]);
  });

  it('short names of the cities everywhere; not 浙江 (浙江大学)', () => {
    expect(placesInText('开创新形势下湖州共青团工作新局面', {})).toEqual(['330500']);
    expect(placesInText('浙江大学嘉兴校友会', {})).toEqual(['330400']);
    expect(placesInText('全省青年，浙江省', {})).toEqual(['330000']);
  });

  it('reads the longest name at each place (海宁市 not 海宁 + 市; 景宁畲族自治县)', () => {
    expect(placesInText('海宁市委书记', JIAXING)).toEqual(['330481']);
    expect(placesInText('丽水市景宁畲族自治县', {})).toEqual(['331100', '331127']);
  });

  it('uses the date for names that changed (奉化 in 宁波)', () => {
    const ningbo = { publisherCode: '330200' };
    expect(placesInText('奉化青年', { ...ningbo, date: '2015' })).toEqual(['330283']);
    expect(placesInText('奉化青年', { ...ningbo, date: '2020' })).toEqual(['330213']);
    expect(placesInText('奉化青年', ningbo)).toEqual(['330213']);
    expect(placesInText('江干区团员', { date: '2018' })).toEqual(['330104']);
    expect(placesInText('绍兴青年', { date: '2010' })).toEqual(['330600']);
  });

  it('returns each code once', () => {
    expect(placesInText('海宁市……海宁……海宁市', JIAXING)).toEqual(['330481']);
  });
});

describe('inferFromTitle', () => {
  it('the 嘉善 article of seed 001', () => {
    expect(inferFromTitle('党管青年 全域协同 嘉善系统推进青年发展型县域建设', JIAXING)).toEqual({
      code: '330421',
      provenance: 'inferred',
      via: 'title-place',
    });
  });

  it('a place with its own city counts once (the most specific)', () => {
    expect(inferFromTitle('宁波市江北区探索“两新”群体服务新载体', {})).toMatchObject({ code: '330205' });
  });

  it('no place → a warning', () => {
    const r = inferFromTitle('团市委“三力”建设聚焦“青企”赋能', JIAXING);
    expect(r.code).toBeNull();
    expect(r).toHaveProperty('warning', expect.stringContaining('names no division'));
  });

  it('several places → a warning, never a pick', () => {
    const r = inferFromTitle('嘉善、平湖两地携手推进', JIAXING);
    expect(r.code).toBeNull();
    expect(r).toHaveProperty('warning', expect.stringContaining('several'));
  });
});
