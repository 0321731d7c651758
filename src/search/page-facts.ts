// What the index must know of every built page before it makes records:
// whether it is an article page, an issue page or neither, and an article's
// date (its place in the order, ./sort-key.ts). Known by the page's content
// hash, which a rebuild knows by stat for the pages it kept
// (../files/known-hashes.ts), so it reads only the pages that changed
// (reading all 55,000 to find 26 changed cost ~7 s of a 10,000-bulletin
// rebuild). Only this build's pages are kept, under the code that tells the
// facts (as the record memo's, ./record-memo.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownHashes } from '../files/known-hashes.ts';
import { codeVersion } from '../archive/code-version.ts';
import { RECORD_CODE } from './record-memo.ts';
import { pageDateOf } from './sort-key.ts';
import { writeBeside } from '../files/write-beside.ts';

// The fast pre-check that a page is an article (articleRecord decides).
const ARTICLE_MARK = 'data-pagefind-filter="类型[content]" content="文章"';

export interface PageFacts {
  kind: 'article' | 'issue' | 'other';
  /** An article's date for search ('' when none, or not an article). */
  date: string;
}

/** The facts of a page's bytes. */
export function factsOf(html: Buffer): PageFacts {
  if (html.includes(ARTICLE_MARK)) return { kind: 'article', date: pageDateOf(html) };
  return { kind: html.includes('data-pagefind-body') ? 'issue' : 'other', date: '' };
}

export interface PageFactsMemo {
  /** A page's content hash (SHA-1, hex) and facts; `name` its URL. */
  of(name: string, file: string): { hash: string; facts: PageFacts };
  /** Pages whose facts were read from their bytes this build. */
  read(): number;
  save(): void;
}

/** Facts remembered in `cacheDir` between builds (none when it is undefined); `root`: the project's, whose code keys them. */
export function pageFactsMemo(cacheDir: string | undefined, root = process.cwd()): PageFactsMemo {
  // With no source to key them by, nothing is remembered.
  const code = codeVersion(root, RECORD_CODE);
  const factsFile = cacheDir && code ? join(cacheDir, 'search-page-facts.json') : undefined;
  const hashes = knownHashes(cacheDir && join(cacheDir, 'search-page-hashes.json'));
  let last: Record<string, PageFacts> = {};
  try {
    const saved = factsFile ? (JSON.parse(readFileSync(factsFile, 'utf8')) as { code: string; facts: Record<string, PageFacts> }) : undefined;
    if (saved && saved.code === code) last = saved.facts;
  } catch {
    // none yet, or damaged: pages are read
  }
  const next: Record<string, PageFacts> = {};
  let read = 0;
  return {
    of(name, file) {
      // A page read for its hash (new or changed) is read once, for its facts too.
      let fresh: PageFacts | undefined;
      const hash = hashes.hashOf(name, file, (bytes) => (fresh = factsOf(bytes)));
      const facts = last[hash] ?? fresh ?? factsOf(readFileSync(file));
      if (facts !== last[hash]) read++;
      next[hash] = facts;
      return { hash, facts };
    },
    read: () => read,
    save() {
      hashes.save();
      if (factsFile) writeBeside(factsFile, JSON.stringify({ code, facts: next }));
    },
  };
}
