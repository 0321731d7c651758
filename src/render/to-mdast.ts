// Body blocks → mdast. Built as a tree, never parsed as Markdown: input text
// stays text (a `**` or `<script>` in a bulletin is shown as typed).
import type { Heading, Paragraph, PhrasingContent, Root, Table } from 'mdast';
import type { Block, Inline } from '../parse/types.ts';

function phrasing(inline: Inline): PhrasingContent {
  const text = { type: 'text' as const, value: inline.value };
  return inline.type === 'emphasis' ? { type: 'strong', children: [text] } : text;
}

/** A table flattened to text in the source: each printed line a row, each cell its own cell (remark-rehype makes the first row the header, as the printed tables have it). */
function table(block: Extract<Block, { type: 'table' }>): Table {
  return {
    type: 'table',
    children: block.rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell.text }] })) })),
  };
}

export function blocksToMdast(blocks: Block[]): Root {
  return {
    type: 'root',
    children: blocks.map((block): Heading | Paragraph | Table => {
      if (block.type === 'heading') return { type: 'heading', depth: block.depth, children: [{ type: 'text', value: block.text }] };
      if (block.type === 'table') return table(block);
      return { type: 'paragraph', children: block.children.map(phrasing) };
    }),
  };
}
