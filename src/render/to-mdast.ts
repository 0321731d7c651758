// Body blocks → mdast. Built as a tree, never parsed as Markdown: input text
// stays text (a `**` or `<script>` in a bulletin is shown as typed).
import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import type { Block, Inline } from '../parse/types.ts';

function phrasing(inline: Inline): PhrasingContent {
  const text = { type: 'text' as const, value: inline.value };
  return inline.type === 'emphasis' ? { type: 'strong', children: [text] } : text;
}

export function blocksToMdast(blocks: Block[]): Root {
  return {
    type: 'root',
    children: blocks.map((block): Heading | Paragraph =>
      block.type === 'heading'
        ? { type: 'heading', depth: block.depth, children: [{ type: 'text', value: block.text }] }
        : { type: 'paragraph', children: block.children.map(phrasing) },
    ),
  };
}
