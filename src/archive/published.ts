// What the last build published: each issue's URL and the file it came from,
// kept in the cache folder (bulletin-archive/published.json). A bulletin added
// later that claims the same publication, year and number cannot take that
// URL from the issue already there (./claims.ts).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface PublishedIssue {
  /** The bulletin file, relative to the bulletins folder. */
  file: string;
  /** SHA-256 of its bytes, to know it again under another name. */
  sha256: string;
}

/** Issue id → the file published there. */
export type Published = Map<string, PublishedIssue>;

/** The record at `file`; empty when there is none or it cannot be read (then the stable rule decides). */
export function readPublished(file: string): Published {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { issues?: Record<string, PublishedIssue> };
    return new Map(Object.entries(data.issues ?? {}).filter(([, v]) => typeof v?.file === 'string' && typeof v.sha256 === 'string'));
  } catch {
    return new Map();
  }
}

/** Records the issues a build published (written whole, then renamed, so a torn write never replaces a good record). */
export function writePublished(file: string, issues: { id: string; source: { file: string; sha256: string } }[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const record = Object.fromEntries([...issues].sort((a, b) => a.id.localeCompare(b.id)).map((i) => [i.id, { file: i.source.file, sha256: i.source.sha256 }]));
  writeFileSync(`${file}.tmp`, JSON.stringify({ issues: record }, null, 1));
  renameSync(`${file}.tmp`, file);
}
