import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from './index.ts';

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
