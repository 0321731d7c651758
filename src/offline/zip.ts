// A deterministic zip, written to disk entry by entry (APPNOTE 6.3.x): entries
// in sorted order, one fixed timestamp, fixed compression (native zlib raw
// deflate), so two builds give the same bytes; each entry's bytes are made
// only when the writer reaches it, so memory stays flat. ZIP64 end records
// when an archive passes 65,535 entries or 4 GB (the 10,000-bulletin archive
// has ~230,000 entries).
//
// Written here rather than with yazl: yazl pipes every entry through four
// streams, which cost ~0.3 ms an entry — 9 s of the 12 s the zip took at
// 1,000 bulletins (23,000 entries), against 2.5 s for deflate and CRC — and
// it takes no entry whose compressed bytes are already known. `stored` lets
// a caller hand those in.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  path: string;
  /** Called once, when the entry is written, unless `stored` supplies the entry by its `id`. */
  bytes: () => Uint8Array;
  /** What determines the bytes (a hash of them, or of the input and code that make them), when known without making them. */
  id?: string;
  /** The entry compressed already (at `levelOf` its path), when it is kept so: then `bytes` is not called. */
  stored?: () => StoredEntry;
}

/** An entry as stored: its CRC-32, uncompressed size, method (0 stored, 8 deflate) and data. */
export interface StoredEntry {
  crc: number;
  size: number;
  method: 0 | 8;
  data: Uint8Array;
  /**
   * The entry as a zip written here already holds it, local header and name included (./zip-pack.ts): written as
   * it is. Only for an entry of the same path (the name is in the header) and `data` its tail.
   */
  local?: Uint8Array;
}

/** Compression per path: none for compressed formats; fast for the base64-wrapped search index; else the default. */
export function levelOf(path: string): number {
  // Already-compressed data gains nothing from deflate; base64 of compressed
  // data (the wrapped search index) gains only its 4/3 back, as fast at level 1.
  if (/\.(zip|gz|png|jpe?g|webp)$/.test(path)) return 0;
  return path.startsWith('pagefind/') ? 1 : 6;
}

/** Compresses one entry's bytes at `level`. */
export function storeEntry(bytes: Uint8Array, level: number): StoredEntry {
  const crc = crc32(bytes);
  if (!level) return { crc, size: bytes.length, method: 0, data: bytes };
  return { crc, size: bytes.length, method: 8, data: deflateRawSync(bytes, { level }) };
}

/** An entry as stored: as it is kept compressed, else its bytes compressed at `level`. */
export function makeEntry(entry: ZipEntry, level: number): StoredEntry {
  return entry.stored?.() ?? storeEntry(entry.bytes(), level);
}

// DOS date and time of 2000-01-01 00:00:00 (local fields: the same stamp in every time zone).
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8 = 1 << 11;
const MADE_BY = (3 << 8) | 63; // Unix, APPNOTE 6.3
const MODE = 0o100644;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

interface CentralRecord {
  path: string;
  crc: number;
  size: number;
  method: 0 | 8;
  compressed: number;
  offset: number;
}

/** An entry's central directory record; an offset past 4 GB goes in a ZIP64 extra field. */
function centralRecord(r: CentralRecord): Buffer[] {
  const name = Buffer.from(r.path, 'utf8');
  const far = r.offset >= MAX32;
  const head = Buffer.alloc(46);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(MADE_BY, 4);
  head.writeUInt16LE(far ? 45 : 20, 6);
  head.writeUInt16LE(UTF8, 8);
  head.writeUInt16LE(r.method, 10);
  head.writeUInt16LE(DOS_TIME, 12);
  head.writeUInt16LE(DOS_DATE, 14);
  head.writeUInt32LE(r.crc, 16);
  head.writeUInt32LE(r.compressed, 20);
  head.writeUInt32LE(r.size, 24);
  head.writeUInt16LE(name.length, 28);
  head.writeUInt16LE(far ? 12 : 0, 30); // extra length
  // comment length, disk number, internal attributes: 0
  head.writeUInt32LE((MODE << 16) >>> 0, 38);
  head.writeUInt32LE(far ? MAX32 : r.offset, 42);
  if (!far) return [head, name];
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(BigInt(r.offset), 4);
  return [head, name, extra];
}

/** An entry's local header, name and data, as this writer lays them out (./zip-pack.ts reads them back). */
function writeLocal(write: (buf: Uint8Array) => void, path: string, e: StoredEntry): void {
  const name = Buffer.from(path, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(UTF8, 6);
  local.writeUInt16LE(e.method, 8);
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(e.crc, 14);
  local.writeUInt32LE(e.data.length, 18);
  local.writeUInt32LE(e.size, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  write(local);
  write(name);
  write(e.data);
}

/**
 * Writes the entries, sorted by path, to `file`; resolves to the zip's size in
 * bytes. `stored` may supply an entry's stored form (else its bytes are deflated
 * here); it is told the offset its local header will be written at (./zip-pack.ts).
 */
export async function writeDeterministicZip(file: string, entries: ZipEntry[], stored?: (entry: ZipEntry, level: number, offset: number) => StoredEntry): Promise<number> {
  const fd = openSync(file, 'w');
  let at = 0;
  // Small parts (headers, names, small entries) are gathered into ~1 MB writes.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    const buf = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    let done = 0;
    while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
    pending = [];
    pendingBytes = 0;
  };
  // Whether the last part pending is a slice of the last zip (an entry's `local`).
  let lastIsSlice = false;
  const write = (buf: Uint8Array, slice = false) => {
    // A slice of the last zip that continues the last one in the same memory (entries read in a row) joins it: a
    // rebuild's flushes are then mostly one slice, written without a copy. Only slices are compared: asking a
    // small Buffer (a header) for its .buffer moves it off V8's heap (when every part was compared, this function
    // had ~7 s of self time in a fresh 245,000-entry zip).
    const last = pending[pending.length - 1];
    if (slice && lastIsSlice && last && last.buffer === buf.buffer && last.byteOffset + last.byteLength === buf.byteOffset) pending[pending.length - 1] = new Uint8Array(buf.buffer, last.byteOffset, last.byteLength + buf.byteLength);
    else pending.push(buf);
    lastIsSlice = slice;
    pendingBytes += buf.length;
    at += buf.length;
    if (pendingBytes >= 1 << 20) flush();
  };
  // Only numbers are kept per entry until the central directory is written:
  // a small Buffer is cut from a shared 64 KB slab (here shared with deflate's
  // output), so holding each entry's name Buffer pinned a slab per entry:
  // 710 MB for the 24,000 entries of 1,000 bulletins, 250 MB peak without.
  const records: CentralRecord[] = [];
  try {
    for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const level = levelOf(entry.path);
      const offset = at;
      const e = stored ? stored(entry, level, offset) : makeEntry(entry, level);
      if (e.size > MAX32 - 1 || e.data.length > MAX32 - 1) throw new Error(`offline zip: ${entry.path} is over 4 GB`);
      if (e.local) write(e.local, true);
      else writeLocal(write, entry.path, e);
      records.push({ path: entry.path, crc: e.crc, size: e.size, method: e.method, compressed: e.data.length, offset });
    }
    const count = entries.length;
    const cdStart = at;
    for (const record of records) for (const part of centralRecord(record)) write(part);
    const cdSize = at - cdStart;
    if (count > MAX16 - 1 || cdStart > MAX32 - 1 || cdSize > MAX32 - 1) {
      const z64 = Buffer.alloc(56 + 20);
      const z64At = at;
      z64.writeUInt32LE(0x06064b50, 0);
      z64.writeBigUInt64LE(44n, 4); // size of the rest of this record
      z64.writeUInt16LE(MADE_BY, 12);
      z64.writeUInt16LE(45, 14);
      // this disk, disk with the directory: 0
      z64.writeBigUInt64LE(BigInt(count), 24);
      z64.writeBigUInt64LE(BigInt(count), 32);
      z64.writeBigUInt64LE(BigInt(cdSize), 40);
      z64.writeBigUInt64LE(BigInt(cdStart), 48);
      // ZIP64 end of central directory locator
      z64.writeUInt32LE(0x07064b50, 56);
      z64.writeBigUInt64LE(BigInt(z64At), 64);
      z64.writeUInt32LE(1, 72); // total disks
      write(z64);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, MAX16), 8);
    end.writeUInt16LE(Math.min(count, MAX16), 10);
    end.writeUInt32LE(Math.min(cdSize, MAX32), 12);
    end.writeUInt32LE(Math.min(cdStart, MAX32), 16);
    write(end);
    flush();
  } finally {
    closeSync(fd);
  }
  return at;
}
