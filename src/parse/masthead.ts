// The masthead (版头): confidentiality marks, publication name, category,
// 期号, publisher and date, read from the top of the text. Each line is
// classified by removing the components it is made of; a line that leaves
// nothing but separators is a masthead line.

import type { Diagnostic, Masthead, SourceText } from './types.ts';
import { collapseSpaces, endsClosed, stripWhitespace, toHalfWidth, visibleLength, type SourceLine } from './lines.ts';
import { DATE_PATTERN, isoDate, parseNumber } from './numbers.ts';
import { numberingAt } from './numbering.ts';
import type { Evidence } from './evidence.ts';

const MARK_WORDS = ['内部刊物', '内部资料', '注意保管', '注意保存', '妥善保管', '妥善保存', '内部参阅', '内部交流', '免费交流', '内部发行', '内部文件', '秘密', '机密', '绝密'];
const MARKS = new RegExp(MARK_WORDS.join('|'), 'g');

const NUM = '(\\d{1,4}|[〇零一二三四五六七八九十百]{1,5})';
// A double or combined issue: 第5-6期, 第5、6期合刊, 第５－６期.
const SECOND = `(?:\\s*[-－—–~～、,，至]\\s*${NUM})?`;
const COMBINED = '(?:\\s*[(（]?\\s*合\\s*刊\\s*[)）]?)?';
const YEAR_ISSUE = new RegExp(`(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(?:度\\s*)?第\\s*${NUM}${SECOND}\\s*期${COMBINED}`);
const ISSUE_ONLY = new RegExp(`第\\s*${NUM}${SECOND}\\s*期${COMBINED}`);
// 增刊 / 特刊, with the year before and the supplement's own number after: 2012年增刊, 增刊第2期, 特　刊.
const SPECIAL = new RegExp(`(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*)?(增|特)\\s*刊(?:\\s*第\\s*${NUM}\\s*期|\\s*[(（]\\s*第?\\s*${NUM}\\s*期?\\s*[)）])?`);
// A rule typed as characters (---, ———, ＊＊＊): part of the masthead it stands in, no field.
export const RULE_LINE = /^[-—–－=＝_＿*＊~～·•]{3,}$/;
// Words that are a category when printed letter-spaced without brackets; any other spaced line is a name.
const CATEGORY_WORDS = new Set(['经验交流', '工作交流', '工作动态', '基层动态', '基层风采', '信息交流', '调研报告', '领导讲话', '工作部署', '工作简报', '专题', '专刊', '特稿', '综合', '动态']);
const TOTAL_ISSUE = new RegExp(`[(（]?\\s*总\\s*第?\\s*${NUM}\\s*期\\s*[)）]?`);
const DATE = new RegExp(`[(（]?\\s*${DATE_PATTERN.source}\\s*[)）]?`);
// 共青团温州市委编印, 主办：共青团嘉兴市委, 中国共产主义青年团浙江省委员会.
const PUBLISHER = /^(?:(?:主办|编印|主编|编辑|出版)(?:单位)?\s*[:：]\s*)?((?:中国共产主义青年团|共青团|团)[\u4e00-\u9fff()（）]{1,24}?(?:工作委员会|委员会|工委|委)(?:办公室|宣传部|组织部|研究室)?)\s*(?:编印|编辑|主办|编|印发|印)?/;
const PUBLICATION = /^[\u4e00-\u9fff·]{2,16}(?:工作信息|信息|简报|通讯|动态|快报|专报|团讯|参考|要情|周报|月报|旬报|通报|专刊|快讯|资讯|情况|交流)$/;
const CATEGORY = /^[(（【[〔［]\s*((?:[\u4e00-\u9fff]\s*){2,12})[)）】\]〕］]$/;
const LETTER_SPACED = /^(?:[\u4e00-\u9fff]\s+){1,11}[\u4e00-\u9fff]$/;
// The start of a contents entry: a symbol bullet, a number, or a page reference at its end.
const CONTENTS_ENTRY_START = /^(?:[·•●○◆◇■□▪►▶★☆◎※]|[0-9０-９]{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}、)|(?:[.．…·]{2,}|\t)\s*[0-9０-９]{1,3}\s*$/;
export const CONTENTS_HEADING = /^[【[]?\s*(?:本\s*期\s*)?(?:目\s*录|要\s*目|导\s*读)\s*[】\]]?\s*[:：]?$/;
const SEPARATORS = /[\s()（）【】[\]·•,，、:：|｜/\\—\-－]/g;

type Kind = 'marks' | 'publication' | 'category' | 'issue' | 'publisher' | 'date' | 'contents-heading' | 'rule';

interface Classified {
  kinds: Set<Kind>;
  marks: SourceText[];
  publication?: string;
  category?: string;
  year?: number | undefined;
  issue?: number | undefined;
  issueEnd?: number | undefined;
  special?: '增刊' | '特刊';
  specialNumber?: number | undefined;
  totalIssue?: number | undefined;
  publisher?: string;
  date?: string;
}

/** What a line of the masthead holds, or undefined when it is no masthead line. */
export function classifyMastheadLine(line: SourceLine): Classified | undefined {
  const text = line.text;
  // Digits printed letter-spaced (2 0 0 8 年) read as one number.
  let rest = toHalfWidth(text).replace(/(\d)\s+(?=\d)/g, '$1');
  const c: Classified = { kinds: new Set(), marks: [] };
  if (CONTENTS_HEADING.test(rest)) return { ...c, kinds: new Set(['contents-heading']) };
  if (RULE_LINE.test(rest)) return { ...c, kinds: new Set(['rule']) };
  if (/^[(（【[]?\s*此\s*页/.test(rest) || numberingAt(text)) return undefined;

  for (const m of text.matchAll(MARKS)) c.marks.push({ text: m[0], line: line.no, column: line.start + m.index });
  if (c.marks.length > 0) {
    c.kinds.add('marks');
    rest = rest.replace(MARKS, ' ');
  }
  const yi = YEAR_ISSUE.exec(rest);
  if (yi) {
    c.year = parseNumber(yi[1]!);
    c.issue = parseNumber(yi[2]!);
    if (yi[3]) c.issueEnd = parseNumber(yi[3]);
    c.kinds.add('issue');
    rest = rest.replace(yi[0], ' ');
  }
  const sp = SPECIAL.exec(rest);
  if (sp) {
    if (sp[1] && c.year === undefined) c.year = parseNumber(sp[1]);
    c.special = sp[2] === '增' ? '增刊' : '特刊';
    if (sp[3] ?? sp[4]) c.specialNumber = parseNumber((sp[3] ?? sp[4])!);
    c.kinds.add('issue');
    rest = rest.replace(sp[0], ' ');
  }
  const total = TOTAL_ISSUE.exec(rest);
  if (total) {
    c.totalIssue = parseNumber(total[1]!);
    c.kinds.add('issue');
    rest = rest.replace(total[0], ' ');
  }
  if (!yi && !sp) {
    const only = ISSUE_ONLY.exec(rest);
    if (only) {
      c.issue = parseNumber(only[1]!);
      if (only[2]) c.issueEnd = parseNumber(only[2]);
      c.kinds.add('issue');
      rest = rest.replace(only[0], ' ');
    }
  }
  const d = DATE.exec(rest);
  if (d) {
    const iso = isoDate(d[1]!, d[2]!, d[3]!);
    if (iso) {
      c.date = iso;
      c.kinds.add('date');
      rest = rest.replace(d[0], ' ');
    }
  }
  const pub = PUBLISHER.exec(rest.trim());
  if (pub) {
    c.publisher = pub[1]!.replace(/\s+/g, '');
    c.kinds.add('publisher');
    rest = rest.trim().slice(pub[0].length);
  }
  const cat = CATEGORY.exec(rest.trim());
  if (cat && c.kinds.size === 0) {
    c.category = stripWhitespace(cat[1]!);
    c.kinds.add('category');
    rest = '';
  }
  // 经 验 交 流 printed letter-spaced without brackets: a category (or the name, spaced for display).
  // Any other spaced line is a name (湖　州　青　年); readMasthead makes a second name under the first the category.
  if (c.kinds.size === 0 && LETTER_SPACED.test(rest.trim())) {
    const word = stripWhitespace(rest);
    if (CATEGORY_WORDS.has(word)) c.category = word;
    else c.publication = word;
    c.kinds.add(c.publication ? 'publication' : 'category');
    return c;
  }
  const left = rest.replace(SEPARATORS, '');
  if (left === '') return c.kinds.size > 0 ? c : undefined;
  // What is left may be the publication's name: 嘉兴青年工作信息 (2023年第3期).
  const name = rest.replace(/[\s《》()（）【】[\]|｜]/g, '');
  if (PUBLICATION.test(name) || (/^《[^》]+》$/.test(left) && c.kinds.size === 0)) {
    c.publication = name;
    c.kinds.add('publication');
    return c;
  }
  return undefined;
}

export interface MastheadResult {
  masthead: Masthead;
  /** Lines the masthead consists of (printed lines, in order). */
  consumed: Set<number>;
  /** Index in `content` of the first line after the masthead. */
  next: number;
  diagnostics: Diagnostic[];
}

// Kinds that mark the top of a text as a masthead even alone.
const STRONG: ReadonlySet<Kind> = new Set(['marks', 'issue', 'contents-heading']);

/**
 * Reads the masthead from the first content lines (blank and artefact lines
 * already left out). A short unrecognised line is taken in when a masthead line
 * follows within two lines (a publication name without a known suffix, say).
 * A top that is only one weak field (a lone date, a lone 简报-like title) is no
 * masthead: a standalone report may begin that way.
 */
export function readMasthead(content: readonly SourceLine[], evidence?: Evidence): MastheadResult {
  const taken: { line: SourceLine; c?: Classified }[] = [];
  const diagnostics: Diagnostic[] = [];
  // Lines the file prints as a masthead (large, red, centred) that the words alone do not make one: the format wins.
  let byFormat = false;
  let i = 0;
  while (i < content.length) {
    const line = content[i]!;
    let c = classifyMastheadLine(line);
    if (!c?.publication && evidence?.marksMasthead(line.no) && (c === undefined || c.kinds.size === 0)) {
      c = { kinds: new Set(['publication']), marks: [], publication: collapseSpaces(line.text).replace(/[《》]/g, '') };
      byFormat = true;
      diagnostics.push({ level: 'notice', line: line.no, code: 'format-masthead', message: `line ${line.no}: "${line.text}" is printed large, red and centred at the top, as a masthead: read as the publication's name (the format wins); if that is wrong, set "publication" in a sidecar` });
    }
    // A bracketed label over contents entries (【基层动态】 / ● …) heads a contents section, not the masthead.
    const after = content[i + 1];
    if (c && c.kinds.size === 1 && c.kinds.has('category') && after && CONTENTS_ENTRY_START.test(after.text)) break;
    if (c) {
      taken.push({ line, c });
      i++;
      // 目录 closes the masthead: what follows it is the contents.
      if (c.kinds.has('contents-heading')) break;
      continue;
    }
    const ahead = content.slice(i + 1, i + 3).map(classifyMastheadLine);
    const looksLikeName = visibleLength(line.text) <= 30 && !endsClosed(line.text) && !/^[·•●\-－]/.test(line.text);
    if (taken.length + 1 < 12 && looksLikeName && ahead.some((a) => a && !a.kinds.has('contents-heading'))) {
      taken.push({ line });
      i++;
      continue;
    }
    break;
  }
  const kinds = new Set<Kind>();
  for (const t of taken) for (const k of t.c?.kinds ?? []) kinds.add(k);
  const fieldKinds = [...kinds].filter((k) => k !== 'contents-heading' && k !== 'rule');
  const accepted = byFormat || [...kinds].some((k) => STRONG.has(k)) || fieldKinds.length >= 2;
  const empty: Masthead = { marks: [], lines: [] };
  if (!accepted) return { masthead: empty, consumed: new Set(), next: 0, diagnostics: [] };

  const m: Masthead = { marks: [], lines: [], printedLines: [] };
  const src = (l: SourceLine): SourceText => ({ text: l.text, line: l.no, column: l.start });
  for (const { line, c } of taken) {
    m.lines.push(line.no);
    m.printedLines!.push(src(line));
    if (!c) continue;
    m.marks.push(...c.marks);
    // A second name-like short line under the publication (经验交流 without brackets) is the category.
    if (c.publication && m.publication && !m.category && c.kinds.size === 1 && c.publication.length <= 6) {
      m.category = c.publication;
      m.categoryLine = src(line);
      continue;
    }
    if (c.publication && !m.publication) m.publication = { text: c.publication, line: line.no, column: line.start };
    if (c.category && !m.category) {
      m.category = c.category;
      m.categoryLine = src(line);
    }
    if (c.kinds.has('issue') && !m.issueLine) m.issueLine = src(line);
    if (c.year !== undefined && m.year === undefined) m.year = c.year;
    if (c.issue !== undefined && m.issue === undefined) {
      m.issue = c.issue;
      if (c.issueEnd !== undefined) m.issueEnd = c.issueEnd;
    }
    if (c.special && !m.special) {
      m.special = c.special;
      if (c.specialNumber !== undefined) m.specialNumber = c.specialNumber;
    }
    if (c.totalIssue !== undefined && m.totalIssue === undefined) m.totalIssue = c.totalIssue;
    if (c.publisher && !m.publisher) {
      m.publisher = c.publisher;
      m.publisherLine = src(line);
    }
    if (c.date && !m.date) {
      m.date = c.date;
      m.dateLine = src(line);
    }
  }
  // An unrecognised short line above the 期号 is the publication's name when none was found.
  // Where the name stands (the first line but for marks and rules), that is a notice; anywhere else, a warning.
  const firstPlain = taken.find((t) => !t.c || [...t.c.kinds].some((k) => k !== 'marks' && k !== 'rule'));
  for (const { line, c } of taken) {
    if (c) continue;
    const beforeIssue = m.issueLine === undefined || line.no < m.issueLine.line;
    if (!m.publication && beforeIssue && visibleLength(line.text) <= 20 && !/[，。、；：]/.test(line.text)) {
      m.publication = { text: collapseSpaces(line.text).replace(/[《》]/g, ''), line: line.no, column: line.start };
      diagnostics.push({
        level: firstPlain?.line === line ? 'notice' : 'warning',
        line: line.no,
        code: 'masthead-guessed-publication',
        message: `line ${line.no} "${line.text}" was taken as the publication's name because it stands above the issue number; if that is wrong, set "publication" in a sidecar`,
      });
    } else {
      diagnostics.push({
        level: 'warning',
        line: line.no,
        code: 'masthead-unknown-line',
        message: `line ${line.no} "${line.text}" sits in the masthead but is none of its fields; it is kept as printed; check it, or supply the fields in a sidecar`,
      });
    }
  }
  return { masthead: m, consumed: new Set(m.lines), next: taken.length, diagnostics };
}
