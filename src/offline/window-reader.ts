// Reads of a large file through a window: the zip takes entries in the order
// they were written (the last zip's, the entries made ahead, all sorted by
// path), so most reads are slices of one large read; a buffer and a read an
// entry cost ~9 s of a 10,000-bulletin rebuild's zip (245,000 entries). A
// read behind the window is read alone.
import { readSync } from 'node:fs';

/** How much of the file one read takes in. */
const WINDOW = 8 << 20;

/** Reads of the file open at `fd`: `length` bytes at `offset`, or undefined past its end. */
export function windowReader(fd: number): (offset: number, length: number) => Buffer | undefined {
  let window = Buffer.alloc(0);
  let start = 0;
  return (offset, length) => {
    if (offset < start || offset + length > start + window.length) {
      const size = offset > start ? Math.max(WINDOW, length) : length;
      // A new buffer each time, outside Node's shared pool, never the old one refilled: the writer may still hold
      // slices of it, unwritten (and a slice of a pooled buffer would pin 64 KB an entry, see ./zip.ts).
      const buf = Buffer.allocUnsafeSlow(size);
      const got = readSync(fd, buf, 0, size, offset);
      if (got < length) return undefined;
      window = buf.subarray(0, got);
      start = offset;
    }
    return window.subarray(offset - start, offset - start + length);
  };
}
