// The plain files beside the pages: per article cite.bib and cite.ris, per
// issue source.txt and issue.json. They are written straight from the archive
// model after Astro's build rather than as Astro endpoints, which cost about
// 1 ms of Astro's per-route work each: at 10,000 bulletins that is 110,000
// files and half the render time.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { knownHashes, sha1 } from '../files/known-hashes.ts';
import { removeEmptyFolders } from '../files/empty-folders.ts';
import type { Archive } from '../archive/index.ts';
import type { Attachment } from '../archive/types.ts';
import { referenceOf } from '../site/reference.ts';
import { bibtex } from '../site/bibtex.ts';
import { ris } from '../site/ris.ts';
import { issueJson } from '../site/issue-json.ts';

export interface BesideFile {
  /** Site path, e.g. /jiaxing-qingnian-gongzuo-xinxi/2023/03/source.txt */
  path: string;
  body: string;
}

export function* besideFiles(archive: Archive): Generator<BesideFile> {
  const articleById = new Map(archive.articles.map((a) => [a.id, a]));
  for (const issue of archive.issues) {
    const articles = issue.articleIds.map((id) => articleById.get(id)!);
    const source = archive.sources[issue.id];
    if (source === undefined) throw new Error(`no source for ${issue.id}`);
    yield { path: `/${issue.id}/source.txt`, body: source };
    yield { path: `/${issue.id}/issue.json`, body: issueJson(issue, articles) };
    for (const article of articles) {
      const ref = referenceOf(article, issue);
      yield { path: `/${article.id}/cite.bib`, body: bibtex(ref) };
      yield { path: `/${article.id}/cite.ris`, body: ris(ref) };
    }
  }
}

/** The table of the files written beside the pages (their stat and hash), in the cache folder: a rebuild keeps those unchanged in place (./old-output.ts). */
export const besideTable = (cacheDir: string): string => join(cacheDir, 'bulletin-archive', 'beside-files.json');
export const BESIDE_SALT = 'beside sha1';

export interface BesideReport {
  /** Files written (new or changed). */
  written: number;
  /** Files already in place with these bytes, untouched since the last build wrote them. */
  kept: number;
  /** Files the last build wrote that this one does not make: removed. */
  removed: number;
}

/** The attachments as the writer takes them: by site path, an input file to copy or the bytes. */
export type BesideAttachments = [path: string, attachment: Attachment][];

/**
 * Writes the files beside the pages into the built site. A rebuild leaves the last build's in place
 * (./old-output.ts); each is written only when its bytes changed or it is not as the last build left it (its
 * stat, remembered in `table`): at 10,000 bulletins writing all 110,000 took 5–13 s of every rebuild, and made
 * the search index and offline copy read them all again. Those the last build wrote and this one does not make
 * are removed, with folders left empty.
 */
export function writeBesideFiles(files: Iterable<BesideFile>, attachments: BesideAttachments, outDir: string, table?: string): BesideReport {
  const hashes = knownHashes(table, BESIDE_SALT);
  const report: BesideReport = { written: 0, kept: 0, removed: 0 };
  // Each folder made once (four files or more go in each).
  const made = new Set<string>();
  const put = (path: string, bytes: string | Uint8Array) => {
    const file = join(outDir, path);
    const hash = sha1(bytes);
    if (hashes.known(path, file) === hash) {
      report.kept++;
      return;
    }
    const dir = dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, bytes);
    hashes.remember(path, file, hash);
    report.written++;
  };
  for (const { path, body } of files) put(path, body);
  // Originals (copied from the input folder) and photos.
  for (const [path, attachment] of attachments) put(path, 'file' in attachment ? readFileSync(attachment.file) : attachment.data);
  for (const path of hashes.dropped()) {
    const file = join(outDir, path);
    if (!existsSync(file)) continue;
    rmSync(file);
    report.removed++;
    removeEmptyFolders(file, outDir);
  }
  hashes.save();
  return report;
}
