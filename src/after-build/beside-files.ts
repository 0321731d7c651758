// The plain files beside the pages: per article cite.bib and cite.ris, per
// issue source.txt and issue.json. They are written straight from the archive
// model after Astro's build rather than as Astro endpoints, which cost about
// 1 ms of Astro's per-route work each: at 10,000 bulletins that is 110,000
// files and half the render time.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Archive } from '../archive/index.ts';
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

/** Writes every file beside the pages into the built site; returns how many. */
export function writeBesideFiles(archive: Archive, outDir: string): number {
  let files = 0;
  // Each folder made once (four files or more go in each).
  const made = new Set<string>();
  const folderFor = (file: string) => {
    const dir = dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  for (const { path, body } of besideFiles(archive)) {
    const file = join(outDir, path);
    folderFor(file);
    writeFileSync(file, body);
    files++;
  }
  // Originals (copied from the input folder) and photos.
  for (const [path, attachment] of Object.entries(archive.attachments)) {
    const file = join(outDir, path);
    folderFor(file);
    if ('file' in attachment) copyFileSync(attachment.file, file);
    else writeFileSync(file, attachment.data);
    files++;
  }
  return files;
}
