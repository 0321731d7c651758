// Render stage: article body blocks → HTML through remark-rehype and rehype.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Block } from '../parse/types.ts';
import { blocksToMdast, type BodyImage } from './to-mdast.ts';
import rehypeBlockIds from './rehype-block-ids.ts';
import rehypeCopyLinks from './rehype-copy-links.ts';

const processor = unified().use(remarkRehype).use(rehypeBlockIds).use(rehypeCopyLinks).use(rehypeStringify);

export async function renderBody(blocks: Block[], images: BodyImage[] = []): Promise<string> {
  const hast = await processor.run(blocksToMdast(blocks, images));
  return processor.stringify(hast);
}
