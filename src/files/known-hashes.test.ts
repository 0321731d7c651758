import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knownHashes, sha1 } from './known-hashes.ts';

const work = mkdtempSync(join(tmpdir(), 'known-hashes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('known hashes (by stat, as git knows its index)', () => {
  it('reads only files written since the last time, and hashes what they hold now', () => {
    const table = join(work, 'table.json');
    const [a, b, c] = ['a.html', 'b.html', 'c.html'].map((n) => join(work, n)) as [string, string, string];
    writeFileSync(a, '甲');
    writeFileSync(b, '乙');
    writeFileSync(c, '丙');
    const first = knownHashes(table);
    expect([first.hashOf('a', a), first.hashOf('b', b), first.hashOf('c', c)]).toEqual([sha1('甲'), sha1('乙'), sha1('丙')]);
    expect(first.read()).toBe(3);
    first.save();

    // b rewritten with as many bytes and its old mtime back, but a new inode (written beside and renamed, as atomic writers do).
    writeFileSync(`${b}.new`, '丁');
    renameSync(`${b}.new`, b);
    // c rewritten in place with as many bytes: its mtime moves on.
    const later = new Date(Date.now() + 5000);
    writeFileSync(c, '戊');
    utimesSync(c, later, later);
    const second = knownHashes(table);
    expect([second.hashOf('a', a), second.hashOf('b', b), second.hashOf('c', c)]).toEqual([sha1('甲'), sha1('丁'), sha1('戊')]);
    expect(second.read()).toBe(2); // a known by stat, not read
    second.save();

    // Another salt (another use of the table) starts afresh.
    const other = knownHashes(table, 'other');
    other.hashOf('a', a);
    expect(other.read()).toBe(1);
  });

  it('tells a writer which files still hold what it would write, without reading them, and which it wrote last time only', () => {
    const table = join(work, 'writer.json');
    const [x, y, z] = ['x.txt', 'y.txt', 'z.txt'].map((n) => join(work, n)) as [string, string, string];
    const first = knownHashes(table, 'writer');
    expect(first.known('x', x)).toBeUndefined(); // not there yet
    for (const [name, file, text] of [
      ['x', x, '一'],
      ['y', y, '二'],
      ['z', z, '三'],
    ] as const) {
      writeFileSync(file, text);
      first.remember(name, file, sha1(text));
    }
    first.save();

    const later = new Date(Date.now() + 5000);
    writeFileSync(y, '四'); // edited since: its stat says so, and it is not read to find out
    utimesSync(y, later, later);
    const second = knownHashes(table, 'writer');
    expect(second.known('x', x)).toBe(sha1('一')); // and not the hash of other bytes to write
    expect(second.known('y', y)).toBeUndefined();
    expect(second.read()).toBe(0);
    writeFileSync(y, '二');
    second.remember('y', y, sha1('二'));
    expect(second.dropped()).toEqual(['z']); // x held, y written: z alone is not this time's
  });
});
