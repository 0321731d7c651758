// Worker thread entry: prewarm (page rewrites and entries made ahead of the zip) over the built site (see ./index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { prewarm, type AheadWork } from './index.ts';

const { outDir, cacheDir, work, part } = workerData as { outDir: string; cacheDir: string; work: AheadWork; part: number };
parentPort?.postMessage(await prewarm(outDir, cacheDir, work, part));
