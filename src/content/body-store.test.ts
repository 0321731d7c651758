import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block } from '../parse/types.ts';
import { bodyStore, readBody } from './body-store.ts';

const work = mkdtempSync(join(tmpdir(), 'body-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const paragraph = (text: string, line: number): Block => ({ type: 'paragraph', children: [{ type: 'text', value: text }], lines: [line] });

describe('body store (article bodies beside the content store)', () => {
  it('names a body by its blocks: the same body the same name, another body another; reads back what was put', () => {
    const dir = join(work, 'names');
    const store = bodyStore(dir);
    const one = store.put([paragraph('共青团嘉兴市委', 3)]);
    expect(store.put([paragraph('共青团嘉兴市委', 3)])).toEqual(one);
    const other = store.put([paragraph('共青团嘉兴市委', 4)]); // the same text from another line is another body
    expect(other.key).not.toBe(one.key);
    expect(one.paragraphs).toBe(1);
    expect(readBody(dir, one)).toEqual([paragraph('共青团嘉兴市委', 3)]);
  });

  it('keeps only the bodies put this build, and says which body is missing', () => {
    const dir = join(work, 'prune');
    const first = bodyStore(dir);
    const gone = first.put([paragraph('旧文', 1)]);
    first.put([paragraph('留下', 2)]);
    const next = bodyStore(dir);
    const kept = next.put([paragraph('留下', 2)]);
    expect(next.prune()).toBe(1);
    expect(readdirSync(dir)).toEqual([`${kept.key}.json`]);
    expect(() => readBody(dir, gone)).toThrow(new RegExp(`article body ${gone.key} is missing`));
  });

  it('refuses a body the model schema refuses, before storing it', () => {
    const dir = join(work, 'bad');
    const store = bodyStore(dir);
    expect(() => store.put([{ type: 'paragraph', children: [{ type: 'text', value: '缺行号' }] } as unknown as Block])).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
