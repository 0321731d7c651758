// Offline copy (SPEC §7): after the pages and the search index exist, write
// dist/offline.zip — the whole archive, index.html at its root, working from
// file:// in Chromium and Firefox — then put its size on the home page's
// download link. The zip never contains that size, so builds stay
// byte-identical.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { windowReader } from './window-reader.ts';
import { join, posix } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { classicName, rewriteHtml } from './rewrite-html.ts';
import { moduleToClassic, pagefindToClassic } from './classic-script.ts';
import { isIndexFile, registerScript } from './pagefind-files.ts';
import { levelOf, storeEntry, writeDeterministicZip, type StoredEntry, type ZipEntry } from './zip.ts';
import { openZipPack, type ZipPack } from './zip-pack.ts';
import { filesUnder } from '../files/files-under.ts';
import { knownHashes, sha1, type KnownHashes } from '../files/known-hashes.ts';
import { writeBeside } from '../files/write-beside.ts';
import { codeVersion } from '../archive/code-version.ts';
import { KEPT } from '../config/owned-folder.ts';

export const ZIP_NAME = 'offline.zip';
const LOADER = 'assets/pagefind-offline.js';

export interface OfflineReport {
  files: number;
  bytes: number;
  /** Entries taken compressed from the last build's zip. */
  reused: number;
}

/** Site paths of the files under `root`, sorted, but for the build's own files (KEPT). */
function listFiles(root: string): string[] {
  return filesUnder(root)
    .filter((f) => !KEPT.includes(f.split('/')[0] as string))
    .sort();
}

/**
 * What determines an offline file made from the built file at `path` by `how`: the hash of the code that makes
 * offline files (this folder; the browser's shared rules in public/assets), `how`, the path and the built file's
 * bytes (by their hash), so a change to that code makes every file again. A page's key in the cache, and the zip's
 * id of every entry so made (./zip-pack.ts).
 */
function offlineKey(code: string, how: string, path: string, builtHash: string): string {
  return sha1(`${code}\0${how}\0${path}\0${builtHash}`);
}

/** A page's rewrite in the cache folder, compressed as the zip stores it (pageFile), and beside it the list of its module scripts. */
function cacheFiles(dir: string, key: string): { file: string; meta: string } {
  return { file: join(dir, `${key}.z`), meta: join(dir, `${key}.json`) };
}
const inflated = (e: StoredEntry): Uint8Array => (e.method ? inflateRawSync(e.data) : e.data);
const isCached = ({ file, meta }: { file: string; meta: string }) => existsSync(file) && existsSync(meta);

// A rewritten page (and an entry made ahead of the zip) is kept as the zip
// stores it: CRC-32, size and method, then the compressed bytes. So the two
// threads that rewrite a fresh build's pages also compress them, which the
// zip's one thread did after them (deflate was most of its 72 s at 10,000
// bulletins).
const HEAD = 9;
function storedFile(e: StoredEntry): Buffer {
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(e.crc, 0);
  head.writeUInt32LE(e.size, 4);
  head.writeUInt8(e.method, 8);
  return Buffer.concat([head, e.data]);
}
/** A stored entry from its bytes as storedFile laid them out; `name` says where they came from. */
function storedOf(buf: Buffer | undefined, name: string): StoredEntry {
  const method = !buf || buf.length < HEAD ? -1 : buf.readUInt8(8);
  if (!buf || (method !== 0 && method !== 8)) throw new Error(`offline copy: ${name} is not a cached zip entry; delete the cache folder and build again`);
  return { crc: buf.readUInt32LE(0), size: buf.readUInt32LE(4), method, data: buf.subarray(HEAD) };
}
const readStoredFile = (file: string): StoredEntry => storedOf(readFileSync(file), file);

/**
 * One offline page, cached on disk by `key`, the hash of its online bytes
 * (planPages): a rebuild rewrites only the pages that changed, and no page is
 * held in memory.
 */
async function cachedPage(outDir: string, path: string, key: string, cache: PageCache): Promise<{ file: string; moduleScripts: string[] }> {
  const { file, meta } = cacheFiles(cache.dir, key);
  cache.used.add(`${key}.z`).add(`${key}.json`);
  if (cache.listed?.has(key) || isCached({ file, meta })) {
    const moduleScripts = cache.known?.get(key) ?? (JSON.parse(readFileSync(meta, 'utf8')) as string[]);
    cache.scripts?.set(key, moduleScripts);
    return { file, moduleScripts };
  }
  const page = await rewriteHtml(readFileSync(join(outDir, path), 'utf8'), posix.relative(posix.dirname(path), LOADER));
  writeBeside(file, storedFile(storeEntry(Buffer.from(page.html), levelOf(path))));
  writeBeside(meta, JSON.stringify(page.moduleScripts));
  cache.scripts?.set(key, page.moduleScripts);
  return { file, moduleScripts: page.moduleScripts };
}

/**
 * Each cached page's module scripts, by its key, in one file (the lists, and each key's list by number): a
 * rebuild that takes 55,000 unchanged pages from the last zip still needs their scripts, and reading them from
 * each page's own list cost ~4 s at 10,000 bulletins. A key names its page's bytes, so an entry never goes stale;
 * keys this file lacks are read from their page's list.
 */
const SCRIPTS_FILE = 'offline-scripts.json';
interface ScriptsFile {
  lists: string[][];
  keys: Record<string, number>;
}
function readScripts(cacheDir: string): Map<string, string[]> {
  try {
    const { lists, keys } = JSON.parse(readFileSync(join(cacheDir, SCRIPTS_FILE), 'utf8')) as ScriptsFile;
    return new Map(Object.entries(keys).map(([key, n]) => [key, lists[n]!]));
  } catch {
    return new Map(); // none yet, or damaged: each page's own list is read
  }
}
function saveScripts(cacheDir: string, scripts: Map<string, string[]>): void {
  const numbers = new Map<string, number>();
  const file: ScriptsFile = { lists: [], keys: {} };
  for (const [key, list] of scripts) {
    const text = JSON.stringify(list);
    let n = numbers.get(text);
    if (n === undefined) numbers.set(text, (n = file.lists.push(list) - 1));
    file.keys[key] = n;
  }
  writeBeside(join(cacheDir, SCRIPTS_FILE), JSON.stringify(file));
}

/** A page of the site, rewritten for the offline copy (not a file of the search bundle). */
const isPage = (path: string): boolean => path.endsWith('.html') && !path.startsWith('pagefind/');

/** An entry made from a built file: the entry's path, how it is made (part of its id), its bytes (from the file's, when given). */
interface FileEntry {
  entryPath: string;
  how: string;
  make: (bytes?: Uint8Array) => Uint8Array;
}

/**
 * How the zip holds a built file other than a page: its entry's path, how it is made (part of the entry's id) and
 * its bytes; undefined for a file the offline copy leaves out (the raw Pagefind UIs, the issue pages' index, which
 * no search of the site reads, the zip itself).
 */
function fileEntry(outDir: string, path: string): FileEntry | undefined {
  const full = join(outDir, path);
  if (path === ZIP_NAME || path === `${ZIP_NAME}.tmp`) return undefined;
  if (path.startsWith('pagefind/')) {
    const inner = path.slice('pagefind/'.length);
    if (inner.startsWith('issues/')) return undefined;
    if (inner === 'pagefind.js') return { entryPath: 'pagefind/pagefind.classic.js', how: 'classic', make: () => Buffer.from(pagefindToClassic(full)) };
    if (isIndexFile(inner)) return { entryPath: `${path}.js`, how: 'register', make: (bytes) => Buffer.from(registerScript(inner, bytes ?? readFileSync(full))) };
    return undefined; // the raw index and the UIs are useless from file://
  }
  // The loader becomes a classic script with what it imports: it has no id, and is made by the zip.
  if (path === LOADER) return { entryPath: path, how: 'loader', make: () => Buffer.from(moduleToClassic(full)) };
  return { entryPath: path, how: 'copy', make: (bytes) => bytes ?? readFileSync(full) };
}

/** Every page's key in the cache, and the pages (with their keys) whose rewrite is not there yet. */
export interface PagePlan {
  /** Every file of the built site (but the build's own, KEPT), sorted, as listed once for the plan and the zip. */
  files: string[];
  keys: Map<string, string>;
  missing: [path: string, key: string][];
  /** Keys of the rewrites in the cache when planned (page and list of scripts both there): no page not missing is looked up on disk. */
  cached: Set<string>;
  /** The built files' hashes, known by stat from the last build (../files/known-hashes.ts), and the code that keys offline files. */
  hashes: KnownHashes;
  code: string;
  /** The zip entry id of each file other than a page (but the loader), by its path in the site. */
  ids: Map<string, string>;
  /** Files other than pages whose entries the last zip lacks (path, id): to be made, ahead of the zip when there are many (prewarm). */
  unmade: [path: string, id: string][];
  /** Files other than pages whose hash is not known by stat (written since the last build): no id until they are read, ahead of the zip or by hashUnknown. */
  unknown: string[];
  /** Entries made ahead of the zip, by id: where each is in the cache's MADE folder until the zip takes it. */
  made: Map<string, MadePlace>;
  /** The last build's zip, whose entries are taken as they are. */
  pack: ZipPack;
}

/**
 * Keys every page of the site (not the search bundle) once, for the page rewrite and the zip; `root`: the
 * project's, whose code keys the pages. A page unchanged since the last build is known by stat, not read, and so
 * is one whose hash the search index read (`pageHashes`, by path). With no last zip (a fresh build), other files
 * unknown by stat are left to be read where their entries are made (`unknown`; 190,000 files, ~13 s on one
 * thread).
 */
export function planPages(outDir: string, cacheDir: string, root = process.cwd(), pageHashes?: Map<string, string>): PagePlan {
  const dir = join(cacheDir, 'offline-pages');
  // With no source to key by, a random key: nothing is reused. Pages are kept compressed: zlib's version too.
  const code = `${codeVersion(root, ['src/offline', 'public/assets']) ?? `none ${Math.random()}`}\0${process.versions.zlib}`;
  const hashes = knownHashes(join(cacheDir, 'offline-files.json'));
  const keys = new Map<string, string>();
  const missing: [string, string][] = [];
  const names = new Set(existsSync(dir) ? readdirSync(dir) : []);
  const cached = new Set<string>();
  const files = listFiles(outDir);
  const ids = new Map<string, string>();
  const unmade: [string, string][] = [];
  const unknown: string[] = [];
  const pack = openZipPack(cacheDir, root);
  for (const path of files) {
    const full = join(outDir, path);
    if (isPage(path)) {
      const read = pageHashes?.get(path);
      if (read !== undefined) hashes.remember(path, full, read);
      const key = offlineKey(code, 'page', path, read ?? hashes.hashOf(path, full));
      keys.set(path, key);
      if (names.has(`${key}.z`) && names.has(`${key}.json`)) cached.add(key);
      else missing.push([path, key]);
      continue;
    }
    const entry = fileEntry(outDir, path);
    if (!entry || entry.how === 'loader') continue;
    // With a last zip, a file written again with the same bytes (the page table, the titles' members: thousands in
    // a rebuild) is read here, and its entry taken from that zip; with none (a fresh build), every file is read
    // where its entry is made.
    const hash = pack.exists() ? hashes.hashOf(path, full) : hashes.known(path, full);
    if (hash === undefined) {
      unknown.push(path);
      continue;
    }
    const id = offlineKey(code, entry.how, path, hash);
    ids.set(path, id);
    if (!pack.has(id, levelOf(entry.entryPath))) unmade.push([path, id]);
  }
  return { files, keys, missing, cached, hashes, code, ids, unmade, unknown, made: new Map(), pack };
}

/** Reads the files planPages left unknown, here: their ids, and whether the last zip has their entries. */
export function hashUnknown(outDir: string, plan: PagePlan): void {
  for (const path of plan.unknown) {
    const entry = fileEntry(outDir, path)!;
    const id = offlineKey(plan.code, entry.how, path, plan.hashes.hashOf(path, join(outDir, path)));
    plan.ids.set(path, id);
    if (!plan.pack.has(id, levelOf(entry.entryPath))) plan.unmade.push([path, id]);
  }
  plan.unknown = [];
}

/** What the work ahead of the zip did (prewarm): pages rewritten, where each entry made is (by id), and the files read for their hash (path, hash, id). */
export interface Ahead {
  pages: number;
  made: [id: string, place: MadePlace][];
  read: [path: string, hash: string, id: string][];
}

/** Takes what the work ahead of the zip did into the plan: the entries made, and the hashes and ids of the files it read. */
export function takeAhead(outDir: string, plan: PagePlan, done: Ahead[]): void {
  for (const { made, read } of done) {
    for (const [id, place] of made) plan.made.set(id, place);
    for (const [path, hash, id] of read) {
      plan.hashes.remember(path, join(outDir, path), hash);
      plan.ids.set(path, id);
    }
  }
  plan.unknown = [];
}

interface PageCache {
  dir: string;
  used: Set<string>;
  /** Rewrites known to be there (PagePlan's `cached`); others are looked for on disk. */
  listed?: Set<string>;
  /** Module scripts by page key: the last build's (SCRIPTS_FILE), and those of the pages this one used, to save. */
  known?: Map<string, string[]>;
  scripts?: Map<string, string[]>;
  /** Closes what the zip read the entries made ahead from. */
  close?: () => void;
}

/** The offline copy as zip entries, each read or made when the zip writes it. */
export async function offlineEntries(outDir: string, cacheDir: string, plan: PagePlan): Promise<{ entries: ZipEntry[]; cache: PageCache }> {
  const cache: PageCache = { dir: join(cacheDir, 'offline-pages'), used: new Set(), listed: plan.cached, known: readScripts(cacheDir), scripts: new Map() };
  mkdirSync(cache.dir, { recursive: true });
  const entries: ZipEntry[] = [];
  const modules = new Set<string>();
  const paths = plan.files;
  if (!paths.includes(LOADER)) throw new Error(`offline copy: ${LOADER} is missing from the build`);
  const pathSet = new Set(paths);
  const made = madeReader(cacheDir);
  cache.close = made.close;
  for (const path of paths) {
    if (isPage(path)) {
      const dir = posix.dirname(path);
      const key = plan.keys.get(path);
      if (!key) throw new Error(`offline copy: ${path} appeared after the pages were planned`);
      const page = await cachedPage(outDir, path, key, cache);
      for (const src of page.moduleScripts) modules.add(posix.normalize(posix.join(dir, src.split(/[?#]/)[0]!)));
      entries.push({ path, bytes: () => inflated(readStoredFile(page.file)), stored: () => readStoredFile(page.file), id: key });
      continue;
    }
    const entry = fileEntry(outDir, path);
    if (!entry) continue;
    // The file is read only if the last zip lacks its entry (found by id, ./zip-pack.ts), or else taken as made ahead.
    const id = plan.ids.get(path);
    const place = id !== undefined ? plan.made.get(id) : undefined;
    entries.push({ path: entry.entryPath, bytes: entry.make, ...(id !== undefined ? { id } : {}), ...(place ? { stored: () => made.read(place) } : {}) });
  }
  for (const path of [...modules].sort()) {
    // A missing script is a broken link, which the link check reports; nothing to convert.
    if (pathSet.has(path)) entries.push({ path: classicName(path), bytes: () => Buffer.from(moduleToClassic(join(outDir, path))) });
  }
  return { entries, cache };
}

/** The folder in the cache of entries made ahead of the zip, emptied once the zip has them. */
const MADE = 'offline-made';

/** Where an entry made ahead is: the file of the thread that made it (MADE/{part}.bin), at `offset`, `length` bytes as storedFile lays them out. */
export type MadePlace = [part: number, offset: number, length: number];

/**
 * Work ahead of the zip, which the build splits over two worker threads, one per core (./prewarm-worker.ts),
 * when there is much of it (a fresh build): rewrites `pages` (path and key, from planPages) into the cache, and
 * makes and compresses the entries of `files` (path and id: Pagefind's files as scripts, the files beside the
 * pages), so the zip's one thread finds them ready (it deflated them itself, ~55 s of a 10,000-bulletin build,
 * the other core idle). The entries go one after another into one file per thread, `part` (190,000 files of
 * their own took 26 s to delete, and their opening most of the zip's time). Resolves to the pages rewritten and
 * where each entry made is, by id.
 */
export async function prewarm(outDir: string, cacheDir: string, work: AheadWork, part = 0): Promise<Ahead> {
  const cache: PageCache = { dir: join(cacheDir, 'offline-pages'), used: new Set() };
  mkdirSync(cache.dir, { recursive: true });
  for (const [path, key] of work.pages) await cachedPage(outDir, path, key, cache);
  const made: Ahead['made'] = [];
  const read: Ahead['read'] = [];
  if (!work.files.length && !work.unknown.length) return { pages: work.pages.length, made, read };
  mkdirSync(join(cacheDir, MADE), { recursive: true });
  const fd = openSync(join(cacheDir, MADE, `${part}.bin`), 'w');
  let at = 0;
  const put = (entry: FileEntry, id: string, bytes?: Uint8Array) => {
    const stored = storedFile(storeEntry(entry.make(bytes), levelOf(entry.entryPath)));
    for (let done = 0; done < stored.length; ) done += writeSync(fd, stored, done, stored.length - done);
    made.push([id, [part, at, stored.length]]);
    at += stored.length;
  };
  try {
    for (const [path, id] of work.files) put(fileEntry(outDir, path)!, id);
    // Read once, for their hash (their id) and their entry.
    for (const path of work.unknown) {
      const bytes = readFileSync(join(outDir, path));
      const hash = sha1(bytes);
      const entry = fileEntry(outDir, path)!;
      const id = offlineKey(work.code, entry.how, path, hash);
      put(entry, id, bytes);
      read.push([path, hash, id]);
    }
  } finally {
    closeSync(fd);
  }
  return { pages: work.pages.length, made, read };
}

/** One thread's share of the work ahead: pages to rewrite (path, key), files to make (path, id), files to read and make, the code that keys them. */
export interface AheadWork {
  pages: [string, string][];
  files: [string, string][];
  unknown: string[];
  code: string;
}

/** The plan's work ahead of the zip, in `parts` shares. */
export function aheadWork(plan: PagePlan, parts: number): AheadWork[] {
  const share = <T>(list: T[], part: number) => list.filter((_, i) => i % parts === part);
  return Array.from({ length: parts }, (_, part) => ({ pages: share(plan.missing, part), files: share(plan.unmade, part), unknown: share(plan.unknown, part), code: plan.code }));
}

/** Reads of the entries made ahead, each file through a window (the zip takes them in the order they were written). */
function madeReader(cacheDir: string): { read(place: MadePlace): StoredEntry; close(): void } {
  const open = new Map<number, { fd: number; read: (offset: number, length: number) => Buffer | undefined }>();
  return {
    read([part, offset, length]) {
      let file = open.get(part);
      if (!file) {
        const fd = openSync(join(cacheDir, MADE, `${part}.bin`), 'r');
        open.set(part, (file = { fd, read: windowReader(fd) }));
      }
      return storedOf(file.read(offset, length), `${MADE}/${part}.bin at ${offset}`);
    },
    close() {
      for (const { fd } of open.values()) closeSync(fd);
      open.clear();
    },
  };
}

/** Empties the folder of entries made ahead (what an interrupted build left there, or this one's, once zipped). */
export function clearMade(cacheDir: string): void {
  rmSync(join(cacheDir, MADE), { recursive: true, force: true });
}

/** Drops cached pages this build did not use (pages that changed or went). */
function pruneCache(cache: PageCache): void {
  for (const name of readdirSync(cache.dir)) if (!cache.used.has(name)) rmSync(join(cache.dir, name), { force: true });
}

/** 1234567 → "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Fill the home page's [data-offline-size] with the zip's size. */
function patchHomePage(outDir: string, bytes: number): void {
  const file = join(outDir, 'index.html');
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  let found = 0;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties.dataOfflineSize !== undefined) {
        child.children = [{ type: 'text', value: formatSize(bytes) }];
        found++;
      } else walk(child);
    }
  };
  walk(tree);
  if (!found) throw new Error('offline copy: the home page has no [data-offline-size] placeholder for the zip size');
  writeFileSync(file, toHtml(tree));
}

/** Writes dist/offline.zip; `cacheDir` keeps rewritten pages and the zip's compressed entries (./zip-pack.ts) for the next build. */
export async function buildOfflineZip(outDir: string, cacheDir: string, plan: PagePlan): Promise<OfflineReport> {
  hashUnknown(outDir, plan); // files no work ahead read
  const { entries, cache } = await offlineEntries(outDir, cacheDir, plan);
  const pack = plan.pack;
  // Written beside, then renamed: a new file, never the last zip (the pack) rewritten in place.
  const zip = join(outDir, ZIP_NAME);
  const bytes = await writeDeterministicZip(`${zip}.tmp`, entries, pack.stored);
  renameSync(`${zip}.tmp`, zip);
  pack.save(zip);
  plan.hashes.save();
  saveScripts(cacheDir, cache.scripts!);
  pruneCache(cache);
  cache.close?.();
  clearMade(cacheDir);
  patchHomePage(outDir, bytes);
  return { files: entries.length, bytes, reused: pack.hits() };
}
