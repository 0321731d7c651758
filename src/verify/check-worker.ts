// Worker thread entry for ./check-threads.ts: a batch of bulletins checked
// (./text-lost.ts checkBulletin) against the pages in the pool's outDir.
import { workerData } from 'piscina';
import { type BulletinCheck, type Verdict, checkBulletin } from './text-lost.ts';

const { outDir, before } = workerData as { outDir: string; before?: string[] };
const passed = before ? new Set(before) : undefined;

export default function checkBatch(bulletins: BulletinCheck[]): Verdict[] {
  return bulletins.map((b) => checkBulletin(b, outDir, passed));
}
