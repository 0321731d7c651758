// The archive's Astro integration, the entry point of this folder for Astro's
// process (astro.config.mjs): after Astro writes the pages, report the
// input's diagnostics, write the files beside the pages, minify the assets and
// prove no text was lost. The search index and the offline copy follow once
// Astro has exited (./index.ts, called by scripts/build.ts), so Astro's memory
// is free.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedFile, sharedArchive } from '../content/archive-source.ts';
import { writePublished } from '../archive/published.ts';
import { checkTextLostInThreads, lossMessage, removedText } from '../verify/index.ts';
import { formatDiagnostic } from '../archive/format-diagnostic.ts';
import { markPhase } from '../instrument/phases.ts';
import { besideFiles, besideTable, writeBesideFiles } from './beside-files.ts';
import { minifyAssets } from './minify-assets.ts';
import { VerdictCache } from '../verify/verdict-cache.ts';
import { config } from '../config/index.ts';

export { indexablePages } from './sitemap-filter.ts';

export function archiveIntegration(): AstroIntegration {
  return {
    name: 'bulletin-archive',
    hooks: {
      'astro:config:done': () => markPhase('config'),
      'astro:build:start': () => markPhase('build:start'),
      'astro:build:generated': () => markPhase('render:end'),
      'astro:build:done': async ({ dir, logger }) => {
        markPhase('done:start');
        const outDir = fileURLToPath(dir);
        const archive = await sharedArchive();
        const strict = config().strict;
        for (const d of archive.diagnostics) (d.level === 'error' ? logger.error : d.level === 'warning' ? logger.warn : logger.info).call(logger, formatDiagnostic(d));
        logger.info(`${archive.issues.length} bulletins, ${archive.articles.length} articles; ${archive.skipped.length} files skipped`);
        const written = writeBesideFiles(besideFiles(archive), Object.entries(archive.attachments), outDir, besideTable(config().cacheDir));
        logger.info(`files beside the pages (source.txt, issue.json, cite.bib, cite.ris): ${written.written} written${written.kept ? `, ${written.kept} unchanged since the last build` : ''}${written.removed ? `, ${written.removed} no longer made removed` : ''}`);
        const minified = minifyAssets(outDir);
        logger.info(`assets minified: ${minified.files} scripts and stylesheets, ${minified.before} → ${minified.after} bytes`);

        // Bulletins whose source and pages are byte for byte those of a pass last build pass again unparsed.
        const verdicts = VerdictCache.open(join(config().cacheDir, 'bulletin-archive', 'text-lost.json'));
        const losses = await checkTextLostInThreads(archive, outDir, verdicts);
        verdicts?.save();
        // A ■ missing where the pages have text is a redaction the pages did not get (SPEC §8): a leak, not a loss.
        for (const loss of losses) logger.error(lossMessage(loss));
        if (losses.length) throw new Error(`no-text-lost check failed for ${losses.length} bulletin(s); see above`);
        const removed = removedText(archive);
        const sum = (xs: { characters: number }[]) => xs.reduce((n, x) => n + x.characters, 0);
        logger.info(
          `no text lost: ${archive.issues.length} bulletins checked${verdicts?.hits ? ` (${verdicts.hits} unchanged since the last build)` : ''}; removed on purpose: ${removed.withdrawn.length} withdrawn (${sum(removed.withdrawn)} characters), ${removed.redacted.reduce((n, r) => n + r.occurrences, 0)} redactions (${sum(removed.redacted)} characters)`,
        );
        markPhase('verify:end');
        // The URLs these pages hold, so a duplicate added later cannot take them (src/archive/claims.ts).
        writePublished(publishedFile(), archive.issues);

        const problems = archive.diagnostics.filter((d) => d.level === 'error' || d.level === 'warning');
        if (strict && problems.length) throw new Error(`--strict: ${problems.length} warning(s) or error(s) in the input; see above`);
      },
    },
  };
}
