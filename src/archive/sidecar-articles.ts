// The `articles:` list of a sidecar: corrections of how the parser read one
// article, each naming the article by its first line (`line`, and/or `text`,
// the start of that line as printed, so a moved line is found and reported).
// Problems are warnings with the sidecar's line: a bad entry or key is left
// out and the rest of the sidecar still applies.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../parse/types.ts';
import { getDivision } from '../gazetteer/index.ts';

/** The fields of an article a sidecar may set. */
export const CORRECTED_FIELDS = ['starts', 'title', 'kicker', 'subtitle', 'organisation', 'district'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

export interface ArticleCorrection {
  /** Line of the entry in the sidecar (its first key). */
  sidecarLine: number;
  /** Sidecar line of each key given. */
  keyLines: Partial<Record<EntryKey, number>>;
  /** The article's first line in the bulletin (1-based). */
  line?: number;
  /** The start of that line as printed (whitespace ignored). */
  text?: string;
  /** true: an article starts at this line; false: the article read there is none (its lines join the article before). */
  starts?: boolean;
  title?: string;
  /** '' removes a kicker, subtitle, organisation or district the parser read. */
  kicker?: string;
  subtitle?: string;
  organisation?: string;
  /** GB/T 2260 code of a division in the gazetteer, or ''. */
  district?: string;
}

const ENTRY_KEYS = ['line', 'text', ...CORRECTED_FIELDS] as const;
type EntryKey = (typeof ENTRY_KEYS)[number];

/** Reads the value of `articles:`; `line` is that key's line, `lineOf` turns a node's offset into a sidecar line. */
export function readArticleCorrections(node: unknown, line: number | undefined, lineOf: (offset: number | undefined) => number | undefined): { corrections: ArticleCorrection[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (at: number | undefined, message: string) => diagnostics.push({ level: 'warning', code: 'sidecar-article', ...(at !== undefined ? { line: at } : {}), message });
  const corrections: ArticleCorrection[] = [];
  if (!isSeq(node)) {
    warn(line, '"articles" must be a list of corrections, each starting with "- line: N" (the line where the article starts); no article correction is applied');
    return { corrections, diagnostics };
  }
  for (const item of node.items) {
    const itemLine = lineOf((item as Node | null)?.range?.[0]) ?? line;
    if (!isMap(item)) {
      warn(itemLine, 'each entry of "articles" must be a mapping such as "- line: 12" followed by the fields to set; this entry is not applied');
      continue;
    }
    const c: ArticleCorrection = { sidecarLine: itemLine ?? 1, keyLines: {} };
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const at = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? itemLine;
      const value: unknown = isScalar(pair.value) ? pair.value.value : (pair.value as Node | null)?.toJSON();
      const bad = (message: string) => warn(at, `${message}; this key is not applied`);
      if ((ENTRY_KEYS as readonly string[]).includes(key) && at !== undefined) c.keyLines[key as EntryKey] = at;
      switch (key as EntryKey) {
        case 'line':
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) bad(`"line" must be the number of a line of the bulletin (1, 2, …), got "${String(value)}"`);
          else c.line = value;
          break;
        case 'text':
          if (typeof value !== 'string' || value.trim() === '') bad('"text" must be the start of the article\'s first line as printed');
          else c.text = value.trim();
          break;
        case 'starts':
          if (typeof value !== 'boolean') bad(`"starts" must be true (an article starts at this line) or false (no article starts here), got "${String(value)}"`);
          else c.starts = value;
          break;
        case 'title':
          if (typeof value !== 'string' || value.trim() === '') bad('"title" must be the article\'s main title as printed');
          else c.title = value.trim();
          break;
        case 'kicker':
        case 'subtitle':
        case 'organisation':
          if (typeof value !== 'string' && value !== null) bad(`"${key}" must be text (or "" to remove what the parser read)`);
          else c[key as 'kicker' | 'subtitle' | 'organisation'] = (value ?? '').trim();
          break;
        case 'district': {
          // An unquoted 330481 is a YAML number: take it as the code it spells.
          const code = value === null ? '' : typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
          if (typeof code !== 'string' || (code.trim() !== '' && !getDivision(code.trim()))) bad(`"district" must be the six-digit GB/T 2260 code of a division of Zhejiang in the gazetteer (e.g. '330481' for 海宁市), or "" for none; "${String(value)}" is none`);
          else c.district = code.trim();
          break;
        }
        default:
          warn(at, `unknown key "${key}" in an article correction; allowed keys: ${ENTRY_KEYS.join(', ')}`);
      }
    }
    if (c.line === undefined && c.text === undefined) {
      warn(itemLine, 'an article correction needs "line" (the article\'s first line in the bulletin) or "text" (the start of that line as printed); this entry is not applied');
      continue;
    }
    if (!CORRECTED_FIELDS.some((f) => c[f] !== undefined)) {
      warn(itemLine, `this article correction sets nothing; give one of ${CORRECTED_FIELDS.join(', ')}`);
      continue;
    }
    corrections.push(c);
  }
  return { corrections, diagnostics };
}
