// rehype plugin: permanent anchors on the article body. Headings get s1, s2…
// and paragraphs p1, p2… in reading order (SPEC §4) — never ids made from text.
import type { Element, Root } from 'hast';

const HEADING = /^h[1-6]$/;

export default function rehypeBlockIds() {
  return (tree: Root) => {
    let section = 0;
    let paragraph = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const el: Element = node;
      if (HEADING.test(el.tagName)) el.properties.id = `s${++section}`;
      else if (el.tagName === 'p') el.properties.id = `p${++paragraph}`;
    }
  };
}
