import { describe, it, expect } from 'vitest';
import { parseCsv, parseCsvLine } from './csv.ts';

describe('parseCsvLine', () => {
  it('splits plain and quoted fields', () => {
    expect(parseCsvLine('330481,"海宁市",3304,33')).toEqual(['330481', '海宁市', '3304', '33']);
    expect(parseCsvLine('1,"a, b","say ""hi""",')).toEqual(['1', 'a, b', 'say "hi"', '']);
  });
});

describe('parseCsv', () => {
  it('keys records by header and filters lines', () => {
    const text = '\uFEFFcode,name\r\n11,"北京市"\r\n33,"浙江省"\r\n';
    expect(parseCsv(text)).toEqual([
      { code: '11', name: '北京市' },
      { code: '33', name: '浙江省' },
    ]);
    expect(parseCsv(text, (l) => l.startsWith('33'))).toEqual([{ code: '33', name: '浙江省' }]);
  });
});
