// One job in a worker thread: resolves to the one message the worker posts,
// rejects when it throws or exits without posting (the offline page rewrite,
// the Pagefind runs).
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function runWorker<T>(entry: URL, options: WorkerOptions, what: string): Promise<T> {
  const worker = new Worker(entry, options);
  return new Promise((resolve, reject) => {
    worker.once('message', (result: T) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => (code ? reject(new Error(`${what} stopped (${code})`)) : undefined));
  });
}
