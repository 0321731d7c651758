// One line per problem: file:line: level: message [code].
import type { FileDiagnostic } from '../archive/index.ts';

const LABEL = { error: '错误 error', warning: '警告 warning', notice: '提示 notice' } as const;

export function formatDiagnostic(d: FileDiagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''}: ${LABEL[d.level]}: ${d.message} [${d.code}]`;
}
