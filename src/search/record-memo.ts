// Article page bytes (by their hash, ./page-facts.ts) → the hash of its search record, kept in the cache
// between builds, so a rebuild tells an unchanged shard by its pages'
// hashes instead of parsing every page again (parsing 4,500 pages cost ~15 s of
// a rebuild at 1,000 bulletins). A page whose bytes changed is parsed, and a
// record that did not change (say, only a navigation link did) still hashes
// the same, so its shard is still reused. Only this build's pages are kept.
// The key holds the page's URL and the code that makes records, so a change
// to that code makes every record again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from '../archive/code-version.ts';
import { inputsHash } from '../archive/inputs-hash.ts';
import { writeBeside } from '../files/write-beside.ts';

const FILE = 'search-records.json';
const sha = (...parts: string[]) => inputsHash(parts).digest('hex').slice(0, 32);
/** The code a record comes from (relative to the project root): the indexer and the token codec and sort order it shares with the browser. */
export const RECORD_CODE = ['src/search', 'public/assets'];

export interface RecordMemo {
  /** A page's key in the memo: its URL and bytes (`pageHash`, their hash), and the code that makes records. */
  keyOf(url: string, pageHash: string): string;
  /** The record hash remembered for that key; undefined when the record must be made (then `remember` it). */
  known(key: string): string | undefined;
  /** Remembers (and returns) the hash of the record made for the page. */
  remember(key: string, record: string): string;
  /** Pages parsed this build (memo misses). */
  parsed(): number;
  save(): void;
}

export function recordMemo(cacheDir: string | undefined, root = process.cwd()): RecordMemo {
  const code = codeVersion(root, RECORD_CODE);
  // No source to key the memo by: remember nothing.
  const file = cacheDir && code ? join(cacheDir, FILE) : undefined;
  let old: Record<string, string> = {};
  try {
    if (file && existsSync(file)) old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    old = {}; // a damaged memo only costs parsing
  }
  const now: Record<string, string> = {};
  let parsed = 0;
  return {
    keyOf: (url, pageHash) => sha(code ?? '', url, pageHash),
    known(key) {
      const hash = Object.hasOwn(old, key) ? old[key] : undefined;
      if (hash !== undefined) now[key] = hash;
      return hash;
    },
    remember(key, record) {
      parsed++;
      return (now[key] = sha(record));
    },
    parsed: () => parsed,
    save() {
      if (file) writeBeside(file, JSON.stringify(now));
    },
  };
}
