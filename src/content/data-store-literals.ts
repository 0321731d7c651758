// The content layer's data store reaches the pages as one module, which Astro
// writes as `export default JSON.parse("…")`: the whole store (275 MB at 10,000
// bulletins) in one string literal. V8's scanner grows a literal's buffer by
// at most 1 MB at a time, copying it each time, so parsing that module takes
// time quadratic in its length: minutes at 10,000 bulletins whenever the data
// changed (Node's compile cache hides it when nothing did), against a fraction
// of a second for the same text in literals of ~1 MB. This Vite plugin
// loads the module as such literals, joined when it runs: the same string,
// the same store.
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The data store's module, as Astro's content plugin resolves it. */
const STORE_MODULE = '\0astro:data-layer-content';
/** UTF-16 units a literal: 1 MB of two-byte text, one step of V8's growth. */
const PIECE = 1 << 19;

/**
 * The data store's module for its serialised text: what Astro's load makes,
 * `export default JSON.parse("…")`, but with the text cut into literals of at
 * most `piece` UTF-16 units, joined at run time. A cut may fall inside a
 * surrogate pair: each half is escaped (JSON.stringify) and join puts the
 * units back together.
 */
export function storeModule(text: string, piece = PIECE): string {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += piece) pieces.push(JSON.stringify(text.slice(at, at + piece)));
  return `export default JSON.parse([${pieces.join(',\n')}].join(''))`;
}

/** What Astro's load marks the module with (core/build/incremental-metadata.js): data, not code, so a change to it leaves the pages' code hashes (incremental build) alone. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/**
 * Loads the data store's module from `storeFile` (Astro's data-store.json in
 * its cacheDir) in pieces, ahead of Astro's own load, which would also parse
 * the whole store once to validate it. Without the file (no sync yet) Astro's
 * load answers.
 */
export function dataStoreLiterals(storeFile: string): Plugin {
  return {
    name: 'bulletin-archive:data-store-literals',
    enforce: 'pre',
    // `astro dev` keeps its store elsewhere (.astro/) and serves it its own way.
    apply: 'build',
    load: {
      order: 'pre',
      handler(id) {
        if (id !== STORE_MODULE || !existsSync(storeFile)) return null;
        return { code: storeModule(readFileSync(storeFile, 'utf8')), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}
