// Sidecar NAME.meta.yml: facts the text lacks or gets wrong. Read with the
// `yaml` package so every problem can name its line.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { Diagnostic } from '../parse/types.ts';

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
}

const KEYS = ['publication', 'publisher', 'year', 'issue', 'date', 'title', 'slug', 'status', 'reason', 'withdrawn_on', 'redact'] as const;
type Key = (typeof KEYS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

export function readSidecar(text: string): { sidecar: Sidecar; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  for (const err of doc.errors) {
    diagnostics.push({ level: 'error', code: 'sidecar-yaml', line: lineOf(err.pos[0]), message: `YAML error: ${err.message.split('\n')[0]}; fix the sidecar's syntax` });
  }
  const sidecar: Sidecar = {};
  if (doc.errors.length || doc.contents === null) return { sidecar, diagnostics };
  if (!isMap(doc.contents)) {
    diagnostics.push({ level: 'error', code: 'sidecar-shape', line: 1, message: 'a sidecar must be a mapping of keys to values (key: value)' });
    return { sidecar, diagnostics };
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
    const bad = (message: string) => diagnostics.push({ level: 'error', code: 'sidecar-value', line, message });
    if (!(KEYS as readonly string[]).includes(key)) {
      diagnostics.push({ level: 'error', code: 'sidecar-key', line, message: `unknown key "${key}"; allowed keys: ${KEYS.join(', ')}` });
      continue;
    }
    const value: unknown = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    switch (key as Key) {
      case 'year':
      case 'issue': {
        const n = typeof value === 'string' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || (key === 'year' && (n < 1900 || n > 2100))) bad(`"${key}" must be a whole number${key === 'year' ? ' (a year like 2022)' : ' (the issue number, like 7)'}`);
        else sidecar[key as 'year' | 'issue'] = n;
        break;
      }
      case 'date':
      case 'withdrawn_on': {
        const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
        if (!isIsoDate(s)) bad(`"${key}" must be a date written YYYY-MM-DD, got "${String(value)}"`);
        else sidecar[key as 'date' | 'withdrawn_on'] = s;
        break;
      }
      case 'status':
        if (value !== 'withdrawn') bad(`"status" can only be "withdrawn", got "${String(value)}"`);
        else sidecar.status = 'withdrawn';
        break;
      case 'redact':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) bad('"redact" must be a list of non-empty strings');
        else sidecar.redact = value as string[];
        break;
      case 'slug':
        if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) bad('"slug" must be lowercase ASCII letters, digits and single hyphens, like jiaxing-qingnian-gongzuo-xinxi');
        else sidecar.slug = value;
        break;
      default:
        if (typeof value !== 'string' || value.trim() === '') bad(`"${key}" must be non-empty text`);
        else sidecar[key as 'publication' | 'publisher' | 'title' | 'reason'] = value.trim();
    }
  }
  if (sidecar.status === 'withdrawn') {
    if (!sidecar.reason) diagnostics.push({ level: 'error', code: 'sidecar-withdrawn', line: 1, message: 'status: withdrawn needs a "reason"' });
    if (!sidecar.withdrawn_on) diagnostics.push({ level: 'error', code: 'sidecar-withdrawn', line: 1, message: 'status: withdrawn needs "withdrawn_on: YYYY-MM-DD"' });
  }
  return { sidecar, diagnostics };
}
