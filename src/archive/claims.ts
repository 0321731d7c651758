// Which of several bulletins claiming one URL (same publication, year and
// number, or the same file-stem slug) keeps it. Never the file name's sort
// order: a newcomer whose name sorts first must not take a published URL.
//   1. the file the last build published there (./published.ts): the same
//      file name, else the same bytes (the file was renamed);
//   2. else the earliest date (a dated issue before an undated one);
//   3. else the smaller SHA-256 of the file's bytes.
// Files with identical bytes are the same bulletin; their name decides only
// which copy's name the issue carries.
import type { PublishedIssue } from './published.ts';

export interface Claim {
  file: string;
  sha256: string;
  date?: string | undefined;
}

export type HeldBy = 'published' | 'date' | 'hash';

export function holderOf<T extends Claim>(claims: T[], published: PublishedIssue | undefined): { holder: T; by: HeldBy } {
  if (published) {
    const same = claims.find((c) => c.file === published.file) ?? claims.find((c) => c.sha256 === published.sha256);
    if (same) return { holder: same, by: 'published' };
  }
  const sorted = [...claims].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.sha256.localeCompare(b.sha256) || a.file.localeCompare(b.file));
  const [first, second] = sorted as [T, T];
  return { holder: first, by: (first.date ?? '') !== (second.date ?? '') ? 'date' : 'hash' };
}
