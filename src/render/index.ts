// Render stage: article body blocks → HTML through remark-rehype and rehype.
import { unified } from 'unified';
import remarkRehype, { defaultHandlers, type Options } from 'remark-rehype';
import type { Table } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import type { Block } from '../parse/types.ts';
import { blocksToMdast, type BodyImage } from './to-mdast.ts';
import rehypeBlockIds from './rehype-block-ids.ts';
import rehypeCopyLinks from './rehype-copy-links.ts';

/** A table as remark-rehype makes it, with its caption line as the <caption> (first child, as HTML wants it). */
const table: NonNullable<Options['handlers']>['table'] = (state, node: Table) => {
  const element = defaultHandlers.table(state, node);
  const caption = node.data?.caption;
  if (caption !== undefined) element.children.unshift({ type: 'text', value: '\n' }, { type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: caption }] });
  return element;
};

const processor = unified().use(remarkRehype, { handlers: { table } }).use(rehypeBlockIds).use(rehypeCopyLinks).use(rehypeStringify);

export async function renderBody(blocks: Block[], images: BodyImage[] = []): Promise<string> {
  const hast = await processor.run(blocksToMdast(blocks, images));
  return processor.stringify(hast);
}
