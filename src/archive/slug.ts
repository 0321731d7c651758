// Pinyin slugs for publication names: words from the platform's ICU word
// segmenter, readings from pinyin-pro, with corrections for names the
// dictionary misreads. Written down in the README ("Slugs").
import { pinyin, customPinyin } from 'pinyin-pro';

/** Readings pinyin-pro gets wrong for place names (domain.md §5.2). */
export const READING_CORRECTIONS: Record<string, string> = {
  乐清: 'yue qing',
};
customPinyin(READING_CORRECTIONS);

/** Top-level path names the site itself uses; a publication may not take them. */
export const RESERVED_SLUGS = new Set(['districts', 'years', 'search', 'data', 'pagefind', '_astro', 'offline', 'assets', 'feed.xml', '404', 'sitemap-index.xml', 'offline.zip']);

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of a Chinese name; runs of one-character words (names ICU does not know, 海|宁) are merged. */
function words(text: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      if (run) out.push(run);
      run = '';
      continue;
    }
    if ([...segment].length === 1 && HAN.test(segment)) {
      run += segment;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(segment);
  }
  if (run) out.push(run);
  return out;
}

/** 嘉兴青年工作信息 → jiaxing-qingnian-gongzuo-xinxi */
export function slugify(text: string): string {
  return words(text.normalize('NFKC'))
    .map((w) => (HAN.test(w) ? pinyin(w, { toneType: 'none', type: 'array', v: true }).join('') : w))
    .map((w) =>
      w
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9]+/g, '-'),
    )
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A file stem as a path segment: 003_808c91636a323c9c → 003-808c91636a323c9c */
export function stemSlug(stem: string): string {
  const s = slugify(stem);
  return s || 'bulletin';
}
