// BibTeX entry for an article (@article; @misc for a standalone report).
// Braces protect the Chinese names from case changes; TeX specials are escaped
// (~ and ^ as the text commands \textasciitilde and \textasciicircum: \~{} and \^{} are accents).
import type { Reference } from './reference.ts';

const escapeTex = (s: string): string =>
  s
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/[~^]/g, (c) => (c === '~' ? '\\textasciitilde{}' : '\\textasciicircum{}'));

export function bibtex(ref: Reference): string {
  const fields: [string, string | number | undefined][] = [
    // An organisation as author: double braces keep it one name.
    ['author', ref.author ? `{${escapeTex(ref.author)}}` : undefined],
    ['title', `{${escapeTex(ref.title)}}`],
    ['journal', ref.journal ? `{${escapeTex(ref.journal)}}` : undefined],
    ['publisher', ref.standalone && ref.publisher ? `{${escapeTex(ref.publisher)}}` : undefined],
    ['year', ref.year],
    ['number', ref.issue],
    ['date', ref.date],
    ['url', ref.url],
    ['langid', 'chinese'],
  ];
  const body = fields
    .filter((f): f is [string, string | number] => f[1] !== undefined)
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@${ref.standalone ? 'misc' : 'article'}{${ref.key},\n${body}\n}\n`;
}
