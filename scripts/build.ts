// npm run build [-- --strict] [-- --check]: the archive from BULLETINS_DIR
// (default content/bulletins) into dist/. --strict fails on any warning.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const env = { ...process.env, ...(args.includes('--strict') ? { ARCHIVE_STRICT: '1' } : {}), ASTRO_TELEMETRY_DISABLED: '1' };
if (args.includes('--check')) {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args.filter((a) => a !== '--check')], { stdio: 'inherit', env });
  process.exit(r.status ?? 1);
}
const astro = 'node_modules/astro/bin/astro.mjs';
const started = Date.now();
const r = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env });
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
