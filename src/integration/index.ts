// The archive's Astro integration: after Astro writes the pages, prove no
// text was lost, report the input's diagnostics, and build the search index.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sharedArchive } from '../content/archive-source.ts';
import { checkTextLost } from '../verify/text-lost.ts';
import { indexSite } from '../search/index-site.ts';
import { buildOfflineZip } from '../offline/index.ts';
import { formatDiagnostic } from './diagnostics.ts';

export function archiveIntegration(): AstroIntegration {
  return {
    name: 'bulletin-archive',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const archive = sharedArchive();
        const strict = process.env.ARCHIVE_STRICT === '1';
        for (const d of archive.diagnostics) (d.level === 'error' ? logger.error : d.level === 'warning' ? logger.warn : logger.info).call(logger, formatDiagnostic(d));
        logger.info(`${archive.issues.length} bulletins, ${archive.articles.length} articles; ${archive.skipped.length} files skipped`);

        const losses = checkTextLost(archive, outDir);
        for (const loss of losses) logger.error(`${loss.file}:${loss.line}: text lost: the pages lack "${loss.missing}" (found "${loss.found}")`);
        if (losses.length) throw new Error(`no-text-lost check failed for ${losses.length} bulletin(s); see above`);
        logger.info(`no text lost: ${archive.issues.length} bulletins checked`);

        const report = await indexSite(outDir, (line) => logger.info(line));
        logger.info(`search index: ${report.pages} pages indexed (${report.articles} articles in ${report.shards.length} shard(s))`);

        const offline = buildOfflineZip(outDir);
        logger.info(`offline copy: ${offline.files} files, offline.zip ${offline.bytes} bytes`);

        const problems = archive.diagnostics.filter((d) => d.level === 'error' || d.level === 'warning');
        if (strict && problems.length) throw new Error(`--strict: ${problems.length} warning(s) or error(s) in the input; see above`);
      },
    },
  };
}
