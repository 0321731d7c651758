// Content hashes of built files, remembered by what stat says of each (as
// git's index does): a file whose size, modification time and inode are what
// they were when it was last hashed keeps that hash without being read. A
// rebuild that changed a few pages then reads those, not the whole site (the
// offline copy read all 245,000 files, 1.5 GB, of a 10,000-bulletin rebuild
// to find 26 changed). Every writer of the output sets a new mtime (Node's
// writes, Astro's, Pagefind's); the pages a rebuild keeps are renamed back
// into place (src/after-build/old-output.ts) and keep theirs. The remembered
// table is written atomically and trusted only under the same salt.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeBeside } from './write-beside.ts';

/** [size, mtimeMs, inode, hash]. */
type Known = [number, number, number, string];

export interface KnownHashes {
  /** The SHA-1 (hex) of `file`'s bytes, remembered as `name`; when it reads them, they are handed to `use` too. */
  hashOf(name: string, file: string, use?: (bytes: Buffer) => void): string;
  /** The remembered hash of `file` when its stat is as it was (remembered again), else undefined (missing, or changed since): the file is not read. */
  known(name: string, file: string): string | undefined;
  /** Remembers `file` as holding bytes whose SHA-1 is `hash` (just written, or hashed elsewhere). */
  remember(name: string, file: string, hash: string): void;
  /** Names remembered from the last time that this time were neither hashed, known nor remembered. */
  dropped(): string[];
  /** Files hashed from their bytes this time (not known by stat). */
  read(): number;
  /** Remembers the hashes asked for this time (only those) for the next build. */
  save(): void;
}

export const sha1 = (bytes: Uint8Array | string): string => createHash('sha1').update(bytes).digest('hex');

/** Whether a file's stat is the one remembered with its hash. */
const sameStat = (known: Known | undefined, st: Stats): known is Known => known !== undefined && known[0] === st.size && known[1] === st.mtimeMs && known[2] === st.ino;

/** The table saved in `tableFile` under `salt`: file name → [size, mtimeMs, inode, hash]; empty when there is none. */
export function rememberedHashes(tableFile: string | undefined, salt = 'sha1'): Record<string, Known> {
  try {
    const table = tableFile ? (JSON.parse(readFileSync(tableFile, 'utf8')) as { salt: string; files: Record<string, Known> }) : undefined;
    if (table?.salt === salt) return table.files;
  } catch {
    // none yet, or damaged: every file is read
  }
  return {};
}

/**
 * The table in `tableFile` (made on save; none remembered when it is undefined); `salt` names what the hashes are
 * of, so another use of the file starts afresh.
 */
export function knownHashes(tableFile: string | undefined, salt = 'sha1'): KnownHashes {
  const last = rememberedHashes(tableFile, salt);
  const next: Record<string, Known> = {};
  let read = 0;
  return {
    hashOf(name, file, use) {
      const st = statSync(file); // before the read: a file changed after it is hashed again next time
      const known = last[name];
      let hash: string;
      if (sameStat(known, st)) hash = known[3];
      else {
        const bytes = readFileSync(file);
        hash = sha1(bytes);
        use?.(bytes);
        read++;
      }
      next[name] = [st.size, st.mtimeMs, st.ino, hash];
      return hash;
    },
    known(name, file) {
      const st = statSync(file, { throwIfNoEntry: false });
      const known = last[name];
      if (!st || !sameStat(known, st)) return undefined;
      next[name] = known;
      return known[3];
    },
    remember(name, file, hash) {
      const st = statSync(file);
      next[name] = [st.size, st.mtimeMs, st.ino, hash];
    },
    dropped: () => Object.keys(last).filter((name) => !(name in next)),
    read: () => read,
    save() {
      if (!tableFile) return;
      mkdirSync(dirname(tableFile), { recursive: true });
      writeBeside(tableFile, JSON.stringify({ salt, files: next }));
    },
  };
}
