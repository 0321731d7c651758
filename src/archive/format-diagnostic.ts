// One line per problem: file:line: level: message [code].
import type { FileDiagnostic } from './types.ts';
import { printable } from '../decode/control-chars.ts';

const LABEL = { error: '错误 error', warning: '警告 warning', notice: '提示 notice' } as const;

export function formatDiagnostic(d: FileDiagnostic): string {
  // A file name or quoted text may hold control characters: never send them to the terminal raw.
  return printable(`${d.file}${d.line ? `:${d.line}` : ''}: ${LABEL[d.level]}: ${d.message} [${d.code}]`);
}
