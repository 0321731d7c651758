import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketOf, prefixLength, writePageTable } from './page-table.ts';
import type { PageRow } from './index-files.ts';

const row = (url: string): PageRow => [url, `标题${url}`, '2023-01-01', { 刊物: ['嘉兴青年工作信息'] }];

describe('page table', () => {
  it('buckets by the hash prefix, about 64 pages a bucket or fewer', () => {
    expect(prefixLength(10)).toBe(0);
    expect(prefixLength(64)).toBe(0);
    expect(prefixLength(65)).toBe(1);
    expect(prefixLength(9025)).toBe(2);
    expect(bucketOf('zh-cn_01264dd', 2)).toBe('01');
    expect(bucketOf('zh-cn_01264dd', 0)).toBe('all');
  });

  it('lists ids found in two shards as collisions and leaves them out of the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-table-'));
    try {
      const a = new Map([
        ['zh-cn_aaaaaaa', row('/a/')],
        ['zh-cn_bbbbbbb', row('/b/')],
      ]);
      const b = new Map([
        ['zh-cn_bbbbbbb', row('/c/')],
        ['zh-cn_ccccccc', row('/d/')],
      ]);
      const table = writePageTable(dir, [a, b]);
      expect(table).toEqual({ digits: 0, collisions: ['zh-cn_bbbbbbb'], buckets: 1, pages: 2 });
      expect(readdirSync(dir)).toEqual(['all.json']);
      expect(JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'))).toEqual({ 'zh-cn_aaaaaaa': row('/a/'), 'zh-cn_ccccccc': row('/d/') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
