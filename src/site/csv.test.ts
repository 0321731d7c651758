// CSV writer: RFC 4180 quoting, read back by an independent parser.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv.ts';

interface Row {
  a: string | null;
  b: number | null;
  c: string;
}

describe('toCsv', () => {
  const rows: Row[] = [
    { a: '逗号,在内', b: 1, c: '引号"在内' },
    { a: null, b: null, c: '换行\n在内' },
    { a: '“中文引号”', b: 0, c: ' 前后空格 ' },
  ];
  const text = toCsv<Row>(['a', 'b', 'c'], rows, { bom: true });

  it('starts with a BOM and a header, records end in CRLF', () => {
    expect(text.startsWith('\uFEFFa,b,c\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('without the BOM, the same bytes after it', () => {
    expect(toCsv<Row>(['a', 'b', 'c'], rows, { bom: false })).toBe(text.slice(1));
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(text).toContain('"逗号,在内",1,"引号""在内"\r\n');
    expect(text).toContain(',,"换行\n在内"\r\n');
    expect(text).toContain('“中文引号”,0, 前后空格 \r\n');
  });

  it('reads back to the same values (null as empty)', () => {
    const back = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(back).toEqual([
      { a: '逗号,在内', b: '1', c: '引号"在内' },
      { a: '', b: '', c: '换行\n在内' },
      { a: '“中文引号”', b: '0', c: ' 前后空格 ' },
    ]);
  });
});

describe('toCsv: formula injection (OWASP)', () => {
  // Each of these opens as a formula in Excel or LibreOffice when it starts a cell.
  const starts = ['=HYPERLINK("http://evil.example/","点此")', '+1+2', '-1+2', '@SUM(1+1)', '\t=1+2', '\r=1+2', '＝1+2', '＋1', '－1', '＠SUM(1)'];
  const rows = starts.map((s, i) => ({ n: i, s, inner: `正文=1+2与@SUM(A1)` }));
  const back = parse(toCsv(['n', 's', 'inner'], rows, { bom: false }), { columns: true }) as Record<string, string>[];

  it('prefixes a single quote to a text cell that starts like a formula, and adds nothing else', () => {
    expect(back.map((r) => r.s)).toEqual(starts.map((s) => `'${s}`));
  });

  it('leaves cells that only hold such characters later, and numbers, as they are', () => {
    expect(back.map((r) => r.inner)).toEqual(rows.map((r) => r.inner));
    expect(back.map((r) => r.n)).toEqual(rows.map((r) => String(r.n)));
    expect(neutraliseFormula('团海宁市委')).toBe('团海宁市委');
  });
});
