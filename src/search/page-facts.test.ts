import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFactsMemo } from './page-facts.ts';

const work = mkdtempSync(join(tmpdir(), 'page-facts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (date: string) => `<html><head><meta name="pagefind" data-pagefind-filter="类型[content]" content="文章"><meta name="pagefind" data-pagefind-meta="date[content]" content="${date}"></head><body></body></html>`;

describe('page facts (what the index knows of a page before its records)', () => {
  it('tells articles (with their date), issue pages and others apart, and knows a page again by its hash after it changed', () => {
    const cache = join(work, 'cache');
    const files = { a: join(work, 'a.html'), i: join(work, 'i.html'), o: join(work, 'o.html') };
    writeFileSync(files.a, article('2023-03-15'));
    writeFileSync(files.i, '<html><body><div data-pagefind-body>第3期</div></body></html>');
    writeFileSync(files.o, '<html><body>首页</body></html>');
    const first = pageFactsMemo(cache);
    expect(first.of('/a/', files.a).facts).toEqual({ kind: 'article', date: '2023-03-15' });
    expect(first.of('/i/', files.i).facts).toEqual({ kind: 'issue', date: '' });
    expect(first.of('/o/', files.o).facts).toEqual({ kind: 'other', date: '' });
    first.save();
    // The article's date corrected: a new hash, new facts, not the remembered ones.
    writeFileSync(files.a, article('2023-04-01'));
    const second = pageFactsMemo(cache);
    expect(second.of('/a/', files.a).facts).toEqual({ kind: 'article', date: '2023-04-01' });
    expect(second.of('/i/', files.i).facts.kind).toBe('issue');
  });
});
