import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shardCache, type ShardCache } from './shard-cache.ts';

/** A bundle put in place (its links made), as the indexer awaits before it finishes. */
async function bundle<T>(cache: ShardCache, target: string, inputs: string[], make: (folder: string) => Promise<T>): Promise<{ reused: boolean; kept: T }> {
  const { placed, ...rest } = await cache.bundle(target, inputs, make);
  await placed;
  return rest;
}

const work = mkdtempSync(join(tmpdir(), 'shard-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('shardCache', () => {
  let made = 0;
  // A maker that writes one index file and keeps what it wrote, as the indexer keeps the page table's rows.
  const make = (text: string) => async (folder: string) => {
    made++;
    mkdirSync(join(folder, 'index'), { recursive: true });
    writeFileSync(join(folder, 'index', 'chunk.pf_index'), text);
    return { rows: [[text, text.length]] };
  };

  it('makes a bundle once, then copies it for the same inputs; other inputs make another; prune keeps only the used', async () => {
    const cacheDir = join(work, 'cache');
    const first = shardCache(cacheDir);
    expect(await bundle(first, join(work, 'a'), ['r1', 'r2'], make('one'))).toEqual({ reused: false, kept: { rows: [['one', 3]] } });
    expect((await bundle(first, join(work, 'b'), ['r3'], make('two'))).reused).toBe(false);
    first.prune();
    expect(made).toBe(2);

    const second = shardCache(cacheDir);
    // Reused: the bundle's files and the maker's data from the first build, without calling the maker.
    expect(await bundle(second, join(work, 'a2'), ['r1', 'r2'], make('changed?'))).toEqual({ reused: true, kept: { rows: [['one', 3]] } });
    expect(made).toBe(2);
    expect(readFileSync(join(work, 'a2', 'index', 'chunk.pf_index'), 'utf8')).toBe('one');
    expect(readdirSync(join(work, 'a2'))).toEqual(['index']); // nothing of the cache's own in the output
    // Inputs that only concatenate alike are different inputs.
    expect((await bundle(second, join(work, 'c'), ['r1r', '2'], make('three'))).reused).toBe(false);
    expect(made).toBe(3);
    second.prune();
    // Two entries (a, c), each a folder and its completion marker.
    expect(readdirSync(join(cacheDir, 'search-shards'))).toHaveLength(4);
  });

  it('makes again an entry whose maker was interrupted (no marker) or whose marker is damaged', async () => {
    const cacheDir = join(work, 'cache-interrupted');
    const first = shardCache(cacheDir);
    await bundle(first, join(work, 'e'), ['x'], make('five'));
    const root = join(cacheDir, 'search-shards');
    const marker = readdirSync(root).find((n) => n.endsWith('.json'))!;
    rmSync(join(root, marker));
    const before = made;
    expect((await bundle(shardCache(cacheDir), join(work, 'e2'), ['x'], make('six'))).reused).toBe(false);
    expect(readFileSync(join(work, 'e2', 'index', 'chunk.pf_index'), 'utf8')).toBe('six');
    writeFileSync(join(root, marker), '{"kept":');
    expect((await bundle(shardCache(cacheDir), join(work, 'e3'), ['x'], make('seven'))).reused).toBe(false);
    expect(made).toBe(before + 2);
    expect(existsSync(join(root, marker))).toBe(true);
  });

  it('links the bundle into place, and makes again an entry written to through a link', async () => {
    const cacheDir = join(work, 'cache-linked');
    await bundle(shardCache(cacheDir), join(work, 'f'), ['y'], make('eight'));
    const before = made;
    expect((await bundle(shardCache(cacheDir), join(work, 'f2'), ['y'], make('nine'))).reused).toBe(true);
    const linked = join(work, 'f2', 'index', 'chunk.pf_index');
    expect(statSync(linked).nlink).toBe(3); // the cache's file, f2's, f's (made in the cache, then linked)
    // An output file edited in place is the cached file edited: the entry no longer counts as made.
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(linked, 'edited');
    const again = await bundle(shardCache(cacheDir), join(work, 'f3'), ['y'], make('ten'));
    expect(again.reused).toBe(false);
    expect(made).toBe(before + 1);
    expect(readFileSync(join(work, 'f3', 'index', 'chunk.pf_index'), 'utf8')).toBe('ten');
  });

  it('copies the bundle where a file is in the way of a link, leaving the cached files as they were', async () => {
    const cacheDir = join(work, 'cache-in-the-way');
    await bundle(shardCache(cacheDir), join(work, 'g'), ['z'], make('eleven'));
    mkdirSync(join(work, 'g2', 'index'), { recursive: true });
    writeFileSync(join(work, 'g2', 'index', 'chunk.pf_index'), 'in the way');
    expect((await bundle(shardCache(cacheDir), join(work, 'g2'), ['z'], make('twelve'))).reused).toBe(true);
    expect(readFileSync(join(work, 'g2', 'index', 'chunk.pf_index'), 'utf8')).toBe('eleven');
    expect(statSync(join(work, 'g2', 'index', 'chunk.pf_index')).nlink).toBe(1); // a copy, not a link
    expect(readFileSync(join(work, 'g', 'index', 'chunk.pf_index'), 'utf8')).toBe('eleven');
  });

  it('without a cache folder, always makes the bundle in place', async () => {
    const none = shardCache(undefined);
    const before = made;
    expect(await bundle(none, join(work, 'd'), ['r1', 'r2'], make('four'))).toEqual({ reused: false, kept: { rows: [['four', 4]] } });
    expect(readFileSync(join(work, 'd', 'index', 'chunk.pf_index'), 'utf8')).toBe('four');
    expect(made).toBe(before + 1);
  });
});
