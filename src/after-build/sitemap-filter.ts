// Which pages the sitemap lists (@astrojs/sitemap's filter): those a search
// engine may index. The page itself says so: a page rendered with `noindex`
// (src/layouts/Base.astro: the search page, 404, a withdrawn issue's notices)
// carries <meta name="robots" content="noindex">, and the sitemap leaves out
// exactly those, so the two can never disagree. The filter runs after Astro
// has written the pages; it reads each page's <head> only.
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

const ROBOTS_NOINDEX = /<meta\s[^>]*name=["']?robots["']?[^>]*content=["']?[^"'>]*\bnoindex\b/i;

/** The page's <head> (read in chunks up to </head>), or '' when there is no such file. */
function headOf(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const chunk = Buffer.alloc(16 * 1024);
    let head = '';
    let at = 0;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, at);
      if (n === 0) return head;
      at += n;
      head += chunk.subarray(0, n).toString('latin1'); // the tag is ASCII; no need to decode
      const end = head.indexOf('</head>');
      if (end >= 0) return head.slice(0, end);
    }
  } finally {
    closeSync(fd);
  }
}

/** A filter for @astrojs/sitemap: true unless the built page at `url` says noindex. */
export function indexablePages(outDir: string, base: string): (url: string) => boolean {
  return (url) => {
    const { pathname } = new URL(url);
    const path = decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
    const file = join(outDir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
    return !ROBOTS_NOINDEX.test(headOf(file));
  };
}
