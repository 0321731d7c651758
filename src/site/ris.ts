// RIS record for an article (JOUR; RPRT for a standalone report).
// Tags are two letters, two spaces, a hyphen, a space; the record ends with ER.
import type { Reference } from './reference.ts';

export function ris(ref: Reference): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines: [string, string | number | undefined][] = [
    ['TY', ref.standalone ? 'RPRT' : 'JOUR'],
    ['AU', ref.author],
    ['TI', ref.title],
    ['T2', ref.journal],
    ['PB', ref.publisher],
    ['PY', ref.year],
    ['DA', ref.date?.replace(/-/g, '/')],
    ['IS', ref.issue],
    ['UR', ref.url],
    ['LA', 'zh'],
    ['ID', ref.key],
  ];
  const out = lines.filter((l): l is [string, string | number] => l[1] !== undefined).map(([t, v]) => `${t}  - ${oneLine(String(v))}`);
  return `${[...out, 'ER  - '].join('\r\n')}\r\n`;
}
