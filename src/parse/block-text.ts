// A body block's text as one string: a heading's text, a paragraph's runs
// joined, a table's caption and cells (tab between cells, newline between rows).
import type { Block } from './types.ts';

export function blockText(block: Block): string {
  if (block.type === 'heading') return block.text;
  if (block.type === 'table') return [...(block.caption ? [block.caption.text] : []), ...block.rows.map((r) => r.map((c) => c.text).join('\t'))].join('\n');
  return block.children.map((c) => c.value).join('');
}
