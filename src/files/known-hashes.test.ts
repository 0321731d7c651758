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
});
