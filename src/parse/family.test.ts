// The family fixtures (tests/fixtures/bulletins/): bulletins of other cities,
// counties, years and editors than the seeds, written for this test. Every
// expected value below was read off the fixture's text, not off the parser.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { blockText, parseBulletin } from './index.ts';
import { accountedText } from './accounting.ts';
import type { Block, ParsedBulletin } from './types.ts';

const read = (name: string): string => readFileSync(new URL(`../../tests/fixtures/bulletins/${name}`, import.meta.url), 'utf8');
const parse = (name: string): ParsedBulletin => parseBulletin(read(name));
const titles = (p: ParsedBulletin) => p.articles.map((a) => a.title.main);
const orgs = (p: ParsedBulletin) => p.articles.map((a) => a.organisation);
const kickers = (p: ParsedBulletin) => p.articles.map((a) => a.title.kicker);
const issueOf = (p: ParsedBulletin) => {
  const m = p.masthead;
  return { publication: m.publication?.text, year: m.year, issue: m.issue, issueEnd: m.issueEnd, special: m.special, total: m.totalIssue, publisher: m.publisher, date: m.date };
};
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table').map((t) => t.rows.map((r) => r.map((c) => c.text)));
const headings = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading').map((h) => [h.depth, h.text]);

const FILES = [
  'cixi-2013-112.txt',
  'hangzhou-2009-05-06.txt',
  'hangzhou-2020-11.txt',
  'huzhou-2014-03.txt',
  'jinhua-2020-12.txt',
  'lishui-2022-05.txt',
  'ningbo-2016-hekan.txt',
  'quzhou-2011-04.txt',
  'shaoxing-2008-03.txt',
  'shaoxing-2018-07.txt',
  'taizhou-2019-09.txt',
  'tiantai-2024-tekan.txt',
  'wenzhou-2012-zengkan.txt',
  'yuhuan-2010-08.txt',
  'zhejiang-2015-11.txt',
  'zhoushan-2021-09.txt',
];

describe('every family fixture', () => {
  it.each(FILES)('%s: every character accounted for, nothing left unplaced, no warning from the parser', (name) => {
    const text = read(name);
    const p = parseBulletin(text);
    expect(accountedText(p)).toBe(text.replace(/\s+/g, ''));
    expect(p.unassigned).toBeUndefined();
    expect(p.diagnostics.filter((d) => d.level !== 'notice')).toEqual([]);
  });
});

describe('hangzhou-2009-05-06: double issue 第5-6期 with 总第86期, 编印 line, dotted leaders with page numbers, — 2 — page breaks', () => {
  const p = parse('hangzhou-2009-05-06.txt');
  it('reads the masthead', () => {
    expect(issueOf(p)).toEqual({ publication: '杭州青年工作动态', year: 2009, issue: 5, issueEnd: 6, special: undefined, total: 86, publisher: '共青团杭州市委', date: '2009-06-30' });
    expect(p.masthead.marks.map((m) => m.text)).toEqual(['内部资料']);
  });
  it('reads the leadered contents and finds every article (the first is not swallowed)', () => {
    expect(p.contents.map((c) => [c.text, c.role])).toEqual([
      ['团江干区委“青春社区”建设全面铺开……………………………1', undefined],
      ['团萧山区委实施农村青年创业致富“领头雁”工程……………3', undefined],
      ['团西湖区委开展“百名大学生进社区”活动………………………5', undefined],
    ]);
    expect(titles(p)).toEqual(['团江干区委“青春社区”建设全面铺开', '团萧山区委实施农村青年创业致富“领头雁”工程', '团西湖区委开展“百名大学生进社区”活动']);
    expect(orgs(p)).toEqual(['团江干区委', '团萧山区委', '团西湖区委']);
    expect(p.diagnostics.filter((d) => d.code === 'title-mismatch')).toEqual([]);
  });
  it('removes the page numbers and joins the paragraph the first one split', () => {
    expect(p.artefacts.map((a) => [a.kind, a.text])).toEqual([
      ['page-number', '— 2 —'],
      ['page-number', '— 3 —'],
    ]);
    const para = p.articles[0]!.blocks.map(blockText).find((t) => t.includes('参与青年累计达'));
    expect(para).toMatch(/参与青年累计达8600余人次。$/);
  });
});

describe('ningbo-2016-hekan: letter-spaced 宁　波　团　讯, 第５、６期合刊 in full-width digits, 主办：, contents sections 【…】', () => {
  const p = parse('ningbo-2016-hekan.txt');
  it('reads the masthead', () => {
    expect(issueOf(p)).toEqual({ publication: '宁波团讯', year: 2016, issue: 5, issueEnd: 6, special: undefined, total: undefined, publisher: '共青团宁波市委', date: '2016-06-28' });
    expect(p.masthead.marks.map((m) => m.text)).toEqual(['内部刊物', '注意保管']);
    expect(p.masthead.category).toBeUndefined();
  });
  it('keeps section labels as sections of the contents, not articles', () => {
    expect(p.contents.map((c) => [c.text, c.role])).toEqual([
      ['【工作部署】', 'section'],
      ['全市共青团“青春建功‘十三五’”动员会召开', undefined],
      ['【基层动态】', 'section'],
      ['团鄞州区委打造“青春驿站”服务外来务工青年', undefined],
      ['团北仑区委启动港区青年技能比武', undefined],
      ['【经验交流】', 'section'],
      ['团余姚市委“三个一”推动青年创业', undefined],
    ]);
    expect(p.articles).toHaveLength(4);
  });
  it('takes the column label above a title as its kicker', () => {
    expect(kickers(p)).toEqual(['【工作部署】', '【基层动态】', undefined, '【经验交流】']);
    expect(titles(p)[1]).toBe('团鄞州区委打造“青春驿站”服务外来务工青年');
    expect(orgs(p)).toEqual([undefined, '团鄞州区委', '团北仑区委', '团余姚市委']);
  });
});

describe('wenzhou-2012-zengkan: 2012年增刊, 编者按 before the first article, 团X委：… titles', () => {
  const p = parse('wenzhou-2012-zengkan.txt');
  it('reads a supplement without its own number', () => {
    expect(issueOf(p)).toEqual({ publication: '温州青年工作简报', year: 2012, issue: undefined, issueEnd: undefined, special: '增刊', total: undefined, publisher: '共青团温州市委', date: '2012-08-10' });
  });
  it("gives the issue its editor's note", () => {
    expect(p.editorsNote?.label).toBe('编者按');
    expect(p.editorsNote?.beforeContents).toBe(false);
    expect(p.editorsNote?.blocks.map(blockText)).toEqual(['编者按：今年以来，全市各级团组织围绕市委“温州赶超发展”的战略部署，积极开展“青春助力赶超发展”主题活动。现将部分县（市、区）团委的做法编发如下，供各地学习借鉴。']);
    expect(p.articles[0]!.blocks.map(blockText).join('')).not.toContain('编者按');
  });
  it('reads organisations printed before a colon', () => {
    expect(orgs(p)).toEqual(['团瑞安市委', '团乐清市委', '团龙湾区委', '团苍南县委']);
    expect(titles(p)[0]).toBe('团瑞安市委：以“青年创业沙龙”助推青年创业');
  });
});

describe('huzhou-2014-03: 湖　州　青　年 (no suffix), 第３期 with 总第45期 and no year, 卷首语, bylines under titles', () => {
  const p = parse('huzhou-2014-03.txt');
  it('reads the masthead; the year is left to the date', () => {
    expect(issueOf(p)).toEqual({ publication: '湖州青年', year: undefined, issue: 3, issueEnd: undefined, special: undefined, total: 45, publisher: '共青团湖州市委', date: '2014-03-20' });
  });
  it('gives the issue its 卷首语', () => {
    expect(p.editorsNote?.label).toBe('卷首语');
    expect(p.editorsNote?.blocks.map(blockText)).toEqual([
      '卷首语',
      '春风送暖，万物复苏。新的一年，全市各级团组织要紧紧围绕市委“六大提升”部署，以改革创新的精神推进团的建设，在美丽湖州建设中展现青春作为。',
      '本期选编了三个县区团委的工作做法，希望各地结合实际，学习借鉴，把好的经验做法转化为推动工作的实际成效。',
    ]);
  });
  it('reads the organisation from the byline under each title', () => {
    expect(titles(p)).toEqual(['吴兴区“五水共治”青年护河行动见成效', '安吉县“美丽乡村”青年创业带头人培育工程', '德清县青年志愿者服务地理信息产业园建设']);
    expect(p.articles.map((a) => a.title.byline)).toEqual(['作者：团吴兴区委 沈佳', '（团安吉县委）', '团德清县委供稿']);
    expect(orgs(p)).toEqual(['团吴兴区委', '团安吉县委', '团德清县委']);
    expect(p.articles.map((a) => a.organisationSource)).toEqual(['byline', 'byline', 'byline']);
  });
  it('reads 1、 headings', () => {
    expect(headings(p.articles[0]!.blocks)).toEqual([
      [2, '1、建立“河小青”队伍。'],
      [2, '2、开展常态巡河。'],
      [2, '3、开展宣传教育。'],
    ]);
  });
});

describe('shaoxing-2018-07: 〔…〕 sections, 【经验交流】 on the title line, a short kicker line, bylines, 越城区团区委', () => {
  const p = parse('shaoxing-2018-07.txt');
  it('reads the masthead', () => {
    expect(issueOf(p)).toEqual({ publication: '绍兴共青团信息', year: 2018, issue: 7, issueEnd: undefined, special: undefined, total: 156, publisher: '共青团绍兴市委', date: '2018-07-16' });
    expect(p.masthead.category).toBeUndefined();
  });
  it('reads the sections and four entries', () => {
    expect(p.contents.filter((c) => c.role === 'section').map((c) => c.text)).toEqual(['〔经验交流〕', '〔基层动态〕']);
    expect(p.contents.filter((c) => !c.role)).toHaveLength(4);
  });
  it('keeps kickers out of the titles', () => {
    expect(titles(p)).toEqual(['诸暨“枫桥经验”青年版：青少年矛盾纠纷“早调解”', '柯桥区“青春集市”激活青年创业', '越城区团区委组织青年开展“清河行动”', '嵊州市“越剧传承”进校园']);
    expect(kickers(p)).toEqual(['【经验交流】', '服务青年创业', '【基层动态】', undefined]);
  });
  it('reads organisations from bylines and from the X区团区委 order', () => {
    expect(orgs(p)).toEqual(['团诸暨市委', '团柯桥区委', '越城区团区委', undefined]);
    expect(p.articles.map((a) => a.title.byline)).toEqual(['（团诸暨市委）', '团柯桥区委供稿', undefined, undefined]);
  });
});

describe('jinhua-2020-12: 编 publisher line; 一、（一）1. 1、（1）① headings; tab- and space-separated tables; 图为, 注, 附件 lines', () => {
  const p = parse('jinhua-2020-12.txt');
  const [a1, a2] = p.articles;
  it('reads the masthead', () => {
    expect(issueOf(p)).toEqual({ publication: '金华青年工作快报', year: 2020, issue: 12, issueEnd: undefined, special: undefined, total: undefined, publisher: '共青团金华市委', date: '2020-11-25' });
  });
  it('nests the headings', () => {
    expect(headings(a1!.blocks)).toEqual([
      [2, '一、主要做法'],
      [3, '（一）组建青年突击队'],
      [4, '1.在重点企业组建青年突击队。'],
      [4, '2.开展“青春助企”结对服务。'],
      [3, '（二）搭建招聘平台'],
      [4, '1、举办线上招聘会。'],
      [4, '2、开展直播带岗。'],
      [2, '二、工作成效'],
    ]);
    expect(headings(a2!.blocks).map((h) => h[1])).toEqual(['（1）建立一个青年人才库。', '（2）打造一个交流平台。', '（3）落实一批服务举措。']);
  });
  it('makes tables of the flattened rows, each cell apart', () => {
    expect(tables(a1!.blocks)).toEqual([
      [
        ['镇街', '突击队（支）', '参与青年（人）', '服务企业（家）'],
        ['稠城街道', '18', '460', '95'],
        ['北苑街道', '15', '380', '72'],
        ['佛堂镇', '12', '290', '64'],
        ['苏溪镇', '10', '240', '51'],
      ],
    ]);
    expect(tables(a2!.blocks)).toEqual([
      [
        ['季度', '场次', '参加人数'],
        ['一季度', '2', '85'],
        ['二季度', '3', '140'],
        ['三季度', '3', '162'],
      ],
    ]);
  });
  it("takes the 表1 line right above a table as the table's caption, not a paragraph", () => {
    const [first, second] = [...a1!.blocks, ...a2!.blocks].filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
    expect(first!.caption).toMatchObject({ text: '表1　各镇街青年突击队服务情况', line: 28 });
    expect(first!.lines[0]).toBe(28);
    expect(second!.caption).toBeUndefined(); // 2020年青年人才沙龙开展情况： is a sentence leading in, no caption
    expect(a1!.blocks.filter((b) => b.type === 'paragraph').map(blockText)).not.toContain('表1　各镇街青年突击队服务情况');
  });
  it('keeps ① items, the photo caption, 注 and 附件 lines as text of their own', () => {
    const texts = [...a1!.blocks, ...a2!.blocks].filter((b) => b.type === 'paragraph').map(blockText);
    expect(texts).toEqual(expect.arrayContaining(['①为青年人才提供租房补贴；', '②为青年人才子女入学提供便利；', '③开通青年人才服务热线。', '（图为青年突击队队员在企业协助分拣包裹）', '注：一季度受疫情影响，沙龙以线上方式举办。', '附件：武义县青年人才服务手册（另发）']));
  });
});

describe('quzhou-2011-04: - 2 -, ·3·, 第 4 页 共 5 页, －5－, form feeds, a running header, （此页无正文）', () => {
  const p = parse('quzhou-2011-04.txt');
  it('removes every artefact, counted', () => {
    expect(p.artefacts.map((a) => [a.kind, a.text])).toEqual([
      ['page-number', '- 2 -'],
      ['running-header', '衢州青年工作通讯　2011年第4期'],
      ['page-number', '·3·'],
      ['running-header', '衢州青年工作通讯　2011年第4期'],
      ['page-number', '第 4 页 共 5 页'],
      ['running-header', '衢州青年工作通讯　2011年第4期'],
      ['blank-page', '（此页无正文）'],
      ['page-number', '－5－'],
    ]);
  });
  it('joins the paragraphs the page breaks split, and keeps a title the break separated from its body', () => {
    expect(titles(p)).toEqual(['团江山市委深化“青年文明号”创建活动', '团开化县委实施“农村青年增收”计划', '团常山县委开展“胡柚节”青年志愿服务']);
    const body = (k: number) => p.articles[k]!.blocks.map(blockText);
    expect(body(0)).toContain('二、开展服务竞赛。');
    expect(body(0).some((t) => t.endsWith('去年以来共收到群众表扬信230余封、锦旗46面。'))).toBe(true);
    expect(body(1)[0]).toMatch(/共培训农村青年960余人次，扶持青年发展茶叶/);
    expect(p.footer.distribution.map((d) => d.label)).toEqual(['报', '送']);
  });
});

describe('zhejiang-2015-11: a provincial bulletin; 团省委学校部, 省青联, 省学联, 省少工委', () => {
  const p = parse('zhejiang-2015-11.txt');
  it('reads the organisations as printed', () => {
    expect(issueOf(p)).toEqual({ publication: '浙江共青团工作专报', year: 2015, issue: 11, issueEnd: undefined, special: undefined, total: undefined, publisher: '共青团浙江省委办公室', date: '2015-08-21' });
    expect(orgs(p)).toEqual(['团省委学校部', '省青联', '省学联', '省少工委', '团舟山市委']);
  });
});

describe('taizhou-2019-09: 团温岭市委：…, 椒江区团区委, 台州湾新区团工委, bare 路桥 / 黄岩, 作者： byline', () => {
  const p = parse('taizhou-2019-09.txt');
  it('reads titles and organisations', () => {
    expect(titles(p)).toEqual(['团温岭市委：“青春红船”助力乡村振兴', '椒江区团区委：“青春夜校”为青年充电', '台州湾新区团工委建立企业青年人才联谊会', '路桥“青年电商直播基地”开播', '玉环市青年志愿者开展“守护海岸线”行动', '黄岩青年“双百”结对助力橘农增收']);
    expect(orgs(p)).toEqual(['团温岭市委', '椒江区团区委', '台州湾新区团工委', undefined, '团玉环市委', undefined]);
  });
});

describe('lishui-2022-05: titles over three and four lines, a —— subtitle, 编者按 right after a title', () => {
  const p = parse('lishui-2022-05.txt');
  it('joins the wrapped titles as the contents spaces them', () => {
    expect(titles(p)).toEqual(['团景宁县委以“畲乡青年说”凝聚青年 推动民族团结进步创建', '团缙云县委“缙青春·共富路”青年助农行动', '团龙泉市委深化“青瓷青剑”青年人才培育 打造山区县青年发展高地的龙泉样本']);
    expect(p.articles[2]!.title.lines).toHaveLength(4);
    expect(p.articles[0]!.title.subtitle).toBe('景宁畲族自治县共青团工作的实践与探索');
  });
  it('leaves the 编者按 under a title to that article', () => {
    expect(p.editorsNote).toBeUndefined();
    expect(blockText(p.articles[0]!.blocks[0]!)).toMatch(/^编者按：景宁是全国唯一的畲族自治县。/);
  });
});

describe('hangzhou-2020-11: 团钱塘新区工委, 余杭经济技术开发区团工委, 团下城区委 (retired 2021)', () => {
  it('reads the organisations', () => {
    expect(orgs(parse('hangzhou-2020-11.txt'))).toEqual(['团钱塘新区工委', '余杭经济技术开发区团工委', '团拱墅区委', '团下城区委']);
  });
});

describe('yuhuan-2010-08: ２０１０年　第　８　期, 二〇一〇年八月十五日, marks with full-width spaces, 编', () => {
  const p = parse('yuhuan-2010-08.txt');
  it('reads the masthead', () => {
    expect(issueOf(p)).toEqual({ publication: '玉环青年工作简报', year: 2010, issue: 8, issueEnd: undefined, special: undefined, total: undefined, publisher: '共青团玉环县委', date: '2010-08-15' });
    expect(p.masthead.marks.map((m) => m.text)).toEqual(['内部资料', '注意保存']);
  });
  it('finds the title after a numbered paragraph', () => {
    expect(titles(p)).toEqual(['团县委开展“青春助力海岛新城建设”主题实践活动', '楚门镇团委“青年之家”成为青年温馨家园', '坎门街道团工委开展渔区青少年暑期安全教育']);
    expect(orgs(p)).toEqual(['团县委', '楚门镇团委', '坎门街道团工委']);
  });
});

describe('cixi-2013-112: 总第112期 only; contents entries wrapped over two lines, the last one too', () => {
  const p = parse('cixi-2013-112.txt');
  it('reads the masthead', () => {
    expect(issueOf(p)).toEqual({ publication: '慈溪团讯', year: undefined, issue: undefined, issueEnd: undefined, special: undefined, total: 112, publisher: '共青团慈溪市委', date: '2013-04-08' });
  });
  it('joins wrapped entries, the first article not swallowed and the last entry whole', () => {
    expect(p.contents.map((c) => c.lines ?? [c.line])).toEqual([[7, 8], [9], [10, 11], [12, 13]]);
    expect(p.articles.map((a) => a.contentsEntry?.line)).toEqual([7, 9, 10, 12]);
    expect(titles(p)[3]).toBe('团观海卫镇委建立外来青年服务站 为外来务工青年提供就业、法律、培训“一站式”服务');
  });
});

describe('shaoxing-2008-03: 绍　兴　青　年　工　作, 2 0 0 8 年 第 3 期 letter-spaced, 主办单位：, full-width indents', () => {
  const p = parse('shaoxing-2008-03.txt');
  it('reads the masthead', () => {
    expect(issueOf(p)).toEqual({ publication: '绍兴青年工作', year: 2008, issue: 3, issueEnd: undefined, special: undefined, total: undefined, publisher: '共青团绍兴市委', date: '2008-03-25' });
    expect(orgs(p)).toEqual(['团绍兴县委', '团上虞市委', '团新昌县委']);
  });
});

describe('zhoushan-2021-09: --- rules, **…**, ## and Markdown lists, <p> markup, &amp;', () => {
  const p = parse('zhoushan-2021-09.txt');
  it('is read as a bulletin, its titles found', () => {
    expect(issueOf(p)).toEqual({ publication: '舟山青年信息', year: 2021, issue: 9, issueEnd: undefined, special: undefined, total: undefined, publisher: '共青团舟山市委', date: '2021-09-15' });
    expect(titles(p)).toEqual(['团定海区委“海岛青年夜校”开课', '## 团普陀区委开展“青春护航”志愿服务', '团岱山县委：举办海洋科普研学活动']);
    expect(orgs(p)).toEqual(['团定海区委', '团普陀区委', '团岱山县委']);
  });
  it('keeps the markup as text: the **…** around a title are counted markers, list items stay apart', () => {
    expect(p.artefacts.filter((a) => a.kind === 'bold-marker').map((a) => a.line)).toEqual([7, 7]);
    const body = p.articles[0]!.blocks.map(blockText);
    expect(body[0]).toContain('<b>摄影</b>');
    expect(p.articles[1]!.blocks.map(blockText)).toEqual(expect.arrayContaining(['- 游客咨询引导', '- 文明旅游劝导', '- 应急救护服务']));
  });
});

describe('tiantai-2024-tekan: 特　刊 with （总第200期）, 按语 above 目　录, numbered leadered contents, 团工委 of a 开发区 and a 街道', () => {
  const p = parse('tiantai-2024-tekan.txt');
  it('reads the special issue', () => {
    expect(issueOf(p)).toEqual({ publication: '天台青年', year: undefined, issue: undefined, issueEnd: undefined, special: '特刊', total: 200, publisher: '共青团天台县委', date: '2024-05-04' });
  });
  it('gives the issue its 按语, printed above the contents', () => {
    expect(p.editorsNote).toMatchObject({ label: '按语', beforeContents: true });
    expect(blockText(p.editorsNote!.blocks[0]!)).toMatch(/^按语：今年是五四运动105周年。/);
    expect(p.contents.map((c) => c.role)).toEqual(['heading', undefined, undefined, undefined]);
  });
  it('finds all three articles', () => {
    expect(titles(p)).toEqual(['团县委“和合青年”品牌建设综述', '天台经济开发区团工委：园区青年“一站通”服务', '始丰街道团工委“青春议事厅”助力基层治理']);
    expect(orgs(p)).toEqual(['团县委', '天台经济开发区团工委', '始丰街道团工委']);
  });
});

describe('text the parser cannot place', () => {
  // wenzhou-2012-zengkan with its 编者按 replaced by a line that is no editor's note.
  const text = read('wenzhou-2012-zengkan.txt').replace(/^编者按：.*$/m, '（本期稿件由各县（市、区）团委提供，排名不分先后）');
  const p = parseBulletin(text);
  it('stays in the model and the warning says where it is published', () => {
    expect(p.unassigned?.map((u) => u.text)).toEqual(['（本期稿件由各县（市、区）团委提供，排名不分先后）']);
    const warning = p.diagnostics.find((d) => d.code === 'unplaced-text')!;
    expect(warning.line).toBe(7);
    expect(warning.message).toContain('published as printed on the issue page under 未归入文章的原文');
    expect(warning.message).not.toContain('not published');
    expect(accountedText(p)).toBe(text.replace(/\s+/g, ''));
  });
});
