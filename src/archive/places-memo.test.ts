import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placesInText } from '../gazetteer/index.ts';
import { placesMemo } from './places-memo.ts';

const work = mkdtempSync(join(tmpdir(), 'places-memo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BODY = '海宁市团委联合嘉兴市南湖区开展青年交友活动，桐乡市团员代表参加。';

describe('places memo', () => {
  it('gives what placesInText gives, in each context, then keeps only what this build asked', () => {
    const file = join(work, 'places', 'memo.json');
    const first = placesMemo(file);
    const contexts = [{ publisherCode: '330400', date: '2023-03-01' }, { date: '1990' }, {}];
    for (const ctx of contexts) expect(first.of(BODY, ctx)).toEqual(placesInText(BODY, ctx));
    expect(first.of(BODY, {}).length).toBeGreaterThan(0); // the comparison is not of empty lists
    first.save();

    const second = placesMemo(file);
    for (const ctx of contexts) expect(second.of(BODY, ctx)).toEqual(placesInText(BODY, ctx));
    expect(second.of('另一篇没有地名的文章。', {})).toEqual([]);
  });

  it('remembers nothing without a file', () => {
    expect(placesMemo(undefined).of(BODY, {})).toEqual(placesInText(BODY, {}));
  });
});
