// Photos of a Word file placed in their articles: each goes after the body
// block it follows in the document, named photo-N in its article's folder.
import type { Article, ArticleImage } from './types.ts';
import type { WebImage } from './web-image.ts';
import type { PhotoStore } from './photo-store.ts';

export interface PlacedImage {
  articleId: string;
  /** File name beside the article page: photo-1.jpg … */
  name: string;
  /** Its bytes: a file (in the photo store) or, with no store, in memory. */
  bytes: { file: string } | { data: Uint8Array };
}

/** `store`: where stored photos are (./photo-store.ts). */
export function placeImages(images: WebImage[], articles: Article[], warn: (w: { message: string; line: number }) => void, clean: (s: string) => string = (s) => s, store?: PhotoStore): PlacedImage[] {
  const placed: PlacedImage[] = [];
  for (const image of images) {
    // The article it stands in: the last one starting at or before its line.
    const article = [...articles].reverse().find((a) => a.startLine <= image.afterLine);
    if (!article) {
      warn({ message: `a photo after line ${image.afterLine} stands before the first article (in the masthead?); it is not published`, line: image.afterLine });
      continue;
    }
    const afterBlock = article.blocks.reduce((last, b, i) => (Math.min(...b.lines) <= image.afterLine ? i : last), -1);
    const list = (article.images ??= []);
    const name = `photo-${list.length + 1}.${image.ext}`;
    const entry: ArticleImage = { src: name, afterBlock, width: image.width, height: image.height, ...(image.alt ? { alt: clean(image.alt) } : {}) };
    list.push(entry);
    const bytes = image.stored !== undefined && store ? { file: store.path(image.stored) } : { data: Buffer.from(image.base64 ?? '', 'base64') };
    placed.push({ articleId: article.id, name, bytes });
  }
  return placed;
}
