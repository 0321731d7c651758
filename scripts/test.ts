// npm test: format and lint (Biome), type check (the build code, and the browser code of
// public/assets by tsconfig.browser.json), unit tests, the real build of content/bulletins
// (--strict), then checks over the built site and end-to-end tests in
// Chromium. Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './browsers.ts';

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.BULLETINS_DIR; // npm test always checks the sample archive
delete env.ARCHIVE_OUT_DIR;
mkdirSync('.cache', { recursive: true });

// The browser tests need Chromium and Firefox: installed now when root can, else stop before minutes of other steps.
const noBrowsers = ensureBrowsers(env);
if (noBrowsers) {
  console.error(noBrowsers);
  process.exit(1);
}

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(name: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = r.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  return ok;
}

function vitest(project: string): void {
  const out = `.cache/vitest-${project}.json`;
  rmSync(out, { force: true });
  const ok = step(`vitest ${project}`, ['node_modules/vitest/vitest.mjs', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
    if (!ok) failures.push(`vitest ${project}`);
  } catch {
    failed++;
    failures.push(`vitest ${project} (no report)`);
  }
}

function gate(name: string, args: string[], extraEnv?: Record<string, string>): boolean {
  const ok = step(name, args, extraEnv);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

// Format and lint first: seconds, and a style failure stops the run before the minutes of build and browsers.
if (!gate('format and lint (biome check)', ['node_modules/@biomejs/biome/bin/biome', 'check', '--error-on-warnings', '.'])) {
  console.log(`\nfailed: format and lint (run npm run format to fix formatting)\n\n${passed} passed, ${failed} failed`);
  process.exit(1);
}
gate('type check (astro check)', ['node_modules/astro/bin/astro.mjs', 'check']);
// The browser's scripts, on their own: DOM types, no Node ones (checkJs, strict).
gate('type check (browser code, tsconfig.browser.json)', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.browser.json']);
vitest('unit');
if (gate('build content/bulletins --strict', ['scripts/build.ts', '--strict'])) vitest('e2e');
else failures.push('e2e tests not run: the build failed');

if (failures.length) console.log(`\nfailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
