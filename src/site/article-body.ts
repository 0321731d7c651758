// An article's body blocks, from the body store the content layer filled (src/content/body-store.ts).
import { bodyStoreDir } from '../content/archive-source.ts';
import { readBody } from '../content/body-store.ts';
import type { Block } from '../parse/types.ts';
import type { ArticleData } from './data.ts';

export function articleBlocks(article: ArticleData): Block[] {
  return readBody(bodyStoreDir(), article.body);
}
