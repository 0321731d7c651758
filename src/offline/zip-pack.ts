// The last build's offline.zip as a pack of compressed entries: a rebuild
// takes an entry whose bytes (and compression level) are unchanged from the
// last zip instead of deflating it again (deflate and CRC-32 were ~3 s of a
// 1,000-bulletin rebuild's 4 s zip). The pack is the last zip itself, hard
// linked into the cache folder (copied where a link cannot be made), with an
// index: the entry's id (what determines its bytes, ./zip.ts) or else its
// content hash → where its local header sits, its sizes, CRC and method. An
// entry found by id is not even made: its file is not read (at 10,000
// bulletins, 1.5 GB not read, 26 pages of 55,000 changed). Nothing costs an
// extra write, and nothing is held in memory but the index's numbers: each
// entry is read from the pack when the writer reaches it. Deflate gives the
// same bytes for the same input, level and zlib, so the zip is the zip a
// fresh build writes.
//
// The pack is trusted only as far as it can be checked cheaply: the index
// names the pack's size and mtime, and each entry's local header must
// carry the signature, CRC and compressed size the index says.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { windowReader } from './window-reader.ts';
import { join } from 'node:path';
import { codeVersion } from '../archive/code-version.ts';
import { makeEntry, storeEntry, type StoredEntry, type ZipEntry } from './zip.ts';
import { writeBeside } from '../files/write-beside.ts';

const PACK = 'pack.zip';
const INDEX = 'pack.json';
/** The code that lays out entries (./zip.ts: local header size, flags) and the deflate that made the pack's bytes (a new zlib may compress differently). */
// With no source to key it by, a salt that matches nothing: every entry is deflated.
const salt = (root: string) => `${codeVersion(root, [ZIP_CODE]) ?? `none ${Math.random()}`}\0${process.versions.zlib}`;
const ZIP_CODE = 'src/offline/zip.ts';
const LOCAL_HEADER = 30;

/** [local header offset, name length, compressed length, CRC-32, uncompressed size, method]: where and what an entry is in the pack. */
type Located = [number, number, number, number, number, 0 | 8];

interface IndexFile {
  salt: string;
  /** The pack file this index describes: a pack changed after it was saved is not used. (Not its inode: a cache restored by copying keeps size and mtime only.) */
  size: number;
  mtimeMs: number;
  entries: Record<string, Located>;
}

export interface ZipPack {
  /** `writeDeterministicZip`'s `stored`: the entry from the pack when its id or bytes are there, else deflated; remembered at `offset` for the next pack. */
  stored(entry: ZipEntry, level: number, offset: number): StoredEntry;
  /** Whether the pack holds the entry of this id at this level (checked against its header only when taken). */
  has(id: string, level: number): boolean;
  /** Whether there is a last zip to take entries from. */
  exists(): boolean;
  /** Entries taken from the pack this build. */
  hits(): number;
  /** Makes `zipFile` (just written, with the `stored` above) the pack for the next build. */
  save(zipFile: string): void;
}

const keyOf = (bytes: Uint8Array, level: number) => `${level}:${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}`;
const idKey = (id: string, level: number) => `${level}:id:${id}`;

function readIndex(dir: string, salt: string): { index: IndexFile; fd: number } | undefined {
  try {
    const index = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as IndexFile;
    const st = statSync(join(dir, PACK));
    if (index.salt !== salt || st.size !== index.size || st.mtimeMs !== index.mtimeMs) return undefined;
    return { index, fd: openSync(join(dir, PACK), 'r') };
  } catch {
    return undefined; // none yet, or damaged: every entry is deflated
  }
}

/** `cacheDir`: the stage's cache folder (the pack lives in its `offline-zip/`); `root`: the project's, whose code keys the pack. */
export function openZipPack(cacheDir: string, root = process.cwd()): ZipPack {
  const dir = join(cacheDir, 'offline-zip');
  const packSalt = salt(root);
  const last = readIndex(dir, packSalt);
  const next: Record<string, Located> = {};
  let hits = 0;

  const read = last && windowReader(last.fd);
  /** The entry at `at` in the last pack, if its header agrees with the index; with its whole local record when it has the name `path`. */
  const fromPack = (at: Located, path: string): StoredEntry | undefined => {
    const [offset, nameLength, compressed, crc, size, method] = at;
    const buf = read!(offset, LOCAL_HEADER + nameLength + compressed);
    if (!buf) return undefined;
    if (buf.readUInt32LE(0) !== 0x04034b50 || buf.readUInt16LE(8) !== method || buf.readUInt32LE(14) !== crc || buf.readUInt32LE(18) !== compressed || buf.readUInt32LE(22) !== size) return undefined;
    const data = buf.subarray(LOCAL_HEADER + nameLength);
    // The pack was written by this zip code (the salt), so a header with this name is the header the writer would write.
    const named = nameLength === Buffer.byteLength(path) && buf.toString('utf8', LOCAL_HEADER, LOCAL_HEADER + nameLength) === path;
    return named ? { crc, size, method, data, local: buf } : { crc, size, method, data };
  };

  return {
    stored(zipEntry, level, offset) {
      const { path, bytes, id } = zipEntry;
      let made: Uint8Array | undefined;
      const key = id !== undefined ? idKey(id, level) : keyOf((made = bytes()), level);
      const at = last?.index.entries[key];
      let entry = at && fromPack(at, path);
      // Found by its bytes, the sizes agree too; found by id, the header's check is the check.
      if (entry && (made === undefined || entry.size === made.length)) hits++;
      else entry = made ? storeEntry(made, level) : makeEntry(zipEntry, level);
      next[key] = [offset, Buffer.byteLength(path), entry.data.length, entry.crc, entry.size, entry.method];
      return entry;
    },
    has: (id, level) => last?.index.entries[idKey(id, level)] !== undefined,
    exists: () => last !== undefined,
    hits: () => hits,
    save(zipFile) {
      if (last) closeSync(last.fd);
      mkdirSync(dir, { recursive: true });
      const pack = join(dir, PACK);
      const tmp = `${pack}.${process.pid}.tmp`;
      rmSync(tmp, { force: true });
      try {
        linkSync(zipFile, tmp);
      } catch {
        copyFileSync(zipFile, tmp); // another file system, or links not allowed
      }
      renameSync(tmp, pack);
      const st = statSync(pack);
      const index: IndexFile = { salt: packSalt, size: st.size, mtimeMs: st.mtimeMs, entries: next };
      writeBeside(join(dir, INDEX), JSON.stringify(index));
    },
  };
}
