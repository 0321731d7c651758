// The parser's general rules, one module at a time, on lines in the shapes of
// other bulletins of the family (other cities, years and masthead layouts).
import { describe, it, expect } from 'vitest';
import { endsClosed, splitLines } from './lines.ts';
import { findDate, parseNumber } from './numbers.ts';
import { isPageNumber } from './artefacts.ts';
import { classifyMastheadLine, readMasthead } from './masthead.ts';
import { organisationAtHead, articleOrganisation } from './organisation.ts';
import { readContents, entryKey } from './contents.ts';
import { readFooter } from './footer.ts';
import { buildBody } from './body.ts';
import { parseBulletin } from './index.ts';
import { accountedText } from './accounting.ts';

const contentOf = (text: string) => splitLines(text).filter((l) => l.text !== '');
const lineOf = (text: string) => splitLines(text)[0]!;

describe('lines: closing punctuation', () => {
  it.each([
    ['主要是：', true],
    ['取得新成效。', true],
    ['“青少年之家”。', true],
    ['（团南湖区委供稿）', true],
    ['**三是加强保障性服务。**', true],
    ['服务品牌，', false],
    ['“青少年之家”', false],
    ['**三是加强保障性服务。**探索', false],
    ['广泛参', false],
  ])('%s → %s', (text, closed) => expect(endsClosed(text)).toBe(closed));
});

describe('numbers and dates', () => {
  it('reads Arabic, full-width and Chinese numerals', () => {
    expect([parseNumber('14'), parseNumber('１４'), parseNumber('十四'), parseNumber('二十'), parseNumber('一百零三'), parseNumber('二〇二三')]).toEqual([14, 14, 14, 20, 103, 2023]);
    expect(parseNumber('第3')).toBeUndefined();
  });
  it('finds dates in any of those forms, as ISO', () => {
    expect(findDate('共青团嘉兴市委                     2023年10月20日')).toBe('2023-10-20');
    expect(findDate('２０２２年７月１５日')).toBe('2022-07-15');
    expect(findDate('二〇二三年十月二十日')).toBe('2023-10-20');
    expect(findDate('2023年 10 月 2 日印发')).toBe('2023-10-02');
    expect(findDate('2023年13月2日')).toBeUndefined();
  });
});

describe('page numbers', () => {
  it.each(['— 3 —', '- 3 -', '－3－', '—12—', '第3页', '第 3 页 共 8 页', '共8页 第3页', '３', '3/8'])('%s is a page number', (t) => expect(isPageNumber(t)).toBe(true));
  it.each(['2023年', '——团市委上半年工作总结', '- 团杭州市委强化“三共”赋能', '第3期'])('%s is not', (t) => expect(isPageNumber(t)).toBe(false));
});

describe('masthead lines', () => {
  const classify = (t: string) => classifyMastheadLine(lineOf(t));
  it('reads marks, alone or together', () => {
    expect(classify('内部资料，注意保存')?.marks.map((m) => m.text)).toEqual(['内部资料', '注意保存']);
    expect(classify('内部刊物   注意保管')?.marks.map((m) => m.text)).toEqual(['内部刊物', '注意保管']);
  });
  it('reads 期号 with total number, full-width digits and spaces', () => {
    expect(classify('２０２２年第７期（总第１２３期）')).toMatchObject({ year: 2022, issue: 7, totalIssue: 123 });
    expect(classify('2021年 第 14 期')).toMatchObject({ year: 2021, issue: 14 });
    expect(classify('第十二期')).toMatchObject({ issue: 12 });
    expect(classify('（总第45期）')).toMatchObject({ totalIssue: 45 });
  });
  it('reads the publisher with or without 编/编印/主办 and a date', () => {
    expect(classify('共青团温州市委编印')?.publisher).toBe('共青团温州市委');
    expect(classify('共青团嘉兴市委办公室 编')?.publisher).toBe('共青团嘉兴市委办公室');
    expect(classify('主办：共青团湖州市委        2019年3月8日')).toMatchObject({ publisher: '共青团湖州市委', date: '2019-03-08' });
    expect(classify('中国共产主义青年团浙江省委员会')?.publisher).toBe('中国共产主义青年团浙江省委员会');
  });
  it('reads the category in any brackets or letter-spaced, and the publication name', () => {
    expect(classify('（经  验  交  流）')?.category).toBe('经验交流');
    expect(classify('(经验交流)')?.category).toBe('经验交流');
    expect(classify('【工作动态】')?.category).toBe('工作动态');
    expect(classify('〔基层动态〕')?.category).toBe('基层动态');
    expect(classify('经 验 交 流')?.category).toBe('经验交流');
    expect(classify('嘉兴青年工作信息')?.publication).toBe('嘉兴青年工作信息');
    expect(classify('《丽水共青团简报》')?.publication).toBe('丽水共青团简报');
    expect(classify('衢州青年工作信息 2020年第6期')).toMatchObject({ publication: '衢州青年工作信息', year: 2020, issue: 6 });
    expect(classify('本期目录')?.kinds.has('contents-heading')).toBe(true);
    expect(classify('目  录')?.kinds.has('contents-heading')).toBe(true);
  });
  it('does not take a title or body line for a masthead line', () => {
    expect(classify('团嘉善县委“三新”模式助推')).toBeUndefined();
    expect(classify('——团市委上半年工作总结下半年工作计划')).toBeUndefined();
    expect(classify('一、上半年工作情况')).toBeUndefined();
  });
  it('reads a masthead with an unbracketed category under the name', () => {
    const r = readMasthead(contentOf('丽水青年工作信息\n经验交流\n2018年第2期\n共青团丽水市委    2018年4月3日\n团莲都区委……'));
    expect(r.masthead).toMatchObject({ publication: { text: '丽水青年工作信息' }, category: '经验交流', year: 2018, issue: 2, date: '2018-04-03' });
    expect(r.next).toBe(4);
  });
  it('takes a lone weak line (a date, a 简报-like title) for no masthead', () => {
    expect(readMasthead(contentOf('2017年7月10日\n今年以来，……。')).masthead.lines).toEqual([]);
    expect(readMasthead(contentOf('全市共青团工作简报\n今年以来，……。')).masthead.lines).toEqual([]);
  });
  it('takes a short unknown line above the 期号 as the publication, with a warning', () => {
    const r = readMasthead(contentOf('内部刊物\n青春嘉兴\n2023年第3期\n团市委……'));
    expect(r.masthead.publication?.text).toBe('青春嘉兴');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['masthead-guessed-publication']);
  });
});

describe('organisation at the head of a title', () => {
  it.each([
    ['团市委“三力”建设聚焦“青企”赋能', '团市委'],
    ['团海宁市委全面推进青年发展', '团海宁市委'],
    ['团宁波市江北区委探索“两新”群体服务新载体', '团宁波市江北区委'],
    ['团嘉善县委“三新”模式助推', '团嘉善县委'],
    ['团省委召开全省青年工作会议', '团省委'],
    ['团浙江省委部署“青年大学习”', '团浙江省委'],
    ['团区委开展志愿服务', '团区委'],
    ['团建德市委强化“三共”赋能', '团建德市委'],
    ['团景宁畲族自治县委打造青年驿站', '团景宁畲族自治县委'],
    ['市直机关团工委持续擦亮“禾城朝阳”志愿服务品牌', '市直机关团工委'],
    ['共青团宁波市北仑区委员会“青春港城”志愿服务队获表彰', '共青团宁波市北仑区委员会'],
    ['共青团嘉兴市委深化改革', '共青团嘉兴市委'],
    ['浙江大学团委开展主题团日', '浙江大学团委'],
    ['党管青年 全域协同 嘉善系统推进青年发展型县域建设', undefined],
    ['团结带领全市青年建功新时代', undefined],
    ['龙港市新兴领域团建工作取得新突破', undefined],
  ])('%s → %s', (title, org) => expect(organisationAtHead(title)).toBe(org));

  it('falls back to the subtitle', () => {
    expect(articleOrganisation('践行四新 助推赶超', '团市委上半年工作总结下半年工作计划')).toEqual({ organisation: '团市委', source: 'subtitle' });
    expect(articleOrganisation('突出实践特色确定活动载体', '关于团安吉县委开展“青年之家”建设的汇报')).toEqual({ organisation: '团安吉县委', source: 'subtitle' });
  });
});

describe('contents', () => {
  it('takes （一） numbering as part of the entry and leaves it out when comparing', () => {
    const content = contentOf('（一）团衢州市委深化“青年发展型城市”建设\n（二）团江山市委打造“青春驿站”\n团衢州市委深化“青年发展型城市”建设\n今年以来，……。');
    const r = readContents(content, 0);
    expect(r.entries.map((e) => e.text)).toEqual(['（一）团衢州市委深化“青年发展型城市”建设', '（二）团江山市委打造“青春驿站”']);
    expect(entryKey(r.entries[0]!)).toBe('团衢州市委深化“青年发展型城市”建设');
    expect(r.artefacts).toEqual([]);
  });
  it('removes Word bullet glyphs and ignores dot leaders with page numbers when comparing', () => {
    const r = readContents(contentOf('Ø 团台州市委推进青年发展……………3\nØ 团临海市委“青春助力共富”……5\n团台州市委推进青年发展'), 0);
    expect(r.artefacts.map((a) => a.text)).toEqual(['Ø', 'Ø']);
    expect(r.entries.map(entryKey)).toEqual(['团台州市委推进青年发展', '团临海市委“青春助力共富”']);
  });
  it('joins an entry wrapped in the contents', () => {
    const r = readContents(contentOf('● 团舟山市普陀区委深化“海岛青年之家”建设\n打造青年友好型海岛\n● 团岱山县委开展青年交友活动\n团舟山市普陀区委'), 0);
    expect(r.entries.map((e) => [e.text, e.lines ?? [e.line]])).toEqual([
      ['团舟山市普陀区委深化“海岛青年之家”建设打造青年友好型海岛', [1, 2]],
      ['团岱山县委开展青年交友活动', [3]],
    ]);
  });
});

describe('footer', () => {
  it('reads spaced labels, half-width colons, imprint lines and a one-line printing line', () => {
    const f = readFooter(contentOf('抄 送：团省委办公室，市委办公室\n发: 各县（市、区）团委\n责任编辑：王明\n共青团台州市委办公室      2020年5月6日印发\n（共印80份）'));
    expect(f.distribution).toEqual([
      { label: '抄送', labelText: '抄 送：', text: '团省委办公室，市委办公室', lines: [1] },
      { label: '发', labelText: '发:', text: '各县（市、区）团委', lines: [2] },
    ]);
    expect(f.printing).toMatchObject({ lines: [3, 4, 5], issuer: '共青团台州市委办公室', date: '2020-05-06' });
  });
});

describe('body', () => {
  const body = (text: string) => buildBody(contentOf(text));
  it('reads a numbered line whose first sentence is long as a paragraph', () => {
    const r = body('1. 今年以来全市共开展各类青年志愿服务活动一千二百余场次，服务群众五万余人次，涌现出一大批先进典型和优秀志愿服务项目，受到社会广泛好评。');
    expect(r.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });
  it('emphasises lead-ins only where a clause starts (统一是… is no lead-in)', () => {
    const r = body('全市做到三个统一是关键。一是统一标准；二是统一流程，确保规范运行。');
    const p = r.blocks[0]!;
    expect(p.type === 'paragraph' && p.children).toEqual([
      { type: 'text', value: '全市做到三个统一是关键。' },
      { type: 'emphasis', value: '一是统一标准；' },
      { type: 'emphasis', value: '二是统一流程，确保规范运行。' },
    ]);
  });
  it('does not join a paragraph into a following numbered heading', () => {
    const r = body('各级团组织认真落实有关要求，\n二、下步打算');
    expect(r.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading']);
    expect(r.repairs).toEqual([]);
  });
  it('warns for an unpaired ** and still removes it', () => {
    const r = body('**一是加强组织领导。成立工作专班。');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['unpaired-bold-marker']);
    expect(r.artefacts).toEqual([{ kind: 'bold-marker', line: 1, text: '**', column: 0 }]);
  });
});

describe('whole bulletins in other layouts', () => {
  it('masthead with name and 期号 on one line, date in Chinese numerals, no contents, one article', () => {
    const text = [
      '内部资料 注意保存',
      '金华青年工作信息  2016年第11期',
      '共青团金华市委                二〇一六年十一月八日',
      '',
      '团义乌市委打造“青年创业街区”',
      '',
      '　　今年以来，团义乌市委依托小商品市场优势，打造“青年创业街区”，入驻青年创业项目120个。',
      '　　一、强化政策扶持。出台青年创业扶持办法，设立创业基金300万元。',
      '',
      '— 1 —',
      '',
      '抄送：团省委办公室',
    ].join('\n');
    const p = parseBulletin(text);
    expect(p.masthead).toMatchObject({ publication: { text: '金华青年工作信息' }, year: 2016, issue: 11, date: '2016-11-08', publisher: '共青团金华市委' });
    expect(p.masthead.marks.map((m) => m.text)).toEqual(['内部资料', '注意保存']);
    expect(p.articles.map((a) => [a.title.main, a.organisation])).toEqual([['团义乌市委打造“青年创业街区”', '团义乌市委']]);
    expect(p.articles[0]!.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(p.artefacts.map((a) => a.kind)).toEqual(['page-number']);
    expect(accountedText(p)).toBe(text.replace(/\s+/g, ''));
  });

  it('an unnumbered subheading inside a contents-matched article is no new article', () => {
    const text = [
      '嘉兴青年工作信息',
      '2023年第8期',
      '共青团嘉兴市委   2023年8月1日',
      '团南湖区委深化“青春南湖”建设',
      '团南湖区委深化“青春南湖”建设',
      '今年以来，团南湖区委以“青春南湖”建设为主线，推动各项工作提质增效。',
      '聚焦主责主业 激发青春活力',
      '全区各级团组织围绕中心工作，开展各类活动百余场，服务青年万余人次。',
    ].join('\n');
    const p = parseBulletin(text);
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]!.blocks).toHaveLength(3);
    expect(accountedText(p)).toBe(text.replace(/\s+/g, ''));
  });
});
