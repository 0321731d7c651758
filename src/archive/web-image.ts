// A photo from a Word file made fit for the web (sharp): at most 1600 px wide,
// JPEG (PNG when it has transparency), metadata stripped. sharp's output is a
// function of its input and options, so identical builds give identical bytes.
import sharp from 'sharp';
import type { ExtractedImage } from '../extract/index.ts';
import type { PhotoStore } from './photo-store.ts';

export const MAX_WIDTH = 1600;

/** A web image as the parse cache keeps it (JSON): its bytes stored as a file in the photo store (./photo-store.ts), or in base64 when there is no store (no cache folder). */
export interface WebImage {
  afterLine: number;
  ext: 'jpg' | 'png';
  width: number;
  height: number;
  alt?: string;
  /** The bytes' name in the photo store. */
  stored?: string;
  base64?: string;
}

export async function webImage(image: ExtractedImage, store?: PhotoStore): Promise<WebImage> {
  const input = sharp(image.data).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true });
  const alpha = (await sharp(image.data).metadata()).hasAlpha;
  const { data, info } = alpha ? await input.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true }) : await input.flatten({ background: '#ffffff' }).jpeg({ quality: 80 }).toBuffer({ resolveWithObject: true });
  const ext = alpha ? 'png' : 'jpg';
  const bytes = store ? { stored: store.put(data, ext) } : { base64: data.toString('base64') };
  return { afterLine: image.afterLine, ext, width: info.width, height: info.height, ...(image.alt ? { alt: image.alt } : {}), ...bytes };
}
