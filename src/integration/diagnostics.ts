// One line per problem: file:line: level: message [code].
import type { FileDiagnostic } from '../archive/index.ts';

export function formatDiagnostic(d: FileDiagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''}: ${d.level === 'error' ? '错误 error' : '警告 warning'}: ${d.message} [${d.code}]`;
}
