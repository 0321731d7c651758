// Body blocks → mdast. Built as a tree, never parsed as Markdown: input text
// stays text (a `**` or `<script>` in a bulletin is shown as typed).
import type { Heading, Paragraph, PhrasingContent, Root, Table } from 'mdast';
import type { Block, Inline } from '../parse/types.ts';

function phrasing(inline: Inline): PhrasingContent {
  const text = { type: 'text' as const, value: inline.value };
  return inline.type === 'emphasis' ? { type: 'strong', children: [text] } : text;
}

declare module 'mdast' {
  interface TableData {
    /** The table's caption line, rendered as its <caption> (./index.ts). */
    caption?: string;
  }
}

/** A table flattened to text in the source: each printed line a row, each cell its own cell (remark-rehype makes the first row the header, as the printed tables have it). */
function table(block: Extract<Block, { type: 'table' }>): Table {
  return {
    type: 'table',
    children: block.rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell.text }] })) })),
    ...(block.caption ? { data: { caption: block.caption.text } } : {}),
  };
}

/** A photo of the article, as it is published beside the page. */
export interface BodyImage {
  src: string;
  /** Index of the block it follows (-1: before the first). */
  afterBlock: number;
  width: number;
  height: number;
  alt?: string;
}

/** A photo as a figure holding one lazily loaded <img> with its size (no layout shift) and alt text. */
function figure(image: BodyImage): Paragraph {
  return {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'figure',
      hProperties: { className: ['photo'] },
      hChildren: [{ type: 'element', tagName: 'img', properties: { src: image.src, width: image.width, height: image.height, alt: image.alt ?? '', loading: 'lazy', decoding: 'async' }, children: [] }],
    },
  };
}

export function blocksToMdast(blocks: Block[], images: BodyImage[] = []): Root {
  const after = (i: number) => images.filter((im) => im.afterBlock === i).map(figure);
  return {
    type: 'root',
    children: [
      ...after(-1),
      ...blocks.flatMap((block, i): (Heading | Paragraph | Table)[] => {
        const node: Heading | Paragraph | Table = block.type === 'heading' ? { type: 'heading', depth: block.depth, children: [{ type: 'text', value: block.text }] } : block.type === 'table' ? table(block) : { type: 'paragraph', children: block.children.map(phrasing) };
        return [node, ...after(i)];
      }),
    ],
  };
}
