// Worker thread entry for ./record-pool.ts: article pages → their search
// records (./article-record.ts), read from disk here so only paths and
// records cross between threads.
import { readFileSync } from 'node:fs';
import type { CustomRecord } from 'pagefind';
import { articleRecord } from './article-record.ts';
import type { RecordTask } from './record-pool.ts';

export default function makeRecords(pages: RecordTask[]): (CustomRecord | undefined)[] {
  return pages.map(({ file, url, key }) => articleRecord(readFileSync(file, 'utf8'), url, key));
}
