// Astro prints one line per generated file; at 50,000 pages that floods CI
// logs. This filter passes every other line through and replaces the
// per-file lines with a progress line every PROGRESS_EVERY files and a total.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

const PER_FILE = /^\S*\s+[├└]─ \//;
// A page Astro's incremental build copied from the last build instead of rendering it.
const REUSED = /\((?:cached|restored)\)\s*$/;
// Colours (Astro colours its output when CI is set) are ignored when matching.
const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');
export const PROGRESS_EVERY = 5000;

export function filterBuildLog(input: Readable, output: Writable): Promise<number> {
  let files = 0;
  let reported = 0;
  let reused = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!PER_FILE.test(plain(line))) {
      if (files > reported && /Completed in/.test(plain(line))) {
        output.write(`  rendered ${files} files\n`);
        if (reused) output.write(`  ${reused} of them unchanged, copied from the last build\n`);
        reported = files;
      }
      output.write(`${line}\n`);
      return;
    }
    files++;
    if (REUSED.test(plain(line))) reused++;
    if (files % PROGRESS_EVERY === 0) output.write(`  rendered ${files} files…\n`);
  });
  return new Promise((resolve) => lines.on('close', () => resolve(files)));
}
