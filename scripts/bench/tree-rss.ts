// Peak resident memory of a whole process tree (the build's Node process, the
// Pagefind binary it starts, …), sampled from /proc every `everyMs`. Linux only.
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Sum of RSS bytes of `root` and all its descendants right now. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    // Field 4 (ppid) follows the parenthesised command, which may hold spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  let bytes = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const statm = read(`/proc/${pid}/statm`);
    if (statm) bytes += Number(statm.split(' ')[1]) * PAGE;
    stack.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/** Samples the tree until stopped; returns the peak in bytes. `samples` holds every [epoch ms, bytes] taken. */
export function watchPeak(root: number, everyMs = 200): { stop: () => number; samples: [number, number][] } {
  const samples: [number, number][] = [];
  const sample = () => void samples.push([Date.now(), treeRss(root)]);
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      return samples.reduce((peak, [, bytes]) => Math.max(peak, bytes), 0);
    },
  };
}
