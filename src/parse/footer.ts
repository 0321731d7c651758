// The distribution block (版记) at the end: 报：/送：/抄送：/发： lists with
// their continuation lines, and the printing line (…办公室 2021年12月29日印发,
// possibly over two lines) or publisher and date lines.

import type { DistributionList, Footer } from './types.ts';
import { stripWhitespace, visibleLength, type SourceLine } from './lines.ts';
import { DATE_PATTERN, findDate } from './numbers.ts';
import { LEAD_IN_START, numberingAt } from './numbering.ts';

const LABEL = /^((?:抄\s*送|抄\s*报|报\s*送|主\s*送|分\s*送|印\s*送|发\s*送|报|送|发)\s*[:：])\s*/;
// Imprint details printed with the printing line: 责任编辑：… 联系电话：…
const IMPRINT = /^(?:责任编辑|编辑|审核|审稿|签发|联系人|联系电话|电话|校对|投稿邮箱|邮箱|地址)\s*[:：]/;
const DATE_LINE = new RegExp(`^[(（]?\\s*${DATE_PATTERN.source}\\s*(?:印发|印|发)?\\s*[)）]?$`);
const ISSUER_DATE = new RegExp(`^(.{2,40}?)\\s*${DATE_PATTERN.source}\\s*(?:印发|印)$`);
const COPIES = /^[（(]?\s*共印\s*[0-9０-９]+\s*份\s*[）)]?$/;

const isLabelLine = (l: SourceLine): boolean => LABEL.test(l.text);
const isDateLine = (l: SourceLine): boolean => DATE_LINE.test(l.text) || ISSUER_DATE.test(l.text);

/** 共青团嘉兴市委, 共青团浙江省委办公室: an organisation's name alone, no list separators. */
const isIssuerLine = (l: SourceLine): boolean => visibleLength(l.text) <= 30 && !/[、，,；;：:。]/.test(l.text) && /(?:委|委员会|办公室|部|处|中心|局|会)$/.test(l.text);

/** A line that may stand in a footer: a list, its continuation, a printing line. Not body text. */
const footerCompatible = (l: SourceLine): boolean => isLabelLine(l) || isDateLine(l) || COPIES.test(l.text) || (visibleLength(l.text) <= 100 && !numberingAt(l.text) && !LEAD_IN_START.test(l.text));

/**
 * Index in `content` where the footer starts, within [from, to): the first
 * list label after which every line can belong to a footer; else trailing
 * printing lines (issuer + date) with no lists; else `to` (no footer).
 */
export function findFooterStart(content: readonly SourceLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!isLabelLine(content[i]!)) continue;
    let ok = true;
    for (let j = i + 1; j < to && ok; j++) ok = footerCompatible(content[j]!);
    if (ok) return i;
  }
  let last = to - 1;
  while (last >= from && COPIES.test(content[last]!.text)) last--;
  if (last < from || !isDateLine(content[last]!)) return to;
  if (last - 1 >= from && DATE_LINE.test(content[last]!.text) && isIssuerLine(content[last - 1]!)) return last - 1;
  return last;
}

/** The footer from its lines (blank and artefact lines already left out). */
export function readFooter(lines: readonly SourceLine[]): Footer {
  const distribution: DistributionList[] = [];
  const printing: SourceLine[] = [];
  lines.forEach((l, k) => {
    const label = LABEL.exec(l.text);
    if (label) {
      distribution.push({
        label: stripWhitespace(label[1]!).replace(/[:：]$/, ''),
        labelText: label[1]!,
        text: l.text.slice(label[0].length),
        lines: [l.no],
      });
      return;
    }
    const next = lines[k + 1];
    const startsPrinting = isDateLine(l) || COPIES.test(l.text) || IMPRINT.test(l.text) || (isIssuerLine(l) && next !== undefined && DATE_LINE.test(next.text));
    if (printing.length > 0 || startsPrinting || distribution.length === 0) {
      printing.push(l);
      return;
    }
    const list = distribution[distribution.length - 1]!;
    list.text = list.text === '' ? l.text : `${list.text}\n${l.text}`;
    list.lines.push(l.no);
  });
  const footer: Footer = { distribution };
  if (printing.length > 0) {
    const text = printing.map((l) => l.text).join(' ');
    // The issuer: printed before the date on its line, or alone on the line above a date line.
    let issuer: string | undefined;
    printing.forEach((l, k) => {
      const one = ISSUER_DATE.exec(l.text);
      const below = printing[k + 1];
      if (issuer) return;
      if (one) issuer = one[1]!.trim();
      else if (isIssuerLine(l) && below && DATE_LINE.test(below.text)) issuer = l.text;
    });
    const dated = printing.find(isDateLine);
    const date = dated ? findDate(dated.text) : findDate(text);
    footer.printing = { text, lines: printing.map((l) => l.no), ...(issuer ? { issuer } : {}), ...(date ? { date } : {}) };
  }
  return footer;
}
