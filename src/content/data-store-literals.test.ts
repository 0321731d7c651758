// The data store's module, its text cut into literals V8 parses in linear
// time, must evaluate to what Astro's own module gives: run as modules here,
// as Node runs the built one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storeModule } from './data-store-literals.ts';

const work = mkdtempSync(join(tmpdir(), 'store-literal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Astro's own module for the store's text (content/vite-plugin-content-virtual-mod.js). */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

let n = 0;
async function run(code: string): Promise<unknown> {
  const file = join(work, `m${n++}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** The string literals in JSON.stringify's output joined by commas. */
const literals = (code: string) => code.match(/"(?:[^"\\]|\\.)*"/g) ?? [];

// Chinese text (two-byte in V8), quotes, backslashes, a line break and 𠀋, outside the BMP (two UTF-16 units).
const entry = { id: 'jiaxing/2023/03/1', title: '团海宁市委“三化”推进', body: 'a\\b "q"\n𠀋𠀋𠀋', n: 7 };
const store = JSON.stringify(Array(40).fill(entry));

describe('storeModule', () => {
  it('cuts the text into literals of at most the piece size', () => {
    expect(literals(astroModule(store))).toHaveLength(1);
    const pieces = literals(storeModule(store, 50));
    expect(pieces).toHaveLength(Math.ceil(store.length / 50));
    for (const p of pieces) expect((JSON.parse(p) as string).length).toBeLessThanOrEqual(50);
  });

  it("evaluates to what Astro's module does, surrogate pairs cut in two included", async () => {
    // An odd piece size cuts some 𠀋 between two literals.
    expect(await run(storeModule(store, 7))).toEqual(Array(40).fill(entry));
    expect(await run(storeModule(store))).toEqual(await run(astroModule(store)));
  });
});
