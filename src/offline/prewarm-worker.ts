// Worker thread entry: prewarmPages over the built site (see ./index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { prewarmPages } from './index.ts';

const { outDir, cacheDir, pages } = workerData as { outDir: string; cacheDir: string; pages: [string, string][] };
parentPort?.postMessage(await prewarmPages(outDir, cacheDir, pages));
