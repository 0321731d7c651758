// Article starts set by the sidecar (ParseOptions.starts), laid over the
// starts the parser found: a forced start becomes a draft of its own (its
// title the line, or the lines that spell the sidecar title, and a `——`
// subtitle under it); a refused start is dropped, so its lines run on as
// the body of the article before. The archive stage checks the outcome and
// warns about a start that could not be applied.

import type { ArticleStart } from './types.ts';
import { compareKey, type SourceLine } from './lines.ts';
import { isSubtitleLine, matchHeadingExact } from './titles.ts';
import type { Draft } from './articles.ts';

/** `drafts` (sorted, within content[from, to)) with the sidecar's starts applied, sorted. */
export function applySidecarStarts(drafts: readonly Draft[], content: readonly SourceLine[], from: number, to: number, starts: readonly ArticleStart[]): Draft[] {
  const indexOf = (line: number) => content.findIndex((l) => l.no === line);
  // A draft is named by its first line (the kicker's) or its main title's first line.
  const named = (d: Draft, i: number) => d.start === i || d.main[0] === i;
  let out = [...drafts];
  for (const s of starts) {
    const i = indexOf(s.line);
    if (i < from || i >= to) continue;
    if (!s.starts) {
      out = out.filter((d) => !named(d, i));
      continue;
    }
    // Already a start, or inside another article's title lines: left as read.
    if (out.some((d) => named(d, i) || (i > d.start && i < d.next))) continue;
    const key = s.title === undefined ? '' : compareKey(s.title);
    const n = key === '' ? 0 : matchHeadingExact(content, i, key, to);
    const draft: Draft = { start: i, main: Array.from({ length: Math.max(n, 1) }, (_, k) => i + k), next: i + Math.max(n, 1), how: 'sidecar' };
    const following = out.filter((d) => d.start > i).reduce((m, d) => Math.min(m, d.start), to);
    if (draft.next > following) continue;
    if (draft.next < following && isSubtitleLine(content[draft.next]!)) draft.subtitle = draft.next++;
    out.push(draft);
  }
  return out.sort((a, b) => a.start - b.start);
}
