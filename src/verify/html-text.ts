// Reading built pages back: the text of marked regions, as a reader gets it.
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export function readHtml(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

/** Text under a node, skipping subtrees marked data-nosrc (controls, labels added by the site). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && node.properties.dataNosrc !== undefined) return '';
  return node.children.map((c) => textOf(c as Nodes)).join('');
}

/** Elements carrying data-src="<name>" (or any of the names), in document order. */
export function sourceRegions(tree: Root, name: string | readonly string[]): Element[] {
  const names = typeof name === 'string' ? [name] : name;
  const out: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && names.includes(String(node.properties.dataSrc))) {
      out.push(node);
      return;
    }
    if (node.type === 'element' || node.type === 'root') for (const c of node.children) walk(c as Nodes);
  };
  walk(tree);
  return out;
}
