// Withdrawal (SPEC §8): a sidecar `status: withdrawn` keeps the issue and its
// articles in the model, so every URL still answers, but removes their text
// here, before anything renders, indexes or packs it. What stays is what the
// notice says was there: publication, issue, date, publisher, the article
// titles and organisations (titles are the record of what was withdrawn; a
// title that must go too goes by redaction).
import type { Article, Issue } from './types.ts';

/** Empties the issue and its articles of text; returns the plain-text notice that replaces source.txt. */
export function withdrawIssue(issue: Issue, articles: Article[], withdrawal: { on: string; reason: string }, source: string): string {
  issue.withdrawn = { on: withdrawal.on, reason: withdrawal.reason, characters: source.replace(/\s+/g, '').length };
  issue.mastheadLines = [];
  issue.contents = [];
  issue.unassigned = [];
  issue.distribution = [];
  delete issue.printing;
  issue.artefacts = [];
  // Warnings quote the text they are about; the notice has no use for them.
  issue.warnings = [];
  for (const a of articles) {
    a.blocks = [];
    a.mentions = [];
    a.length = 0;
  }
  return withdrawalNotice(issue, articles);
}

/** What /{pub}/{yyyy}/{nn}/source.txt answers for a withdrawn issue. */
export function withdrawalNotice(issue: Issue, articles: Article[]): string {
  const w = issue.withdrawn!;
  return [
    `本期已撤回（withdrawn）：${issue.publicationName} ${issue.label}`,
    ...(issue.date ? [`出刊日期：${issue.date.value}`] : []),
    ...(issue.publisher ? [`编印：${issue.publisher.value}`] : []),
    `撤回日期：${w.on}`,
    `撤回原因：${w.reason}`,
    '原有文章：',
    ...articles.map((a) => `  ${a.number}. ${a.headline}${a.organisation ? `（${a.organisation.value}）` : ''}`),
    '',
    '应发布方要求，本期原文已从本档案撤下；页面地址保留，仅说明此处原有内容。',
    '',
  ].join('\n');
}
