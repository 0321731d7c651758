// Module scripts as classic scripts, for the offline copy: Chromium refuses
// module scripts (and dynamic import) from file:// pages, classic ones load.
// esbuild bundles each entry with its relative imports into one IIFE;
// its output is deterministic.
import { dirname, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** A site module script (e.g. assets/search.js and what it imports) → one classic script. */
export function moduleToClassic(entry: string): string {
  return bundle(entry, {
    // document.currentScript is the classic-script equivalent of import.meta.url.
    'import.meta.url': 'document.currentScript.src',
  });
}

/**
 * Pagefind's browser bundle (pagefind.js, an ES module) → a classic script
 * that sets window.__pagefindClassic to the module's exports. import.meta.url
 * only serves to guess the bundle path, which the offline loader passes
 * explicitly (basePath), so it becomes undefined.
 */
export function pagefindToClassic(entry: string): string {
  return bundle(entry, { 'import.meta.url': 'undefined' }, '__pagefindClassic');
}

function bundle(entry: string, define: Record<string, string>, globalName?: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    define,
    write: false,
    logLevel: 'silent',
    legalComments: 'inline',
    // esbuild names each bundled file in a comment, relative to the working
    // directory; from the entry's folder those names do not depend on where
    // the site is built (ARCHIVE_OUT_DIR), so two builds give the same bytes.
    absWorkingDir: dirname(resolve(entry)),
    // …and no tsconfig.json found above the output folder may change the output.
    tsconfigRaw: {},
  });
  const problems = [...result.errors, ...result.warnings];
  if (problems.length) throw new Error(`offline copy: cannot make ${entry} a classic script: ${problems.map((p) => p.text).join('; ')}`);
  return result.outputFiles[0]!.text;
}
