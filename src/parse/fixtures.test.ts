// Hand-written bulletins in the shapes of the family (fixtures/*.txt), for
// layouts the seeds do not show. Expected values come from the fixture texts.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBulletin } from './index.ts';
import { accountedText } from './accounting.ts';
import type { Block, ParsedArticle, ParsedBulletin } from './types.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const paragraphs = (a: ParsedArticle) => a.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
const headings = (a: ParsedArticle) => a.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');
const textOf = (b: Extract<Block, { type: 'paragraph' }>) => b.children.map((c) => c.value).join('');
const emphasised = (a: ParsedArticle) => paragraphs(a).flatMap((p) => p.children.filter((c) => c.type === 'emphasis').map((c) => c.value));

function expectNothingLost(text: string, parsed: ParsedBulletin): void {
  expect(accountedText(parsed)).toBe(text.replace(/\s+/g, ''));
}

describe('wenzhou-masthead: 内部资料，注意保存, 【】 category, full-width 期号, 编印, 本期目录, ● bullets', () => {
  const text = fixture('wenzhou-masthead.txt');
  const p = parseBulletin(text);

  it('reads every masthead field', () => {
    const m = p.masthead;
    expect(m.marks).toEqual([
      { text: '内部资料', line: 2, column: 0 },
      { text: '注意保存', line: 2, column: 5 },
    ]);
    expect(m.publication?.text).toBe('温州共青团工作动态');
    expect(m.category).toBe('工作动态');
    expect(m.categoryLine?.text).toBe('【工作动态】');
    expect([m.year, m.issue, m.totalIssue]).toEqual([2022, 7, 123]);
    expect(m.issueLine?.text).toBe('２０２２年第７期（总第１２３期）');
    expect(m.publisher).toBe('共青团温州市委');
    expect(m.publisherLine?.text).toBe('共青团温州市委编印');
    expect(m.date).toBe('2022-07-15');
    expect(m.dateLine?.line).toBe(12);
    // 本期目录 belongs to the masthead, not to an article.
    expect(m.lines).toEqual([2, 4, 6, 8, 10, 12, 14]);
  });

  it('reads the ● contents, bullets removed as artefacts', () => {
    expect(p.contents.map((c) => c.text)).toEqual(['团瑞安市委“三个一”机制激活基层团组织', '团温州市鹿城区委打造青年发展型城区 建设“青年友好”鹿城', '龙港市新兴领域团建工作取得新突破']);
    expect(p.artefacts.filter((a) => a.kind === 'contents-bullet').map((a) => a.text)).toEqual(['●', '●', '●']);
  });

  it('finds 3 articles with titles (joined as the contents spaces them) and organisations', () => {
    expect(p.articles.map((a) => a.title.main)).toEqual(['团瑞安市委“三个一”机制激活基层团组织', '团温州市鹿城区委打造青年发展型城区 建设“青年友好”鹿城', '龙港市新兴领域团建工作取得新突破']);
    expect(p.articles.map((a) => a.organisation)).toEqual(['团瑞安市委', '团温州市鹿城区委', undefined]);
  });

  it('builds headings and paragraphs, with ** and 一是 lead-ins emphasised', () => {
    const [a1, a2, a3] = p.articles as [ParsedArticle, ParsedArticle, ParsedArticle];
    expect(headings(a1).map((h) => [h.depth, h.text])).toEqual([
      [2, '一、建立一张清单，摸清基层底数。'],
      [2, '二、组建一支队伍，夯实工作力量。'],
      [2, '三、打造一批阵地，拓展活动空间。'],
    ]);
    expect(paragraphs(a1)).toHaveLength(4);
    expect(emphasised(a1)).toEqual(['一是分类建档。', '二是定期更新。']);
    expect(headings(a2).map((h) => h.text)).toEqual(['一、政策先行。', '二、服务落地。']);
    expect(paragraphs(a2)).toHaveLength(3);
    expect(paragraphs(a2)[1]!.children).toEqual([
      { type: 'text', value: '出台《鹿城区青年发展型城区建设实施方案》，明确18项重点任务，' },
      { type: 'emphasis', value: '形成“一张蓝图”' },
      { type: 'text', value: '，落实责任单位23家。' },
    ]);
    expect(emphasised(a2)).toEqual(['形成“一张蓝图”', '一是安居有保障。', '二是就业有渠道。']);
    expect(headings(a3)).toEqual([]);
    expect(paragraphs(a3).map(textOf)).toEqual(['龙港撤镇设市以来，团龙港市委聚焦快递物流、网络直播等新兴领域，探索“行业团委+项目团支部”模式，新建新兴领域团组织15个。下一步，团龙港市委将继续扩大组织覆盖，推动新兴领域青年工作提质增效。']);
  });

  it('reads 抄送 and a one-line printing line', () => {
    expect(p.footer.distribution).toEqual([{ label: '抄送', labelText: '抄送：', text: '团省委办公室，市委办公室', lines: [46] }]);
    expect(p.footer.printing).toMatchObject({ lines: [48], issuer: '共青团温州市委办公室', date: '2022-07-15' });
    expect(p.diagnostics).toEqual([]);
  });

  it('loses no text', () => expectNothingLost(text, p));
});

describe('numbered-hierarchy: 1.-numbered contents, 一、/（一）/1./（1） body', () => {
  const text = fixture('numbered-hierarchy.txt');
  const p = parseBulletin(text);

  it('keeps the numbers in the contents entries and still matches the headings', () => {
    expect(p.contents.map((c) => c.text)).toEqual(['1. 团德清县委构建“三级联动”青年志愿服务体系', '2. 团长兴县委深化“青春助力乡村振兴”行动']);
    expect(p.artefacts).toEqual([]);
    expect(p.articles.map((a) => a.title.main)).toEqual(['团德清县委构建“三级联动”青年志愿服务体系', '团长兴县委深化“青春助力乡村振兴”行动']);
    expect(p.articles.map((a) => a.contentsEntry?.line)).toEqual([7, 8]);
    expect(p.articles.map((a) => a.organisation)).toEqual(['团德清县委', '团长兴县委']);
  });

  it('nests 一、 → h2, （一） → h3, 1. → h4 (a （一） level exists), （1） → h5', () => {
    const a1 = p.articles[0]!;
    expect(headings(a1).map((h) => [h.depth, h.marker, h.text])).toEqual([
      [2, '一、', '一、健全组织体系'],
      [3, '（一）', '（一）县级统筹。'],
      [4, '1.', '1. 建立联席会议制度。'],
      [4, '2.', '2. 完善项目库。'],
      [5, '（1）', '（1）项目征集。'],
      [5, '（2）', '（2）项目评估。'],
      [3, '（二）', '（二）镇级落实。'],
      [2, '二、', '二、打造服务品牌'],
    ]);
    expect(paragraphs(a1).map(textOf)).toEqual([
      '近年来，团德清县委以志愿服务为抓手，构建县、镇、村三级联动的青年志愿服务体系，全县注册青年志愿者达4.6万人。',
      '成立县青年志愿者协会，统筹全县志愿服务资源。',
      '每季度召开一次联席会议，研究解决重点问题。',
      '梳理形成志愿服务项目58个，实行清单化管理。',
      '面向基层广泛征集服务需求。',
      '引入第三方对项目实施效果进行评估。',
      '各镇（街道）成立志愿服务站，配备专职工作人员。',
      '依托“德清嫂”“小蓝帽”等品牌，开展常态化志愿服务活动1200余场次。',
    ]);
  });

  it('makes 1. items top-level (h2) in an article without 一、 sections', () => {
    const a2 = p.articles[1]!;
    expect(headings(a2).map((h) => [h.depth, h.text])).toEqual([
      [2, '1. 实施“青农计划”。'],
      [2, '2. 开展“村村有青年”行动。'],
    ]);
    expect(paragraphs(a2)).toHaveLength(3);
  });

  it('reads the footer with a two-line printing line', () => {
    expect(p.footer.distribution.map((d) => [d.label, d.text])).toEqual([['送', '团省委办公室']]);
    expect(p.footer.printing).toMatchObject({ issuer: '共青团湖州市委办公室', date: '2019-03-08', lines: [42, 44] });
  });

  it('loses no text', () => expectNothingLost(text, p));
});

describe('running-headers: headers on every page and page numbers inside paragraphs', () => {
  const text = fixture('running-headers.txt');
  const p = parseBulletin(text);

  it('removes page numbers and the repeated header, each an artefact with its line', () => {
    expect(p.artefacts.map((a) => [a.kind, a.line, a.text])).toEqual([
      ['page-number', 18, '— 2 —'],
      ['running-header', 19, '绍兴青年工作信息 2023年第5期'],
      ['page-number', 25, '- 3 -'],
      ['running-header', 26, '绍兴青年工作信息 2023年第5期'],
      ['page-number', 38, '－4－'],
      ['running-header', 39, '绍兴青年工作信息 2023年第5期'],
      ['page-number', 45, '第 5 页 共 5 页'],
    ]);
    // The masthead's own name line stays in the masthead.
    expect(p.masthead.publication).toMatchObject({ text: '绍兴青年工作信息', line: 3 });
  });

  it('rejoins the paragraphs the page breaks cut', () => {
    expect(p.repairs.filter((r) => r.kind === 'paragraph-joined').map((r) => r.lines)).toEqual([
      [16, 21],
      [23, 28],
    ]);
    const [a1, a2] = p.articles as [ParsedArticle, ParsedArticle];
    expect(paragraphs(a1).map(textOf)).toEqual([
      '今年以来，团柯桥区委聚焦青年急难愁盼，打造“青柯”服务品牌，在青年就业、婚恋交友、托育服务等方面推出一批实事项目，切实增强青年的获得感和幸福感。',
      '举办“青柯”人才招聘会6场，提供就业岗位4500个，帮助1300余名青年实现就业。设立青年创业基金500万元，扶持青年创业项目42个。',
      '举办青年交友活动20场，参与青年2400余人次。',
    ]);
    expect(headings(a1).map((h) => [h.depth, h.text])).toEqual([
      [2, '一、聚焦就业创业。'],
      [2, '二、聚焦婚恋交友。'],
    ]);
    // A page number between two closed paragraphs joins nothing.
    expect(paragraphs(a2).map((x) => x.lines)).toEqual([[34], [36], [41]]);
  });

  it('finds the titles through the unbulleted contents', () => {
    expect(p.contents.map((c) => c.line)).toEqual([11, 12]);
    expect(p.articles.map((a) => [a.title.main, a.organisation])).toEqual([
      ['团绍兴市柯桥区委打造“青柯”服务品牌', '团绍兴市柯桥区委'],
      ['团诸暨市委推进青年发展型城市建设', '团诸暨市委'],
    ]);
    expect(p.footer.distribution).toEqual([{ label: '发', labelText: '发：', text: '各区、县（市）团委', lines: [43] }]);
  });

  it('loses no text', () => expectNothingLost(text, p));
});

describe('no-contents-shape: titles over two and three lines found by their shape', () => {
  const text = fixture('no-contents-shape.txt');
  const p = parseBulletin(text);

  it('finds both articles, joins their lines without a space and warns for each', () => {
    expect(p.contents).toEqual([]);
    expect(p.articles.map((a) => a.title.main)).toEqual(['团南湖区委深化“青春南湖”建设推动青年工作提质增效', '团秀洲区委聚焦“青”字号品牌凝聚青春力量助力秀洲高质量发展']);
    expect(p.articles.map((a) => a.title.lines.map((l) => l.line))).toEqual([
      [7, 9],
      [21, 23, 25],
    ]);
    expect(p.articles.map((a) => a.organisation)).toEqual(['团南湖区委', '团秀洲区委']);
    expect(p.diagnostics.map((d) => [d.level, d.code, d.line])).toEqual([
      ['notice', 'title-by-shape', 7],
      ['notice', 'title-by-shape', 21],
    ]);
  });

  it('keeps a bracketed 供稿 note as the last paragraph of its article and rejoins a cut paragraph', () => {
    const [a1, a2] = p.articles as [ParsedArticle, ParsedArticle];
    expect(paragraphs(a1).map(textOf)).toEqual(['今年以来，团南湖区委以“青春南湖”建设为主线，围绕青年所需、发展所向，推动各项工作提质增效。', '开展青年理论宣讲120场，覆盖青年1.5万人次。', '新建青年驿站6家，为来南湖求职的青年提供免费住宿服务1800余人次，帮助青年解决实际困难。', '（团南湖区委供稿）']);
    expect(headings(a1).map((h) => h.depth)).toEqual([2, 2]);
    expect(paragraphs(a2)).toHaveLength(3);
    expect(headings(a2).map((h) => h.text)).toEqual(['一、打造“青创秀洲”品牌。', '二、打造“青护秀洲”品牌。']);
  });

  it('reads the footer', () => {
    expect(p.footer.distribution.map((d) => d.label)).toEqual(['报', '送']);
    expect(p.footer.printing).toMatchObject({ issuer: '共青团嘉兴市委办公室', date: '2024-01-12' });
  });

  it('loses no text', () => expectNothingLost(text, p));
});

describe('kicker: a kicker line above a contents-matched heading, a 【】 kicker above a title found by shape', () => {
  const text = fixture('kicker.txt');
  const p = parseBulletin(text);

  it('separates kicker and main title', () => {
    const [a1, a2, a3] = p.articles as [ParsedArticle, ParsedArticle, ParsedArticle];
    expect(a1.title).toMatchObject({ kicker: '聚焦基层治理', main: '团宁波市海曙区委“青春社区”行动见实效' });
    expect(a1.title.lines.map((l) => l.line)).toEqual([14, 16]);
    expect(a1.startLine).toBe(14);
    expect(a2.title.kicker).toBeUndefined();
    expect(a3.title).toMatchObject({ kicker: '【基层风采】', main: '共青团宁波市北仑区委员会“青春港城”志愿服务队获表彰' });
    expect(a3.contentsEntry).toBeUndefined();
  });

  it('reads organisations, long form included', () => {
    expect(p.articles.map((a) => a.organisation)).toEqual(['团宁波市海曙区委', '团余姚市委', '共青团宁波市北仑区委员会']);
  });

  it('builds the bodies', () => {
    const [a1, a2, a3] = p.articles as [ParsedArticle, ParsedArticle, ParsedArticle];
    expect(headings(a1).map((h) => [h.depth, h.text])).toEqual([
      [2, '一、搭建议事平台。'],
      [2, '二、培育青年骨干。'],
    ]);
    expect(paragraphs(a1)).toHaveLength(3);
    expect(paragraphs(a2).map(textOf)).toEqual(['团余姚市委以“青年文明号”创建为载体，引导青年岗位建功，今年新命名市级青年文明号35个。']);
    expect(paragraphs(a3)).toHaveLength(1);
  });

  it('warns for the title found only by shape', () => {
    expect(p.diagnostics.map((d) => [d.code, d.line])).toEqual([['title-by-shape', 30]]);
  });

  it('loses no text', () => expectNothingLost(text, p));
});

describe('bad input', () => {
  it('empty or whitespace-only text: error empty-file', () => {
    const text = fixture('empty.txt');
    expect(text.trim()).toBe('');
    const p = parseBulletin(text);
    expect(p.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'empty-file' })]);
    expect(p.articles).toEqual([]);
    expect(parseBulletin('').diagnostics.map((d) => d.code)).toEqual(['empty-file']);
    expectNothingLost(text, p);
  });

  it('masthead and no article: error no-article, masthead still read', () => {
    const text = fixture('masthead-only.txt');
    const p = parseBulletin(text);
    expect(p.articles).toEqual([]);
    expect(p.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'no-article' })]);
    expect(p.masthead).toMatchObject({ publisher: '共青团嘉兴市委', year: 2023, issue: 4, date: '2023-11-03' });
    expectNothingLost(text, p);
  });

  it('text with no recognisable title: error no-article, the lines kept as unassigned', () => {
    const text = '今年以来，全市各级团组织认真贯彻落实上级部署。\n\n各项工作取得了新的进展，得到了广泛好评。\n';
    const p = parseBulletin(text);
    expect(p.diagnostics.map((d) => [d.level, d.code])).toEqual([
      ['warning', 'unplaced-text'],
      ['error', 'no-article'],
    ]);
    expect(p.unassigned?.map((u) => u.line)).toEqual([1, 3]);
    expectNothingLost(text, p);
  });

  it('a contents entry with no article: warning with the entry line', () => {
    const text = fixture('kicker.txt').replace('· 团余姚市委开展“青年文明号”创建活动', '· 团余姚市委开展“青年文明号”创建活动\n· 团慈溪市委“青春助力共富”行动');
    const p = parseBulletin(text);
    expect(p.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', code: 'contents-unmatched', line: 13 }));
    expect(p.articles).toHaveLength(3);
    expectNothingLost(text, p);
  });
});
