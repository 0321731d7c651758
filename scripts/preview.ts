// npm run preview: serve dist/ on http://localhost:4321/ to look at the archive.
import { spawnSync } from 'node:child_process';

const astro = 'node_modules/astro/bin/astro.mjs';
const r = spawnSync(process.execPath, [astro, 'preview', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
process.exit(r.status ?? 1);
