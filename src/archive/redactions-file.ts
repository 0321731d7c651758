// The archive-wide redaction list (SPEC §8): one YAML file, `redact:` and a
// list of strings blanked in every bulletin, e.g.
//   redact:
//     - 张三   # request of 2024-05-01
// It sits beside the bulletins folder (content/redactions.yml for
// content/bulletins/); REDACTIONS_FILE names another.
import { LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';
import type { Diagnostic } from '../parse/types.ts';

export interface RedactionList {
  strings: string[];
  /** Line of each string. */
  lines: number[];
  diagnostics: Diagnostic[];
}

export function readRedactions(text: string): RedactionList {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const list: RedactionList = { strings: [], lines: [], diagnostics: [] };
  for (const err of doc.errors) list.diagnostics.push({ level: 'error', code: 'redactions-yaml', line: lineOf(err.pos[0]), message: `YAML error: ${err.message.split('\n')[0]}; fix the file's syntax` });
  if (doc.errors.length || doc.contents === null) return list;
  if (!isMap(doc.contents)) {
    list.diagnostics.push({ level: 'error', code: 'redactions-shape', line: 1, message: 'write the list as "redact:" followed by one "- text" line per string' });
    return list;
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (key !== 'redact') {
      list.diagnostics.push({ level: 'error', code: 'redactions-key', line, message: `unknown key "${key}"; the only key is "redact"` });
      continue;
    }
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue; // an empty list
    if (!isSeq(pair.value)) {
      list.diagnostics.push({ level: 'error', code: 'redactions-value', line, message: '"redact" must be a list of non-empty strings, one "- text" line each' });
      continue;
    }
    for (const item of pair.value.items) {
      const at = lineOf(isScalar(item) ? item.range?.[0] : undefined) ?? line;
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        list.diagnostics.push({ level: 'error', code: 'redactions-value', line: at, message: 'each entry of "redact" must be non-empty text' });
        continue;
      }
      list.strings.push(item.value);
      list.lines.push(at ?? 1);
    }
  }
  return list;
}
