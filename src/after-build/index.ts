// What the build does to its output folder besides Astro's rendering: the
// steps after Astro. Two processes run them, so the folder has two entry
// points, each loading only what its process needs:
// - this file, for the build script (scripts/build.ts): before Astro, the last
//   output set aside with the pages Astro may keep carried back
//   (./old-output.ts); once Astro has exited, the pages it no longer makes
//   removed, the search index and then the offline copy (src/search,
//   src/offline, run by ./search-and-offline.ts), and the mark that the
//   output is finished (./output-mark.ts);
// - ./integration.ts, for Astro's process (astro.config.mjs): as soon as the
//   pages are written, diagnostics, the files beside the pages, minified
//   assets, the no-text-lost check (src/verify), and the sitemap's filter.
import { removeStalePages, type PreparedOutput } from './old-output.ts';
import { markFinished } from './output-mark.ts';
import { searchAndOffline } from './search-and-offline.ts';

export { prepareOutput, type PreparedOutput } from './old-output.ts';
export { finishedInto } from './output-mark.ts';

/** Once Astro has exited: the carried pages it no longer made removed, the search index and offline copy, the output marked finished. */
export async function afterAstro(outDir: string, cacheDir: string, prepared: PreparedOutput, log: (line: string) => void): Promise<void> {
  const stale = removeStalePages(outDir, cacheDir, prepared);
  if (stale) log(`${stale} page(s) of the last build no longer made: removed`);
  await searchAndOffline(outDir, cacheDir, log);
  markFinished(cacheDir, outDir);
}
