// One page of the offline copy: the same HTML, re-serialised through a real
// parser, with every relative link to a folder pointing at its index.html
// (file:// shows no index page for a folder), module scripts turned into
// deferred classic scripts (Chromium blocks module scripts on file://), the
// offline search loader placed before them, and the "download the offline
// copy" paragraph dropped (the copy has no zip). The CSP stays as online:
// measured, 'self' admits the copy's own file: scripts and styles in both
// Chromium and Firefox and still blocks inline and remote script.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';
import { folderIndex } from '../../public/assets/folder-index.js';

/** Module script file → its classic copy in the offline archive (assets/search.js → assets/search.classic.js). */
export function classicName(src: string): string {
  return src.replace(/\.m?js$/, '.classic.js');
}

export interface OfflinePage {
  html: string;
  /** Site-relative-to-page srcs of the module scripts that became classic scripts. */
  moduleScripts: string[];
}

const LINK_ATTRS = ['href', 'src', 'action', 'poster'] as const;

/** @param loaderFromPage the loader script's URL relative to this page, e.g. `../assets/pagefind-offline.js` */
export function rewriteHtml(html: string, loaderFromPage: string): OfflinePage {
  const tree: Root = fromHtml(html);
  const moduleScripts: string[] = [];
  const walk = (parent: Root | Element) => {
    const next: RootContent[] = [];
    for (const node of parent.children) {
      if (node.type !== 'element') {
        next.push(node);
        continue;
      }
      const p = node.properties;
      if (p.dataOfflineDownload !== undefined) continue; // the copy does not contain itself
      for (const attr of LINK_ATTRS) if (typeof p[attr] === 'string') p[attr] = folderIndex(p[attr]);
      if (node.tagName === 'script' && p.type === 'module' && typeof p.src === 'string') {
        moduleScripts.push(p.src);
        next.push({ type: 'element', tagName: 'script', properties: { defer: true, src: loaderFromPage }, children: [] });
        delete p.type;
        p.src = classicName(p.src);
        p.defer = true;
      }
      walk(node);
      next.push(node);
    }
    parent.children = next as typeof parent.children;
  };
  walk(tree);
  return { html: toHtml(tree), moduleScripts };
}
