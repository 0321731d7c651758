// Internal link check over a built folder, without a server: every relative
// href/src of every HTML page must name a file of the build (a folder means
// its index.html), and every #fragment an element id on the target page.
// Ours because the maintained checkers either need an HTTP server or do not
// check fragments offline (linkinator), or pull in a large stack (hyperlink).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Root } from 'hast';
import { filesUnder } from '../../src/files/files-under.ts';

export interface BrokenLink {
  /** Site path of the page holding the link, e.g. /a/b/index.html */
  page: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal links and sources checked (each occurrence). */
  checked: number;
  /** Of those, links with a #fragment whose target element was looked up. */
  fragments: number;
  broken: BrokenLink[];
}

const LINK_ATTRS: Record<string, string[]> = { a: ['href'], link: ['href'], area: ['href'], script: ['src'], img: ['src'], source: ['src'], iframe: ['src'], form: ['action'] };
// Not links into the site: other schemes, protocol-relative or absolute URLs.
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

interface PageFacts {
  ids: Set<string>;
  links: string[];
}

function factsOf(tree: Root): PageFacts {
  const ids = new Set<string>();
  const links: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const id = node.properties.id;
      if (typeof id === 'string') ids.add(id);
      // <a name> is an obsolete fragment target, but browsers still honour it.
      if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
      for (const attr of LINK_ATTRS[node.tagName] ?? []) {
        const value = node.properties[attr];
        if (typeof value === 'string') links.push(value);
      }
    }
    if (node.type === 'element' || node.type === 'root') for (const c of node.children) walk(c as Nodes);
    if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content);
  };
  walk(tree);
  return { ids, links };
}

/** The file a site path names: itself, or its folder's index.html. */
function targetFile(path: string, files: Set<string>): string | undefined {
  if (files.has(path)) return path;
  const index = `${path.endsWith('/') ? path : `${path}/`}index.html`;
  return files.has(index) ? index : undefined;
}

export function checkLinks(root: string): LinkReport {
  const files = filesUnder(root).map((f) => `/${f}`);
  const fileSet = new Set(files);
  const pages = files.filter((f) => f.endsWith('.html'));
  const facts = new Map<string, PageFacts>();
  const factsFor = (p: string) => {
    let f = facts.get(p);
    if (!f) facts.set(p, (f = factsOf(fromHtml(readFileSync(join(root, p), 'utf8')))));
    return f;
  };

  const report: LinkReport = { pages: pages.length, checked: 0, fragments: 0, broken: [] };
  for (const p of pages) {
    for (const href of factsFor(p).links) {
      if (href === '' || EXTERNAL.test(href)) continue;
      report.checked++;
      const fail = (reason: string) => report.broken.push({ page: p, href, reason });
      if (href.startsWith('/')) {
        fail('root-absolute link (the site must work under any path prefix)');
        continue;
      }
      const url = new URL(href, `http://site${p}`);
      const path = decodeURIComponent(url.pathname);
      const target = targetFile(path, fileSet);
      if (!target) {
        fail(`no file ${path} in the build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // Text fragments (#:~:text=) address text, not ids; an empty # is the top.
      if (!fragment || fragment.startsWith(':~:')) continue;
      if (!target.endsWith('.html')) continue;
      report.fragments++;
      if (!factsFor(target).ids.has(fragment)) fail(`no element id="${fragment}" on ${target}`);
    }
  }
  return report;
}
