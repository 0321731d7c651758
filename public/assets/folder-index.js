// @ts-check
// A folder's URL → its index.html, for file://, where nothing serves a
// folder's index page. One rule for the three places that need it: the
// offline copy's links (src/offline/rewrite-html.ts), search results read
// from the page table on disk (./search-index.js, pageHref) and Pagefind's
// results in the offline copy (./pagefind-offline.js).

/**
 * The URL of the file a folder URL stands for: a path ending in `/` (or
 * `.`, `..`) gets `index.html`, its query and fragment kept (`./` →
 * `index.html`, `../a/?q=1#x` → `../a/index.html?q=1#x`, `..` →
 * `../index.html`). A file's URL, a query or fragment alone (this page), and
 * another site's URL (a scheme other than `file:`, or `//host/…`) are
 * returned as they are.
 * @param {string} url
 */
export function folderIndex(url) {
  if (url === '' || url.startsWith('#') || url.startsWith('//')) return url;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0];
  if (scheme !== undefined && scheme.toLowerCase() !== 'file:') return url;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  if (path === '') return url;
  if (path === './') return `index.html${rest}`;
  if (path.endsWith('/')) return `${path}index.html${rest}`;
  if (path === '.' || path === '..' || path.endsWith('/.') || path.endsWith('/..')) return `${path}/index.html${rest}`;
  return url;
}
