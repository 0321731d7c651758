// The data store module's literal, cut into pieces V8 parses in linear time,
// must evaluate to the very same text: run as a module here, as Node runs the
// built one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { splitStoreLiteral } from './data-store-literals.ts';

const work = mkdtempSync(join(tmpdir(), 'store-literal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Astro's module for a store whose serialised form is `text` (vite-plugin-content-virtual-mod.js). */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

let n = 0;
async function run(code: string): Promise<unknown> {
  const file = join(work, `m${n++}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** The string literals of a module's code, by a tokenizer-free scan good enough for JSON.stringify's output. */
const literals = (code: string) => code.match(/"(?:[^"\\]|\\.)*"/g) ?? [];

describe('splitStoreLiteral', () => {
  // Chinese text (two-byte in V8), quotes, backslashes, line breaks and a character outside the BMP.
  const store = JSON.stringify([['Map', 1], 'articles', { title: '团海宁市委“三化”推进', body: 'a\\b "q"\n𠀋𠀋𠀋', n: 7 }]).repeat(40);
  const value = JSON.parse(
    `[${Array(40)
      .fill(JSON.stringify([['Map', 1], 'articles', { title: '团海宁市委“三化”推进', body: 'a\\b "q"\n𠀋𠀋𠀋', n: 7 }]))
      .join(',')}]`,
  );

  it('cuts the one literal into literals of at most the piece size', () => {
    const split = splitStoreLiteral(astroModule(store), 50)!;
    expect(literals(astroModule(store))).toHaveLength(1);
    const pieces = literals(split);
    expect(pieces.length).toBe(Math.ceil(store.length / 50));
    for (const p of pieces) expect((JSON.parse(p) as string).length).toBeLessThanOrEqual(50);
  });

  it('evaluates to the same data, surrogate pairs cut in two included', async () => {
    const whole = `[${Array(40)
      .fill(JSON.stringify({ t: '𠀋'.repeat(30) }))
      .join(',')}]`;
    // An odd piece size cuts some of the 𠀋 (two UTF-16 units) between two literals.
    for (const [text, expected] of [
      [whole, JSON.parse(whole)],
      [`[${store.replaceAll('][', '],[')}]`, value],
    ] as const) {
      expect(await run(splitStoreLiteral(astroModule(text), 7)!)).toEqual(expected);
      expect(await run(splitStoreLiteral(astroModule(text))!)).toEqual(await run(astroModule(text)));
    }
  });

  it('leaves code of another shape alone', () => {
    expect(splitStoreLiteral('export default new Map()')).toBeUndefined();
    expect(splitStoreLiteral('export default JSON.parse(x)')).toBeUndefined();
    expect(splitStoreLiteral('export default JSON.parse(42)')).toBeUndefined();
  });
});
