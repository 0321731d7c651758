// The one rule "folder URL → index.html" (public/assets/folder-index.js), used
// by the offline pages' links, the search page from disk and the offline
// Pagefind loader: cases chosen by hand.
import { describe, expect, it } from 'vitest';
import { folderIndex } from '../../public/assets/folder-index.js';

describe('folderIndex', () => {
  it('points a folder URL at its index.html, keeping query and fragment', () => {
    expect(folderIndex('./')).toBe('index.html');
    expect(folderIndex('../')).toBe('../index.html');
    expect(folderIndex('..')).toBe('../index.html');
    expect(folderIndex('.')).toBe('./index.html');
    expect(folderIndex('a/..')).toBe('a/../index.html');
    expect(folderIndex('../a/?q=1#x')).toBe('../a/index.html?q=1#x');
    expect(folderIndex('a/b/#frag')).toBe('a/b/index.html#frag');
    expect(folderIndex('./#p3')).toBe('index.html#p3');
    expect(folderIndex('../search/?q=亲青恋#r')).toBe('../search/index.html?q=亲青恋#r');
    expect(folderIndex('../../a/2021/14/')).toBe('../../a/2021/14/index.html');
  });

  it('treats site paths and file: URLs alike (Pagefind results, the page table read from disk)', () => {
    expect(folderIndex('/home/u/archive/pub/2023/03/2/')).toBe('/home/u/archive/pub/2023/03/2/index.html');
    expect(folderIndex('/pub/2023/03/2/#p4')).toBe('/pub/2023/03/2/index.html#p4');
    expect(folderIndex('file:///home/u/archive/pub/2023/03/')).toBe('file:///home/u/archive/pub/2023/03/index.html');
    expect(folderIndex('FILE:///x/?q=2')).toBe('FILE:///x/index.html?q=2');
  });

  it('keeps file names, a query or fragment alone, and other sites’ URLs', () => {
    for (const url of ['../assets/site.css', 'source.txt', 'a/b/index.html#frag', 'cite.bib?x=/', '/pub/2023/03/2/photo-1.webp', '#main', '?q=1', '', 'data:,', 'https://example.org/', 'http://example.org/a/?q=1', 'mailto:a@b.c', '//cdn.example/x/']) {
      expect(folderIndex(url)).toBe(url);
    }
  });
});
