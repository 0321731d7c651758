// npm run build [-- --strict] [-- --check] [-- --verbose]: the archive from
// BULLETINS_DIR (default content/bulletins) into dist/. --strict fails on any
// warning. Astro's one line per generated file is summarised unless --verbose.
import { spawn, spawnSync } from 'node:child_process';
import { filterBuildLog } from './build-log.ts';

const args = process.argv.slice(2);
const env = { ...process.env, ...(args.includes('--strict') ? { ARCHIVE_STRICT: '1' } : {}), ASTRO_TELEMETRY_DISABLED: '1' };
if (args.includes('--check')) {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args.filter((a) => a !== '--check')], { stdio: 'inherit', env });
  process.exit(r.status ?? 1);
}
const astro = 'node_modules/astro/bin/astro.mjs';
const started = Date.now();
const verbose = args.includes('--verbose');
const child = spawn(process.execPath, [astro, 'build'], { stdio: ['inherit', verbose ? 'inherit' : 'pipe', 'inherit'], env });
const filtered = child.stdout ? filterBuildLog(child.stdout, process.stdout) : Promise.resolve(0);
child.on('close', async (code) => {
  await filtered;
  if (code !== 0) process.exit(code ?? 1);
  console.log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
