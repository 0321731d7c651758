import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, type LinkReport } from './links.ts';

let root: string;
let report: LinkReport;

function write(path: string, body: string): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'links-'));
  write(
    'index.html',
    [
      '<a href="a/">ok folder</a>',
      '<a href="a/index.html#p2">ok fragment</a>',
      '<a href="a/#missing">bad fragment</a>',
      '<a href="b/">bad folder</a>',
      '<a href="#top">bad own fragment</a>',
      '<a href="#here" id="here">ok own fragment</a>',
      '<a href="a/#:~:text=foo">text fragment</a>',
      '<a href="https://example.org/">external</a>',
      '<a href="mailto:x@example.org">mail</a>',
      '<a href="/a/">root-absolute</a>',
      '<img src="x.png" alt="">',
      '<a href="a/%E6%96%87.txt">encoded</a>',
    ].join(''),
  );
  write('a/index.html', '<p id="p2">x</p><a href="../">up</a><a href="../index.html#here">back</a>');
  writeFileSync(join(root, 'a', '文.txt'), 'x');
  report = checkLinks(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('counts internal links only (not https: or mailto:)', () => {
    expect(report.pages).toBe(2);
    // 10 internal on index.html (12 minus external and mailto), 2 on a/index.html
    expect(report.checked).toBe(12);
  });

  it('finds exactly the broken ones, naming the page', () => {
    const broken = report.broken.map((b) => `${b.page} ${b.href}`).sort();
    expect(broken).toEqual(['/index.html #top', '/index.html /a/', '/index.html a/#missing', '/index.html b/', '/index.html x.png'].sort());
  });

  it('looks fragments up on the target page, skipping text fragments', () => {
    // a/index.html#p2, a/#missing, #top, #here, ../index.html#here
    expect(report.fragments).toBe(5);
  });
});
