import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDeterministicZip } from './zip.ts';

const work = mkdtempSync(join(tmpdir(), 'zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const text = (s: string) => () => new TextEncoder().encode(s);

describe('writeDeterministicZip', () => {
  const entries = [
    { path: 'b/index.html', bytes: text('<p>青年'.repeat(500)) },
    { path: 'a.png', bytes: () => new Uint8Array([137, 80, 78, 71, 1, 2, 3]) },
    { path: 'pagefind/x.pf_meta.js', bytes: text('__put("x","AAAA");') },
    { path: 'empty.txt', bytes: text('') },
  ];

  it('writes a zip that another reader opens, entries sorted, text deflated, images stored, the same bytes every time', async () => {
    const file = join(work, 'a.zip');
    const size = await writeDeterministicZip(file, entries);
    const bytes = readFileSync(file);
    expect(bytes.length).toBe(size);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['a.png', 'b/index.html', 'empty.txt', 'pagefind/x.pf_meta.js']);
    expect(new TextDecoder().decode(files['b/index.html'])).toBe('<p>青年'.repeat(500));
    expect([...files['a.png']!]).toEqual([137, 80, 78, 71, 1, 2, 3]);
    expect(files['empty.txt']).toHaveLength(0);
    // Local headers: the html deflated (method 8, far smaller), the png stored (method 0).
    const method = (name: string) => bytes.readUInt16LE(bytes.indexOf(Buffer.concat([Buffer.from(name)])) - 22);
    expect(method('b/index.html')).toBe(8);
    expect(method('a.png')).toBe(0);
    expect(size).toBeLessThan(3000);
    await writeDeterministicZip(join(work, 'b.zip'), [...entries].reverse());
    expect(readFileSync(join(work, 'b.zip')).equals(bytes)).toBe(true);
  });

  it('writes ZIP64 end records past 65,535 entries, and readers find every entry', async () => {
    const n = 70_000;
    // Stored (.png): the test is about the directory, not deflate.
    const many = Array.from({ length: n }, (_, i) => ({ path: `f/${String(i).padStart(5, '0')}.png`, bytes: text(String(i)) }));
    const file = join(work, 'many.zip');
    await writeDeterministicZip(file, many);
    const bytes = readFileSync(file);
    expect(bytes.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBeGreaterThan(0); // ZIP64 end of central directory
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toHaveLength(n);
    expect(new TextDecoder().decode(files['f/69999.png'])).toBe('69999');
  }, 60_000); // 70,000 entries: ~3 s alone, far more on a loaded machine; a bound on waiting, not a timing assertion
});
