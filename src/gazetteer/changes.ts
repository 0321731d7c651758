// The project's own knowledge of Zhejiang's division changes: divisions that
// have been retired (they are not in the dataset package, which lists only
// current ones) and the dates of the current divisions that replaced them.
//
// GB/T 2260 never reuses a code: a division that changes kind (县级市 → 区,
// 县 → 市) gets a new code and the old one is retired. Dates are ISO dates
// or partial dates (YYYY, YYYY-MM); a year means "during that year".
//
// Sources (docs/bulletins.md "Divisions"; research/domain.md §4.2 and its source list):
//   S75/S76  浙江省人民政府关于调整杭州市部分行政区划的通知 (国函〔2021〕29号,
//            approved 2021-03-11, new districts announced 2021-04-09)
//   S77      浙江日报 2016-10-10 “宁波市部分行政区划调整”
//   S74      龙港市 set up August 2019, formally established 2019-09-25
//   S71      area-data@5.0.6 still lists 330185 临安市, 331021 玉环县,
//            330204 江东区, 330283 奉化市 (evidence of the old codes)
//   GK       general knowledge, not backed by domain.md: the years of the
//            临安 and 玉环 changes, and the whole of the 富阳 (2014),
//            绍兴县/上虞 (2013) and 洞头 (2015) changes. Their old codes
//            (330183 富阳市, 330621 绍兴县, 330682 上虞市, 330322 洞头县)
//            were checked against public pre-2013 code tables.

export interface RetiredDivisionEntry {
  code: string;
  name: string;
  /** Code of the city (or province) it belonged to. */
  parent: string;
  validFrom?: string;
  /** When it was retired. */
  validTo: string;
  /** The current divisions that took it over. */
  successors: string[];
  note: string;
  source: string;
}

/** Dates and lineage for divisions that are still current. */
export interface CurrentDivisionChange {
  code: string;
  validFrom?: string;
  predecessors?: string[];
  note: string;
  source: string;
}

const HANGZHOU_2021 = '2021-04-09';

export const RETIRED_DIVISIONS: readonly RetiredDivisionEntry[] = [
  // Hangzhou 2021
  {
    code: '330103',
    name: '下城区',
    parent: '330100',
    validTo: HANGZHOU_2021,
    successors: ['330105'],
    note: '2021年撤销下城区、拱墅区，设立新的拱墅区（沿用代码 330105）',
    source: 'S75/S76 国函〔2021〕29号',
  },
  {
    code: '330104',
    name: '江干区',
    parent: '330100',
    validTo: HANGZHOU_2021,
    successors: ['330102', '330114'],
    note: '2021年撤销上城区、江干区，设立新的上城区（沿用代码 330102）；下沙、白杨街道划入新设的钱塘区',
    source: 'S75/S76 国函〔2021〕29号',
  },
  // Ningbo 2016
  {
    code: '330204',
    name: '江东区',
    parent: '330200',
    validTo: '2016',
    successors: ['330212'],
    note: '2016年撤销江东区，其行政区域划归鄞州区',
    source: 'S77 浙江日报 2016-10-10; old code in S71',
  },
  {
    code: '330283',
    name: '奉化市',
    parent: '330200',
    validTo: '2016',
    successors: ['330213'],
    note: '2016年撤销县级奉化市，设立宁波市奉化区',
    source: 'S77 浙江日报 2016-10-10; old code in S71',
  },
  // Earlier changes: codes from S71, years from general knowledge
  {
    code: '330185',
    name: '临安市',
    parent: '330100',
    validTo: '2017',
    successors: ['330112'],
    note: '2017年撤销县级临安市，设立杭州市临安区',
    source: 'old code in S71; year GK (domain.md: "exact years unverified")',
  },
  {
    code: '331021',
    name: '玉环县',
    parent: '331000',
    validTo: '2017',
    successors: ['331083'],
    note: '2017年撤销玉环县，设立县级玉环市',
    source: 'old code in S71; year GK (domain.md: "exact years unverified")',
  },
  // Not in domain.md: general knowledge, codes checked against old code tables
  {
    code: '330183',
    name: '富阳市',
    parent: '330100',
    validTo: '2014',
    successors: ['330111'],
    note: '2014年撤销县级富阳市，设立杭州市富阳区',
    source: 'GK (domain.md names the change without a year or code)',
  },
  {
    code: '330621',
    name: '绍兴县',
    parent: '330600',
    validTo: '2013',
    successors: ['330603'],
    note: '2013年撤销绍兴县，设立绍兴市柯桥区',
    source: 'GK (domain.md names the change without a year or code)',
  },
  {
    code: '330682',
    name: '上虞市',
    parent: '330600',
    validTo: '2013',
    successors: ['330604'],
    note: '2013年撤销县级上虞市，设立绍兴市上虞区',
    source: 'GK (domain.md names the change without a year or code)',
  },
  {
    code: '330322',
    name: '洞头县',
    parent: '330300',
    validTo: '2015',
    successors: ['330305'],
    note: '2015年撤销洞头县，设立温州市洞头区',
    source: 'GK (domain.md names the change without a year or code)',
  },
];

export const CURRENT_DIVISION_CHANGES: readonly CurrentDivisionChange[] = [
  // Hangzhou 2021
  {
    code: '330102',
    predecessors: ['330104'],
    note: '2021年原上城区与江干区（除下沙、白杨街道）合并为新的上城区；GB/T 2260 沿用原上城区代码 330102',
    source: 'S75/S76 国函〔2021〕29号',
  },
  {
    code: '330105',
    predecessors: ['330103'],
    note: '2021年原拱墅区与下城区合并为新的拱墅区；GB/T 2260 沿用原拱墅区代码 330105',
    source: 'S75/S76 国函〔2021〕29号',
  },
  {
    code: '330110',
    note: '2021年余杭区东部析出设立临平区',
    source: 'S75/S76 国函〔2021〕29号',
  },
  {
    code: '330113',
    validFrom: HANGZHOU_2021,
    predecessors: ['330110'],
    note: '2021年由原余杭区东部设立',
    source: 'S75/S76 国函〔2021〕29号',
  },
  {
    code: '330114',
    validFrom: HANGZHOU_2021,
    predecessors: ['330104', '330109'],
    note: '2021年由原江干区下沙、白杨街道和萧山区5个街道设立',
    source: 'S75/S76 国函〔2021〕29号',
  },
  // Ningbo 2016
  {
    code: '330212',
    predecessors: ['330204'],
    note: '2016年原江东区并入鄞州区',
    source: 'S77 浙江日报 2016-10-10',
  },
  {
    code: '330213',
    validFrom: '2016',
    predecessors: ['330283'],
    note: '2016年由县级奉化市改设',
    source: 'S77 浙江日报 2016-10-10',
  },
  // Wenzhou 2019
  {
    code: '330383',
    validFrom: '2019-08',
    predecessors: ['330327'],
    note: '2019年8月由苍南县龙港镇设立，2019-09-25挂牌；浙江省直辖，温州市代管',
    source: 'S74',
  },
  {
    code: '330327',
    note: '2019年龙港镇析出设立龙港市',
    source: 'S74',
  },
  // Earlier changes (years GK, see header)
  {
    code: '330112',
    validFrom: '2017',
    predecessors: ['330185'],
    note: '2017年由县级临安市改设',
    source: 'S71 (old code); year GK',
  },
  {
    code: '331083',
    validFrom: '2017',
    predecessors: ['331021'],
    note: '2017年由玉环县改设',
    source: 'S71 (old code); year GK',
  },
  {
    code: '330111',
    validFrom: '2014',
    predecessors: ['330183'],
    note: '2014年由县级富阳市改设',
    source: 'GK',
  },
  {
    code: '330603',
    validFrom: '2013',
    predecessors: ['330621'],
    note: '2013年由绍兴县改设',
    source: 'GK',
  },
  {
    code: '330604',
    validFrom: '2013',
    predecessors: ['330682'],
    note: '2013年由县级上虞市改设',
    source: 'GK',
  },
  {
    code: '330305',
    validFrom: '2015',
    predecessors: ['330322'],
    note: '2015年由洞头县改设',
    source: 'GK',
  },
];
