// The author organisation printed at the head of a title (团海宁市委,
// 团宁波市江北区委, 市直机关团工委, 共青团…委员会), or of a `——` subtitle
// (——团市委上半年工作总结…). Only what is printed: mapping to a district is
// the gazetteer's job.

const HAN = '[\\u4e00-\\u9fff]';
// A department of a committee: 团省委学校部, 团市委办公室.
const DEPARTMENT = '(?:办公室|组织部|宣传部|学校部|少年部|青年发展部|社会联络部|权益部|维护青少年权益部|统战部|志愿者工作部|基层组织建设部|青工部|青农部|学少部|社会工作部|城市青年工作部|农村青年工作部|研究室)?';

const ORGANISATION_AT_HEAD: readonly RegExp[] = [
  // 中国共产主义青年团浙江省委员会, 共青团嘉兴市委员会, 共青团杭州钱塘区工作委员会
  new RegExp(`^(?:中国共产主义青年团|共青团)${HAN}{1,20}?(?:工作委员会|委员会)`),
  // 共青团嘉兴市委
  new RegExp(`^共青团${HAN}{1,12}?(?:省|市|州|盟|县|区|旗)(?:工)?委${DEPARTMENT}`),
  // 团市委, 团海宁市委, 团宁波市江北区委, 团杭州钱塘新区工委, 团建德市委, 团省委学校部 (not 团结…, 团员…, 团建设…)
  new RegExp(`^团(?!结|员|队|体|组织|支部|干部|课|费|日|旗|徽|歌|章|购|建设|建工作|建引领|建带)${HAN}{0,12}?(?:省|市|州|盟|县|区|旗|镇|乡|街道)(?:工)?委${DEPARTMENT}`),
  // 省青联, 省学联, 省少工委, 嘉兴市青联, 海宁市少工委
  /^(?:浙江)?省(?:青联|学联|少工委|青年联合会|学生联合会|少先队工作委员会)/,
  new RegExp(`^${HAN}{0,8}?[市县区](?:青联|学联|少工委)`),
  // 椒江区团区委, 温岭团市委 (the division first), 椒江区团委
  new RegExp(`^${HAN}{2,10}?(?:市|县|区)?团[省市县区]委`),
  new RegExp(`^${HAN}{2,8}?(?:市|县|区|镇|乡|街道)团委`),
  // 市直机关团工委, 嘉兴经开区团工委
  new RegExp(`^${HAN}{1,15}?团工委`),
  // 浙江大学团委, 嘉兴学院团委, 某集团团委
  new RegExp(`^${HAN}{2,15}?(?:大学|学院|学校|中学|集团|公司|医院|银行|研究院)团委`),
];

/** The organisation at the head of `text`, if one is printed there. */
export function organisationAtHead(text: string): string | undefined {
  // Markup typed before a title (## , > ) is text, but the organisation starts after it.
  const t = text.replace(/\*\*/g, '').replace(/^[\s#>]+/, '');
  for (const re of ORGANISATION_AT_HEAD) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return undefined;
}

/** The organisation of an article: from its main title, else from its subtitle (——关于团X市委… allowed). */
export function articleOrganisation(main: string, subtitle?: string): { organisation: string; source: 'title' | 'subtitle' } | undefined {
  const fromTitle = organisationAtHead(main);
  if (fromTitle) return { organisation: fromTitle, source: 'title' };
  if (subtitle) {
    const fromSubtitle = organisationAtHead(subtitle.replace(/^关于/, ''));
    if (fromSubtitle) return { organisation: fromSubtitle, source: 'subtitle' };
  }
  return undefined;
}
