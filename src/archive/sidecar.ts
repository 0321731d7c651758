// Sidecar NAME.meta.yml: facts the text lacks or gets wrong. Read with the
// `yaml` package so every problem can name its line.
import { LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';
import type { Diagnostic } from '../parse/types.ts';
import { readArticleCorrections, type ArticleCorrection } from './sidecar-articles.ts';

export interface Sidecar {
  publication?: string;
  publisher?: string;
  year?: number;
  issue?: number;
  date?: string;
  title?: string;
  slug?: string;
  status?: 'withdrawn';
  reason?: string;
  withdrawn_on?: string;
  redact?: string[];
  /** Corrections of single articles (./sidecar-articles.ts). */
  articles?: ArticleCorrection[];
}

const KEYS = ['publication', 'publisher', 'year', 'issue', 'date', 'title', 'slug', 'status', 'reason', 'withdrawn_on', 'redact', 'articles'] as const;
type Key = (typeof KEYS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

/** The largest issue number taken as one (a yearly count; 1e21 is a typo, not an issue). */
export const MAX_ISSUE = 9999;
export const isIssueNumber = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= MAX_ISSUE;

/** Dates before the league's bulletins could exist (1949) or after today are likely typos: a warning. */
const EARLIEST = '1949-01-01';

export interface SidecarRead {
  sidecar: Sidecar;
  diagnostics: Diagnostic[];
  /** Line of each key, for messages about it. */
  lines: Partial<Record<Key, number>>;
  /** Line of each `redact:` entry. */
  redactLines: number[];
}

export function readSidecar(text: string, options: { today?: string } = {}): SidecarRead {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  for (const err of doc.errors) {
    diagnostics.push({ level: 'error', code: 'sidecar-yaml', line: lineOf(err.pos[0]), message: `YAML error: ${err.message.split('\n')[0]}; fix the sidecar's syntax` });
  }
  const sidecar: Sidecar = {};
  const lines: Partial<Record<Key, number>> = {};
  let redactLines: number[] = [];
  if (doc.errors.length || doc.contents === null) return { sidecar, diagnostics, lines, redactLines };
  if (!isMap(doc.contents)) {
    diagnostics.push({ level: 'error', code: 'sidecar-shape', line: 1, message: 'a sidecar must be a mapping of keys to values (key: value)' });
    return { sidecar, diagnostics, lines, redactLines };
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
    const bad = (message: string) => diagnostics.push({ level: 'error', code: 'sidecar-value', line, message });
    const implausible = (k: string, v: string) => diagnostics.push({ level: 'warning', code: 'sidecar-date', line, message: `"${k}: ${v}" is ${v < EARLIEST.slice(0, v.length) ? 'before 1949' : 'after today'}; it is used, but check it for a typo` });
    if (!(KEYS as readonly string[]).includes(key)) {
      diagnostics.push({ level: 'error', code: 'sidecar-key', line, message: `unknown key "${key}"; allowed keys: ${KEYS.join(', ')}` });
      continue;
    }
    if (line !== undefined) lines[key as Key] = line;
    const value: unknown = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    switch (key as Key) {
      case 'year':
      case 'issue': {
        const n = typeof value === 'string' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || (key === 'year' ? n < 1900 || n > 2100 : !isIssueNumber(n))) bad(`"${key}" must be a whole number${key === 'year' ? ' (a year like 2022)' : ` from 1 to ${MAX_ISSUE} (the issue number, like 7)`}, got "${String(value)}"`);
        else {
          sidecar[key as 'year' | 'issue'] = n;
          if (key === 'year' && (n < Number(EARLIEST.slice(0, 4)) || n > Number(today.slice(0, 4)))) implausible(key, String(n));
        }
        break;
      }
      case 'date':
      case 'withdrawn_on': {
        const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
        if (!isIsoDate(s)) bad(`"${key}" must be a date written YYYY-MM-DD, got "${String(value)}"`);
        else {
          sidecar[key as 'date' | 'withdrawn_on'] = s;
          if (s < EARLIEST || s > today) implausible(key, s);
        }
        break;
      }
      case 'status':
        if (value !== 'withdrawn') bad(`"status" can only be "withdrawn", got "${String(value)}"`);
        else sidecar.status = 'withdrawn';
        break;
      case 'redact':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) bad('"redact" must be a list of non-empty strings');
        else {
          sidecar.redact = value as string[];
          redactLines = isSeq(pair.value) ? pair.value.items.map((item) => lineOf(isScalar(item) ? item.range?.[0] : undefined) ?? line ?? 1) : [];
        }
        break;
      case 'articles': {
        const read = readArticleCorrections(pair.value, line, lineOf);
        diagnostics.push(...read.diagnostics);
        if (read.corrections.length) sidecar.articles = read.corrections;
        break;
      }
      case 'slug':
        if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) bad('"slug" must be lowercase ASCII letters, digits and single hyphens, like jiaxing-qingnian-gongzuo-xinxi');
        else sidecar.slug = value;
        break;
      default:
        if (typeof value !== 'string' || value.trim() === '') bad(`"${key}" must be non-empty text`);
        else sidecar[key as 'publication' | 'publisher' | 'title' | 'reason'] = value.trim();
    }
  }
  // A withdrawal must say why and when (SPEC §8); a bad value was reported above.
  if (sidecar.status === 'withdrawn') {
    if (!sidecar.reason && lines.reason === undefined) diagnostics.push({ level: 'error', code: 'sidecar-withdrawn', line: lines.status, message: 'status: withdrawn needs a "reason": add a line "reason: …" saying why the issue was withdrawn' });
    if (!sidecar.withdrawn_on && lines.withdrawn_on === undefined) diagnostics.push({ level: 'error', code: 'sidecar-withdrawn', line: lines.status, message: 'status: withdrawn needs the day it was withdrawn: add a line "withdrawn_on: YYYY-MM-DD"' });
  } else {
    for (const key of ['reason', 'withdrawn_on'] as const) {
      if (lines[key] !== undefined) diagnostics.push({ level: 'warning', code: 'sidecar-withdrawn', line: lines[key], message: `"${key}" is ignored without "status: withdrawn"; add that line to withdraw the issue, or remove this one` });
    }
  }
  return { sidecar, diagnostics, lines, redactLines };
}
