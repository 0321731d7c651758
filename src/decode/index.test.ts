import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBulletin } from './index.ts';

const TEXT = '嘉兴青年工作信息\n2023年 第3期\n共青团嘉兴市委\n\n团海宁市委“三化”推进青年交友工作\n';
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const cat = (...parts: (Uint8Array | number[])[]): Uint8Array => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const utf16be = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le').swap16());

describe('decodeBulletin: encodings', () => {
  it('UTF-8 without BOM', () => {
    expect(decodeBulletin(utf8(TEXT), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8', diagnostics: [] });
  });

  it('UTF-8 with BOM (removed)', () => {
    expect(decodeBulletin(cat([0xef, 0xbb, 0xbf], utf8(TEXT)), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8-bom', diagnostics: [] });
  });

  it('UTF-16LE with BOM', () => {
    const bytes = cat([0xff, 0xfe], Buffer.from(TEXT, 'utf16le'));
    expect(decodeBulletin(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-16le', diagnostics: [] });
  });

  it('UTF-16BE with BOM', () => {
    const bytes = cat([0xfe, 0xff], utf16be(TEXT));
    expect(decodeBulletin(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-16be', diagnostics: [] });
  });

  it('UTF-16 with a character outside the BMP', () => {
    const s = '青年𠀀之家\n';
    expect(decodeBulletin(cat([0xff, 0xfe], Buffer.from(s, 'utf16le')), 'a.txt').text).toBe(s);
  });

  it('GB18030 with CRLF: decoded, line endings made LF, a warning naming the file', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT.replace(/\n/g, '\r\n'), 'gb18030'));
    const r = decodeBulletin(bytes, '000.txt');
    expect(r.text).toBe(TEXT);
    expect(r.encoding).toBe('gb18030');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ level: 'warning', code: 'legacy-encoding' });
    expect(r.diagnostics[0]?.message).toContain('000.txt: decoded as GB18030 (not UTF-8)');
  });

  it('GBK-only text and characters outside GBK (4-byte GB18030)', () => {
    const s = '内部刊物 注意保管\n（经验交流）\n€ 𠀀 㐀\n';
    const r = decodeBulletin(new Uint8Array(iconv.encode(s, 'gb18030')), 'b.txt');
    expect(r).toMatchObject({ text: s, encoding: 'gb18030' });
  });

  it('a very short GB18030 file', () => {
    expect(decodeBulletin(new Uint8Array(iconv.encode('团\r\n', 'gb18030')), 'c.txt')).toMatchObject({ text: '团\n', encoding: 'gb18030' });
  });
});

describe('decodeBulletin: line endings', () => {
  it('CR-only becomes LF and keeps the line count', () => {
    const r = decodeBulletin(utf8('第一行\r第二行\r\r第四行\r'), 'a.txt');
    expect(r.text).toBe('第一行\n第二行\n\n第四行\n');
  });

  it('mixed CRLF, CR and LF', () => {
    expect(decodeBulletin(utf8('a\r\nb\rc\nd'), 'a.txt').text).toBe('a\nb\nc\nd');
  });

  it('keeps other text untouched; a form feed (a page break of PDF and Word exports) becomes a space, unreported, as XML cannot carry it', () => {
    expect(decodeBulletin(utf8('一\f二\t三　四 '), 'a.txt')).toMatchObject({ text: '一 二\t三　四 ', diagnostics: [] });
  });
});

describe('decodeBulletin: bad input', () => {
  it('an invalid byte in a UTF-8 file: offset, line, what to do', () => {
    const head = utf8('嘉兴青年工作信息\r\n第二行\r\n');
    const bytes = cat(head, utf8('共青团'), [0xff], utf8('嘉兴市委\n'));
    const r = decodeBulletin(bytes, 'bad.txt');
    expect(r.diagnostics).toHaveLength(1);
    const [d] = r.diagnostics;
    expect(d).toMatchObject({ level: 'error', code: 'undecodable', offset: head.length + 9, line: 3 });
    expect(d?.message).toContain('bad.txt');
    expect(d?.message).toContain(`byte ${head.length + 9} (line 3)`);
    expect(d?.message).toContain('UTF-8');
    expect(d?.message).toMatch(/re-save the file as UTF-8/);
  });

  it('line numbers count CR-only line breaks', () => {
    const bytes = cat(utf8('一\r二\r三'), [0xc0, 0x20]);
    expect(decodeBulletin(bytes, 'x.txt').diagnostics[0]).toMatchObject({ code: 'undecodable', offset: 11, line: 3 });
  });

  it('a truncated sequence at the end', () => {
    const bytes = cat(utf8('团委\n'), [0xe5, 0x9b]);
    expect(decodeBulletin(bytes, 'x.txt').diagnostics[0]).toMatchObject({ code: 'undecodable', offset: 7, line: 2 });
  });

  it('a bad byte in a GB18030 file: the GB18030 offset', () => {
    const head = new Uint8Array(iconv.encode('嘉兴青年工作信息\r\n共青团嘉兴市委\r\n', 'gb18030'));
    const bytes = cat(head, [0xff], iconv.encode('2023年\r\n', 'gb18030'));
    const r = decodeBulletin(bytes, 'gb.txt');
    expect(r.diagnostics[0]).toMatchObject({ level: 'error', code: 'undecodable', offset: head.length, line: 3 });
    expect(r.diagnostics[0]?.message).toContain('GB18030');
  });

  it('a UTF-8 BOM file with an invalid byte', () => {
    const bytes = cat([0xef, 0xbb, 0xbf], utf8('团\n'), [0x80]);
    const r = decodeBulletin(bytes, 'bom.txt');
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.diagnostics[0]).toMatchObject({ code: 'undecodable', offset: 7, line: 2 });
  });

  it('another legacy encoding (Big5) is named, not decoded as GB18030', () => {
    const bytes = new Uint8Array(iconv.encode('團嘉善縣委三新模式助推經濟穩進提質，共青團工作簡報', 'big5'));
    const r = decodeBulletin(bytes, 'big5.txt');
    expect(r.diagnostics[0]).toMatchObject({ level: 'error', code: 'undecodable', offset: 0, line: 1 });
    expect(r.diagnostics[0]?.message).toContain('Big5');
  });

  it('Latin-1 text is not mistaken for GB18030', () => {
    const r = decodeBulletin(new Uint8Array(iconv.encode('café crème\nà la française', 'latin1')), 'l.txt');
    expect(r.diagnostics[0]).toMatchObject({ code: 'undecodable', offset: 3, line: 1 });
  });

  it('a binary file with NUL bytes', () => {
    const bytes = cat(utf8('PK\n\n'), [0x03, 0x04, 0x00, 0x00, 0x14]);
    const r = decodeBulletin(bytes, 'doc.txt');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ level: 'error', code: 'binary-file', offset: 6, line: 3 });
    expect(r.diagnostics[0]?.message).toContain('doc.txt');
  });

  it('UTF-16 without BOM is reported as binary (NUL bytes)', () => {
    const r = decodeBulletin(new Uint8Array(Buffer.from('AB团', 'utf16le')), 'u.txt');
    expect(r.diagnostics[0]).toMatchObject({ code: 'binary-file', offset: 1, line: 1 });
  });

  it('UTF-16 with an odd trailing byte or a lone surrogate', () => {
    const odd = cat([0xff, 0xfe], Buffer.from('团\n委', 'utf16le'), [0x41]);
    expect(decodeBulletin(odd, 'o.txt').diagnostics[0]).toMatchObject({ code: 'undecodable', offset: 8, line: 2 });
    const lone = cat([0xfe, 0xff], utf16be('团\n'), [0xd8, 0x00, 0x00, 0x41]);
    expect(decodeBulletin(lone, 's.txt').diagnostics[0]).toMatchObject({ code: 'undecodable', offset: 6, line: 2 });
  });

  it('an empty file', () => {
    const r = decodeBulletin(new Uint8Array(0), 'empty.txt');
    expect(r.text).toBe('');
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'empty-file' })]);
    expect(r.diagnostics[0]?.message).toContain('empty.txt');
  });

  it('a whitespace-only file (with BOM, full-width spaces, CRLF)', () => {
    for (const bytes of [utf8(' \r\n\t\n'), cat([0xef, 0xbb, 0xbf], utf8('　\r\n')), cat([0xff, 0xfe], Buffer.from(' \r\n', 'utf16le'))]) {
      expect(decodeBulletin(bytes, 'blank.txt').diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'empty-file' })]);
    }
  });

  it('the seeds decode as UTF-8 with no diagnostics', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../content/bulletins/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const bytes = readFileSync(new URL(f, dir));
      const r = decodeBulletin(bytes, f);
      expect(r.diagnostics, f).toEqual([]);
      expect(r.text).toBe(bytes.toString('utf8').replace(/\r\n?/g, '\n'));
    }
  });
});
