// Citation formats from one reference: the SPEC §5 example (seed 001, article 3).
import { describe, expect, it } from 'vitest';
import { gbt7714 } from './citation.ts';
import { bibtex } from './bibtex.ts';
import { ris } from './ris.ts';
import { publishedOn, type Reference } from './reference.ts';

const URL_ = 'https://example.org/archive/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/';
const ref: Reference = {
  author: '团海宁市委',
  headline: '团海宁市委全面推进青年发展 奋力筑造“青春潮城”',
  title: '全面推进青年发展 奋力筑造“青春潮城”',
  journal: '嘉兴青年工作信息',
  publisher: '共青团嘉兴市委',
  year: 2023,
  issue: 3,
  date: '2023-10-20',
  position: 3,
  url: URL_,
  key: 'jiaxing-qingnian-gongzuo-xinxi-2023-03-3',
  standalone: false,
};

describe('GB/T 7714-2015', () => {
  it('is the SPEC example', () => {
    expect(gbt7714(ref)).toBe(`团海宁市委. 全面推进青年发展 奋力筑造“青春潮城”[J/OL]. 嘉兴青年工作信息, 2023(3)[引用日期]. ${URL_}.`);
  });
  it('a standalone report is [Z/OL] with its year only', () => {
    const { journal: _j, issue: _i, ...rest } = ref;
    expect(gbt7714({ ...rest, standalone: true }, '2025-01-02')).toBe(`团海宁市委. 全面推进青年发展 奋力筑造“青春潮城”[Z/OL]. 2023[2025-01-02]. ${URL_}.`);
  });
});

describe('BibTeX', () => {
  it('is an @article with the organisation as one braced name', () => {
    expect(bibtex(ref)).toBe(
      [
        '@article{jiaxing-qingnian-gongzuo-xinxi-2023-03-3,',
        '  author = {{团海宁市委}},',
        '  title = {{全面推进青年发展 奋力筑造“青春潮城”}},',
        '  journal = {{嘉兴青年工作信息}},',
        '  year = {2023},',
        '  number = {3},',
        '  date = {2023-10-20},',
        `  url = {${URL_}},`,
        '  langid = {chinese}',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('escapes TeX specials and braces', () => {
    const out = bibtex({ ...ref, title: '100% {青年} & 50_件 #1' });
    expect(out).toContain('title = {{100\\% \\{青年\\} \\& 50\\_件 \\#1}}');
  });
  it('writes ~ and ^ as text, not as accents', () => {
    expect(bibtex({ ...ref, title: '~^' })).toContain('title = {{\\textasciitilde{}\\textasciicircum{}}}');
  });
});

describe('RIS', () => {
  it('is a JOUR record, CRLF, ending with ER', () => {
    const lines = ris(ref).split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines).toContain('AU  - 团海宁市委');
    expect(lines).toContain('T2  - 嘉兴青年工作信息');
    expect(lines).toContain('PY  - 2023');
    expect(lines).toContain('DA  - 2023/10/20');
    expect(lines).toContain('IS  - 3');
    expect(lines).toContain(`UR  - ${URL_}`);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
  });
  it('keeps a value on one line', () => {
    expect(ris({ ...ref, title: '一\n二' })).toContain('TI  - 一 二\r\n');
  });
});

describe('publishedOn (JSON-LD datePublished)', () => {
  it('is the ISO date, else the year alone, else nothing', () => {
    expect(publishedOn(ref)).toBe('2023-10-20');
    const { date: _d, ...noDate } = ref;
    expect(publishedOn(noDate)).toBe('2023');
    const { year: _y, ...neither } = noDate;
    expect(publishedOn(neither)).toBeUndefined();
  });
});
