// The four seed bulletins. Expected values were read off the files by hand
// (line numbers are those of the files as stored).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { blockText, parseBulletin } from './index.ts';
import { accountedText } from './accounting.ts';
import type { Block, ParsedArticle, ParsedBulletin } from './types.ts';

const seed = (name: string): string => readFileSync(new URL(`../../content/bulletins/${name}`, import.meta.url), 'utf8');
const paragraphs = (a: ParsedArticle) => a.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
const headings = (a: ParsedArticle, depth?: number) => a.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && (depth === undefined || b.depth === depth));
const textOf = (b: Extract<Block, { type: 'paragraph' }>) => b.children.map((c) => c.value).join('');
const emphasised = (a: ParsedArticle) => paragraphs(a).flatMap((p) => p.children.filter((c) => c.type === 'emphasis').map((c) => c.value));
const joins = (p: ParsedBulletin) => p.repairs.filter((r) => r.kind === 'paragraph-joined').map((r) => r.lines);

function expectNothingLost(text: string, parsed: ParsedBulletin): void {
  expect(accountedText(parsed)).toBe(text.replace(/\s+/g, ''));
}

describe('seed 001: full masthead, unbulleted contents, two-line titles', () => {
  const text = seed('001_e03f40994a3cdccb.txt');
  const p = parseBulletin(text);

  it('reads the masthead', () => {
    const m = p.masthead;
    expect(m.marks.map((x) => x.text)).toEqual(['内部刊物', '注意保管']);
    expect(m.publication?.text).toBe('嘉兴青年工作信息');
    expect(m.category).toBe('经验交流');
    expect(m.categoryLine).toMatchObject({ text: '（经  验  交  流）', line: 8 });
    expect(m.year).toBe(2023);
    expect(m.issue).toBe(3);
    expect(m.issueLine).toMatchObject({ text: '2023年 第3期', line: 10 });
    expect(m.publisher).toBe('共青团嘉兴市委');
    expect(m.date).toBe('2023-10-20');
    expect(m.publisherLine?.line).toBe(12);
    expect(m.dateLine?.line).toBe(12);
    expect(m.lines).toEqual([2, 4, 6, 8, 10, 12]);
  });

  it('reads 4 contents entries, which end where the first title repeats the first', () => {
    expect(p.contents.map((c) => c.line)).toEqual([15, 17, 19, 20]);
    expect(p.contents[3]!.text).toBe('市直机关团工委持续擦亮“禾城朝阳”志愿服务品牌成色   让青年志愿服务工作“活”起来');
  });

  it('finds 4 articles with their titles and organisations', () => {
    expect(p.articles.map((a) => a.title.main)).toEqual(['团市委“三力”建设聚焦“青企”赋能', '党管青年 全域协同 嘉善系统推进青年发展型县域建设', '团海宁市委全面推进青年发展 奋力筑造“青春潮城”', '市直机关团工委持续擦亮“禾城朝阳”志愿服务品牌 让青年志愿服务工作“活”起来']);
    expect(p.articles.map((a) => a.organisation)).toEqual(['团市委', undefined, '团海宁市委', '市直机关团工委']);
    expect(p.articles.map((a) => a.organisationSource)).toEqual(['title', undefined, 'title', 'title']);
    expect(p.articles.map((a) => a.startLine)).toEqual([21, 30, 41, 52]);
    expect(p.articles.map((a) => a.contentsEntry?.line)).toEqual([15, 17, 19, 20]);
  });

  it('keeps the printed contents entry where the heading words it differently (成色)', () => {
    const a4 = p.articles[3]!;
    expect(a4.contentsEntry?.text).toContain('品牌成色');
    expect(a4.title.main).not.toContain('成色');
    expect(a4.title.lines.map((l) => l.line)).toEqual([52, 54]);
    expect(p.diagnostics).toContainEqual(expect.objectContaining({ level: 'notice', code: 'title-mismatch', line: 52 }));
  });

  it('joins wrapped titles and records it', () => {
    expect(p.repairs.filter((r) => r.kind === 'title-joined').map((r) => r.lines)).toEqual([
      [30, 32],
      [41, 43],
      [52, 54],
    ]);
  });

  it('splits every 一、 line into a heading and a paragraph: 3 h2 and 4 paragraphs per article', () => {
    for (const a of p.articles) {
      expect(headings(a, 2)).toHaveLength(3);
      expect(headings(a)).toHaveLength(3);
      expect(paragraphs(a)).toHaveLength(4);
    }
    const a1 = p.articles[0]!;
    expect(headings(a1).map((h) => h.text)).toEqual(['一、聚焦“引领力”建设，厚植信仰根基。', '二、聚焦“竞争力”建设，激发革新动能。', '三、聚焦“服务力”建设，搭建协同平台。']);
    expect(textOf(paragraphs(a1)[1]!)).toMatch(/^以“青马工程”培养计划为依托/);
    expect(emphasised(p.articles[1]!)).toContain('一是党政擘画发展蓝图。');
  });

  it('removes （此页无正文） as an artefact', () => {
    expect(p.artefacts).toEqual([{ kind: 'blank-page', line: 63, text: '（此页无正文）', column: 0 }]);
  });

  it('reads the footer: 送 list with its continuation line, publisher and date', () => {
    expect(p.footer.distribution).toEqual([{ label: '送', labelText: '送：', text: '团市委领导，各团县（市、区）委，各市属单位团组织\n机关各部室、各直属单位', lines: [65, 67] }]);
    expect(p.footer.printing).toEqual({ text: '共青团嘉兴市委 2023年10月20日', lines: [69, 70], issuer: '共青团嘉兴市委', date: '2023-10-20' });
  });

  it('loses no text', () => expectNothingLost(text, p));
});

describe('seed 004: masthead over separate lines, - bullets, section headings, ** lead-ins', () => {
  const text = seed('004_513619527335753d.txt');
  const p = parseBulletin(text);

  it('reads the masthead', () => {
    const m = p.masthead;
    expect(m.marks.map((x) => x.text)).toEqual(['内部刊物', '注意保管']);
    expect(m.publication?.text).toBe('浙江青年工作信息');
    expect(m.category).toBe('经验交流');
    expect(m.year).toBe(2021);
    expect(m.issue).toBe(14);
    expect(m.publisher).toBe('共青团浙江省委');
    expect(m.publisherLine?.line).toBe(13);
    expect(m.date).toBe('2021-12-23');
    expect(m.dateLine?.line).toBe(15);
  });

  it('reads the contents and removes its - bullets as artefacts', () => {
    expect(p.contents.map((c) => c.text)).toEqual(['团杭州市委强化“三共”赋能 全面提升青年动员力服务力', '团宁波市江北区委探索“两新”群体服务新载体', '团海宁市委“三化”推进青年交友工作']);
    expect(p.artefacts.filter((a) => a.kind === 'contents-bullet')).toEqual([
      { kind: 'contents-bullet', line: 17, text: '-', column: 0 },
      { kind: 'contents-bullet', line: 18, text: '-', column: 0 },
      { kind: 'contents-bullet', line: 19, text: '-', column: 0 },
    ]);
  });

  it('finds 3 articles; the spurious space in a heading gives way to the contents spelling', () => {
    expect(p.articles.map((a) => a.title.main)).toEqual(['团杭州市委强化“三共”赋能 全面提升青年动员力服务力', '团宁波市江北区委探索“两新”群体服务新载体', '团海宁市委“三化”推进青年交友工作']);
    expect(p.articles[1]!.title.lines).toEqual([{ text: '团宁波市江北区委探索“两新”群体服务 新载体', line: 41, column: 0 }]);
    expect(p.articles.map((a) => a.organisation)).toEqual(['团杭州市委', '团宁波市江北区委', '团海宁市委']);
  });

  it('makes section headings on their own line depth-2 headings, never joined to the next paragraph', () => {
    const [a1, a2, a3] = p.articles as [ParsedArticle, ParsedArticle, ParsedArticle];
    expect(headings(a1).map((h) => [h.depth, h.text, h.lines])).toEqual([
      [2, '一、强化“组织共建”，团建覆盖向基层有效延伸', [25]],
      [2, '二、强化“活动共推”，青年参与获得感明显增强', [31]],
      [2, '三、强化“资源共享”，服务青年更加精准高效', [37]],
    ]);
    expect(paragraphs(a1).map((x) => x.lines)).toEqual([[23], [27, 29], [33, 35], [39]]);
    expect(headings(a2, 2)).toHaveLength(3);
    expect(paragraphs(a2).map((x) => x.lines)).toEqual([[43], [47], [49, 51], [55, 57], [61]]);
    expect(headings(a3, 2)).toHaveLength(3);
    expect(paragraphs(a3).map((x) => x.lines)).toEqual([[65], [69], [73, 75], [79], [81]]);
  });

  it('rejoins paragraphs split by page breaks with nothing added', () => {
    expect(joins(p)).toEqual([
      [27, 29],
      [33, 35],
      [49, 51],
      [55, 57],
      [73, 75],
    ]);
    const p33 = textOf(paragraphs(p.articles[0]!)[2]!);
    expect(p33).toContain('累计发布活动2030 余场');
    const p49 = textOf(paragraphs(p.articles[1]!)[2]!);
    expect(p49).toContain('三是加强保障性服务。探索出“财政支持');
  });

  it('removes ** markers, each an artefact, and emphasises what they enclosed', () => {
    expect(p.artefacts.filter((a) => a.kind === 'bold-marker')).toHaveLength(30);
    for (const a of p.articles) {
      for (const b of a.blocks) expect(blockText(b)).not.toContain('*');
    }
    const a1 = p.articles[0]!;
    expect(emphasised(a1)).toEqual(expect.arrayContaining(['一是开发“一键入群”功能。', '二是健全工作机制。', '三是规范后续管理。']));
    const a3 = p.articles[2]!;
    expect(paragraphs(a3)[1]!.children.slice(0, 3)).toEqual([
      { type: 'text', value: '一是' },
      { type: 'emphasis', value: '强化组织领导' },
      { type: 'text', value: expect.stringMatching(/^。联合海宁市委人才办/) },
    ]);
    expect(emphasised(a3)).toEqual(expect.arrayContaining(['加强群团协作', '落实资金保障', '广泛招募社员']));
    expect(emphasised(p.articles[1]!)).toEqual(expect.arrayContaining(['一是开展“爱心传递”', '二是设立“公益基金”']));
  });

  it('reads the footer: 报 and 送 lists with continuations, and the two-line printing line', () => {
    expect(p.footer.distribution.map((d) => [d.label, d.lines])).toEqual([
      ['报', [83]],
      ['送', [85, 87, 89]],
    ]);
    expect(p.footer.distribution[0]!.text).toBe('省委办公厅、省政府办公厅，团中央办公厅');
    expect(p.footer.distribution[1]!.text).toBe('团省委领导，各市、相关县（市、区）党委分管领导\n团各市、县（市、区）委，各直属团（工）委\n机关各部门、各直属单位');
    expect(p.footer.printing).toEqual({
      text: '共青团浙江省委办公室 2021年12月29日印发',
      lines: [91, 93],
      issuer: '共青团浙江省委办公室',
      date: '2021-12-29',
    });
  });

  it('has no warnings', () => expect(p.diagnostics).toEqual([]));
  it('loses no text', () => expectNothingLost(text, p));
});

describe('seed 000: masthead lost, · contents without the first article', () => {
  const text = seed('000_49c0a554d6294698.txt');
  const p = parseBulletin(text);

  it('has no masthead fields', () => {
    expect(p.masthead).toEqual({ marks: [], lines: [] });
  });

  it('reads 3 contents entries, bullets removed', () => {
    expect(p.contents.map((c) => [c.line, c.text])).toEqual([
      [1, '团平湖市委坚持助力经济稳进提质 为勇当共同富裕新崛起典范贡献青春力量'],
      [3, '团海宁市委奏响“青春三部曲” 激发企业“青动能”'],
      [5, '团桐乡市委“三维发力” 助推地方经济发展'],
    ]);
    expect(p.artefacts.map((a) => [a.kind, a.line, a.text])).toEqual([
      ['contents-bullet', 1, '·'],
      ['contents-bullet', 3, '·'],
      ['contents-bullet', 5, '·'],
    ]);
  });

  it('finds 4 articles in order, the first (嘉善) by its shape, with a warning', () => {
    expect(p.articles.map((a) => a.title.main)).toEqual(['团嘉善县委“三新”模式助推青企发展稳进提质', '团平湖市委坚持助力经济稳进提质 为勇当共同富裕新崛起典范贡献青春力量', '团海宁市委奏响“青春三部曲” 激发企业“青动能”', '团桐乡市委“三维发力” 助推地方经济发展']);
    expect(p.articles.map((a) => a.organisation)).toEqual(['团嘉善县委', '团平湖市委', '团海宁市委', '团桐乡市委']);
    expect(p.articles[0]!.contentsEntry).toBeUndefined();
    expect(p.articles.slice(1).map((a) => a.contentsEntry?.line)).toEqual([1, 3, 5]);
    expect(p.diagnostics).toEqual([expect.objectContaining({ level: 'notice', code: 'title-by-shape', line: 7 })]);
    expect(p.repairs.filter((r) => r.kind === 'title-joined').map((r) => r.lines)).toEqual([
      [7, 9],
      [16, 18],
      [26, 28],
    ]);
  });

  it('splits inline 一、…。 headings from their paragraph', () => {
    const a1 = p.articles[0]!;
    expect(headings(a1).map((h) => [h.depth, h.marker, h.text])).toEqual([
      [2, '一、', '一、搭建多方合作平台，开辟青企发展新路径。'],
      [2, '二、', '二、提升服务企业质效，找准青企所需新切口。'],
      [2, '三、', '三、构建营商亲青环境，找寻青年所盼新方式。'],
    ]);
    expect(paragraphs(a1).map((x) => x.lines)).toEqual([[11], [12], [13], [14]]);
    expect(textOf(paragraphs(a1)[1]!)).toMatch(/^一是加强政企联系。全县192家企业/);
    expect(paragraphs(a1)[1]!.children[0]).toEqual({ type: 'emphasis', value: '一是加强政企联系。' });
    for (const a of p.articles) {
      expect(headings(a, 2)).toHaveLength(3);
      expect(paragraphs(a)).toHaveLength(4);
    }
  });

  it('reads the footer: a tab-indented 报 list and a 送 list with a continuation line', () => {
    expect(p.footer.distribution).toEqual([
      { label: '报', labelText: '报：', text: '市委办公室、市政府办公室，团省委办公室', lines: [45] },
      { label: '送', labelText: '送：', text: '团市委领导，各团县（市、区）委，各市属单位团组织\n机关各部室、各直属单位', lines: [47, 49] },
    ]);
    expect(p.footer.printing).toBeUndefined();
  });

  it('loses no text', () => expectNothingLost(text, p));
});

describe('seed 003: standalone report with a —— subtitle', () => {
  const text = seed('003_808c91636a323c9c.txt');
  const p = parseBulletin(text);
  const a = p.articles[0]!;

  it('is one article with title, subtitle and the organisation from the subtitle', () => {
    expect(p.articles).toHaveLength(1);
    expect(a.title.main).toBe('践行四新 助推赶超 服务两高 开创新形势下湖州共青团工作新局面');
    expect(a.title.subtitle).toBe('团市委上半年工作总结下半年工作计划');
    expect(a.title.lines.map((l) => l.line)).toEqual([3, 5]);
    expect(a.organisation).toBe('团市委');
    expect(a.organisationSource).toBe('subtitle');
    expect(p.masthead.lines).toEqual([]);
    expect(p.contents).toEqual([]);
    expect([a.startLine, a.endLine]).toEqual([3, 53]);
  });

  it('makes 一、 sections h2 and the 1、 items under them h3', () => {
    expect(headings(a).map((h) => [h.depth, h.marker, h.lines[0]])).toEqual([
      [2, '一、', 9],
      [3, '1、', 11],
      [3, '2、', 19],
      [3, '3、', 23],
      [3, '4、', 27],
      [3, '5、', 31],
      [2, '二、', 39],
      [3, '1、', 43],
      [3, '2、', 45],
      [3, '3、', 49],
      [3, '4、', 53],
    ]);
    expect(headings(a)[1]!.text).toBe('1、以“让青年走在转型升级前列”行动服务“六重”。');
    expect(paragraphs(a)).toHaveLength(14);
  });

  it('rejoins every paragraph a page break cut (read line by line: each first line ends without closing punctuation)', () => {
    // 19 → 21 too: line 19 ends "百个志愿服务项目，" and line 21 goes on "目前共筹措资金".
    expect(joins(p)).toEqual([
      [11, 13],
      [19, 21],
      [23, 25],
      [27, 29],
      [31, 33],
      [35, 37],
      [45, 47],
      [49, 51],
    ]);
    const cut = paragraphs(a).find((x) => x.lines[0] === 23)!;
    expect(textOf(cut)).toContain('动员全市团员青年广泛参与“五水共治”');
  });

  it('keeps spaces between Chinese and digits', () => {
    const p13 = paragraphs(a).find((x) => x.lines.includes(13))!;
    expect(textOf(p13)).toContain('达成贷款意向 236 笔');
  });

  it('emphasises ** lead-ins and removes their markers', () => {
    expect(p.artefacts.filter((x) => x.kind === 'bold-marker')).toHaveLength(10);
    expect(emphasised(a)).toEqual(expect.arrayContaining(['一是推进共青团改革。', '三是建设“一核多点”青少年综合服务平台体系。', '二是开展青春“互联网+”创新创业行动。']));
  });

  it('warns that the title was found by shape, and a sidecar title silences it', () => {
    expect(p.diagnostics).toEqual([expect.objectContaining({ level: 'notice', code: 'title-by-shape', line: 3 })]);
    const withTitle = parseBulletin(text, { standaloneTitle: '践行四新 助推赶超 服务两高 开创新形势下湖州共青团工作新局面' });
    expect(withTitle.diagnostics).toEqual([]);
    expect(withTitle.articles).toHaveLength(1);
    expect(withTitle.articles[0]!.title.subtitle).toBe('团市委上半年工作总结下半年工作计划');
    expect(withTitle.articles[0]!.blocks).toEqual(a.blocks);
    expectNothingLost(text, withTitle);
  });

  it('loses no text', () => expectNothingLost(text, p));
});
