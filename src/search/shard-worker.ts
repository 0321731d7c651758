// Worker thread entry: one article shard written (./shard-writer.ts) for ./index-pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { type ShardJob, writeShard } from './shard-writer.ts';

parentPort?.postMessage(writeShard(workerData as ShardJob));
