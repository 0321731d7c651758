import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive, type Archive } from './index.ts';

const work = mkdtempSync(join(tmpdir(), 'parse-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('decode + parse cache', () => {
  const input = join(work, 'bulletins');
  const cacheDir = join(work, 'cache');
  cpSync('content/bulletins', input, { recursive: true });

  it('gives the same archive from the cache as from the files, and keeps one entry per bulletin', async () => {
    const cold = await loadArchive(input, { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(4);
    const warm = await loadArchive(input, { cacheDir });
    expect(warm).toEqual(cold);
    expect(warm).toEqual(await loadArchive(input));
    // The warm load read the entries: a marked entry shows through.
    for (const name of readdirSync(cacheDir)) {
      const entry = JSON.parse(readFileSync(join(cacheDir, name), 'utf8'));
      writeFileSync(join(cacheDir, name), JSON.stringify({ ...entry, encoding: 'from-cache' }));
    }
    expect((await loadArchive(input, { cacheDir })).issues.map((i) => i.source.encoding)).toEqual(['from-cache', 'from-cache', 'from-cache', 'from-cache']);
    rmSync(cacheDir, { recursive: true });
  });

  it('parses a changed bulletin again and drops the entry of the old text', async () => {
    const file = readdirSync(input).find((f) => f.startsWith('004'))!;
    const before = await loadArchive(input, { cacheDir });
    writeFileSync(join(input, file), `${readFileSync(join(input, file), 'utf8')}\n（补记）本期增印一段测试文字。\n`);
    const after = await loadArchive(input, { cacheDir });
    expect(after.sources).not.toEqual(before.sources);
    expect(after).toEqual(await loadArchive(input));
    expect(readdirSync(cacheDir)).toHaveLength(4);
  });
});

describe('photos with the parse cache', () => {
  const input = join(work, 'photo-bulletins');
  const cacheDir = join(work, 'photo-cache');
  mkdirSync(input);
  copyFileSync('tests/fixtures/formats/photo-2023-06.docx', join(input, 'photo-2023-06.docx'));
  const photoOf = (archive: Archive) => Object.entries(archive.attachments).filter(([path]) => /\/photo-\d+\.\w+$/.test(path));
  const bytesOf = (a: Archive['attachments'][string]) => ('file' in a ? readFileSync(a.file) : Buffer.from(a.data));

  it('keeps the resized photo as a file in the cache folder, not in memory nor in the cache entries, with the bytes a load without cache makes', async () => {
    const cold = await loadArchive(input, { cacheDir });
    const uncached = await loadArchive(input);
    const [[path, attachment]] = photoOf(cold) as [[string, Archive['attachments'][string]]];
    expect(photoOf(uncached).map(([p]) => p)).toEqual([path]);
    // In memory: a path into the cache folder, no bytes.
    expect(attachment).toEqual({ file: expect.stringMatching(new RegExp(`^${cacheDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`)) });
    const bytes = readFileSync((attachment as { file: string }).file);
    expect(bytes.equals(bytesOf(photoOf(uncached)[0]![1]))).toBe(true);
    // The cache entry names the photo; its bytes are not in it.
    const entries = readdirSync(cacheDir).filter((n) => n.endsWith('.json'));
    expect(entries).toHaveLength(1);
    expect(readFileSync(join(cacheDir, entries[0]!), 'utf8')).not.toContain(bytes.toString('base64').slice(0, 200));
    // A warm load gives the same archive; a photo gone from the folder is made again, the same bytes.
    expect(await loadArchive(input, { cacheDir })).toEqual(cold);
    rmSync((attachment as { file: string }).file);
    const again = await loadArchive(input, { cacheDir });
    expect(again).toEqual(cold);
    expect(readFileSync((attachment as { file: string }).file).equals(bytes)).toBe(true);
  });

  it('prunes photos no load uses any more', async () => {
    const before = await loadArchive(input, { cacheDir });
    const file = (photoOf(before)[0]![1] as { file: string }).file;
    expect(existsSync(file)).toBe(true);
    rmSync(join(input, 'photo-2023-06.docx'));
    await loadArchive(input, { cacheDir });
    expect(existsSync(file)).toBe(false);
  });
});
