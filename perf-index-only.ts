// Times the search index stage alone over a built site (no cache). usage: index-only.ts SITE
import { rmSync } from 'node:fs';
import { join } from 'node:path';
const site = process.argv[2]!;
rmSync(join(site, 'pagefind'), { recursive: true, force: true });
const { indexSite } = await import(join(process.cwd(), 'src/search/index-site.ts'));
const t = Date.now();
const c = process.cpuUsage();
const r = await indexSite(site, (l: string) => console.log(l));
const u = process.cpuUsage(c);
console.log(`INDEX ${((Date.now() - t) / 1000).toFixed(1)} s wall; main-thread+workers cpu ${((u.user + u.system) / 1e6).toFixed(1)} s; shards ${r.shards.length}`);
