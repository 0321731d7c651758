import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDeterministicZip, type ZipEntry } from './zip.ts';
import { openZipPack } from './zip-pack.ts';

const work = mkdtempSync(join(tmpdir(), 'zip-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const text = (s: string) => () => new TextEncoder().encode(s);

const v1: ZipEntry[] = [
  { path: 'a/index.html', bytes: text('<p>共青团嘉兴市委'.repeat(300)) },
  { path: 'b/index.html', bytes: text('<p>青年志愿服务'.repeat(300)) },
  { path: 'pagefind/x.pf_meta.js', bytes: text('__put("x","AAAA");'.repeat(50)) },
  { path: 'logo.png', bytes: () => new Uint8Array([137, 80, 78, 71, 9, 9, 9]) },
];
// The next build: b changed, c is new, the rest unchanged.
const v2: ZipEntry[] = [v1[0]!, { path: 'b/index.html', bytes: text('<p>青年志愿服务（改）'.repeat(300)) }, { path: 'c/index.html', bytes: text('<p>新一期'.repeat(300)) }, v1[2]!, v1[3]!];

/** A zip written through a pack in `cache`, as the build writes it; its bytes and the pack's hits. */
async function viaPack(cache: string, name: string, entries: ZipEntry[]): Promise<{ bytes: Buffer; hits: number }> {
  const file = join(work, name);
  const pack = openZipPack(cache);
  await writeDeterministicZip(file, entries, pack.stored);
  pack.save(file);
  return { bytes: readFileSync(file), hits: pack.hits() };
}

/** The same entries deflated afresh, without any pack. */
async function fresh(name: string, entries: ZipEntry[]): Promise<Buffer> {
  await writeDeterministicZip(join(work, name), entries);
  return readFileSync(join(work, name));
}

/** Writes `bytes` over `file` at `at`, in place (the file keeps its inode, so a hard link sees it too). */
function overwrite(file: string, at: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, at);
  closeSync(fd);
}

describe('zip pack (the last zip, reused)', () => {
  it('takes unchanged entries from the last zip and deflates changed and new ones; the zip is byte for byte a fresh one', async () => {
    const cache = join(work, 'cache');
    const first = await viaPack(cache, 'one.zip', v1);
    expect(first.hits).toBe(0);
    expect(first.bytes.equals(await fresh('one-fresh.zip', v1))).toBe(true);

    const second = await viaPack(cache, 'two.zip', v2);
    expect(second.hits).toBe(3); // a, the search file, the png
    expect(second.bytes.equals(await fresh('two-fresh.zip', v2))).toBe(true);
    const files = unzipSync(second.bytes);
    expect(new TextDecoder().decode(files['b/index.html'])).toBe('<p>青年志愿服务（改）'.repeat(300));
    expect(new TextDecoder().decode(files['c/index.html'])).toBe('<p>新一期'.repeat(300));

    // The pack now is the second zip: its new entries are reused in turn.
    expect((await viaPack(cache, 'three.zip', v2)).hits).toBe(5);
  });

  it('the last zip deleted from the output does not matter: the pack is its own link', async () => {
    const cache = join(work, 'cache-deleted');
    await viaPack(cache, 'gone.zip', v1);
    rmSync(join(work, 'gone.zip'));
    const again = await viaPack(cache, 'gone2.zip', v1);
    expect(again.hits).toBe(4);
    expect(again.bytes.equals(await fresh('gone-fresh.zip', v1))).toBe(true);
  });

  it('does not use a pack written to after it was saved (say, the published offline.zip edited in place)', async () => {
    const cache = join(work, 'cache-changed');
    const { bytes } = await viaPack(cache, 'changed.zip', v1);
    // Overwrite a's compressed data in place: changed.zip and the pack are one file.
    await new Promise((r) => setTimeout(r, 20)); // a later mtime than the save's
    overwrite(join(work, 'changed.zip'), bytes.indexOf('a/index.html') + 'a/index.html'.length, Buffer.alloc(8, 0x41));
    const again = await viaPack(cache, 'changed2.zip', v1);
    expect(again.hits).toBe(0);
    expect(again.bytes.equals(await fresh('changed-fresh.zip', v1))).toBe(true);
  });

  it('does not use an entry whose local header disagrees with the index', async () => {
    const cache = join(work, 'cache-header');
    const { bytes } = await viaPack(cache, 'header.zip', v1);
    // a's CRC field in its local header (offset 14) changed, and the index told the file's new stat: only the header check is left to notice.
    const pack = join(cache, 'offline-zip', 'pack.zip');
    const at = bytes.indexOf('a/index.html') - 30;
    overwrite(pack, at + 14, Buffer.from([bytes[at + 14]! ^ 0xff]));
    const indexFile = join(cache, 'offline-zip', 'pack.json');
    const st = statSync(pack);
    writeFileSync(indexFile, JSON.stringify({ ...JSON.parse(readFileSync(indexFile, 'utf8')), size: st.size, mtimeMs: st.mtimeMs }));
    const again = await viaPack(cache, 'header2.zip', v1);
    expect(again.hits).toBe(3);
    expect(again.bytes.equals(await fresh('header-fresh.zip', v1))).toBe(true);
  });

  it('takes an entry with an id without making its bytes; a new id makes them, an entry without one is matched by its bytes', async () => {
    const cache = join(work, 'cache-ids');
    const made: string[] = [];
    const entry = (path: string, body: string, id?: string): ZipEntry => ({
      path,
      bytes: () => {
        made.push(path);
        return new TextEncoder().encode(body.repeat(200));
      },
      ...(id ? { id } : {}),
    });
    const one = [entry('a/index.html', '<p>甲', 'a1'), entry('b/index.html', '<p>乙', 'b1'), entry('c.js', 'var c;')];
    await viaPack(cache, 'ids-one.zip', one);
    expect(made.sort()).toEqual(['a/index.html', 'b/index.html', 'c.js']);
    made.length = 0;
    // b's id changed (its input did): b is made again, a is not; c has no id and is made to be matched.
    const two = [entry('a/index.html', '<p>甲', 'a1'), entry('b/index.html', '<p>乙改', 'b2'), entry('c.js', 'var c;')];
    const second = await viaPack(cache, 'ids-two.zip', two);
    expect(made.sort()).toEqual(['b/index.html', 'c.js']);
    expect(second.hits).toBe(2);
    made.length = 0;
    expect(second.bytes.equals(await fresh('ids-fresh.zip', two))).toBe(true);
    const files = unzipSync(second.bytes);
    expect(new TextDecoder().decode(files['a/index.html'])).toBe('<p>甲'.repeat(200));
    expect(new TextDecoder().decode(files['b/index.html'])).toBe('<p>乙改'.repeat(200));
  });
});
