import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { filterBuildLog, PROGRESS_EVERY } from './build-log.ts';

async function run(lines: string[]): Promise<{ out: string[]; files: number }> {
  const sink = new PassThrough();
  let text = '';
  sink.on('data', (d: Buffer) => (text += d.toString()));
  const files = await filterBuildLog(Readable.from(lines.map((l) => `${l}\n`)), sink);
  return { out: text.trimEnd().split('\n'), files };
}

describe('filterBuildLog', () => {
  it('keeps messages, replaces per-file lines with progress and a total', async () => {
    // Every other line coloured, as Astro writes them when CI is set.
    const perFile = Array.from({ length: PROGRESS_EVERY + 3 }, (_, i) => (i % 2 ? `02:38:43   ├─ /x/${i}/index.html (+1ms) ` : `\x1b[2m02:38:43\x1b[22m   └─ \x1b[2m/x/${i}/index.html\x1b[22m \x1b[2m(+1ms)\x1b[22m `));
    const { out, files } = await run(['02:38:22 [content] Syncing content', ' generating static routes ', ...perFile, '02:38:43 ✓ Completed in 15.79s.', '', '02:38:43 [build] ✓ Completed in 18.27s.', '02:38:46 [bulletin-archive] 000.txt:7: warning: x']);
    expect(files).toBe(PROGRESS_EVERY + 3);
    expect(out).toEqual([
      '02:38:22 [content] Syncing content',
      ' generating static routes ',
      `  rendered ${PROGRESS_EVERY} files…`,
      `  rendered ${PROGRESS_EVERY + 3} files`,
      '02:38:43 ✓ Completed in 15.79s.',
      '',
      '02:38:43 [build] ✓ Completed in 18.27s.',
      '02:38:46 [bulletin-archive] 000.txt:7: warning: x',
    ]);
  });

  it('counts the pages an incremental build copied instead of rendering', async () => {
    // Astro 7 ends the per-file line of a skipped page with (cached) or, when it copied it from its cacheDir, (restored).
    const lines = ['04:40:37   ├─ /a/index.html (+22ms) ', '04:40:37   ├─ /b/index.html (restored)', '\x1b[2m04:40:37\x1b[22m   ├─ /c/index.html \x1b[32m(cached)\x1b[39m', '04:40:49 ✓ Completed in 12.48s.'];
    const { out, files } = await run(lines);
    expect(files).toBe(3);
    expect(out).toEqual(['  rendered 3 files', '  2 of them unchanged, copied from the last build', '04:40:49 ✓ Completed in 12.48s.']);
  });
});
