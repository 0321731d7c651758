// The check's remembered passes: reused only for the same inputs and the same
// check code, and only from the build just before.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VerdictCache } from './verdict-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'verdicts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// A project root whose check code the test controls.
const root = join(work, 'root');
mkdirSync(join(root, 'src', 'verify'), { recursive: true });
const code = (text: string) => writeFileSync(join(root, 'src', 'verify', 'text-lost.ts'), text);
const file = join(work, 'cache', 'text-lost.json');
const page = (html: string) => new TextEncoder().encode(html);
const A = VerdictCache.key(['源文', '[]', 'published', '/a/', page('<p data-src="body">源文</p>')]);

describe('VerdictCache', () => {
  it('keys differ when any input differs, including the page bytes and where one input ends', () => {
    expect(VerdictCache.key(['源文', '[]', 'published', '/a/', page('<p data-src="body">源文</p>')])).toBe(A);
    expect(VerdictCache.key(['源文', '[]', 'published', '/a/', page('<p data-src="body">源</p>')])).not.toBe(A);
    expect(VerdictCache.key(['源文', '[]', 'withdrawn', '/a/', page('<p data-src="body">源文</p>')])).not.toBe(A);
    expect(VerdictCache.key(['ab', 'c'])).not.toBe(VerdictCache.key(['a', 'bc']));
  });

  it('a pass is known in the next build, not one later unless passed again there', () => {
    code('v1');
    const first = VerdictCache.open(file, root)!;
    expect(first.passedBefore(A)).toBe(false);
    first.passed(A);
    first.save();
    const second = VerdictCache.open(file, root)!;
    expect(second.passedBefore(A)).toBe(true);
    expect(second.hits).toBe(1);
    second.save(); // kept: it was reused
    const third = VerdictCache.open(file, root)!;
    expect(third.passedBefore(A)).toBe(true);
    third.save(); // … but A was not seen in a fourth build:
    const fourth = VerdictCache.open(file, root)!;
    fourth.save();
    expect(VerdictCache.open(file, root)!.passedBefore(A)).toBe(false);
  });

  it('a change to the check code forgets every pass', () => {
    code('v1');
    const before = VerdictCache.open(file, root)!;
    before.passed(A);
    before.save();
    code('v2');
    expect(VerdictCache.open(file, root)!.passedBefore(A)).toBe(false);
  });

  it('checks everything when the code cannot be found, or the file is unreadable', () => {
    expect(VerdictCache.open(file, join(work, 'nowhere'))).toBeUndefined();
    code('v1');
    writeFileSync(file, '{not json');
    expect(VerdictCache.open(file, root)!.passedBefore(A)).toBe(false);
  });
});
