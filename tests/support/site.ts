// Reading the built site from disk for checks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { config } from '../../src/config/index.ts';

// ARCHIVE_OUT_DIR, as the build reads it.
export const DIST = config().outDir;

/** Every file under a folder, as site paths (/a/b/index.html). */
export function siteFiles(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(`/${relative(root, full).split(sep).join('/')}`);
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

export function page(path: string, root = DIST): string {
  const file = path.endsWith('/') ? join(root, path, 'index.html') : join(root, path);
  return readFileSync(file, 'utf8');
}

/** JSON-LD blocks of a page. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

/** A page's first JSON-LD block, probed field by field; a page without one fails here. */
export function firstJsonLd(html: string): Record<string, any> {
  const [ld] = jsonLd(html);
  if (!ld) throw new Error('the page has no JSON-LD');
  return ld;
}

/** Article pages: /{pub}/{yyyy}/{nn}/{k}/ (and standalone /{pub}/{yyyy}/{stem}/{k}/). */
export function articlePages(root = DIST): string[] {
  return siteFiles(root)
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => f.replace(/index\.html$/, ''))
    .filter((p) => jsonLd(page(p, root)).some((r) => r['@type'] === 'Article'));
}

/** hrefs of the links inside an element with the given class (first match). */
export function linksIn(html: string, className: string): string[] {
  const start = html.search(new RegExp(`class="[^"]*\\b${className}\\b`));
  if (start < 0) return [];
  const tag = html.slice(0, start).lastIndexOf('<');
  const name = /^<(\w+)/.exec(html.slice(tag))![1]!;
  const end = html.indexOf(`</${name}>`, start);
  return [...html.slice(start, end).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}

/** Resolve a relative href found on the page at `from` to a site path. */
export function resolveHref(from: string, href: string): string {
  return new URL(href, `http://site${from}`).pathname;
}
