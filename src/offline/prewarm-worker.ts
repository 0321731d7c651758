// Worker thread entry: prewarmPages over the built site (see ./index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { prewarmPages } from './index.ts';

const { outDir, cacheDir, part, parts } = workerData as { outDir: string; cacheDir: string; part: number; parts: number };
parentPort!.postMessage(prewarmPages(outDir, cacheDir, part, parts));
