// A photo from a Word file made fit for the web (sharp): at most 1600 px wide,
// JPEG (PNG when it has transparency), metadata stripped. sharp's output is a
// function of its input and options, so identical builds give identical bytes.
import sharp from 'sharp';
import type { ExtractedImage } from '../extract/index.ts';

export const MAX_WIDTH = 1600;

/** A web image as the parse cache keeps it (JSON: the bytes in base64). */
export interface WebImage {
  afterLine: number;
  ext: 'jpg' | 'png';
  width: number;
  height: number;
  alt?: string;
  base64: string;
}

export async function webImage(image: ExtractedImage): Promise<WebImage> {
  const input = sharp(image.data).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true });
  const alpha = (await sharp(image.data).metadata()).hasAlpha;
  const { data, info } = alpha ? await input.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true }) : await input.flatten({ background: '#ffffff' }).jpeg({ quality: 80 }).toBuffer({ resolveWithObject: true });
  return { afterLine: image.afterLine, ext: alpha ? 'png' : 'jpg', width: info.width, height: info.height, ...(image.alt ? { alt: image.alt } : {}), base64: data.toString('base64') };
}
