import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shardCache } from './shard-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'shard-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('shardCache', () => {
  let made = 0;
  const make = (text: string) => async (folder: string) => {
    made++;
    mkdirSync(join(folder, 'index'), { recursive: true });
    writeFileSync(join(folder, 'index', 'chunk.pf_index'), text);
  };

  it('makes a bundle once, then copies it for the same inputs; other inputs make another; prune keeps only the used', async () => {
    const cacheDir = join(work, 'cache');
    const first = shardCache(cacheDir);
    expect(await first.bundle(join(work, 'a'), ['r1', 'r2'], make('one'))).toBe(false);
    expect(await first.bundle(join(work, 'b'), ['r3'], make('two'))).toBe(false);
    first.prune();
    expect(made).toBe(2);

    const second = shardCache(cacheDir);
    expect(await second.bundle(join(work, 'a2'), ['r1', 'r2'], make('changed?'))).toBe(true);
    expect(readFileSync(join(work, 'a2', 'index', 'chunk.pf_index'), 'utf8')).toBe('one');
    expect(existsSync(join(work, 'a2', '.complete'))).toBe(false);
    // Inputs that only concatenate alike are different inputs.
    expect(await second.bundle(join(work, 'c'), ['r1r', '2'], make('three'))).toBe(false);
    expect(made).toBe(3);
    second.prune();
    expect(readdirSync(join(cacheDir, 'search-shards'))).toHaveLength(2);
  });

  it('without a cache folder, always makes the bundle in place', async () => {
    const none = shardCache(undefined);
    const before = made;
    expect(await none.bundle(join(work, 'd'), ['r1', 'r2'], make('four'))).toBe(false);
    expect(readFileSync(join(work, 'd', 'index', 'chunk.pf_index'), 'utf8')).toBe('four');
    expect(made).toBe(before + 1);
  });
});
