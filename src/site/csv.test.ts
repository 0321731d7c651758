// CSV writer: RFC 4180 quoting, read back by an independent parser.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

interface Row { a: string | null; b: number | null; c: string }

describe('toCsv', () => {
  const rows: Row[] = [
    { a: '逗号,在内', b: 1, c: '引号"在内' },
    { a: null, b: null, c: '换行\n在内' },
    { a: '“中文引号”', b: 0, c: ' 前后空格 ' },
  ];
  const text = toCsv<Row>(['a', 'b', 'c'], rows);

  it('starts with a BOM and a header, records end in CRLF', () => {
    expect(text.startsWith('\uFEFFa,b,c\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
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
