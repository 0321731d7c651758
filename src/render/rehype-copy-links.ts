// rehype plugin: a visible copy-link control before each anchored block
// (SPEC §4). The control is a sibling, never inside the heading or paragraph,
// so the block's text stays exactly the printed text (Text Fragment links
// `#:~:text=` and the no-text-lost check both read it). It is a plain link to
// the anchor; public/assets/article.js turns a click into a copy.
import type { Element, ElementContent, Root } from 'hast';

function control(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['copy-link'], href: `#${id}`, ariaLabel: label, title: label, dataNosrc: '', dataPagefindIgnore: '' },
    children: [{ type: 'text', value: id.startsWith('s') ? '§' : '¶' }],
  };
}

export default function rehypeCopyLinks() {
  return (tree: Root) => {
    const out: Root['children'] = [];
    for (const node of tree.children) {
      if (node.type === 'element' && typeof node.properties.id === 'string') {
        const id = node.properties.id;
        const n = id.slice(1);
        const label = id.startsWith('s') ? `复制第${n}节链接` : `复制第${n}段链接`;
        out.push(control(id, label) as ElementContent as Root['children'][number]);
      }
      out.push(node);
    }
    tree.children = out;
  };
}
