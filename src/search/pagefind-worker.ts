// Worker thread entry: one Pagefind run (./pagefind-run.ts) for ./index-pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { type PagefindJob, runPagefind } from './pagefind-run.ts';

parentPort?.postMessage(await runPagefind(workerData as PagefindJob));
