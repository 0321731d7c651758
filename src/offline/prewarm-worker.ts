// Worker thread entry: prewarm (page rewrites and entries made ahead of the zip) over the built site (see ./index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { prewarm } from './index.ts';

const { outDir, cacheDir, pages, files, part } = workerData as { outDir: string; cacheDir: string; pages: [string, string][]; files: [string, string][]; part: number };
parentPort?.postMessage(await prewarm(outDir, cacheDir, pages, files, part));
