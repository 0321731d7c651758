// The content layer's data store reaches the pages as one module, which Astro
// writes as `export default JSON.parse("…")`: the whole store (275 MB at 10,000
// bulletins) in one string literal. V8's scanner grows a literal's buffer by
// at most 1 MB at a time, copying it each time, so parsing that module takes
// time quadratic in its length: minutes at 10,000 bulletins whenever the data
// changed (Node's compile cache hides it when nothing did), against a fraction
// of a second for the same text in literals of ~1 MB. This Vite plugin
// rewrites the module into such literals, joined when it runs: the same
// string, the same store.
import type { Plugin } from 'vite';

/** The data store's module, as Astro's content plugin resolves it. */
const STORE_MODULE = '\0astro:data-layer-content';
const HEAD = 'export default JSON.parse(';
/** UTF-16 units a literal: 1 MB of two-byte text, one step of V8's growth. */
const PIECE = 1 << 19;

/**
 * Astro's data store module with its one JSON literal cut into literals of at
 * most `piece` UTF-16 units, joined at run time; undefined when the code is not
 * of that shape. A cut may fall inside a surrogate pair: each half is escaped
 * (JSON.stringify) and join puts the units back together.
 */
export function splitStoreLiteral(code: string, piece = PIECE): string | undefined {
  if (!code.startsWith(HEAD) || !code.endsWith(')')) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(code.slice(HEAD.length, -1));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += piece) pieces.push(JSON.stringify(text.slice(at, at + piece)));
  return `${HEAD}[${pieces.join(',\n')}].join(''))`;
}

/**
 * Splits the data store module's literal. The module keeps the metadata
 * Astro's load gave it (it marks the module as data, not code, for the
 * incremental build), as a transform leaves it. Fails the build if the module
 * was bundled in a shape it does not know (an Astro upgrade), rather than
 * quietly parsing slowly again.
 */
export function dataStoreLiterals(): Plugin {
  let unknownShape = false;
  return {
    name: 'bulletin-archive:data-store-literals',
    transform(code, id) {
      if (id !== STORE_MODULE) return null;
      // An empty store (`new Map()`, before the first sync) has no literal to split.
      if (!code.startsWith(HEAD)) {
        unknownShape = !code.includes('new Map()');
        return null;
      }
      const split = splitStoreLiteral(code);
      if (split === undefined) unknownShape = true;
      return split === undefined ? null : { code: split, map: { mappings: '' } };
    },
    buildEnd() {
      if (unknownShape) this.error(`${STORE_MODULE.slice(1)} no longer has the shape src/content/data-store-literals.ts splits (${HEAD}"…")); update it`);
    },
  };
}
