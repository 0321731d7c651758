// Redaction of texts: same length, whitespace kept, found across line breaks,
// piece seams and recognised artefacts.
import { describe, expect, it } from 'vitest';
import { redactPieces, redactSource, redactText } from './redact.ts';

describe('redactText', () => {
  it('blanks every occurrence with ■ of the same length', () => {
    expect(redactText('张三说，张三丰听。', ['张三'])).toBe('■■说，■■丰听。');
  });

  it('blanks the longer of two overlapping strings whole, whatever their order', () => {
    expect(redactText('张三丰听', ['张三', '张三丰'])).toBe('■■■听');
    expect(redactText('张三丰听', ['张三丰', '张三'])).toBe('■■■听');
  });

  it('matches across whitespace and keeps the whitespace', () => {
    expect(redactText('团海宁 市委\n一', ['团海宁市委'])).toBe('■■■ ■■\n一');
    expect(redactText('团海宁市委', ['团海宁 市委'])).toBe('■■■■■');
  });

  it('counts one ■ per character outside the basic plane', () => {
    expect(redactText('甲𠀀乙', ['𠀀乙'])).toBe('甲■■');
  });

  it('leaves text without the string alone', () => {
    expect(redactText('团海宁市委', ['团桐乡市委'])).toBe('团海宁市委');
  });
});

describe('redactPieces', () => {
  it('finds a string cut across two pieces (a title printed over two lines) and blanks both halves', () => {
    // seed 001 lines 52 and 54: the title 市直机关团工委持续擦亮“禾城朝阳”志愿 / 服务品牌 让青年…
    const r = redactPieces(['市直机关团工委持续擦亮“禾城朝阳”志愿', '服务品牌 让青年志愿服务工作“活”起来'], ['志愿服务品牌']);
    expect(r.pieces).toEqual(['市直机关团工委持续擦亮“禾城朝阳”■■', '■■■■ 让青年志愿服务工作“活”起来']);
    expect(r).toMatchObject({ occurrences: 1, characters: 6 });
  });
});

describe('redactSource', () => {
  it('finds a string cut by a page-number line the parser removed, and one inside an artefact', () => {
    const source = '一是青年\n— 3 —\n之家建设。\n嘉兴青年之家简报';
    const artefacts = [
      { line: 2, text: '— 3 —' },
      { line: 4, text: '嘉兴青年之家简报' },
    ];
    const r = redactSource(source, artefacts, ['青年之家']);
    expect(r.text).toBe('一是■■\n— 3 —\n■■建设。\n嘉兴■■■■简报');
    expect(r).toMatchObject({ occurrences: 2, characters: 8 });
  });
});
