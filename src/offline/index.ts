// Offline copy (SPEC §7): after the pages and the search index exist, write
// dist/offline.zip — the whole archive, index.html at its root, working from
// file:// in Chromium and Firefox — then put its size on the home page's
// download link. The zip never contains that size, so builds stay
// byte-identical.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { classicName, rewriteHtml } from './rewrite-html.ts';
import { moduleToClassic, pagefindToClassic } from './classic-script.ts';
import { isIndexFile, registerScript } from './pagefind-files.ts';
import { deterministicZip } from './zip.ts';

export const ZIP_NAME = 'offline.zip';
const LOADER = 'assets/pagefind-offline.js';

export interface OfflineReport {
  files: number;
  bytes: number;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The offline copy as zip paths → bytes. */
export function offlineFiles(outDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const modules = new Set<string>();
  const paths = listFiles(outDir);
  if (!paths.includes(LOADER)) throw new Error(`offline copy: ${LOADER} is missing from the build`);
  for (const path of paths) {
    if (path === ZIP_NAME) continue;
    const bytes = readFileSync(join(outDir, path));
    if (path.startsWith('pagefind/')) {
      const inner = path.slice('pagefind/'.length);
      if (inner.startsWith('issues/')) continue; // the issue pages' index: no search of the site reads it
      if (inner === 'pagefind.js') files.set('pagefind/pagefind.classic.js', Buffer.from(pagefindToClassic(join(outDir, path))));
      else if (isIndexFile(inner)) files.set(`${path}.js`, Buffer.from(registerScript(inner, bytes)));
      continue; // the raw index and the UIs are useless from file://
    }
    if (path.endsWith('.html')) {
      const dir = posix.dirname(path);
      const page = rewriteHtml(bytes.toString('utf8'), posix.relative(dir, LOADER));
      for (const src of page.moduleScripts) modules.add(posix.normalize(posix.join(dir, src.split(/[?#]/)[0]!)));
      files.set(path, Buffer.from(page.html));
    } else files.set(path, bytes);
  }
  for (const path of [...modules].sort()) {
    // A missing script is a broken link, which the link check reports; nothing to convert.
    if (files.has(path)) files.set(classicName(path), Buffer.from(moduleToClassic(join(outDir, path))));
  }
  return files;
}

/** 1234567 → "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Fill the home page's [data-offline-size] with the zip's size. */
function patchHomePage(outDir: string, bytes: number): void {
  const file = join(outDir, 'index.html');
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  let found = 0;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties.dataOfflineSize !== undefined) {
        child.children = [{ type: 'text', value: formatSize(bytes) }];
        found++;
      } else walk(child);
    }
  };
  walk(tree);
  if (!found) throw new Error('offline copy: the home page has no [data-offline-size] placeholder for the zip size');
  writeFileSync(file, toHtml(tree));
}

export function buildOfflineZip(outDir: string): OfflineReport {
  const files = offlineFiles(outDir);
  const zip = deterministicZip(files);
  writeFileSync(join(outDir, ZIP_NAME), zip);
  patchHomePage(outDir, zip.length);
  return { files: files.size, bytes: zip.length };
}
